// terminology/outdated — terms replaced by current official usage (法制宣传教育 → 法治宣传教育,
// 法制政府 → 法治政府 …), and a 五年普法 plan outside its years: cited before they begin (八五普法
// in a 2019 report) or as still in force after they end (“深入推进七五普法” in 2024; the mentions
// of citation/plan-mentions.ts). Other ended plans are citation/expired-plan. A warning: a report
// is signed and published in the words it has.
import { defineRule } from '../../types.ts';
import { endedPlanMentions } from '../citation/plan-mentions.ts';
import { excerpt } from '../text.ts';
import { OUTDATED_TERMS, PUFA_PLANS } from './outdated-terms.ts';

const PUFA = /[“"‘]?([四五六七八九])五[”"’]?\s?普法/g;
// Words that look forward to the next plan.
const LOOKS_FORWARD = /启动|谋划|编制|制定|规划|准备|迎接|开局|即将/;

export default defineRule({
  meta: {
    id: 'terminology/outdated',
    category: 'terminology',
    severity: 'warning',
    description: '使用了已被替换的旧提法，或把不在报告年度实施期内的五年普法规划当作当期规划。',
    messages: {
      term: '“{{term}}”是旧提法，自{{since}}年起规范表述为“{{replacement}}”（依据：{{source}}），建议修改。',
      pufa: '“{{quote}}”规划的实施期为{{start}}—{{end}}年，报告年度{{year}}年尚未开始，请改为当期的五年普法规划。',
      pufaEnded:
        '“{{quote}}”规划的实施期为{{start}}—{{end}}年，已经结束，{{subject}}不应再把它作为正在实施的规划；{{next}}。如为回顾性表述，请写明“原”或说明已收官。',
    },
  },
  check(ctx) {
    const year = ctx.report.year;
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      const taken: Array<[number, number]> = [];
      for (const t of OUTDATED_TERMS) {
        if (year !== null && year < t.since) continue;
        let from = 0;
        for (;;) {
          const i = text.indexOf(t.term, from);
          if (i < 0) break;
          from = i + t.term.length;
          const end = i + t.term.length;
          if (taken.some(([s, e]) => i < e && end > s)) continue;
          if (t.notFollowedBy?.test(text.slice(end))) continue;
          if (t.notPrecededBy?.test(text.slice(0, i))) continue;
          taken.push([i, end]);
          ctx.emit({
            messageId: 'term',
            params: { term: t.term, replacement: t.replacement, since: t.since, source: t.source },
            paragraph: p.index,
            offset: i,
            excerpt: excerpt(text, i, end, 0, 2),
            data: { term: t.term, replacement: t.replacement, source: t.source },
          });
        }
      }
      if (year === null) continue;
      for (const m of text.matchAll(PUFA)) {
        const plan = PUFA_PLANS.find((pl) => pl.name === `${m[1]}五`);
        if (!plan) continue;
        // an ended plan: below
        if (year >= plan.start) continue;
        const start = m.index ?? 0;
        const around = text.slice(Math.max(0, start - 12), start + m[0].length + 12);
        if (year === plan.start - 1 && LOOKS_FORWARD.test(around)) continue;
        ctx.emit({
          messageId: 'pufa',
          params: { quote: m[0], start: plan.start, end: plan.end, year },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, start + m[0].length, 2, 4),
          data: { plan: plan.name, start: plan.start, end: plan.end, year, source: plan.source },
        });
      }
      for (const f of endedPlanMentions(ctx.report, p, year)) {
        if (!f.plan.pufa) continue;
        ctx.emit({
          messageId: 'pufaEnded',
          params: {
            quote: f.quote.replace(/^《|》$/g, ''),
            start: f.plan.from,
            end: f.plan.to,
            subject: f.subject,
            next: f.plan.successor ? `请改为接续的${f.plan.successor}` : '接续的规划尚未公布',
          },
          paragraph: p.index,
          offset: f.start,
          excerpt: excerpt(text, f.start, f.end, 4, 2),
          data: {
            plan: f.plan.pufa,
            start: f.plan.from,
            end: f.plan.to,
            year,
            successor: f.plan.successor,
            section: f.section,
          },
        });
      }
    }
  },
});
