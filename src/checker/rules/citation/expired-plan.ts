// citation/expired-plan — a plan, outline or action programme whose period has ended, written as
// the one in force in the report year (or as the basis of next year's work): “深入推进八五普法” or
// “贯彻落实《法治政府建设实施纲要（2021—2025年）》” in a 2026 report. Finds 《》 citations of law
// base entries with a `period`, the 五年普法 short forms (八五普法, “七五”普法 …) and the plain names
// and short names of such entries. The message names the successor from the law base, or says that
// none is published yet. Retrospective mentions (总结, 收官, 期间, 原…) are left alone.
import { LAW_ENTRIES, type LawEntry, lawIndex } from '../../lawbase/index.ts';
import { defineRule } from '../../types.ts';
import { PUFA_PLANS } from '../terminology/outdated-terms.ts';
import { clauseSpans, excerpt, sentenceSpans } from '../text.ts';
import { citationsOf } from './citations.ts';

/** Words in the same clause that make the mention a look back at the finished plan. */
const RETROSPECTIVE_CLAUSE =
  /总结|验收|收官|评估|回顾|完成|圆满|期间|以来|期内|到期|结束|届满|实施情况|成效|成果|经验/;
/** Words anywhere in the sentence that make the mention historical. */
const RETROSPECTIVE_SENTENCE = /废止|失效|取代|替代|代替|不再适用|不再执行|停止执行|收官|验收|回顾|衔接|接续/;
const HISTORICAL_BEFORE = new Set(['原', '旧']);

const PUFA = /[“"‘]?([四五六七八九])五[”"’]?\s?普法(?:规划)?/g;

interface Plan {
  /** How the plan is named in messages: 《official title》 or “八五”普法规划. */
  label: string;
  from: number;
  to: number;
  /** The successor as it should be cited, or null when none is published. */
  successor: string | null;
  /** Short forms of the successor, to recognise a sentence about the transition. */
  successorForms: string[];
  entry: LawEntry | null;
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
  };
}

function planOfPufa(name: string): Plan | null {
  const i = PUFA_PLANS.findIndex((p) => p.name === name);
  if (i < 0) return null;
  const plan = PUFA_PLANS[i];
  const next = PUFA_PLANS[i + 1];
  const r = lawIndex().resolve(`${name}普法规划`);
  const entry = 'entry' in r && r.entry?.period ? r.entry : null;
  const nextResolved = next ? lawIndex().resolve(`${next.name}普法规划`) : null;
  const nextEntry = nextResolved && 'entry' in nextResolved ? (nextResolved.entry ?? null) : null;
  return {
    label: `“${name}”普法规划（${plan.start}—${plan.end}年）`,
    from: plan.start,
    to: plan.end,
    successor: next ? (nextEntry ? `《${nextEntry.name}》` : `“${next.name}”普法规划`) : null,
    successorForms: next ? [`${next.name}普法`, `“${next.name}”普法`] : [],
    entry,
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

export default defineRule({
  meta: {
    id: 'citation/expired-plan',
    category: 'citation',
    severity: 'warning',
    description: '把规划期已经结束的规划、纲要或行动计划写成报告年度正在实施的文件，或据以安排下一年度工作。',
    messages: {
      successor:
        '{{plan}}的规划期为{{from}}—{{to}}年，已经结束，{{subject}}不应再把它作为正在实施的规划；请改为接续的{{successor}}。如为回顾性表述，请写明“原”或说明已收官。',
      noSuccessor:
        '{{plan}}的规划期为{{from}}—{{to}}年，已经结束，接续的文件尚未公布，{{subject}}不应再写“贯彻落实”“深入推进”它；可改为依据现行法律法规和上级部署表述工作，新文件公布后引用新文件。如为回顾性表述，请写明“原”或说明已到期。',
    },
  },
  check(ctx) {
    const year = ctx.report.year;
    if (year == null) return;
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      const taken: Array<[number, number]> = [];
      const found: Array<{ start: number; end: number; plan: Plan; quote: string }> = [];
      const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);

      // 1. 《》 citations resolved to a plan of the law base
      for (const c of citationsOf(ctx.report)) {
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
        found.push({ start: c.offset, end, plan, quote: c.quoted });
      }
      // 2. 八五普法, “七五”普法规划 …
      for (const m of text.matchAll(PUFA)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (!free(start, end)) continue;
        taken.push([start, end]);
        const plan = planOfPufa(`${m[1]}五`);
        if (plan && !HISTORICAL_BEFORE.has(text[start - 1])) found.push({ start, end, plan, quote: m[0] });
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
            found.push({ start, end, plan, quote: n.text });
        }
      }

      const clauses = clauseSpans(text);
      const sentences = sentenceSpans(text);
      for (const f of found) {
        if (year <= f.plan.to) continue;
        const clause = clauses.find((s) => s.start <= f.start && f.start < s.end);
        const sentence = sentences.find((s) => s.start <= f.start && f.start < s.end);
        const clauseText = clause ? text.slice(clause.start, clause.end) : '';
        const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : text;
        if (RETROSPECTIVE_CLAUSE.test(clauseText.replace(f.quote, ''))) continue;
        if (RETROSPECTIVE_SENTENCE.test(sentenceText)) continue;
        if (f.plan.successorForms.some((s) => sentenceText.includes(s))) continue;
        const inPlans = p.keys.includes('plans');
        const subject = inPlans ? `${year}年度报告的下一年度工作安排` : `${year}年度报告`;
        ctx.emit({
          messageId: f.plan.successor ? 'successor' : 'noSuccessor',
          params: {
            plan: f.plan.label,
            from: f.plan.from,
            to: f.plan.to,
            subject,
            successor: f.plan.successor ?? '',
          },
          paragraph: p.index,
          offset: f.start,
          excerpt: excerpt(text, f.start, f.end, 4, 2),
          data: {
            plan: f.plan.entry?.id ?? null,
            official: f.plan.entry?.name ?? null,
            period: [f.plan.from, f.plan.to],
            year,
            successor: f.plan.successor,
            section: inPlans ? 'plans' : null,
          },
        });
      }
    }
  },
});
