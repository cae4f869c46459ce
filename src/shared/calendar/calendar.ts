// A working-day calendar built from year arrangements. A date in a year that is not covered is
// an error, never a guess: treating an unknown Spring Festival as working days would silently
// shorten a citizen's deadline.
import { addDays, assertIsoDate, type IsoDate, weekday, yearOf } from './dates.ts';
import { calendarErrors, dayReasons, weekdayNames } from './labels.ts';
import { calendarYearSchema } from './schema.ts';
import type { CalendarYearData, DayStatus } from './types.ts';

/** The calendar has no arrangement for the year of a date that a computation needs. */
export class CalendarYearMissingError extends Error {
  readonly code = 'CALENDAR_YEAR_MISSING';
  constructor(readonly year: number) {
    super(calendarErrors.yearMissing(year));
    this.name = 'CalendarYearMissingError';
  }
}

/** A year's data that breaks `calendarYearSchema`. */
export class CalendarDataError extends Error {
  readonly code = 'CALENDAR_DATA_INVALID';
  constructor(
    readonly year: unknown,
    detail: string,
  ) {
    super(calendarErrors.invalidYearData(year, detail));
    this.name = 'CalendarDataError';
  }
}

export interface Calendar {
  /** Covered years, ascending. */
  readonly years: readonly number[];
  covers(year: number): boolean;
  /** The data a year was built from (after overrides). */
  yearData(year: number): CalendarYearData;
  status(date: IsoDate): DayStatus;
  isWorkingDay(date: IsoDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
}

interface YearIndex {
  data: CalendarYearData;
  holidays: Map<IsoDate, string>;
  workdays: Map<IsoDate, string>;
}

/**
 * Builds a calendar. When a year appears more than once the last entry wins, so years added by
 * the sysadmin (passed after `shippedYears`) can correct a shipped year.
 */
export function createCalendar(years: readonly CalendarYearData[]): Calendar {
  const index = new Map<number, YearIndex>();
  for (const raw of years) {
    const parsed = calendarYearSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new CalendarDataError((raw as { year?: unknown })?.year, first ? first.message : '');
    }
    const data = parsed.data;
    index.set(data.year, {
      data,
      holidays: new Map(data.holidays.map((d) => [d.date, d.name])),
      workdays: new Map(data.workdays.map((d) => [d.date, d.name])),
    });
  }
  const covered = [...index.keys()].sort((a, b) => a - b);

  function yearIndex(year: number): YearIndex {
    const found = index.get(year);
    if (!found) throw new CalendarYearMissingError(year);
    return found;
  }

  function status(date: IsoDate): DayStatus {
    assertIsoDate(date);
    const y = yearIndex(yearOf(date));
    const day = weekday(date);
    const base = { date, weekday: weekdayNames[day] };
    const holiday = y.holidays.get(date);
    if (holiday !== undefined) {
      return {
        ...base,
        working: false,
        kind: 'holiday',
        reason: dayReasons.holiday(holiday),
        festival: holiday,
      };
    }
    const makeup = y.workdays.get(date);
    if (makeup !== undefined) {
      return { ...base, working: true, kind: 'makeup', reason: dayReasons.makeup, festival: makeup };
    }
    if (day === 0 || day === 6)
      return { ...base, working: false, kind: 'weekend', reason: dayReasons.weekend };
    return { ...base, working: true, kind: 'workday', reason: dayReasons.workday };
  }

  return {
    years: covered,
    covers: (year) => index.has(year),
    yearData: (year) => yearIndex(year).data,
    status,
    isWorkingDay: (date) => status(date).working,
    nextWorkingDay(date) {
      let d = addDays(date, 1);
      while (!status(d).working) d = addDays(d, 1);
      return d;
    },
  };
}
