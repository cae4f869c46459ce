import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../engine.ts';
import type { Rule } from '../../types.ts';
import brokenLine from '../integrity/broken-line.ts';
import markupResidue from '../integrity/markup-residue.ts';
import webChrome from '../integrity/web-chrome.ts';
import sectionMissing from './section-missing.ts';
import sectionOrder from './section-order.ts';
import signoffMissing from './signoff-missing.ts';
import titleMissing from './title-missing.ts';

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
const run = (rule: Rule<any>, text: string, options: Record<string, unknown> = {}) =>
  checkText(text, { registry: [rule], ruleOptions: { [rule.meta.id]: options }, metrics: false }).findings;

const FULL = [
  '清溪镇人民政府关于2024年度法治政府建设情况的报告',
  '县人民政府：',
  '一、主要举措和成效',
  '全年组织专题学法8次。',
  '二、存在的问题及原因',
  '村干部法治素养有待提升，主要原因是培训针对性不强。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记、镇长带头学法。',
  '四、下一步工作打算',
  '持续深化普法宣传。',
  '清溪镇人民政府',
  '2025年1月10日',
].join('\n');

describe('structure rules', () => {
  it('title-missing: fires without a title, not with one', () => {
    expect(run(titleMissing, FULL)).toEqual([]);
    const found = run(titleMissing, FULL.split('\n').slice(1).join('\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'structure/title-missing',
      severity: 'error',
      line: 1,
      column: 1,
    });
  });

  it('section-missing: one warning per missing part with data.section', () => {
    expect(run(sectionMissing, FULL)).toEqual([]);
    const text = FULL.replace('二、存在的问题及原因', '二、工作亮点').replace(
      '四、下一步工作打算',
      '四、其他情况',
    );
    const found = run(sectionMissing, text);
    expect(found.map((f) => f.data?.section)).toEqual(['shortcomings', 'reasons', 'plans']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found[0].message).toContain('存在的不足');
    expect(found[0].message).not.toContain('{{');
  });

  it('section-missing: honours the required option', () => {
    const text = FULL.replace('二、存在的问题及原因', '二、存在的问题');
    expect(run(sectionMissing, text).map((f) => f.data?.section)).toEqual(['reasons']);
    expect(run(sectionMissing, text, { required: ['measures', 'plans'] })).toEqual([]);
  });

  it('section-order: plans first is wrong, leaders first or second is fine', () => {
    expect(run(sectionOrder, FULL)).toEqual([]);
    const leadersSecond = [
      '一、主要举措和成效',
      '内容。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '内容。',
      '三、存在的不足',
      '内容。',
      '四、2025年工作安排',
      '内容。',
    ].join('\n');
    expect(run(sectionOrder, leadersSecond)).toEqual([]);
    const leadersFirst = [
      '一、党政主要负责人履行推进法治建设第一责任人职责情况',
      '内容。',
      '二、推进法治政府建设的主要举措和成效',
      '内容。',
      '三、存在的不足及原因',
      '内容。',
      '四、下一步工作打算',
      '内容。',
    ].join('\n');
    expect(run(sectionOrder, leadersFirst)).toEqual([]);
    const plansFirst = ['一、2025年工作打算', '内容。', '二、主要举措和成效', '内容。'].join('\n');
    const found = run(sectionOrder, plansFirst);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, data: { section: 'plans', before: 'measures' } });
  });

  it('signoff-missing: missing, date missing; an early date is premature-date', () => {
    expect(run(signoffMissing, FULL)).toEqual([]);
    expect(run(signoffMissing, FULL.split('\n').slice(0, -2).join('\n'))[0].message).toContain('缺少落款');
    expect(run(signoffMissing, FULL.split('\n').slice(0, -1).join('\n'))[0].message).toContain(
      '缺少成文日期',
    );
    expect(run(signoffMissing, FULL.replace('2025年1月10日', '2023年1月10日'))).toEqual([]);
    expect(run(signoffMissing, FULL.replace('2025年1月10日', '二〇二五年一月十日'))).toEqual([]);
  });
});

describe('normalise-change rules', () => {
  it('report chrome, broken lines, page numbers and markup with positions in the original', () => {
    const text = [
      '当前位置：首页 > 政务公开',
      '索引号：001/2025 发布机构：清溪镇人民政府',
      '全年组织机关干部集中学法六次，邀请律师开展专题讲座，进一步提升了干部',
      '— 2 —',
      '依法行政的意识和能力，现将**法治政府**建设情况报告如下：',
    ].join('\n');
    const chrome = run(webChrome, text);
    expect(chrome.map((f) => [f.line, f.column, f.severity])).toEqual([
      [1, 1, 'info'],
      [2, 1, 'info'],
    ]);
    expect(chrome[1].message).toContain('元数据');
    const broken = run(brokenLine, text);
    expect(broken.map((f) => [f.line, f.message.includes('页码')])).toEqual([
      [3, false],
      [4, true],
    ]);
    const markup = run(markupResidue, text);
    expect(markup.map((f) => [f.line, f.column])).toEqual([
      [5, 14],
      [5, 20],
    ]);
    expect(markup[0].excerpt).toContain('**');
  });
});

// The 错误/正确 examples of each doc page: 错误 must trigger the rule, 正确 must not.
// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
const docs: Array<[string, Rule<any>]> = [
  ['structure/title-missing', titleMissing],
  ['structure/section-missing', sectionMissing],
  ['structure/section-order', sectionOrder],
  ['structure/signoff-missing', signoffMissing],
  ['integrity/web-chrome', webChrome],
  ['integrity/broken-line', brokenLine],
  ['integrity/markup-residue', markupResidue],
];

describe('doc examples', () => {
  it.each(docs)('%s', (id, rule) => {
    const page = readFileSync(new URL(`../../../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    const block = (name: string) => {
      const m = new RegExp(`## ${name}\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
      if (!m) throw new Error(`${id}: no ${name} block`);
      return m[1];
    };
    expect(run(rule, block('错误')).filter((f) => f.rule === id).length).toBeGreaterThan(0);
    expect(run(rule, block('正确')).filter((f) => f.rule === id)).toEqual([]);
  });
});
