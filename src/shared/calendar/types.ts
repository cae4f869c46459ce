/** A civil date written 'YYYY-MM-DD'. */
export type IsoDate = string;

/** How a period is counted: working days (工作日) or calendar days (自然日). */
export type PeriodUnit = 'working' | 'calendar';

/** One date of a year's arrangement and the festival it belongs to. */
export interface CalendarDay {
  date: IsoDate;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or a combined name such as 国庆节、中秋节. */
  name: string;
}

/**
 * The State Council's arrangement for one calendar year. Dates are grouped by the year they fall
 * in, so a year may hold dates announced in the next year's notice (e.g. 2022-12-31).
 */
export interface CalendarYearData {
  year: number;
  /** The notice(s) the dates come from: title, document number when known, publication date. */
  source: string;
  /** Anything a reader of the data must know (amendments, extensions, what was left out). */
  note?: string;
  /** Days off (放假), including weekend days inside a 放假调休 span. */
  holidays: CalendarDay[];
  /** Weekend days that are working days (调休上班). */
  workdays: CalendarDay[];
  /**
   * True for a year whose notice is not entered yet, computed from the statutory holidays alone
   * (statutory.ts). Never stored: a year added by the sysadmin or shipped is published.
   */
  provisional?: boolean;
}

export type DayKind = 'weekend' | 'holiday' | 'makeup' | 'workday';

export type DayReason = '周末' | `法定节假日（${string}）` | '调休上班' | '工作日';

export interface DayStatus {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  reason: DayReason;
  /** The festival for a holiday or a make-up working day. */
  festival?: string;
  /** 星期一 … 星期日 */
  weekday: string;
  /** The day's year is computed provisionally (its notice is not entered yet). */
  provisional?: boolean;
}

/** Time that does not count (补正, 征求第三方意见, 公告, 鉴定 …); both ends included. */
export interface PeriodPause {
  from: IsoDate;
  to: IsoDate;
  reason: string;
}

/** An approved extension, counted after the due date it extends. */
export interface PeriodExtension {
  days: number;
  /** Defaults to the unit of the period. */
  unit?: PeriodUnit;
  reason: string;
  approvedAt?: IsoDate;
}

export interface PeriodInput {
  /** The day of the triggering event (立案, 受理, 收到申请 …); it is not counted. */
  start: IsoDate;
  days: number;
  unit: PeriodUnit;
  pauses?: PeriodPause[];
  extensions?: PeriodExtension[];
}

export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface PeriodResult {
  due: IsoDate;
  /** Years whose arrangement is provisional and that the computation depended on (暂定), ascending. */
  provisional: number[];
  /** Chinese sentences a clerk can read, in the order the computation went. */
  explain: string[];
  /** Every day after the start that did not count toward the period, with why. */
  skipped: SkippedDay[];
}
