import { describe, expect, it } from 'vitest';
import { checkText } from '../../engine.ts';
import { parseReport } from '../../structure/index.ts';
import { runRule } from '../test-util.ts';
import rule, { metaDate } from './premature-date.ts';

// A made-up township report, written for these tests.
const body = (title: string, signoff: string[]) =>
  [
    title,
    '县人民政府：',
    '一、主要举措和成效',
    '全年开展集中学法五次，调处邻里纠纷三十余件。',
    '二、存在的不足',
    '执法人员业务培训还不够系统。',
    '三、下一年度工作安排',
    '持续规范执法程序。',
    ...signoff,
  ].join('\n');

const TITLE = '青禾镇人民政府关于2025年度法治政府建设情况的报告';

const find = (text: string) =>
  checkText(text, { registry: [rule], metrics: false }).findings.map((f) => ({
    line: f.line,
    severity: f.severity,
    data: f.data,
  }));

describe('structure/premature-date', () => {
  const cases: Array<[string, string, boolean]> = [
    ['signed after the year', '2026年1月12日', false],
    ['signed on the first day of the next year', '2026年1月1日', false],
    ['signed in Chinese numerals after the year', '二〇二六年二月三日', false],
    // counties collect townships' reports in December: common practice
    ['signed on the last day of the year', '2025年12月31日', false],
    ['signed in December', '2025年12月18日', false],
    ['signed on the first of December', '2025年12月1日', false],
    ['signed in Chinese numerals in December', '二〇二五年十二月二十日', false],
    ['signed in November', '2025年11月30日', true],
    ['signed in Chinese numerals in the summer', '二〇二五年七月八日', true],
    ['signed the year before', '2024年3月1日', true],
  ];
  it.each(cases)('%s (%s)', (_name, date, flagged) => {
    const found = find(body(TITLE, ['青禾镇人民政府', date]));
    if (!flagged) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 10, data: { year: 2025, source: '落款' } });
  });

  it('reads the written and published dates of a portal page', () => {
    const text = [
      '[ 索引号 ] 00123/2025-00031 [ 发布机构 ] 青禾镇人民政府',
      '[ 成文日期 ] 2025-11-16 [ 发布日期 ] 2025-11-18',
      body(TITLE, ['青禾镇人民政府', '2025年11月16日']),
    ].join('\n');
    const found = checkText(text, { registry: [rule], metrics: false }).findings;
    // the 成文日期 equals the 落款 date: one finding for both, one for the publication
    expect(found.map((f) => [f.line, f.data?.source, f.data?.date])).toEqual([
      [2, '发布日期', '2025-11-18'],
      [12, '落款', '2025-11-16'],
    ]);
    expect(found[0].message).toContain('发布日期2025年11月18日早于2025年12月');
  });

  it('accepts a page published after the year', () => {
    const text = ['发布时间：2026-02-09 10:21', body(TITLE, ['青禾镇人民政府', '2026年2月6日'])].join('\n');
    expect(find(text)).toEqual([]);
    const early = ['发布时间：2025-11-30', body(TITLE, ['青禾镇人民政府', '2026年2月6日'])].join('\n');
    expect(find(early)).toMatchObject([{ line: 1, data: { source: '发布时间', date: '2025-11-30' } }]);
  });

  it('reads metadata from HTML ingest', () => {
    const report = parseReport({
      file: 'page.html',
      format: 'html',
      text: body(TITLE, ['青禾镇人民政府', '2026年1月20日']),
      meta: { 发布日期: '2025年10月28日' },
    });
    const found = runRule(rule, report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'published', at: { line: 1, column: 1 } });
  });

  it('leaves reports on part of a year, plans and undated or yearless reports alone', () => {
    const half = '青禾镇人民政府关于2025年上半年法治政府建设情况的报告';
    expect(find(body(half, ['青禾镇人民政府', '2025年7月5日']))).toEqual([]);
    const quarter = '青禾镇2025年1—9月法治政府建设工作总结';
    expect(find(body(quarter, ['青禾镇人民政府', '2025年10月8日']))).toEqual([]);
    const plan = '青禾镇2026年法治政府建设工作要点';
    expect(find(body(plan, ['青禾镇人民政府', '2025年12月26日']))).toEqual([]);
    expect(find(body(TITLE, ['青禾镇人民政府']))).toEqual([]);
    expect(find(body('法治政府建设情况的报告', ['青禾镇人民政府', '2025年12月1日']))).toEqual([]);
  });

  it('does not check the placeholder 落款 date of a township’s own draft', () => {
    const text = body(TITLE, ['青禾镇人民政府', '2025年11月20日']);
    const draft = checkText(text, { registry: [rule], metrics: false, figures: {} }).findings;
    expect(draft).toEqual([]);
    expect(find(text)).toHaveLength(1);
  });

  it('parses catalogue dates', () => {
    expect(metaDate('2025-12-18')).toBe('2025-12-18');
    expect(metaDate('2025/1/8 09:30:00')).toBe('2025-01-08');
    expect(metaDate('2026年2月9日')).toBe('2026-02-09');
    expect(metaDate('二〇二六年二月九日')).toBe('2026-02-09');
    expect(metaDate('2025-13-01')).toBeNull();
    expect(metaDate('青禾镇人民政府')).toBeNull();
  });
});
