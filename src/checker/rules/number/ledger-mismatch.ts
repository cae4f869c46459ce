// number/ledger-mismatch — in a township's own draft, a figure the text states that differs from
// what the ledgers compute for the same indicator and year. Only drafts written in Fazhi have
// ledger figures (ctx.figures), so the rule runs only for them.
//
// The figures are read with the same extractor the checker uses for every report, so a figure is
// compared exactly when the checker would report it as that indicator. A qualified figure is
// compared as written: "超过120件" holds when the ledger has more than 120, "约120件" within 10 %.
import { findIndicator } from '../../../shared/indicators.ts';
import { extractFromParagraph } from '../../metrics/index.ts';
import { defineRule, type Metric } from '../../types.ts';
import { excerpt } from '../text.ts';

const APPROX = 0.1;

function holds(m: Metric, ledger: number): boolean {
  switch (m.qualifier) {
    case 'over':
      return ledger >= m.value;
    case 'under':
      return ledger <= m.value;
    case 'approx':
      return Math.abs(ledger - m.value) <= Math.max(1, ledger * APPROX);
    default:
      return Math.abs(ledger - m.value) < 0.05;
  }
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export default defineRule({
  meta: {
    id: 'number/ledger-mismatch',
    category: 'number',
    severity: 'error',
    draftOnly: true,
    description: '本系统起草的报告中，与台账计算结果不一致的数字。',
    messages: {
      differs:
        '“{{quote}}”写的是{{stated}}{{unit}}，台账计算的“{{label}}”是{{ledger}}{{unit}}。请按台账更正数字；如台账有漏登、错登，先更正台账。',
    },
  },
  check(ctx) {
    const figures = ctx.figures;
    if (!figures) return;
    const headings: string[] = [];
    for (const p of ctx.report.paragraphs) {
      if (p.heading) {
        headings.length = p.heading.level;
        headings[p.heading.level - 1] = p.heading.text;
      }
      if (p.keys.includes('plans')) continue;
      const context = headings.filter(Boolean).join(' ');
      let from = 0;
      for (const m of extractFromParagraph(p, context, ctx.report.year)) {
        const ledger = figures[m.id];
        const at = Math.max(0, p.text.indexOf(m.quote, from));
        from = at;
        if (ledger === undefined || holds(m, ledger)) continue;
        const indicator = findIndicator(m.id);
        ctx.emit({
          messageId: 'differs',
          params: {
            quote: m.quote,
            stated: fmt(m.value),
            ledger: fmt(ledger),
            unit: indicator?.unit ?? m.unit,
            label: indicator?.label ?? m.id,
          },
          paragraph: p.index,
          offset: at,
          excerpt: excerpt(p.text, at, at + m.quote.length, 0, 0),
          data: { indicator: m.id, stated: m.value, ledger, qualifier: m.qualifier },
        });
      }
    }
  },
});
