import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  CalendarDateError,
  diffDays,
  eachDay,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  weekday,
  yearOf,
} from './dates.ts';

describe('date helpers', () => {
  it('numbers days from 1970-01-01 and back, agreeing with UTC arithmetic over 1900–2100', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n += 1) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) throw new Error(`mismatch at ${iso}`);
    }
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    [' 2024-01-01', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('rejects non-strings and reports bad dates in Chinese', () => {
    expect(isIsoDate(20240101)).toBe(false);
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(() => assertIsoDate('2024-02-30')).toThrow(CalendarDateError);
    expect(() => addDays('2024/01/01', 1)).toThrow('日期“2024/01/01”无效，应为 YYYY-MM-DD 格式的真实日期');
  });

  it.each([
    ['2024-09-29', 0], // 星期日
    ['2024-10-01', 2],
    ['2024-10-12', 6],
    ['2025-01-28', 2],
    ['2000-01-01', 6],
  ])('weekday(%s) = %i', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(diffDays('2024-09-27', '2024-10-12')).toBe(15);
    expect(diffDays('2024-10-12', '2024-09-27')).toBe(-15);
    expect(yearOf('2026-12-31')).toBe(2026);
  });

  it('lists days inclusively', () => {
    expect(eachDay('2024-12-30', '2025-01-02')).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
    expect(eachDay('2024-01-02', '2024-01-01')).toEqual([]);
  });
});
