// duplication/paragraph — the same or nearly the same paragraph twice in one report, a copy-paste
// slip. Paragraphs are compared by the Jaccard similarity of their character shingles after
// dropping punctuation, spaces and digits; headings and short lines are ignored.
import { z } from 'zod';
import { defineRule } from '../../types.ts';

const Options = z.object({
  /** Jaccard similarity from which two paragraphs count as the same. */
  threshold: z.number().min(0.5).max(1).default(0.8),
  /** Shortest paragraph compared, in characters after normalising. */
  minLength: z.number().int().min(10).default(30),
  /** Shingle length in characters. */
  shingle: z.number().int().min(2).max(6).default(3),
});
type Options = z.infer<typeof Options>;

function normalise(text: string): string {
  return text.replace(/[\s\p{P}\p{S}\d０-９]/gu, '');
}

/** A placeholder the drafted report leaves for the user to fill (【待补充】…): not their text yet. */
const PLACEHOLDER = /【待补充】|【请填写|【待填写/u;

function shingles(text: string, k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= text.length; i++) out.add(text.slice(i, i + k));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export default defineRule<Options>({
  meta: {
    id: 'duplication/paragraph',
    category: 'duplication',
    severity: 'warning',
    description: '同一份报告中出现内容相同或几乎相同的段落。',
    messages: {
      duplicate:
        '本段与前文第{{ordinal}}段（“{{first}}…”）内容基本相同（相似度{{similarity}}%），疑似重复粘贴，请删除重复段落或改写。',
    },
    options: Options,
  },
  check(ctx) {
    const { threshold, minLength, shingle } = Options.parse(ctx.options ?? {});
    const seen: Array<{ index: number; line: number; size: number; set: Set<string>; text: string }> = [];
    for (const p of ctx.report.paragraphs) {
      if (PLACEHOLDER.test(p.text)) continue;
      const norm = normalise(p.text);
      if (norm.length < minLength) continue;
      if (p.heading && norm.length < 60) continue;
      const set = shingles(norm, shingle);
      let best: { line: number; index: number; sim: number; text: string } | null = null;
      for (const q of seen) {
        // Never a paragraph against itself (one source line split in two is not a copy).
        if (q.index === p.index || q.line === p.line) continue;
        // Jaccard ≥ t needs the smaller set to be at least t of the larger one.
        const ratio = Math.min(q.size, set.size) / Math.max(q.size, set.size);
        if (ratio < threshold) continue;
        const sim = jaccard(q.set, set);
        if (sim >= threshold && (!best || sim > best.sim))
          best = { line: q.line, index: q.index, sim, text: q.text };
      }
      if (best) {
        const similarity = Math.round(best.sim * 100);
        ctx.emit({
          messageId: 'duplicate',
          params: { ordinal: best.index + 1, first: best.text.slice(0, 12), similarity },
          paragraph: p.index,
          offset: 0,
          excerpt: p.text.slice(0, 24),
          data: {
            firstParagraph: best.index,
            firstLine: best.line,
            similarity: Math.round(best.sim * 1000) / 1000,
          },
        });
        continue;
      }
      seen.push({ index: p.index, line: p.line, size: set.size, set, text: p.text });
    }
  },
});
