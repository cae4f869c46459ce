// The draft of the annual report, built from the roll-up. Its parts are those of
// 《法治政府建设与责任落实督察工作规定》第二十五条, in order: 一、主要举措和成效 (one subsection per
// 纲要 area, each paragraph stating that area's figures with the catalogue's sentence templates),
// 二、存在的不足和原因 (from facts: overdue deadlines, legal conditions missed, areas with no records),
// 三、党政主要负责人履行推进法治建设第一责任人职责情况, 四、下一年度主要安排, 五、其他 (optional).
//
// Every stated figure carries its binding (indicator id → value, and where it stands in the
// paragraph), so an editor can show it and the checker can compare it with the ledger. An area
// without records is a gap for the user to fill; the draft never fills it with stock phrases.
// From the 2026 report on, an area whose records show work that a newer instrument governs (行政执法
// 监督条例, the 涉企行政检查 opinion, 法治宣传教育法) also gets a gap asking how that work was done.

import { checkText, LAW_ENTRIES, type LawEntry } from '../../checker/index.ts';
import { getIndicator, OUTLINE_AREAS, type OutlineArea } from '../../shared/indicators.ts';
import { formatChineseNumeral } from '../../shared/numerals.ts';
import { boundFigures, formatValue } from './draft-bindings.ts';
import type {
  Binding,
  Draft,
  DraftAsk,
  DraftGap,
  DraftParagraph,
  DraftParagraphKind,
  DraftSection,
} from './draft-types.ts';
import { type Rollup, type RollupItem, type RollupOrg, rollupFigures } from './rollup.ts';

export {
  bindStatements,
  boundFigures,
  formatValue,
  type RefreshedFigure,
  refreshBindings,
} from './draft-bindings.ts';
export * from './draft-types.ts';

export interface DraftOptions {
  /**
   * Areas without records: 'include' keeps each as a subsection holding a gap paragraph (the
   * editor), 'omit' leaves them out of section 一 (an export); both list them in `gaps` and in
   * section 二. Default 'include'.
   */
  gaps?: 'include' | 'omit';
  /** 成文日期 (YYYY-MM-DD); the roll-up's day by default, or today when the year is over. */
  date?: string;
  /** Text of 五、其他需要报告的情况; the part is left out when absent. */
  other?: string;
}

/** The issuing authority's name: a 镇/乡 is its 人民政府, a 街道 its 办事处. */
export function issuerName(org: Pick<RollupOrg, 'name' | 'kind'>): string {
  if (/(?:人民政府|办事处)$/.test(org.name)) return org.name;
  if (org.kind === 'street' || /街道$/.test(org.name)) return `${org.name}办事处`;
  if (['township', 'county', 'city', 'province'].includes(org.kind) || /[镇乡县市区]$/.test(org.name)) {
    return `${org.name}人民政府`;
  }
  return org.name;
}

/** 成文日期 in Arabic numerals without padding (GB/T 9704-2012 7.3.5.1): "2026年1月5日". */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The figures of an area that are worth stating (non-zero), in catalogue order. */
function statedItems(items: readonly RollupItem[], area: OutlineArea): RollupItem[] {
  return items.filter((i) => i.area === area && i.value > 0);
}

/** A paragraph built from statements; each statement with a figure becomes a binding. */
function paragraphOf(
  kind: DraftParagraphKind,
  parts: Array<string | RollupItem>,
  sep: string,
  end: string,
  area?: OutlineArea,
): DraftParagraph {
  let text = '';
  const bindings: Binding[] = [];
  parts.forEach((part, i) => {
    if (i > 0 && typeof parts[i - 1] !== 'string') text += sep;
    if (typeof part === 'string') {
      text += part;
      return;
    }
    const indicator = getIndicator(part.id);
    const stated = indicator.template.replace('{n}', formatValue(part.value));
    bindings.push({
      id: part.id,
      value: part.value,
      unit: indicator.unit,
      label: indicator.label,
      start: text.length,
      end: text.length + stated.length,
      records: part.records,
    });
    text += stated;
  });
  return { kind, text: text + end, bindings, ...(area ? { area } : {}) };
}

/** Areas of section 一: every 纲要 area except the leaders' own, which is section 三. */
const MEASURE_AREAS = OUTLINE_AREAS.filter((a) => a.id !== 'leadership');

/** The first report year whose draft asks about the work newer instruments govern. */
export const ASKS_FROM_YEAR = 2026;

interface AskRule {
  topic: string;
  /** Law base id of the instrument. */
  entry: string;
  /** The area whose subsection holds the question, given the roll-up (null: not asked). */
  areaOf(items: readonly RollupItem[]): OutlineArea | null;
  text(year: number, e: LawEntry): string;
}

const has = (items: readonly RollupItem[], pred: (i: RollupItem) => boolean) =>
  items.some((i) => pred(i) && i.value > 0);

/** Questions asked only where the ledgers hold records of the work (never about an empty area). */
const ASK_RULES: readonly AskRule[] = [
  {
    topic: '行政执法监督',
    entry: 'administrative-enforcement-supervision-regulations',
    areaOf: (items) => (has(items, (i) => i.id === 'enforcement.cases') ? 'enforcement' : null),
    text: (year, e) =>
      `【待补充】${year}年度台账中有行政执法案件记录。《${e.name}》自${chineseDate(e.effective as string)}起施行，请据实填写本年度行政执法接受监督的情况：执法案卷评查和监督检查中发现的问题及整改，行政执法公示、执法全过程记录、重大执法决定法制审核制度的落实情况。`,
  },
  {
    topic: '涉企行政检查',
    entry: 'enterprise-inspection-opinion-2024',
    areaOf: (items) => (has(items, (i) => i.id === 'enforcement.inspections') ? 'enforcement' : null),
    text: (year, e) =>
      `【待补充】${year}年度台账中有行政检查记录。请对照《${e.name}》，据实填写规范涉企行政检查的情况：行政检查事项和实施主体是否向社会公布，同一企业的检查频次是否控制在上限以内，是否推行“综合查一次”，检查是否全程留痕，有无多头检查、重复检查及其整改。`,
  },
  {
    topic: '法治宣传教育法',
    entry: 'legal-publicity-education-law',
    areaOf: (items) =>
      has(items, (i) => i.area === 'publicity')
        ? 'publicity'
        : has(items, (i) => i.area === 'study')
          ? 'study'
          : null,
    text: (year, e) =>
      `【待补充】《${e.name}》自${chineseDate(e.effective as string)}起施行，请据实填写${year}年贯彻实施该法的情况：落实“谁执法谁普法”普法责任制，国家工作人员学法用法，青少年和其他重点对象的法治宣传教育。`,
  },
];

/** The questions of a report year, by area, in the order of ASK_RULES. */
export function asksOf(year: number, items: readonly RollupItem[]): Array<DraftAsk & { text: string }> {
  if (year < ASKS_FROM_YEAR) return [];
  const out: Array<DraftAsk & { text: string }> = [];
  for (const rule of ASK_RULES) {
    const area = rule.areaOf(items);
    const e = LAW_ENTRIES.find((x) => x.id === rule.entry);
    if (!area || !e) continue;
    out.push({ area, topic: rule.topic, basis: e.name, text: rule.text(year, e) });
  }
  return out;
}

/**
 * A plan, outline or programme whose period ended before the report year is named as the former
 * one (原《法治政府建设实施纲要（2021—2025年）》) wherever the draft quotes it, e.g. as the basis of a
 * ledger rule, so the report does not present it as in force.
 */
export function namedAsOf(text: string, year: number): string {
  let out = text;
  for (const e of LAW_ENTRIES) {
    if (!e.period || year <= e.period[1]) continue;
    const quoted = `《${e.name}》`;
    let at = out.indexOf(quoted);
    while (at >= 0) {
      if (out[at - 1] !== '原') {
        out = `${out.slice(0, at)}原${out.slice(at)}`;
        at++;
      }
      at = out.indexOf(quoted, at + quoted.length);
    }
  }
  return out;
}

export function buildDraft(rollup: Rollup, opts: DraftOptions = {}): Draft {
  const { org, year } = rollup;
  const issuer = issuerName(org);
  const recipient = org.parent ? `${issuerName(org.parent)}：` : '';
  const sections: DraftSection[] = [];
  const gaps: DraftGap[] = [];

  // 一、主要举措和成效
  const measures: DraftParagraph[] = [];
  const asks = asksOf(year, rollup.items);
  let sub = 0;
  for (const area of MEASURE_AREAS) {
    const stated = statedItems(rollup.items, area.id);
    if (stated.length === 0) {
      gaps.push({ area: area.id, label: area.label });
      if (opts.gaps === 'omit') continue;
      sub++;
      measures.push({
        kind: 'heading2',
        text: `（${formatChineseNumeral(sub)}）${area.label}`,
        bindings: [],
        area: area.id,
      });
      measures.push({
        kind: 'gap',
        text: `【待补充】${year}年度台账中没有本领域的记录，请据实填写本领域的举措和成效。`,
        bindings: [],
        area: area.id,
      });
      continue;
    }
    sub++;
    measures.push({
      kind: 'heading2',
      text: `（${formatChineseNumeral(sub)}）${area.label}`,
      bindings: [],
      area: area.id,
    });
    const p = paragraphOf('body', [`${year}年，`, ...stated], '，', '。', area.id);
    measures.push(p);
    // an export leaves the questions out, as it leaves out the areas without records
    if (opts.gaps === 'omit') continue;
    for (const ask of asks.filter((a) => a.area === area.id)) {
      measures.push({ kind: 'gap', text: ask.text, bindings: [], area: area.id });
    }
  }
  sections.push({ key: 'measures', heading: '主要举措和成效', paragraphs: measures });

  // 二、存在的不足和原因
  sections.push({ key: 'shortcomings', heading: '存在的不足和原因', paragraphs: shortcomings(rollup, gaps) });

  // 三、党政主要负责人履行推进法治建设第一责任人职责情况
  const leaders: DraftParagraph[] = [];
  const leaderItems = statedItems(rollup.items, 'leadership');
  if (leaderItems.length > 0) {
    const p = paragraphOf('body', [`${year}年，`, ...leaderItems], '，', '。', 'leadership');
    leaders.push(p);
  } else {
    leaders.push({
      kind: 'gap',
      text: `【待补充】${year}年度台账中没有党委会、政府常务会议研究法治建设工作的记录，请党政主要负责人据实填写履行第一责任人职责的情况。`,
      bindings: [],
      area: 'leadership',
    });
  }
  sections.push({
    key: 'leaders',
    heading: '党政主要负责人履行推进法治建设第一责任人职责情况',
    paragraphs: leaders,
  });

  // 四、下一年度主要安排
  sections.push({ key: 'plans', heading: '下一年度主要安排', paragraphs: plans(rollup, gaps) });

  // 五、其他
  if (opts.other?.trim()) {
    sections.push({
      key: 'other',
      heading: '其他需要报告的情况',
      paragraphs: opts.other
        .split(/\n+/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ kind: 'body' as const, text, bindings: [] })),
    });
  }

  const date = opts.date ?? (rollup.asOf >= `${year}-12-31` ? (rollup.today ?? rollup.asOf) : rollup.asOf);
  return {
    orgId: org.id,
    orgName: org.name,
    issuer,
    year,
    title: `${issuer}关于${year}年度法治政府建设情况的报告`,
    recipient,
    opening: `根据《法治政府建设与责任落实督察工作规定》第二十五条，现将${issuer}${year}年度法治政府建设情况报告如下。`,
    sections,
    signoff: { org: issuer, date: chineseDate(date) },
    gaps,
    ...(asks.length ? { asks: asks.map(({ area, topic, basis }) => ({ area, topic, basis })) } : {}),
    figures: boundFigures(sections),
    ledger: rollupFigures(rollup),
  };
}

/** "调解期限" stays, "办结回复" becomes "“办结回复”期限". */
function deadlineName(label: string): string {
  return /(?:期限|时限)$/.test(label) ? `“${label}”` : `“${label}”期限`;
}

/**
 * True when the checker's extractor reads no figure of the catalogue in the text, placed in
 * section 二. Facts quote rule texts ("执法人员不得少于两人"), which must not read as figures.
 */
export function statesNoFigure(text: string): boolean {
  return checkText(`二、存在的不足和原因\n${text}`, { registry: [], file: 'draft.txt' }).metrics.length === 0;
}

/**
 * Section 二 from the facts of the roll-up; nothing is said that the records do not show. Overdue
 * records are counted in 笔, a measure word no indicator accepts, so the checker never reads them
 * as a figure of the year.
 */
function shortcomings(rollup: Rollup, gaps: readonly DraftGap[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  const asOf = chineseDate(rollup.asOf);
  const byLedger = <T extends { ledgerLabel: string }>(facts: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const f of facts) m.set(f.ledgerLabel, [...(m.get(f.ledgerLabel) ?? []), f]);
    return m;
  };
  for (const [ledgerLabel, facts] of byLedger(rollup.overdue)) {
    const stated = facts.map((f) => {
      const detail =
        f.open === 0
          ? '均已逾期办结'
          : f.metLate === 0
            ? `截至${asOf}均未办结`
            : `其中${f.metLate}笔已逾期办结，截至${asOf}仍有${f.open}笔未办结`;
      return `有${f.metLate + f.open}笔记录超过${deadlineName(f.label)}，${detail}`;
    });
    const bases = [
      ...new Set(facts.flatMap((f) => namedAsOf(f.basis, rollup.year).split('；')).filter(Boolean)),
    ];
    const text = `${ledgerLabel}中，${stated.join('；')}。${bases.length ? `上述期限的依据是${bases.join('；')}。` : ''}`;
    out.push({
      kind: 'body',
      text: statesNoFigure(text) ? text : `${ledgerLabel}中，有事项超过法定办理期限，详见台账期限记录。`,
      bindings: [],
    });
  }
  for (const [ledgerLabel, facts] of byLedger(rollup.refusals)) {
    // Said as a township says it of its own work: what the staff have not mastered yet and which
    // legal conditions were missed, never how many times a button was refused (test clicks count too).
    const rules = facts
      .map((f) => ({ ...f, rule: ruleText(f.rule), basis: namedAsOf(f.basis, rollup.year) }))
      .filter((f) => f.rule)
      .map((f) =>
        statesNoFigure(`“${f.rule}”`)
          ? `“${f.rule}”${f.basis ? `（${f.basis}）` : ''}`
          : f.basis
            ? `${f.basis}的要求`
            : '',
      )
      .filter(Boolean);
    const lead = `${ledgerLabel}工作中，部分经办人员对法定程序的掌握还不够扎实，`;
    const text = `${lead}个别事项在未满足${rules.join('；')}等法定条件时即推进办理环节，虽经审核及时纠正，但反映出程序意识仍需加强。`;
    let stated = `${lead}个别事项存在未满足法定条件即推进办理环节的情况，程序意识仍需加强。`;
    if (rules.length && statesNoFigure(text)) stated = text;
    out.push({ kind: 'body', text: stated, bindings: [] });
  }
  if (gaps.length > 0) {
    out.push({
      kind: 'body',
      text: `${gaps.map((g) => g.label).join('、')}等领域在${rollup.year}年度台账中没有记录，相关工作未登记入账，成效无法用数据反映。`,
      bindings: [],
    });
  }
  if (out.length === 0) {
    out.push({
      kind: 'gap',
      text: `【待补充】${rollup.year}年度台账中没有逾期事项、被拒绝的操作或无记录的领域，请结合督察、考核和群众反映的情况据实填写。`,
      bindings: [],
    });
  }
  return out;
}

/** Section 四: one arrangement per fact of section 二, then the report's own disclosure. */
function plans(rollup: Rollup, gaps: readonly DraftGap[]): DraftParagraph[] {
  const next = rollup.year + 1;
  const out: DraftParagraph[] = [];
  const lines: string[] = [];
  for (const f of rollup.overdue) {
    if (f.open > 0)
      lines.push(
        `对${f.ledgerLabel}中仍超过${deadlineName(f.label)}未办结的${f.open}笔记录逐件督办、限期办结`,
      );
  }
  const refusedLedgers = [...new Set(rollup.refusals.map((f) => f.ledgerLabel))];
  if (refusedLedgers.length > 0) {
    lines.push(
      `针对${refusedLedgers.join('、')}工作中出现的程序问题，组织经办人员开展业务培训，对照法定条件逐项规范办理流程`,
    );
  }
  if (gaps.length > 0) lines.push(`将${gaps.map((g) => g.label).join('、')}等领域的工作纳入台账登记`);
  lines.push(`于${next}年4月1日前通过政府网站公开本年度法治政府建设情况报告`);
  lines.forEach((line, i) => {
    out.push({ kind: 'body', text: `${formatChineseNumeral(i + 1)}是${line}。`, bindings: [] });
  });
  return out;
}

/** The draft as plain text, one paragraph a line (what the checker reads). */
export function draftText(draft: Draft): string {
  const lines = [draft.title, draft.recipient, draft.opening];
  draft.sections.forEach((s, i) => {
    lines.push(`${formatChineseNumeral(i + 1)}、${s.heading}`);
    for (const p of s.paragraphs) lines.push(p.text);
  });
  lines.push(draft.signoff.org, draft.signoff.date);
  return lines.filter(Boolean).join('\n');
}

/**
 * The requirement a refusal stated, without what the workbench told the user to do next: "书面调解
 * 协议应当……印章，请上传调解协议书" quotes the rule up to "，请…". A report quotes the law, not the screen.
 */
export function ruleText(rule: string): string {
  return rule
    .split(/[，,；;。]\s*(?=请)/u)[0]
    .replace(/[，,；;。\s]+$/u, '')
    .trim();
}
