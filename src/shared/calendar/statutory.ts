// The statutory holidays of 《全国年节及纪念日放假办法》, which fix the days off of every year by
// law, before the State Council's yearly notice adds the 调休 that joins them into longer breaks.
// A year whose notice is not yet entered is computed from these days and the weekends, marked
// provisional (暂定), and recomputed when the notice is entered.
//
// Rules by period (第二条):
// - from 2025-01-01 (国务院令第795号, 2024-11-10): 13 days — 元旦 1 (1月1日), 春节 4 (农历除夕、正月
//   初一至初三), 清明节 1 (清明当日), 劳动节 2 (5月1日、2日), 端午节 1, 中秋节 1, 国庆节 3 (10月1日至3日);
// - 2014-01-01 to 2024-12-31 (国务院令第644号): 11 days — 春节 3 (正月初一至初三), 劳动节 1 (5月1日),
//   the others as above.
//
// The lunar dates and 清明 come from a table rather than an astronomical computation at run time:
// each row was produced with the `chinese-days` package and is checked against it, and the rows of
// 2019–2026 against the shipped arrangements, in statutory.test.ts.
import { addDays, type IsoDate } from './dates.ts';
import type { CalendarDay, CalendarYearData } from './types.ts';

/** Per Gregorian year: 除夕 (the last day of the lunar year before 正月初一), 清明, 端午, 中秋. */
export const LUNAR_DATES: Readonly<Record<number, readonly [IsoDate, IsoDate, IsoDate, IsoDate]>> = {
  2019: ['2019-02-04', '2019-04-05', '2019-06-07', '2019-09-13'],
  2020: ['2020-01-24', '2020-04-04', '2020-06-25', '2020-10-01'],
  2021: ['2021-02-11', '2021-04-04', '2021-06-14', '2021-09-21'],
  2022: ['2022-01-31', '2022-04-05', '2022-06-03', '2022-09-10'],
  2023: ['2023-01-21', '2023-04-05', '2023-06-22', '2023-09-29'],
  2024: ['2024-02-09', '2024-04-04', '2024-06-10', '2024-09-17'],
  2025: ['2025-01-28', '2025-04-04', '2025-05-31', '2025-10-06'],
  2026: ['2026-02-16', '2026-04-05', '2026-06-19', '2026-09-25'],
  2027: ['2027-02-05', '2027-04-05', '2027-06-09', '2027-09-15'],
  2028: ['2028-01-25', '2028-04-04', '2028-05-28', '2028-10-03'],
  2029: ['2029-02-12', '2029-04-04', '2029-06-16', '2029-09-22'],
  2030: ['2030-02-02', '2030-04-05', '2030-06-05', '2030-09-12'],
  2031: ['2031-01-22', '2031-04-05', '2031-06-24', '2031-10-01'],
  2032: ['2032-02-10', '2032-04-04', '2032-06-12', '2032-09-19'],
  2033: ['2033-01-30', '2033-04-04', '2033-06-01', '2033-09-08'],
  2034: ['2034-02-18', '2034-04-05', '2034-06-20', '2034-09-27'],
  2035: ['2035-02-07', '2035-04-05', '2035-06-10', '2035-09-16'],
  2036: ['2036-01-27', '2036-04-04', '2036-05-30', '2036-10-04'],
  2037: ['2037-02-14', '2037-04-04', '2037-06-18', '2037-09-24'],
  2038: ['2038-02-03', '2038-04-05', '2038-06-07', '2038-09-13'],
  2039: ['2039-01-23', '2039-04-05', '2039-05-27', '2039-10-02'],
  2040: ['2040-02-11', '2040-04-04', '2040-06-14', '2040-09-20'],
};

/** The first and last years whose statutory holidays can be computed. */
export const STATUTORY_YEARS = { first: 2019, last: 2040 } as const;

export const STATUTORY_BASIS_2025 =
  '《全国年节及纪念日放假办法》第二条（国务院令第795号修订，2025年1月1日起施行）';
export const STATUTORY_BASIS_2014 = '《全国年节及纪念日放假办法》第二条（国务院令第644号修订）';

/**
 * The days off the law fixes for `year`, without the State Council's 调休. Null for a year outside
 * the table. A date of a festival that falls in another Gregorian year (除夕 on 12-31) is left out.
 */
export function statutoryHolidays(year: number): CalendarDay[] | null {
  const row = LUNAR_DATES[year];
  if (!row) return null;
  const [eve, qingming, duanwu, zhongqiu] = row;
  const since2025 = year >= 2025;
  const day = (date: IsoDate, name: string): CalendarDay => ({ date, name });
  const days: CalendarDay[] = [
    day(`${year}-01-01`, '元旦'),
    ...(since2025
      ? [eve, addDays(eve, 1), addDays(eve, 2), addDays(eve, 3)]
      : [1, 2, 3].map((n) => addDays(eve, n))
    ).map((d) => day(d, '春节')),
    day(qingming, '清明节'),
    day(`${year}-05-01`, '劳动节'),
    ...(since2025 ? [day(`${year}-05-02`, '劳动节')] : []),
    day(duanwu, '端午节'),
    day(zhongqiu, '中秋节'),
    day(`${year}-10-01`, '国庆节'),
    day(`${year}-10-02`, '国庆节'),
    day(`${year}-10-03`, '国庆节'),
  ];
  // 中秋 on a 国庆 day (2020, 2031): one day off, named 国庆节、中秋节 as the notices do.
  const byDate = new Map<IsoDate, CalendarDay>();
  for (const d of days) {
    if (!d.date.startsWith(`${year}-`)) continue;
    const seen = byDate.get(d.date);
    byDate.set(d.date, seen ? { date: d.date, name: `${d.name}、${seen.name}` } : d);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * A provisional arrangement for a year whose notice is not yet entered: the statutory days off, no
 * 调休. Null when the year is outside the table.
 */
export function provisionalYear(year: number): CalendarYearData | null {
  const holidays = statutoryHolidays(year);
  if (!holidays) return null;
  return {
    year,
    source: year >= 2025 ? STATUTORY_BASIS_2025 : STATUTORY_BASIS_2014,
    note: `${year}年放假安排尚未发布，暂按法定节假日推算（不含调休）`,
    holidays,
    workdays: [],
    provisional: true,
  };
}
