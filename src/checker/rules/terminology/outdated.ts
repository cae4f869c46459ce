// terminology/outdated — terms replaced by current official usage (法制宣传教育 → 法治宣传教育,
// 法制政府 → 法治政府 …), and a 五年普法 plan cited before its years begin (八五普法 in a 2019
// report). A plan cited after its years end is citation/expired-plan.
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';
import { OUTDATED_TERMS, PUFA_PLANS } from './outdated-terms.ts';

const PUFA = /[“"‘]?([四五六七八九])五[”"’]?\s?普法/g;
// Words that look forward to the next plan.
const LOOKS_FORWARD = /启动|谋划|编制|制定|规划|准备|迎接|开局|即将/;

export default defineRule({
  meta: {
    id: 'terminology/outdated',
    category: 'terminology',
    severity: 'info',
    description: '使用了已被替换的旧提法，或引用了在报告年度尚未开始的五年普法规划。',
    messages: {
      term: '“{{term}}”是旧提法，自{{since}}年起规范表述为“{{replacement}}”（依据：{{source}}），建议修改。',
      pufa: '“{{quote}}”规划的实施期为{{start}}—{{end}}年，报告年度{{year}}年尚未开始，请改为当期的五年普法规划。',
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
        // an ended plan is citation/expired-plan
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
    }
  },
});
