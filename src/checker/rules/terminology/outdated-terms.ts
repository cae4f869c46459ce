// Outdated terms of rule-of-law work and their current form, each with the document that changed
// it. Kept as data so a deployment can review the list without reading the rule.

export interface OutdatedTerm {
  term: string;
  replacement: string;
  /** Year from which the replacement is the official usage. */
  since: number;
  source: string;
  /** Text right after the term that makes it a different, still correct word. */
  notFollowedBy?: RegExp;
  /** Text right before the term that makes it a different, still correct word. */
  notPrecededBy?: RegExp;
}

export const OUTDATED_TERMS: OutdatedTerm[] = [
  {
    term: '法制宣传教育',
    replacement: '法治宣传教育',
    since: 2016,
    source:
      '中共中央、国务院转发《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》',
  },
  {
    term: '法制宣传',
    replacement: '法治宣传',
    since: 2016,
    source:
      '中共中央、国务院转发《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》',
    notFollowedBy: /^教育/,
  },
  {
    term: '法制政府',
    replacement: '法治政府',
    since: 2004,
    source: '《全面推进依法行政实施纲要》（国发〔2004〕10号）',
  },
  {
    term: '法制副校长',
    replacement: '法治副校长',
    since: 2021,
    source: '《中小学法治副校长聘任与管理办法》（教育部令第52号，2021年）',
  },
  {
    term: '法制教育',
    replacement: '法治教育',
    since: 2016,
    source: '《青少年法治教育大纲》（教政法〔2016〕13号）',
  },
  {
    term: '法制观念',
    replacement: '法治观念',
    since: 2014,
    source: '《中共中央关于全面推进依法治国若干重大问题的决定》（2014年10月）',
  },
  {
    term: '法制意识',
    replacement: '法治意识',
    since: 2014,
    source: '《中共中央关于全面推进依法治国若干重大问题的决定》（2014年10月）',
  },
  {
    term: '法制办',
    replacement: '司法行政部门（司法局）',
    since: 2019,
    source: '《深化党和国家机构改革方案》（2018年3月）：政府法制办公室职责并入司法行政部门',
    notPrecededBy: /(原|前)$/,
  },
  {
    term: '以法治国',
    replacement: '依法治国',
    since: 1997,
    source: '党的十五大报告（1997年）：依法治国，建设社会主义法治国家',
    notFollowedBy: /^(家|理念|思维|方式)/,
  },
  {
    term: '以法治县',
    replacement: '依法治县',
    since: 1997,
    source: '党的十五大报告（1997年）确立“依法治国”的表述，地方相应为“依法治县”',
  },
  {
    term: '以法治镇',
    replacement: '依法治镇',
    since: 1997,
    source: '党的十五大报告（1997年）确立“依法治国”的表述，地方相应为“依法治镇”',
  },
];

export interface PufaPlan {
  /** 五五, 六五 … as written in 五五普法 */
  name: string;
  start: number;
  end: number;
  source: string;
}

// The national five-year legal-publicity plans (五年普法规划).
export const PUFA_PLANS: PufaPlan[] = [
  {
    name: '四五',
    start: 2001,
    end: 2005,
    source: '《关于在公民中开展法制宣传教育的第四个五年规划》（2001年）',
  },
  {
    name: '五五',
    start: 2006,
    end: 2010,
    source: '《关于在公民中开展法制宣传教育的第五个五年规划》（2006年）',
  },
  {
    name: '六五',
    start: 2011,
    end: 2015,
    source: '《关于在公民中开展法制宣传教育的第六个五年规划》（2011年）',
  },
  {
    name: '七五',
    start: 2016,
    end: 2020,
    source: '《关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》',
  },
  { name: '八五', start: 2021, end: 2025, source: '《关于开展法治宣传教育的第八个五年规划（2021—2025年）》' },
  { name: '九五', start: 2026, end: 2030, source: '第九个五年法治宣传教育规划（2026—2030年）' },
];
