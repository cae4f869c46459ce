// The statutory holidays: the lunar table agrees with the `chinese-days` package for every year it
// holds, every statutory day of 2019–2026 is a day off in the State Council's arrangement for that
// year, and a year without a notice is computed provisionally, marked, and only up to the bound.
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CalendarYearMissingError, createCalendar } from './calendar.ts';
import { addDays } from './dates.ts';
import { addPeriod } from './deadline.ts';
import { shippedYears } from './shipped-years.ts';
import { LUNAR_DATES, provisionalYear, STATUTORY_YEARS, statutoryHolidays } from './statutory.ts';

const years = Object.keys(LUNAR_DATES).map(Number);

describe('statutory holidays', () => {
  it('holds one row per year from the first to the last', () => {
    expect(years[0]).toBe(STATUTORY_YEARS.first);
    expect(years.at(-1)).toBe(STATUTORY_YEARS.last);
    expect(years.length).toBe(STATUTORY_YEARS.last - STATUTORY_YEARS.first + 1);
  });

  it.each(years)('%i: 除夕, 清明, 端午 and 中秋 agree with chinese-days', (year) => {
    const [eve, qingming, duanwu, zhongqiu] = LUNAR_DATES[year];
    expect(addDays(eve, 1)).toBe(getSolarDateFromLunar(`${year}-01-01`).date);
    expect(qingming).toBe(getSolarTermDate(year, 4, 'pure_brightness'));
    expect(duanwu).toBe(getSolarDateFromLunar(`${year}-05-05`).date);
    expect(zhongqiu).toBe(getSolarDateFromLunar(`${year}-08-15`).date);
  });

  it.each(shippedYears.map((y) => [y.year, y] as const))(
    '%i: every statutory day is a day off in the published arrangement',
    (year, published) => {
      const off = new Set(published.holidays.map((d) => d.date));
      const missing = statutoryHolidays(year)!.filter((d) => !off.has(d.date));
      expect(missing).toEqual([]);
    },
  );

  it('counts 13 days from 2025 (国务院令第795号) and 11 before', () => {
    expect(statutoryHolidays(2027)!.length).toBe(13);
    expect(statutoryHolidays(2024)!.length).toBe(11);
    // 2020: 中秋 fell on 国庆, one day named for both.
    expect(statutoryHolidays(2020)!.find((d) => d.date === '2020-10-01')!.name).toBe('国庆节、中秋节');
    expect(
      statutoryHolidays(2027)!
        .filter((d) => d.name === '春节')
        .map((d) => d.date),
    ).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(statutoryHolidays(2041)).toBeNull();
  });
});

describe('provisional years', () => {
  const calendar = createCalendar(shippedYears, { provisionalThrough: 2027 });

  it('computes the year after the last published one from the statutory days, marked 暂定', () => {
    expect(calendar.years.at(-1)).toBe(2026);
    expect(calendar.provisionalYears).toEqual([2027]);
    expect(calendar.covers(2027)).toBe(false);
    expect(calendar.status('2027-02-05')).toMatchObject({
      working: false,
      kind: 'holiday',
      provisional: true,
    });
    expect(calendar.status('2026-12-31').provisional).toBeUndefined();
    expect(provisionalYear(2027)!.note).toContain('尚未发布');
  });

  it('marks a period that runs into the provisional year and explains why', () => {
    const r = addPeriod(calendar, { start: '2026-12-20', days: 15, unit: 'calendar' });
    expect(r.due).toBe('2027-01-04');
    expect(r.provisional).toEqual([2027]);
    expect(r.explain).toContain('2027年放假安排尚未发布，暂按法定节假日推算，发布后自动重新计算');
    expect(r.explain.at(-1)).toBe('期限届满日 2027-01-04（星期一，暂定）');

    const w = addPeriod(calendar, { start: '2026-12-10', days: 20, unit: 'working' });
    // 2027-01-01 (元旦) is skipped; weekends skipped.
    expect(w.due).toBe('2027-01-08');
    expect(w.provisional).toEqual([2027]);
  });

  it('leaves a period inside published years unmarked', () => {
    const r = addPeriod(calendar, { start: '2026-11-02', days: 20, unit: 'working' });
    expect(r.provisional).toEqual([]);
    expect(r.explain.at(-1)).not.toContain('暂定');
  });

  it('still refuses a year beyond the bound, with a clear message', () => {
    expect(() => calendar.status('2028-03-01')).toThrow(CalendarYearMissingError);
    expect(() => calendar.status('2028-03-01')).toThrow(/只能暂按法定节假日推算到2027年/);
    expect(() => createCalendar(shippedYears).status('2027-03-01')).toThrow(CalendarYearMissingError);
  });

  it('gives way to an entered year', () => {
    const entered = createCalendar(
      [
        ...shippedYears,
        {
          year: 2027,
          source: '测试通知',
          holidays: [{ date: '2027-01-01', name: '元旦' }],
          workdays: [],
        },
      ],
      { provisionalThrough: 2027 },
    );
    expect(entered.provisionalYears).toEqual([]);
    expect(entered.covers(2027)).toBe(true);
    expect(entered.status('2027-01-01').provisional).toBeUndefined();
  });
});
