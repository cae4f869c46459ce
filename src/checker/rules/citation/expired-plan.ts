// citation/expired-plan — a plan, outline or action programme whose period has ended, written as
// the one in force in the report year (or as the basis of next year's work): “贯彻落实《法治政府
// 建设实施纲要（2021—2025年）》” or “持续开展提升行政执法质量三年行动” in a 2026 report. The mentions
// come from plan-mentions.ts; an ended 五年普法 plan (“深入推进八五普法” in 2026) is
// terminology/outdated. The message names the successor from the law base, or says that none is
// published yet.
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';
import { endedPlanMentions } from './plan-mentions.ts';

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
      for (const f of endedPlanMentions(ctx.report, p, year)) {
        if (f.plan.pufa) continue;
        ctx.emit({
          messageId: f.plan.successor ? 'successor' : 'noSuccessor',
          params: {
            plan: f.plan.label,
            from: f.plan.from,
            to: f.plan.to,
            subject: f.subject,
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
            section: f.section,
          },
        });
      }
    }
  },
});
