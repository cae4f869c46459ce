// Mentions of plans, outlines and action programmes whose period ended before the report year,
// written as if still in force: 《》 citations of law base entries with a `period`, the 五年普法 short
// forms (八五普法, “七五”普法规划 …) and the plain names and short names of such entries.
// Retrospective mentions (总结, 收官, 期间, 原…, the hand-over to the successor) are left out.
// Two rules report them: the 五年普法 plans are terminology/outdated (SPEC: “a 五年普法 plan outside
// its years”), every other plan citation/expired-plan.
import { LAW_ENTRIES, type LawEntry, lawIndex } from '../../lawbase/index.ts';
import type { Paragraph, ParsedReport } from '../../types.ts';
import { PUFA_PLANS } from '../terminology/outdated-terms.ts';
import { clauseSpans, sentenceSpans } from '../text.ts';
import { citationsOf } from './citations.ts';

/** Words in the same clause that make the mention a look back at the finished plan. */
const RETROSPECTIVE_CLAUSE =
  /总结|验收|收官|评估|回顾|完成|圆满|期间|以来|期内|到期|结束|届满|实施情况|成效|成果|经验/;
/** Words anywhere in the sentence that make the mention historical. */
const RETROSPECTIVE_SENTENCE = /废止|失效|取代|替代|代替|不再适用|不再执行|停止执行|收官|验收|回顾|衔接|接续/;
const HISTORICAL_BEFORE = new Set(['原', '旧']);

const PUFA = /[“"‘]?([四五六七八九])五[”"’]?\s?普法(?:规划)?/g;

export interface Plan {
  /** How the plan is named in messages: 《official title》 or “八五”普法规划. */
  label: string;
  from: number;
  to: number;
  /** The successor as it should be cited, or null when none is published. */
  successor: string | null;
  /** Short forms of the successor, to recognise a sentence about the transition. */
  successorForms: string[];
  entry: LawEntry | null;
  /** The 五年普法 plan's short name (八五), null for any other plan. */
  pufa: string | null;
}

export interface PlanMention {
  start: number;
  end: number;
  quote: string;
  plan: Plan;
  /** 'plans' when the mention is in next year's work plan, for the message and the finding's data. */
  section: 'plans' | null;
  /** What writes the plan as in force: the report, or its next year's work plan. */
  subject: string;
}

function planOfEntry(e: LawEntry): Plan | null {
  if (!e.period) return null;
  const next = e.replacedBy ? lawIndex().byId.get(e.replacedBy) : undefined;
  return {
    label: `《${e.name}》`,
    from: e.period[0],
    to: e.period[1],
    successor: next ? `《${next.name}》` : null,
    successorForms: next ? [next.name, ...next.shortNames] : [],
    entry: e,
    pufa: pufaEntries().get(e.id) ?? null,
  };
}

function entryOfPufa(name: string): LawEntry | null {
  const r = lawIndex().resolve(`${name}普法规划`);
  return 'entry' in r && r.entry?.period ? r.entry : null;
}

let pufaIds: Map<string, string> | null = null;

/** Law base entry id → short name, for the 五年普法 plans the law base holds. */
function pufaEntries(): Map<string, string> {
  if (!pufaIds) {
    pufaIds = new Map();
    for (const p of PUFA_PLANS) {
      const e = entryOfPufa(p.name);
      if (e) pufaIds.set(e.id, p.name);
    }
  }
  return pufaIds;
}

function planOfPufa(name: string): Plan | null {
  const i = PUFA_PLANS.findIndex((p) => p.name === name);
  if (i < 0) return null;
  const plan = PUFA_PLANS[i];
  const next = PUFA_PLANS[i + 1];
  const nextEntry = next ? entryOfPufa(next.name) : null;
  return {
    label: `“${name}”普法规划（${plan.start}—${plan.end}年）`,
    from: plan.start,
    to: plan.end,
    successor: next ? (nextEntry ? `《${nextEntry.name}》` : `“${next.name}”普法规划`) : null,
    successorForms: next ? [`${next.name}普法`, `“${next.name}”普法`] : [],
    entry: entryOfPufa(name),
    pufa: name,
  };
}

let needles: Array<{ text: string; entry: LawEntry }> | null = null;

/** Names and short names (at least 6 characters) of the plans in the law base, longest first. */
function planNeedles(): Array<{ text: string; entry: LawEntry }> {
  if (needles) return needles;
  const out: Array<{ text: string; entry: LawEntry }> = [];
  for (const e of LAW_ENTRIES) {
    if (!e.period) continue;
    for (const text of [e.name, ...e.shortNames]) {
      // the 五年普法 short forms are found by the PUFA pattern
      if (text.length >= 6 && !/^[“"]?[四五六七八九]五/.test(text)) out.push({ text, entry: e });
    }
  }
  needles = out.sort((a, b) => b.text.length - a.text.length);
  return needles;
}

/** The mentions in paragraph `p` of plans ended before `year`, written as if in force. */
export function endedPlanMentions(report: ParsedReport, p: Paragraph, year: number): PlanMention[] {
  const text = p.text;
  const taken: Array<[number, number]> = [];
  const section = p.keys.includes('plans') ? 'plans' : null;
  const subject = section ? `${year}年度报告的下一年度工作安排` : `${year}年度报告`;
  const found: PlanMention[] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);

  // 1. 《》 citations resolved to a plan of the law base
  for (const c of citationsOf(report)) {
    if (c.paragraph !== p.index) continue;
    const r = c.resolution;
    if (r.status !== 'exact' && r.status !== 'nonstandard') continue;
    const plan = planOfEntry(r.entry);
    if (!plan) continue;
    // a plan cited without its period counts only when no later edition exists
    if (r.status === 'nonstandard' && r.reason === 'no-period' && plan.successor) continue;
    const end = c.offset + c.quoted.length;
    taken.push([c.offset, end]);
    if (HISTORICAL_BEFORE.has(c.before)) continue;
    found.push({ start: c.offset, end, plan, quote: c.quoted, section, subject });
  }
  // 2. 八五普法, “七五”普法规划 …
  for (const m of text.matchAll(PUFA)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    taken.push([start, end]);
    const plan = planOfPufa(`${m[1]}五`);
    if (plan && !HISTORICAL_BEFORE.has(text[start - 1]))
      found.push({ start, end, plan, quote: m[0], section, subject });
  }
  // 3. plan names written without 《》
  for (const n of planNeedles()) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(n.text, from);
      if (start < 0) break;
      const end = start + n.text.length;
      from = end;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      const plan = planOfEntry(n.entry);
      if (plan && !HISTORICAL_BEFORE.has(text[start - 1]))
        found.push({ start, end, plan, quote: n.text, section, subject });
    }
  }

  const clauses = clauseSpans(text);
  const sentences = sentenceSpans(text);
  return found.filter((f) => {
    if (year <= f.plan.to) return false;
    const clause = clauses.find((s) => s.start <= f.start && f.start < s.end);
    const sentence = sentences.find((s) => s.start <= f.start && f.start < s.end);
    const clauseText = clause ? text.slice(clause.start, clause.end) : '';
    const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : text;
    if (RETROSPECTIVE_CLAUSE.test(clauseText.replace(f.quote, ''))) return false;
    if (RETROSPECTIVE_SENTENCE.test(sentenceText)) return false;
    return !f.plan.successorForms.some((s) => sentenceText.includes(s));
  });
}
