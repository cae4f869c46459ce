import { describe, expect, it } from 'vitest';
import { CalendarYearMissingError, createCalendar } from './calendar.ts';
import { CalendarDateError } from './dates.ts';
import { addPeriod, daysRemaining } from './deadline.ts';
import { shippedYears } from './shipped-years.ts';
import type { PeriodUnit } from './types.ts';

const calendar = createCalendar(shippedYears);

describe('addPeriod — working days', () => {
  it.each([
    // start, days, due, why
    ['2024-09-27', 7, '2024-10-12', '9-29 (Sun) and 10-12 (Sat) are make-up days, 国庆 is skipped'],
    ['2024-09-27', 3, '2024-10-08', '9-29 counts, 9-30, then the first day after 国庆'],
    ['2024-09-28', 1, '2024-09-29', 'the next day is a make-up Sunday'],
    ['2024-04-30', 7, '2024-05-13', '行政处罚 送达 7 working days over 劳动节 with make-up 5-11'],
    ['2024-09-20', 20, '2024-10-23', '政府信息公开 20 working days over 国庆'],
    ['2024-02-08', 1, '2024-02-09', '除夕 2024 is a working day'],
    ['2024-02-09', 1, '2024-02-18', '春节 2024 ends with a make-up Sunday'],
    ['2025-01-24', 5, '2025-02-07', '2025 春节 with 除夕 and make-up 1-26'],
    ['2025-01-27', 1, '2025-02-05', 'the day before 除夕 2025'],
    ['2025-02-07', 1, '2025-02-08', 'make-up Saturday after 春节 2025'],
    ['2020-01-23', 1, '2020-02-03', '2020 春节 extended to 2-2; 2-1 no longer a make-up day'],
    ['2023-09-28', 1, '2023-10-07', '中秋国庆 2023 ends with a make-up Saturday'],
    ['2025-12-29', 5, '2026-01-06', 'across the year end with the 2026 元旦 make-up Sunday'],
    ['2024-06-07', 1, '2024-06-11', '端午 2024: 6-10 off, with the weekend'],
  ])('%s + %i working days → %s (%s)', (start, days, due) => {
    expect(addPeriod(calendar, { start, days, unit: 'working' }).due).toBe(due);
  });

  it('explains the computation in Chinese', () => {
    const result = addPeriod(calendar, { start: '2024-09-27', days: 7, unit: 'working' });
    expect(result.explain).toEqual([
      '起算日 2024-09-27（不计入）',
      '按工作日计算 7 日',
      '2024-09-29（星期日）为调休上班日，计入',
      '跳过 2024-10-01 至 2024-10-07 国庆节假期',
      '2024-10-12（星期六）为调休上班日，计入',
      '跳过周末共 1 日',
      '期限届满日 2024-10-12（星期六）',
    ]);
    expect(result.skipped[0]).toEqual({ date: '2024-09-28', reason: '周末' });
    expect(result.skipped.slice(1).map((s) => s.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
    ]);
    expect(result.skipped[1].reason).toBe('法定节假日（国庆节）');
  });

  it('names a single-day holiday without a range', () => {
    const result = addPeriod(calendar, { start: '2024-06-07', days: 1, unit: 'working' });
    expect(result.explain).toContain('跳过 2024-06-10 端午节假期');
    expect(result.explain).toContain('跳过周末共 2 日');
  });
});

describe('addPeriod — calendar days', () => {
  it.each([
    ['2024-09-01', 30, '2024-10-08', 'last day 10-01 is 国庆 → next working day'],
    ['2024-09-20', 15, '2024-10-08', 'last day 10-05 inside 国庆'],
    ['2024-10-01', 15, '2024-10-16', 'holidays inside the period count'],
    ['2024-11-15', 15, '2024-12-02', 'last day a Saturday → Monday'],
    ['2024-09-27', 15, '2024-10-12', 'last day a make-up Saturday is a working day: no move'],
    ['2025-01-01', 30, '2025-02-05', 'last day 1-31 inside 春节 2025'],
    ['2020-01-01', 30, '2020-02-03', 'last day 1-31, the 2020 extension'],
    ['2018-12-20', 20, '2019-01-09', 'only the last day needs the calendar'],
  ])('%s + %i days → %s (%s)', (start, days, due) => {
    expect(addPeriod(calendar, { start, days, unit: 'calendar' }).due).toBe(due);
  });

  it('explains the move to the next working day (民法典 第203条)', () => {
    const result = addPeriod(calendar, { start: '2024-09-01', days: 30, unit: 'calendar' });
    expect(result.explain).toEqual([
      '起算日 2024-09-01（不计入）',
      '按自然日计算 30 日，期间的周末和节假日照常计入',
      '2024-10-01（星期二）为法定节假日（国庆节），期限最后一日顺延至其后第一个工作日 2024-10-08',
      '期限届满日 2024-10-08（星期二）',
    ]);
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
    ]);
  });
});

describe('addPeriod — pauses', () => {
  it('stops a working-day clock for the working days of the pause', () => {
    const result = addPeriod(calendar, {
      start: '2024-09-27',
      days: 7,
      unit: 'working',
      pauses: [{ from: '2024-10-10', to: '2024-10-15', reason: '补正材料' }],
    });
    // Counted: 9-29, 9-30, 10-8, 10-9 | paused 10-10, 10-11, 10-12 (make-up), 10-14, 10-15 | 10-16, 10-17, 10-18
    expect(result.due).toBe('2024-10-18');
    expect(result.explain).toContain(
      '暂停 2024-10-10 至 2024-10-15（补正材料），不计入，期限顺延 5 个工作日',
    );
    expect(result.skipped).toContainEqual({ date: '2024-10-12', reason: '暂停（补正材料）' });
    expect(result.skipped).toContainEqual({ date: '2024-10-13', reason: '周末' });
  });

  it('stops a calendar-day clock for every day of the pause', () => {
    const result = addPeriod(calendar, {
      start: '2024-03-01',
      days: 20,
      unit: 'calendar',
      pauses: [{ from: '2024-03-05', to: '2024-03-09', reason: '征求第三方意见' }],
    });
    expect(result.due).toBe('2024-03-26');
    expect(result.explain).toContain(
      '暂停 2024-03-05 至 2024-03-09（征求第三方意见），不计入，期限顺延 5 日',
    );
  });

  it('counts only the part of a pause after the start day', () => {
    const result = addPeriod(calendar, {
      start: '2024-03-01',
      days: 5,
      unit: 'working',
      pauses: [{ from: '2024-02-25', to: '2024-03-05', reason: '鉴定' }],
    });
    expect(result.due).toBe('2024-03-12');
    expect(result.explain).toContain('暂停 2024-02-25 至 2024-03-05（鉴定），不计入，期限顺延 2 个工作日');
  });

  it('says so when a pause does not change the deadline', () => {
    const weekendOnly = addPeriod(calendar, {
      start: '2024-03-01',
      days: 5,
      unit: 'working',
      pauses: [{ from: '2024-03-02', to: '2024-03-03', reason: '公告' }],
    });
    expect(weekendOnly.due).toBe('2024-03-08');
    expect(weekendOnly.explain).toContain('暂停 2024-03-02 至 2024-03-03（公告）期间没有工作日，不影响期限');

    const after = addPeriod(calendar, {
      start: '2024-03-01',
      days: 5,
      unit: 'working',
      pauses: [{ from: '2024-04-01', to: '2024-04-01', reason: '补正材料' }],
    });
    expect(after.due).toBe('2024-03-08');
    expect(after.explain).toContain('暂停 2024-04-01（补正材料）不在计算期间内，不影响期限');
  });

  it('handles overlapping pauses once per day', () => {
    const result = addPeriod(calendar, {
      start: '2024-03-01',
      days: 3,
      unit: 'calendar',
      pauses: [
        { from: '2024-03-02', to: '2024-03-04', reason: '补正材料' },
        { from: '2024-03-03', to: '2024-03-05', reason: '征求第三方意见' },
      ],
    });
    // 3-2..3-5 paused, then 3-6, 3-7, 3-8
    expect(result.due).toBe('2024-03-08');
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2024-03-02',
      '2024-03-03',
      '2024-03-04',
      '2024-03-05',
    ]);
  });
});

describe('addPeriod — extensions', () => {
  it('adds a working-day extension after the original due date (政府信息公开条例 第33条)', () => {
    const result = addPeriod(calendar, {
      start: '2024-09-20',
      days: 20,
      unit: 'working',
      extensions: [{ days: 20, reason: '经政府信息公开工作机构负责人同意', approvedAt: '2024-10-21' }],
    });
    expect(result.due).toBe('2024-11-20');
    expect(result.explain).toContain('原定期限届满日 2024-10-23');
    expect(result.explain).toContain(
      '延长 20 个工作日（经政府信息公开工作机构负责人同意，批准日期 2024-10-21）',
    );
    expect(result.explain.at(-1)).toBe('期限届满日 2024-11-20（星期三）');
  });

  it('adds a calendar-day extension and moves a last day off a weekend (信访工作条例 第34条)', () => {
    const result = addPeriod(calendar, {
      start: '2024-09-01',
      days: 60,
      unit: 'calendar',
      extensions: [{ days: 30, reason: '经负责人批准' }],
    });
    expect(result.due).toBe('2024-12-02');
    expect(result.explain).toEqual([
      '起算日 2024-09-01（不计入）',
      '按自然日计算 60 日，期间的周末和节假日照常计入',
      '原定期限届满日 2024-10-31',
      '延长 30 日（经负责人批准）',
      '2024-11-30（星期六）为周末，期限最后一日顺延至其后第一个工作日 2024-12-02',
      '期限届满日 2024-12-02（星期一）',
    ]);
  });

  it('counts an extension in its own unit', () => {
    const result = addPeriod(calendar, {
      start: '2024-09-20',
      days: 20,
      unit: 'working',
      extensions: [{ days: 30, unit: 'calendar', reason: '经负责人批准' }],
    });
    // 2024-10-23 + 30 calendar days = 2024-11-22 (星期五)
    expect(result.due).toBe('2024-11-22');
    expect(result.explain).toContain('延长 30 日（经负责人批准）');
  });

  it('chains several extensions and warns about an approval after the due date', () => {
    const result = addPeriod(calendar, {
      start: '2024-01-02',
      days: 5,
      unit: 'working',
      extensions: [
        { days: 5, reason: '第一次延长', approvedAt: '2024-01-08' },
        { days: 5, reason: '第二次延长', approvedAt: '2024-01-20' },
      ],
    });
    // 1-9 → 1-16 → 1-23
    expect(result.due).toBe('2024-01-23');
    expect(result.explain).toContain('注意：延长的批准日期 2024-01-20 晚于延长前的届满日 2024-01-16');
    expect(result.explain.filter((l) => l.startsWith('注意'))).toHaveLength(1);
  });

  it('lets a pause run into the extension', () => {
    const result = addPeriod(calendar, {
      start: '2024-09-01',
      days: 60,
      unit: 'calendar',
      pauses: [{ from: '2024-11-04', to: '2024-11-08', reason: '鉴定' }],
      extensions: [{ days: 30, reason: '经负责人批准' }],
    });
    // 10-31 + 30 days with 5 paused = 12-05 (星期四)
    expect(result.due).toBe('2024-12-05');
    expect(result.explain).toContain('暂停 2024-11-04 至 2024-11-08（鉴定），不计入，期限顺延 5 日');
  });
});

describe('addPeriod — errors', () => {
  it.each([
    ['2026-12-20', 10, 'working' as const, 2027],
    ['2026-12-20', 15, 'calendar' as const, 2027], // the last day 2027-01-04 needs 2027
    ['2018-12-25', 3, 'working' as const, 2018],
  ])('%s + %i %s days needs %i and throws', (start, days, unit, year) => {
    expect(() => addPeriod(calendar, { start, days, unit })).toThrow(CalendarYearMissingError);
    expect(() => addPeriod(calendar, { start, days, unit })).toThrow(
      `日历未包含${year}年的节假日安排，请由系统管理员补充后再计算`,
    );
  });

  it('rejects bad input', () => {
    expect(() => addPeriod(calendar, { start: '2024-02-30', days: 1, unit: 'working' })).toThrow(
      CalendarDateError,
    );
    expect(() => addPeriod(calendar, { start: '2024-03-01', days: 0, unit: 'working' })).toThrow(RangeError);
    expect(() => addPeriod(calendar, { start: '2024-03-01', days: 1.5, unit: 'working' })).toThrow(
      '期限天数应为 1 至 3650 之间的整数',
    );
    expect(() =>
      addPeriod(calendar, {
        start: '2024-03-01',
        days: 1,
        unit: 'working',
        pauses: [{ from: '2024-03-05', to: '2024-03-04', reason: '补正材料' }],
      }),
    ).toThrow('暂停的结束日期不能早于开始日期');
  });
});

describe('daysRemaining', () => {
  it.each([
    ['2024-10-12', '2024-09-27', 'working', 7],
    ['2024-10-12', '2024-09-27', 'calendar', 15],
    ['2024-10-12', '2024-10-12', 'working', 0],
    ['2024-10-08', '2024-09-30', 'working', 1],
    ['2024-10-08', '2024-09-30', 'calendar', 8],
    ['2024-10-11', '2024-10-12', 'working', -1],
    ['2024-09-30', '2024-10-05', 'working', -1], // only holidays since: still overdue
    ['2024-10-08', '2024-10-10', 'working', -2],
    ['2024-10-08', '2024-10-10', 'calendar', -2],
  ] as [string, string, PeriodUnit, number][])('due %s, today %s, %s → %i', (due, today, unit, expected) => {
    expect(daysRemaining(calendar, due, today, unit)).toBe(expected);
  });

  it('needs the calendar only for working days', () => {
    expect(daysRemaining(calendar, '2027-01-10', '2026-12-31', 'calendar')).toBe(10);
    expect(() => daysRemaining(calendar, '2027-01-10', '2026-12-31', 'working')).toThrow(
      CalendarYearMissingError,
    );
  });
});
