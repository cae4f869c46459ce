import { describe, expect, it } from 'vitest';
import { testRule } from '../test-util.ts';
import rule from './expired-plan.ts';
import { run } from './test-report.ts';

const OUTLINE = '法治政府建设实施纲要（2021—2025年）';
const PUFA9 = '第九个五年法治宣传教育规划（2026—2030年）';

testRule(rule, {
  valid: [
    // the plan is still running in the report year
    { text: '全镇上下深入推进八五普法，办好法治讲堂。', year: 2025 },
    { text: `认真贯彻落实《${OUTLINE}》。`, year: 2025 },
    { text: '对照《提升行政执法质量三年行动计划（2023—2025年）》逐项整改。', year: 2024 },
    // looking back at a finished plan
    { text: '高质量完成八五普法总结验收。', year: 2026 },
    { text: '八五普法期间，全镇共培育法律明白人九十名。', year: 2026 },
    { text: `回顾《${OUTLINE}》实施五年来的成效，查找短板。`, year: 2026 },
    { text: '对照原《提升行政执法质量三年行动计划（2023—2025年）》梳理问题。', year: 2026 },
    { text: '做好八五普法与九五普法的衔接工作。', year: 2026 },
    // the successor
    { text: '全面启动九五普法，制定镇级实施方案。', year: 2026 },
    { text: `学习《${PUFA9}》。`, year: 2027 },
    // no report year: nothing to compare with
    { text: '深入推进八五普法。', year: null },
    // an ended 五年普法 plan is terminology/outdated
    { text: '今年以来，我镇深入推进八五普法，组织送法下乡十二场。', year: 2026 },
    { text: '持续深化“七五”普法。', year: 2024 },
  ],
  invalid: [
    {
      text: `镇党委认真贯彻落实《${OUTLINE}》，统筹推进法治政府建设。`,
      year: 2026,
      excerpts: [`《${OUTLINE}》`],
      messageId: 'noSuccessor',
      data: { plan: 'rule-of-law-government-outline-2021', successor: null },
    },
    {
      text: '以《法治政府建设实施纲要》为指引，完善依法决策机制。',
      year: 2027,
      excerpts: ['《法治政府建设实施纲要》'],
      messageId: 'noSuccessor',
    },
    {
      text: '持续开展提升行政执法质量三年行动，规范执法程序。',
      year: 2026,
      excerpts: ['提升行政执法质量三年行动'],
      messageId: 'noSuccessor',
      data: { plan: 'enforcement-quality-plan-2023' },
    },
    {
      text: '依据《法治政府建设实施纲要（2015—2020年）》完善制度。',
      year: 2022,
      excerpts: ['《法治政府建设实施纲要（2015—2020年）》'],
      messageId: 'successor',
      data: { successor: `《${OUTLINE}》` },
    },
  ],
});

describe('citation/expired-plan in the plans part', () => {
  const report = [
    '某镇2026年法治政府建设情况报告',
    '一、主要举措和成效',
    '全年开展法治讲座六场。',
    '二、2027年工作打算',
    '继续贯彻落实《法治政府建设实施纲要（2021—2025年）》，推动依法行政。',
  ].join('\n');

  it('says the next year’s plan is built on an ended plan', () => {
    const [f, ...rest] = run(rule, report, 2026);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ section: 'plans', plan: 'rule-of-law-government-outline-2021' });
    expect(f.params?.subject).toBe('2026年度报告的下一年度工作安排');
  });

  it('leaves a 2026 report that looks back at the outline alone', () => {
    expect(run(rule, report.replace('继续贯彻落实', '全面总结'), 2026)).toEqual([]);
  });
});
