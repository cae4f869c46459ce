// Reads the text of 《国务院办公厅关于YYYY年部分节假日安排的通知》 as a sysadmin pastes it and turns it
// into a year's arrangement (CalendarYearData), following the conventions of shipped-years.ts:
// - "X月X日至X日放假调休，共N天" → every date of the span is a holiday, weekend days included;
// - "X月X日放假，与周末连休" → only the named date is a holiday, the weekend stays a weekend;
// - "X月X日（周X）、X月X日（周X）上班" → make-up working days (调休上班).
// Dates of another calendar year (a 元旦 span starting on 12月31日 of the previous year) are
// returned apart in `otherYear`, never dropped and never mixed into the year.
//
// The parser refuses rather than guesses: a line that names dates it cannot read, a weekday that
// disagrees with its date, a "共N天" that is not the length of its span, a year that does not
// match the title, or a notice without any holiday is refused with the line it concerns.
import { eachDay, weekday, yearOf } from './dates.ts';
import { weekdayNames } from './labels.ts';
import { noticeErrors, noticeNote, noticeSource, noticeWarnings } from './notice-labels.ts';
import { chineseCount, iso, normalise, shield, validDay } from './notice-text.ts';
import {
  NOTICE_MAX_LENGTH,
  type NoticeErrorCode,
  type NoticeOtherYearDay,
  type NoticeParsed,
  type NoticeParseOptions,
  type NoticeParseResult,
} from './notice-types.ts';
import { festivalNames } from './shipped-years.ts';
import type { CalendarDay, CalendarYearData, IsoDate } from './types.ts';

export * from './notice-types.ts';

class Refusal extends Error {
  constructor(
    readonly code: NoticeErrorCode,
    message: string,
    readonly line: number | null = null,
    readonly lineText: string | null = null,
  ) {
    super(message);
  }
}

const FESTIVAL = festivalNames.join('|');
const FESTIVAL_LINE = new RegExp(
  `^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.])?` +
    `((?:${FESTIVAL})(?:[、和与](?:${FESTIVAL}))*)(?::(.*)|(\\d.*))?$`,
);
const TITLE = /关于(\d{4})年部分节假日安排的通知/;
const PREAMBLE_YEAR = /现将(\d{4})年/;
const DOCUMENT_NUMBER = /(国[\u4e00-\u9fff]{1,5}?)[〔[【(](\d{4})[〕\]】)](\d{1,4})号/;
const PUBLISHED =
  /^(?:(成文日期|发布日期|发布时间|印发日期|日期):?)?(\d{4})(?:年|-|\.|\/)(\d{1,2})(?:月|-|\.|\/)(\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;
const STARTS_WITH_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
const MENTIONS_DATE = /\d{1,2}月\d{1,2}日/;
const MENTIONS_ARRANGEMENT = /放假|上班|调休|休息|补班/;
/** One date as the notices write it; `#k` is a parenthesis taken out beforehand (see `shield`). */
const DATE = '(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\(#(\\d+)\\))?';
const DATE_ONLY = new RegExp(`^${DATE}$`);
const COUNT = '(\\d{1,3}|[一二三四五六七八九十]{1,3})';
const DATE_NC = '(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日(?:\\(#\\d+\\))?';
const SPAN = new RegExp(`^(${DATE_NC})(?:(?:至|到|-|~|—|–)(${DATE_NC}))?放假(?:调休)?(?:${COUNT}天)?$`);
const TOTAL = new RegExp(`^共${COUNT}天$`);
const WEEKEND_LINKED = /^与周末连休$/;
const NO_EFFECT = /^(?:不调休|不补班|调休|不上班)$/;
const ENCOURAGED = /鼓励|倡导|提倡/;
const WEEKDAY_WRITTEN = /(?:周|星期|礼拜)([一二三四五六日天])/;
const WEEKDAY_INDEX: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

interface Line {
  number: number;
  /** As pasted, trimmed (for messages). */
  raw: string;
  text: string;
}

interface DateToken {
  written: string;
  year: number | null;
  month: number | null;
  day: number;
  /** The content of the parenthesis after the date (weekday, 农历 date), if any. */
  paren: string | null;
}

interface Festival {
  name: string;
  line: Line;
  holidays: number;
}

/** A holiday span of one sentence, with what its other clauses say about it. */
interface Span {
  from: IsoDate;
  to: IsoDate;
  declared: number | null;
  linked: boolean;
}

interface Entry {
  date: IsoDate;
  name: string;
  kind: 'holiday' | 'workday';
  line: number;
}

export function parseHolidayNotice(text: string, options: NoticeParseOptions = {}): NoticeParseResult {
  try {
    return parse(text, options);
  } catch (err) {
    if (err instanceof Refusal) {
      return {
        ok: false,
        error: { code: err.code, message: err.message, line: err.line, lineText: err.lineText },
      };
    }
    throw err;
  }
}

function parse(input: string, options: NoticeParseOptions): NoticeParsed {
  if (typeof input !== 'string' || input.trim() === '') throw new Refusal('NOTICE_EMPTY', noticeErrors.empty);
  if (input.length > NOTICE_MAX_LENGTH) {
    throw new Refusal('NOTICE_TOO_LONG', noticeErrors.tooLong(NOTICE_MAX_LENGTH));
  }
  const lines: Line[] = input
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, raw: raw.trim(), text: normalise(raw) }))
    .filter((l) => l.text !== '');

  // The year comes from the title; every other line is read against it.
  let year: number | null = null;
  let titleLine: Line | null = null;
  for (const line of lines) {
    const m = TITLE.exec(line.text);
    if (!m) continue;
    const found = Number(m[1]);
    if (year !== null && found !== year) {
      throw new Refusal(
        'NOTICE_YEAR_MISMATCH',
        noticeErrors.titleYears(year, found, line.number, line.raw),
        line.number,
        line.raw,
      );
    }
    year = found;
    titleLine ??= line;
  }
  if (year === null || !titleLine) throw new Refusal('NOTICE_NO_TITLE', noticeErrors.noTitle);
  if (options.expectedYear !== undefined && options.expectedYear !== year) {
    throw new Refusal(
      'NOTICE_YEAR_MISMATCH',
      noticeErrors.expectedYear(options.expectedYear, year),
      titleLine.number,
      titleLine.raw,
    );
  }

  const warnings: string[] = [];
  const entries: Entry[] = [];
  const seen = new Map<IsoDate, number>();
  const festivals: Festival[] = [];
  let documentNumber: string | null = null;
  let labelledDate: IsoDate | null = null;
  let footDate: IsoDate | null = null;
  /** The festival whose dates a following line may continue; any other prose line ends it. */
  let current: Festival | null = null;

  const refuse = (code: NoticeErrorCode, line: Line, message: string): never => {
    throw new Refusal(code, message, line.number, line.raw);
  };

  const add = (entry: Entry, line: Line) => {
    const earlier = seen.get(entry.date);
    if (earlier !== undefined) {
      refuse(
        'NOTICE_DUPLICATE_DATE',
        line,
        noticeErrors.duplicate(line.number, line.raw, entry.date, earlier),
      );
    }
    seen.set(entry.date, line.number);
    entries.push(entry);
  };

  const readBody = (festival: Festival, line: Line, body: string) => {
    const { text, parens } = shield(body);
    const isYuandan = festival.name.split('、').includes('元旦');

    const token = (m: RegExpExecArray | string[], offset: number, written: string): DateToken => ({
      written,
      year: m[offset] ? Number(m[offset]) : null,
      month: m[offset + 1] ? Number(m[offset + 1]) : null,
      day: Number(m[offset + 2]),
      paren: m[offset + 3] !== undefined ? (parens[Number(m[offset + 3])] ?? null) : null,
    });
    const shown = (written: string) =>
      written.replace(/\(#(\d+)\)/g, (_, k: string) => `（${parens[Number(k)]}）`);

    /** The year of a date the text writes without one: the notice's, or the previous December for 元旦. */
    const checkYear = (t: DateToken, month: number): number => {
      if (t.year === null) return isYuandan && month === 12 ? year - 1 : year;
      if (t.year === year || (t.year === year - 1 && month === 12)) return t.year;
      return refuse('NOTICE_YEAR_MISMATCH', line, noticeErrors.dateYear(year, t.year, line.number, line.raw));
    };
    const toIso = (t: DateToken, y: number, month: number): IsoDate => {
      if (!validDay(y, month, t.day)) {
        refuse(
          'NOTICE_DATE_INVALID',
          line,
          noticeErrors.invalidDate(line.number, line.raw, shown(t.written)),
        );
      }
      return iso(y, month, t.day);
    };
    const checkWeekday = (t: DateToken, date: IsoDate) => {
      const written = t.paren ? WEEKDAY_WRITTEN.exec(t.paren) : null;
      if (!written) return;
      const actual = weekday(date);
      if (WEEKDAY_INDEX[written[1]] !== actual) {
        refuse(
          'NOTICE_WEEKDAY_MISMATCH',
          line,
          noticeErrors.weekday(line.number, line.raw, date, weekdayNames[actual], written[0]),
        );
      }
    };

    for (const sentence of text.split(/[。;]|(?<!\d)\.|\.(?!\d)/)) {
      if (sentence === '') continue;
      if (ENCOURAGED.test(sentence)) {
        warnings.push(noticeWarnings.encouraged(line.number, shown(sentence)));
        continue;
      }
      let last: Span | null = null;
      const spans: Span[] = [];
      for (const clause of sentence.split(',')) {
        if (clause === '' || NO_EFFECT.test(clause)) continue;
        const span = SPAN.exec(clause);
        if (span) {
          const start = token(DATE_ONLY.exec(span[1]) ?? [], 1, span[1]);
          if (start.month === null) {
            refuse(
              'NOTICE_LINE_UNREADABLE',
              line,
              noticeErrors.unreadablePart(line.number, line.raw, shown(clause)),
            );
          }
          const startMonth = start.month as number;
          let startYear = checkYear(start, startMonth);
          let from = toIso(start, startYear, startMonth);
          let to = from;
          if (span[2]) {
            const end = token(DATE_ONLY.exec(span[2]) ?? [], 1, span[2]);
            const endMonth = end.month ?? startMonth;
            if (end.month === null && end.day < start.day) {
              refuse(
                'NOTICE_LINE_UNREADABLE',
                line,
                noticeErrors.spanOrder(line.number, line.raw, from, shown(span[2])),
              );
            }
            let endYear = end.year ?? startYear;
            if (
              end.year === null &&
              (endMonth < startMonth || (endMonth === startMonth && end.day < start.day))
            ) {
              endYear = startYear + 1;
            }
            if (end.year !== null) checkYear(end, endMonth);
            // "12月31日至1月2日" written without years: the span ends in the notice's year.
            if (start.year === null && end.year === null && endYear > year) {
              startYear -= 1;
              endYear -= 1;
              from = toIso(start, startYear, startMonth);
            }
            to = toIso(end, endYear, endMonth);
            if (to < from) {
              refuse('NOTICE_LINE_UNREADABLE', line, noticeErrors.spanOrder(line.number, line.raw, from, to));
            }
            checkWeekday(end, to);
          }
          checkWeekday(start, from);
          last = { from, to, declared: span[3] ? chineseCount(span[3]) : null, linked: false };
          spans.push(last);
          continue;
        }
        const total = TOTAL.exec(clause);
        if (total) {
          if (!last)
            refuse('NOTICE_LINE_UNREADABLE', line, noticeErrors.countWithoutSpan(line.number, line.raw));
          (last as Span).declared = chineseCount(total[1]);
          continue;
        }
        if (WEEKEND_LINKED.test(clause)) {
          if (!last || last.from !== last.to) {
            refuse('NOTICE_LINE_UNREADABLE', line, noticeErrors.weekendLinked(line.number, line.raw));
          }
          (last as Span).linked = true;
          continue;
        }
        if (clause.endsWith('上班')) {
          const parts = clause.slice(0, -2).split('、');
          let month: number | null = null;
          for (const part of parts) {
            const m = DATE_ONLY.exec(part);
            if (!m || (m[2] === undefined && month === null)) {
              refuse(
                'NOTICE_LINE_UNREADABLE',
                line,
                noticeErrors.unreadablePart(line.number, line.raw, shown(clause)),
              );
            }
            const t = token(m as RegExpExecArray, 1, part);
            month = t.month ?? month;
            const y = checkYear(t, month as number);
            const date = toIso(t, y, month as number);
            checkWeekday(t, date);
            const day = weekday(date);
            if (day !== 0 && day !== 6) {
              refuse(
                'NOTICE_MAKEUP_NOT_WEEKEND',
                line,
                noticeErrors.makeupNotWeekend(line.number, line.raw, date, weekdayNames[day]),
              );
            }
            add({ date, name: festival.name, kind: 'workday', line: line.number }, line);
          }
          continue;
        }
        refuse(
          'NOTICE_LINE_UNREADABLE',
          line,
          noticeErrors.unreadablePart(line.number, line.raw, shown(clause)),
        );
      }
      for (const s of spans) {
        const days = eachDay(s.from, s.to);
        if (s.declared !== null && s.declared !== days.length) {
          refuse(
            'NOTICE_DAY_COUNT_MISMATCH',
            line,
            noticeErrors.dayCount(line.number, line.raw, s.declared, s.from, s.to, days.length),
          );
        }
        if (s.linked) {
          const day = weekday(s.from);
          if (day !== 1 && day !== 5) {
            warnings.push(
              noticeWarnings.weekendLinkedNotNextToWeekend(line.number, s.from, weekdayNames[day]),
            );
          }
        }
        for (const date of days) add({ date, name: festival.name, kind: 'holiday', line: line.number }, line);
        festival.holidays += days.length;
      }
    }
  };

  for (const line of lines) {
    const doc = DOCUMENT_NUMBER.exec(line.text);
    if (doc && documentNumber === null) documentNumber = `${doc[1]}〔${doc[2]}〕${doc[3]}号`;

    if (TITLE.test(line.text)) {
      current = null;
      continue;
    }
    const preamble = PREAMBLE_YEAR.exec(line.text);
    if (preamble && Number(preamble[1]) !== year) {
      refuse(
        'NOTICE_YEAR_MISMATCH',
        line,
        noticeErrors.preambleYear(year, Number(preamble[1]), line.number, line.raw),
      );
    }
    const published = PUBLISHED.exec(line.text);
    if (published) {
      const [y, m, d] = [Number(published[2]), Number(published[3]), Number(published[4])];
      if (!validDay(y, m, d)) {
        refuse('NOTICE_DATE_INVALID', line, noticeErrors.invalidDate(line.number, line.raw, line.raw));
      }
      if (published[1] === '成文日期') labelledDate ??= iso(y, m, d);
      else footDate = iso(y, m, d);
      current = null;
      continue;
    }
    const festivalLine = FESTIVAL_LINE.exec(line.text);
    if (festivalLine) {
      current = { name: festivalLine[1].replace(/[和与]/g, '、'), line, holidays: 0 };
      festivals.push(current);
      readBody(current, line, festivalLine[2] ?? festivalLine[3] ?? '');
      continue;
    }
    if (current && STARTS_WITH_DATE.test(line.text)) {
      readBody(current, line, line.text);
      continue;
    }
    if (MENTIONS_DATE.test(line.text) && MENTIONS_ARRANGEMENT.test(line.text)) {
      refuse('NOTICE_LINE_UNREADABLE', line, noticeErrors.unreadable(line.number, line.raw));
    }
    current = null; // prose: the addressees, the preamble, the closing paragraph, the signature
  }

  for (const f of festivals) {
    if (f.holidays === 0)
      refuse('NOTICE_LINE_UNREADABLE', f.line, noticeErrors.noDates(f.line.number, f.line.raw, f.name));
  }
  const named = new Set(festivals.flatMap((f) => f.name.split('、')));
  for (const name of festivalNames) if (!named.has(name)) warnings.push(noticeWarnings.missingFestival(name));

  const publishedOn = labelledDate ?? footDate;
  if (!documentNumber) warnings.push(noticeWarnings.noDocumentNumber);
  if (!publishedOn) warnings.push(noticeWarnings.noPublishedOn);
  const docYear = documentNumber ? Number(/〔(\d{4})〕/.exec(documentNumber)?.[1]) : null;
  if (documentNumber && publishedOn && docYear !== yearOf(publishedOn)) {
    warnings.push(noticeWarnings.documentYear(documentNumber, publishedOn));
  }

  const byDate = (a: Entry, b: Entry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const sorted = [...entries].sort(byDate);
  const inYear = sorted.filter((e) => yearOf(e.date) === year);
  const otherYear: NoticeOtherYearDay[] = sorted
    .filter((e) => yearOf(e.date) !== year)
    .map((e) => ({
      date: e.date,
      name: e.name,
      kind: e.kind,
      line: e.line,
      explanation: noticeWarnings.otherYear(e.date, e.kind, e.name, year, yearOf(e.date)),
    }));
  const day = (e: Entry): CalendarDay => ({ date: e.date, name: e.name });
  const holidays = inYear.filter((e) => e.kind === 'holiday').map(day);
  if (holidays.length === 0) throw new Refusal('NOTICE_NO_HOLIDAYS', noticeErrors.noHolidays(year));

  const title = noticeSource.title(year);
  const data: CalendarYearData = {
    year,
    source: noticeSource.format(title, documentNumber, publishedOn),
    ...(otherYear.length ? { note: noticeNote.otherYear(otherYear, year) } : {}),
    holidays,
    workdays: inYear.filter((e) => e.kind === 'workday').map(day),
  };
  return { ok: true, data, title, documentNumber, publishedOn, otherYear, warnings };
}
