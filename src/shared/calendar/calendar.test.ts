import { describe, expect, it } from 'vitest';
import { CalendarDataError, CalendarYearMissingError, createCalendar } from './calendar.ts';
import { addDays, CalendarDateError } from './dates.ts';
import { shippedYears } from './shipped-years.ts';
import type { CalendarYearData } from './types.ts';

const calendar = createCalendar(shippedYears);

describe('createCalendar', () => {
  it('covers the shipped years', () => {
    expect(calendar.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendar.covers(2024)).toBe(true);
    expect(calendar.covers(2027)).toBe(false);
  });

  it.each([
    ['2024-09-28', false, '周末', 'weekend'],
    ['2024-09-29', true, '调休上班', 'makeup'],
    ['2024-09-30', true, '工作日', 'workday'],
    ['2024-10-01', false, '法定节假日（国庆节）', 'holiday'],
    ['2024-10-05', false, '法定节假日（国庆节）', 'holiday'], // a Saturday inside the 放假调休 span
    ['2024-10-12', true, '调休上班', 'makeup'],
    ['2024-02-09', true, '工作日', 'workday'], // 除夕 2024 was not a day off
    ['2025-01-28', false, '法定节假日（春节）', 'holiday'], // 除夕 2025 is one (国务院令第795号)
    ['2025-02-08', true, '调休上班', 'makeup'],
    ['2025-10-06', false, '法定节假日（国庆节、中秋节）', 'holiday'],
    ['2026-01-04', true, '调休上班', 'makeup'],
    ['2022-12-31', false, '法定节假日（元旦）', 'holiday'], // from the 2023 notice
  ])('%s: working %s, %s', (date, working, reason, kind) => {
    const status = calendar.status(date);
    expect(status).toMatchObject({ date, working, reason, kind });
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('names the weekday and the festival of a make-up day', () => {
    expect(calendar.status('2024-09-29')).toMatchObject({ weekday: '星期日', festival: '国庆节' });
  });

  it('finds the next working day', () => {
    expect(calendar.nextWorkingDay('2024-09-30')).toBe('2024-10-08');
    expect(calendar.nextWorkingDay('2024-09-27')).toBe('2024-09-29');
    expect(calendar.nextWorkingDay('2025-12-31')).toBe('2026-01-04');
  });

  it.each(['2018-12-31', '2027-01-01', '2027-06-15'])('refuses to guess for %s', (date) => {
    const year = Number(date.slice(0, 4));
    expect(() => calendar.status(date)).toThrow(CalendarYearMissingError);
    expect(() => calendar.isWorkingDay(date)).toThrow(
      `日历未包含${year}年的节假日安排，请由系统管理员补充后再计算`,
    );
    try {
      calendar.status(date);
    } catch (e) {
      expect(e).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', year });
    }
  });

  it('runs out at the end of the covered years', () => {
    expect(() => calendar.nextWorkingDay('2026-12-31')).toThrow(CalendarYearMissingError);
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.status('2024-02-30')).toThrow(CalendarDateError);
  });

  it('accepts a year added by the sysadmin, and a later entry overrides a shipped year', () => {
    const added: CalendarYearData = {
      year: 2027,
      source: '测试用数据：系统管理员录入',
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      workdays: [{ date: '2027-01-02', name: '元旦' }],
    };
    const override: CalendarYearData = {
      ...shippedYears.find((y) => y.year === 2026)!,
      holidays: [{ date: '2026-01-01', name: '元旦' }],
      workdays: [],
    };
    const extended = createCalendar([...shippedYears, added, override]);
    expect(extended.years.at(-1)).toBe(2027);
    expect(extended.status('2027-01-01').reason).toBe('法定节假日（元旦）');
    expect(extended.status('2027-01-02').reason).toBe('调休上班');
    expect(extended.status('2026-01-02').reason).toBe('工作日');
    expect(extended.yearData(2026).holidays).toHaveLength(1);
    // The shipped data itself is untouched.
    expect(calendar.status('2026-01-02').reason).toBe('法定节假日（元旦）');
  });

  it('refuses invalid year data with a Chinese message', () => {
    const bad: CalendarYearData = {
      year: 2027,
      source: '测试',
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      workdays: [{ date: '2027-01-04', name: '元旦' }], // a Monday
    };
    expect(() => createCalendar([bad])).toThrow(CalendarDataError);
    expect(() => createCalendar([bad])).toThrow(
      '2027年节假日数据有误：调休上班日 2027-01-04（星期一）不是周末，无需列出',
    );
  });
});

describe('workingDaysBetween', () => {
  const byDay = (cal: typeof calendar, after: string, through: string) => {
    let n = 0;
    for (let d = addDays(after, 1); d <= through; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n++;
    return n;
  };
  const withProvisional = createCalendar(shippedYears, { provisionalThrough: 2028 });

  it('counts what a day-by-day walk counts, across holidays, makeup days and years', () => {
    const spans: Array<[string, string]> = [
      ['2024-09-27', '2024-10-14'],
      ['2025-01-20', '2025-02-10'],
      ['2024-12-30', '2025-01-02'],
      ['2019-01-01', '2026-12-31'],
      ['2018-12-31', '2019-01-01'],
      ['2026-12-31', '2026-12-31'],
      ['2025-06-01', '2025-05-01'],
    ];
    // and a few hundred spans spread over the shipped and provisional years
    for (let i = 0; i < 300; i++) {
      const from = addDays('2019-01-01', (i * 7919) % 2900);
      spans.push([from, addDays(from, (i * 104_729) % 600)]);
    }
    for (const [after, through] of spans) {
      expect(withProvisional.workingDaysBetween(after, through), `${after}..${through}`).toBe(
        byDay(withProvisional, after, through),
      );
    }
    expect(calendar.workingDaysBetween('2024-09-30', '2024-10-08')).toBe(1); // 10-08: back to work
    expect(calendar.workingDaysBetween('2024-10-08', '2024-09-30')).toBe(0);
  });

  it('fails for a year it does not cover, as the days themselves would', () => {
    expect(() => calendar.workingDaysBetween('2026-12-20', '2027-01-05')).toThrow(CalendarYearMissingError);
    expect(() => calendar.workingDaysBetween('2018-12-20', '2019-01-05')).toThrow(CalendarYearMissingError);
    expect(calendar.workingDaysBetween('2018-12-31', '2019-01-02')).toBe(
      byDay(calendar, '2018-12-31', '2019-01-02'),
    );
    expect(() => calendar.workingDaysBetween('2026-1-1', '2026-02-01')).toThrow(CalendarDateError);
  });
});
