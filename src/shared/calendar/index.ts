// The working-day calendar: pure code shared by server, web and CLI.
export {
  type Calendar,
  CalendarDataError,
  type CalendarOptions,
  CalendarYearMissingError,
  createCalendar,
} from './calendar.ts';
export {
  addDays,
  CalendarDateError,
  compareDates,
  diffDays,
  eachDay,
  isIsoDate,
  parseIsoDate,
  weekday,
  yearOf,
} from './dates.ts';
export { addPeriod, daysRemaining } from './deadline.ts';
export { daysWithUnit, PROVISIONAL_TAG, remainingLabel, unitLabels, weekdayNames } from './labels.ts';
export {
  NOTICE_MAX_LENGTH,
  type NoticeError,
  type NoticeErrorCode,
  type NoticeOtherYearDay,
  type NoticeParsed,
  type NoticeParseOptions,
  type NoticeParseResult,
  parseHolidayNotice,
} from './notice.ts';
export { type CalendarYearInput, calendarYearSchema, periodInputSchema } from './schema.ts';
export { festivalNames, shippedYears } from './shipped-years.ts';
export { LUNAR_DATES, provisionalYear, STATUTORY_YEARS, statutoryHolidays } from './statutory.ts';
export type {
  CalendarDay,
  CalendarYearData,
  DayKind,
  DayReason,
  DayStatus,
  IsoDate,
  PeriodExtension,
  PeriodInput,
  PeriodPause,
  PeriodResult,
  PeriodUnit,
  SkippedDay,
} from './types.ts';
