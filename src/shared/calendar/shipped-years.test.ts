// Cross-check of the shipped data against the independent `chinese-days` package: every day of
// 2019–2026 must have the same working/rest status, the same holiday and make-up dates, and the
// same festival.
import { getDayDetail, isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.ts';
import { eachDay } from './dates.ts';
import { calendarYearSchema } from './schema.ts';
import { shippedYears } from './shipped-years.ts';

const calendar = createCalendar(shippedYears);

// chinese-days names festivals in short form; ours follow the notices' headings.
const festivalAlias: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

describe('shipped years', () => {
  it('covers every year from 2019 to 2026, each once, in order', () => {
    expect(shippedYears.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(shippedYears.map((y) => [y.year, y] as const))(
    '%i passes the sysadmin schema and cites its notice',
    (_, y) => {
      expect(calendarYearSchema.safeParse(y).success).toBe(true);
      expect(y.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
    },
  );

  it.each(shippedYears.map((y) => [y.year, y] as const))(
    '%i agrees with chinese-days on every day',
    (year, y) => {
      const disagreements: string[] = [];
      const holidayNames = new Map(y.holidays.map((d) => [d.date, d.name]));
      const makeupDates = new Set(y.workdays.map((d) => d.date));
      for (const date of eachDay(`${year}-01-01`, `${year}-12-31`)) {
        const ours = calendar.status(date);
        if (ours.working !== isWorkday(date)) disagreements.push(`${date} working ${ours.working}`);
        const detail = getDayDetail(date);
        // A name with commas ("National Day,国庆节,3") means the day is listed in chinese-days' data.
        const listed = detail.name.includes(',');
        const theirFestival = listed ? detail.name.split(',')[1] : undefined;
        const theirHoliday = listed && !detail.work;
        const theirMakeup = listed && detail.work;
        // For "X月X日放假，与周末连休" (2019 清明、端午、中秋) chinese-days also lists the adjoining
        // weekend as holiday; we list only the date the notice names and leave the weekend a weekend.
        // The working status, checked above, is the same either way.
        const adjoiningWeekend = theirHoliday && !holidayNames.has(date) && ours.kind === 'weekend';
        if (theirHoliday !== holidayNames.has(date) && !adjoiningWeekend) {
          disagreements.push(`${date} holiday listed ${theirHoliday}`);
        }
        if (theirMakeup !== makeupDates.has(date))
          disagreements.push(`${date} make-up listed ${theirMakeup}`);
        if (theirHoliday && theirFestival && !adjoiningWeekend) {
          const name = festivalAlias[theirFestival] ?? theirFestival;
          if (!holidayNames.get(date)?.includes(name))
            disagreements.push(`${date} festival ${theirFestival}`);
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  it('lists only the named date for "与周末连休" (2019 清明节: 4月5日放假，与周末连休)', () => {
    expect(calendar.status('2019-04-05').reason).toBe('法定节假日（清明节）');
    expect(calendar.status('2019-04-06').reason).toBe('周末');
    expect(calendar.status('2024-06-10').reason).toBe('法定节假日（端午节）');
    expect(calendar.status('2024-06-09').reason).toBe('周末');
  });

  it('adds the 2025 extra days: 除夕 of 春节 and 5月2日 of 劳动节 (国务院令第795号)', () => {
    expect(calendar.status('2025-01-28').reason).toBe('法定节假日（春节）'); // 除夕
    expect(calendar.status('2025-05-02').reason).toBe('法定节假日（劳动节）');
    const count = (year: number, name: string) =>
      shippedYears.find((y) => y.year === year)!.holidays.filter((d) => d.name === name).length;
    expect(count(2025, '春节')).toBe(8);
    expect(count(2025, '劳动节')).toBe(5);
  });

  it('keeps the 2020 Spring Festival extension of 国办发明电〔2020〕1号', () => {
    expect(calendar.status('2020-01-31')).toMatchObject({ working: false, reason: '法定节假日（春节）' });
    // The make-up Saturday of the original notice was cancelled by the extension.
    expect(calendar.status('2020-02-01')).toMatchObject({ working: false });
    expect(calendar.status('2020-02-03')).toMatchObject({ working: true, reason: '工作日' });
    expect(shippedYears.find((y) => y.year === 2020)!.source).toContain('延长2020年春节假期');
  });
});
