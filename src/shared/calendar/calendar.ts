// A working-day calendar built from year arrangements. A date in a year that is not covered is
// an error, never a guess: treating an unknown Spring Festival as working days would silently
// shorten a citizen's deadline.
import {
  addDays,
  assertIsoDate,
  diffDays,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  weekday,
  yearOf,
} from './dates.ts';
import { calendarErrors, dayReasons, weekdayNames } from './labels.ts';
import { calendarYearSchema } from './schema.ts';
import { provisionalYear } from './statutory.ts';
import type { CalendarYearData, DayStatus } from './types.ts';

/** The calendar has no arrangement for the year of a date that a computation needs. */
export class CalendarYearMissingError extends Error {
  readonly code = 'CALENDAR_YEAR_MISSING';
  constructor(
    readonly year: number,
    provisionalThrough?: number,
  ) {
    super(
      provisionalThrough !== undefined && year > provisionalThrough
        ? calendarErrors.yearMissingFar(year, provisionalThrough)
        : calendarErrors.yearMissing(year),
    );
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
  /** Years with a published arrangement (shipped or entered), ascending. */
  readonly years: readonly number[];
  /** Years computed from the statutory holidays alone until their notice is entered, ascending. */
  readonly provisionalYears: readonly number[];
  /** A published arrangement exists for the year (a provisional year is not covered). */
  covers(year: number): boolean;
  isProvisional(year: number): boolean;
  /** The data a year was built from (after overrides). */
  yearData(year: number): CalendarYearData;
  status(date: IsoDate): DayStatus;
  isWorkingDay(date: IsoDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * The working days after `after` (not counted) up to and including `through`; 0 when `through`
   * is not later. Throws `CalendarYearMissingError` for the first uncovered year in between.
   */
  workingDaysBetween(after: IsoDate, through: IsoDate): number;
}

interface YearIndex {
  data: CalendarYearData;
  holidays: Map<IsoDate, string>;
  workdays: Map<IsoDate, string>;
  /** `[i]`: the working days among the year's first i days; built on first use. */
  cumulative?: Int32Array;
}

export interface CalendarOptions {
  /**
   * Years after the last published one, up to and including this year, are computed
   * provisionally from the statutory holidays (statutory.ts) instead of failing. The server passes
   * next year (China time), so a clock that runs into a year whose notice is not out yet still has
   * a due date, marked 暂定; a year beyond it still fails.
   */
  provisionalThrough?: number;
}

/**
 * Builds a calendar. When a year appears more than once the last entry wins, so years added by
 * the sysadmin (passed after `shippedYears`) can correct a shipped year.
 */
export function createCalendar(years: readonly CalendarYearData[], opts: CalendarOptions = {}): Calendar {
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
  const provisional: number[] = [];
  if (covered.length > 0 && opts.provisionalThrough !== undefined) {
    for (let y = covered[0] + 1; y <= opts.provisionalThrough; y++) {
      if (index.has(y)) continue;
      const data = provisionalYear(y);
      if (!data) continue;
      provisional.push(y);
      index.set(y, {
        data,
        holidays: new Map(data.holidays.map((d) => [d.date, d.name])),
        workdays: new Map(),
      });
    }
  }
  const provisionalSet = new Set(provisional);

  function yearIndex(year: number): YearIndex {
    const found = index.get(year);
    if (!found) throw new CalendarYearMissingError(year, opts.provisionalThrough);
    return found;
  }

  function status(date: IsoDate): DayStatus {
    assertIsoDate(date);
    const y = yearIndex(yearOf(date));
    const day = weekday(date);
    const base = provisionalSet.has(y.data.year)
      ? { date, weekday: weekdayNames[day], provisional: true }
      : { date, weekday: weekdayNames[day] };
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

  // The year's running count of working days, so that counting the working days of a span (the
  // deadline board does it for every open deadline, the notifications again) costs a lookup per
  // year instead of a status per day.
  function cumulative(y: YearIndex): Int32Array {
    if (y.cumulative) return y.cumulative;
    const first = `${y.data.year}-01-01`;
    const length = diffDays(first, `${y.data.year + 1}-01-01`);
    const out = new Int32Array(length + 1);
    const start = toDayNumber(first);
    for (let i = 0; i < length; i++) out[i + 1] = out[i] + (status(fromDayNumber(start + i)).working ? 1 : 0);
    y.cumulative = out;
    return out;
  }

  function workingDaysBetween(after: IsoDate, through: IsoDate): number {
    assertIsoDate(after);
    assertIsoDate(through);
    if (through <= after) return 0;
    const first = addDays(after, 1);
    const [y0, y1] = [yearOf(first), yearOf(through)];
    let n = 0;
    for (let year = y0; year <= y1; year++) {
      const counts = cumulative(yearIndex(year));
      const jan1 = toDayNumber(`${year}-01-01`);
      const from = year === y0 ? toDayNumber(first) - jan1 : 0;
      const to = year === y1 ? toDayNumber(through) - jan1 + 1 : counts.length - 1;
      n += counts[to] - counts[from];
    }
    return n;
  }

  return {
    years: covered,
    provisionalYears: provisional,
    covers: (year) => index.has(year) && !provisionalSet.has(year),
    isProvisional: (year) => provisionalSet.has(year),
    yearData: (year) => yearIndex(year).data,
    status,
    isWorkingDay: (date) => status(date).working,
    nextWorkingDay(date) {
      let d = addDays(date, 1);
      while (!status(d).working) d = addDays(d, 1);
      return d;
    },
    workingDaysBetween,
  };
}
