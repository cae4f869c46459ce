// number/rate-mismatch — a rate that does not follow from the counts stated with it:
// "调解94件，成功92件，成功率99%" (92/94 = 97.9%). Rounding and truncation are tolerated, and only a
// rate whose counts sit in the same sentence and name the rate's stem (成功 → 成功率) is compared.
import { defineRule } from '../../types.ts';
import { sentenceSpans } from '../text.ts';
import { type Count, countsIn, type Rate, ratesIn } from './counts.ts';

/** Whether `stated` can be an honest rounding or truncation of `computed`. */
export function consistent(rate: Rate, computed: number): boolean {
  const step = 10 ** -rate.decimals;
  const truncated = Math.floor(computed / step + 1e-9) * step;
  const diff = Math.abs(rate.value - computed);
  if (rate.qualifier === 'over') return computed + Math.max(0.5, step) >= rate.value;
  if (rate.qualifier === 'approx') return diff <= 2;
  return diff <= Math.max(0.5, step / 2) + 1e-9 || Math.abs(truncated - rate.value) < 1e-9;
}

/**
 * The part count a rate is computed from and the candidate totals before it (nearest first): the
 * earlier exact counts of the same unit that do not name the rate's stem and are not smaller.
 */
export function findCounts(sentence: string, rate: Rate): { part: Count; totals: Count[] } | null {
  const stem = rate.stem.slice(-2);
  const before = countsIn(sentence).filter((c) => c.end <= rate.start);
  let partIndex = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i].lead.includes(stem)) {
      partIndex = i;
      break;
    }
  }
  if (partIndex <= 0) return null;
  const part = before[partIndex];
  const totals: Count[] = [];
  for (let i = partIndex - 1; i >= 0; i--) {
    const c = before[i];
    if (c.unit !== part.unit || c.lead.includes(stem)) continue;
    if (!c.exact || c.value < part.value || c.value === 0) continue;
    totals.push(c);
  }
  return totals.length ? { part, totals } : null;
}

export default defineRule({
  meta: {
    id: 'number/rate-mismatch',
    category: 'number',
    severity: 'warning',
    description: '文中给出的比率与同一句中的数量计算结果不符。',
    messages: {
      mismatch:
        '{{stem}}率写为{{stated}}%，但按“{{part}}÷{{total}}”计算应为{{computed}}%，请核对数量或比率。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      for (const span of sentenceSpans(p.text)) {
        const sentence = p.text.slice(span.start, span.end);
        for (const rate of ratesIn(sentence)) {
          const found = findCounts(sentence, rate);
          if (!found) continue;
          const { part, totals } = found;
          if (!part.exact) continue;
          // Any honest reading of the counts clears the rate.
          if (totals.some((t) => consistent(rate, (part.value / t.value) * 100))) continue;
          const total = totals[0];
          const computed = (part.value / total.value) * 100;
          const shown = Math.round(computed * 10) / 10;
          const stem = rate.stem.slice(-2);
          ctx.emit({
            messageId: 'mismatch',
            params: { stem, stated: rate.value, computed: shown, part: part.value, total: total.value },
            paragraph: p.index,
            offset: span.start + rate.start,
            excerpt: sentence.slice(total.start, rate.end).slice(-40),
            data: { stated: rate.value, computed: shown, part: part.value, total: total.value },
          });
        }
      }
    }
  },
});
