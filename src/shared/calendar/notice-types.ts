// What the holiday-notice parser (notice.ts) returns and accepts; notice.ts re-exports it.
import type { CalendarYearData, IsoDate } from './types.ts';

/** The longest text accepted (a notice is about 1,000 characters; a whole web page a few thousand). */
export const NOTICE_MAX_LENGTH = 20_000;

export type NoticeErrorCode =
  | 'NOTICE_EMPTY'
  | 'NOTICE_TOO_LONG'
  | 'NOTICE_NO_TITLE'
  | 'NOTICE_YEAR_MISMATCH'
  | 'NOTICE_LINE_UNREADABLE'
  | 'NOTICE_DATE_INVALID'
  | 'NOTICE_WEEKDAY_MISMATCH'
  | 'NOTICE_DAY_COUNT_MISMATCH'
  | 'NOTICE_DUPLICATE_DATE'
  | 'NOTICE_MAKEUP_NOT_WEEKEND'
  | 'NOTICE_NO_HOLIDAYS';

export interface NoticeError {
  code: NoticeErrorCode;
  /** Chinese, naming the line when there is one. */
  message: string;
  /** 1-based line of the pasted text, or null when the refusal concerns the whole text. */
  line: number | null;
  /** The line as pasted (trimmed), or null. */
  lineText: string | null;
}

/** A date the notice names that falls in another calendar year than the notice's. */
export interface NoticeOtherYearDay {
  date: IsoDate;
  name: string;
  kind: 'holiday' | 'workday';
  /** 1-based line of the pasted text. */
  line: number;
  /** Why it is not in the year (Chinese). */
  explanation: string;
}

export interface NoticeParsed {
  ok: true;
  /** The arrangement of the notice's year, ready for calendarYearSchema / addCalendarYear. */
  data: CalendarYearData;
  title: string;
  /** e.g. 国办发明电〔2025〕7号, or null when the text does not give it. */
  documentNumber: string | null;
  /** The publication date at the foot of the notice, or null. */
  publishedOn: IsoDate | null;
  otherYear: NoticeOtherYearDay[];
  /** Things to check before confirming (Chinese). */
  warnings: string[];
}

export type NoticeParseResult = NoticeParsed | { ok: false; error: NoticeError };

export interface NoticeParseOptions {
  /** The year the caller means to add; a notice of another year is refused. */
  expectedYear?: number;
}
