import { describe, expect, it } from 'vitest';
import { calendarYearSchema, periodInputSchema } from './schema.ts';
import type { CalendarYearData } from './types.ts';

const valid = {
  year: 2027,
  source: '《国务院办公厅关于2027年部分节假日安排的通知》（测试数据）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
  ],
  workdays: [{ date: '2027-01-09', name: '元旦' }], // a Saturday
};

function messages(input: unknown): string[] {
  const result = calendarYearSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('calendarYearSchema', () => {
  it('accepts a well-formed year and yields the calendar data type', () => {
    const parsed: CalendarYearData = calendarYearSchema.parse(valid);
    expect(parsed.year).toBe(2027);
  });

  it.each([
    [{ ...valid, year: 2027.5 }, '年份应为 1900 至 2999 之间的整数'],
    [{ ...valid, year: '2027' }, '年份应为 1900 至 2999 之间的整数'],
    [{ ...valid, source: '  ' }, '请填写来源（国务院办公厅通知的标题、文号或发布日期）'],
    [{ ...valid, holidays: [] }, '至少应有一个节假日'],
    [{ ...valid, holidays: [{ date: '2027-02-30', name: '春节' }] }, '日期应为 YYYY-MM-DD 格式的真实日期'],
    [{ ...valid, holidays: [{ date: '2027-02-10', name: '' }] }, '请填写节日名称（不超过 20 字）'],
    [{ ...valid, holidays: [{ date: '2028-01-01', name: '元旦' }] }, '2028-01-01 不属于2027年'],
    [
      { ...valid, holidays: [...valid.holidays, { date: '2027-01-01', name: '元旦' }] },
      '2027-01-01 重复列出',
    ],
    [{ ...valid, workdays: [{ date: '2027-01-02', name: '元旦' }] }, '2027-01-02 同时列为节假日和调休上班日'],
    [
      { ...valid, workdays: [{ date: '2027-01-04', name: '元旦' }] },
      '调休上班日 2027-01-04（星期一）不是周末，无需列出',
    ],
  ])('rejects %j with “%s”', (input, message) => {
    expect(messages(input)).toContain(message);
  });

  it('points at the offending entry', () => {
    const result = calendarYearSchema.safeParse({
      ...valid,
      workdays: [{ date: '2027-01-04', name: '元旦' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['workdays', 0, 'date']);
  });
});

describe('periodInputSchema', () => {
  it('accepts a full query', () => {
    const input = {
      start: '2024-09-27',
      days: 7,
      unit: 'working',
      pauses: [{ from: '2024-10-10', to: '2024-10-15', reason: '补正材料' }],
      extensions: [{ days: 20, reason: '经负责人批准', approvedAt: '2024-10-20' }],
    };
    expect(periodInputSchema.parse(input)).toEqual(input);
  });

  it.each([
    [{ start: '2024-09-27', days: 0, unit: 'working' }, '期限天数应为 1 至 3650 之间的整数'],
    [{ start: '2024-09-27', days: 7, unit: 'weeks' }, '计算方式应为工作日（working）或自然日（calendar）'],
    [{ start: '27/09/2024', days: 7, unit: 'working' }, '日期应为 YYYY-MM-DD 格式的真实日期'],
    [
      {
        start: '2024-09-27',
        days: 7,
        unit: 'working',
        pauses: [{ from: '2024-10-15', to: '2024-10-10', reason: '补正' }],
      },
      '暂停的结束日期不能早于开始日期',
    ],
    [{ start: '2024-09-27', days: 7, unit: 'working', extensions: [{ days: 5, reason: '' }] }, '请填写原因'],
  ])('rejects %j', (input, message) => {
    const result = periodInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
