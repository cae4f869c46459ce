import { describe, expect, it } from 'vitest';
import { checkBatch } from '../engine.ts';
import { rules } from '../rules/index.ts';
import { parseReport } from '../structure/index.ts';
import { copyPairs } from './copy-pairs.ts';
import { paragraph, reportParagraphs, seededRandom } from './synthetic.ts';

describe('copyPairs', () => {
  it('ignores results without copying findings', () => {
    const base = { title: null, org: null, year: null, sections: [], metrics: [] };
    expect(copyPairs([{ ...base, file: 'a', findings: [] }])).toEqual([]);
  });

  it('pairs the two findings of a copied passage, each side quoting its own line', () => {
    const copied = paragraph(seededRandom(42), 6);
    const a = reportParagraphs(seededRandom(1), '宝龙镇', 8);
    const b = reportParagraphs(seededRandom(2), '雍溪镇', 8);
    const c = reportParagraphs(seededRandom(3), '龙门镇', 8);
    a.splice(3, 0, copied);
    b.splice(6, 0, copied);
    const parsed = [a, b, c].map((lines, i) =>
      parseReport({ file: `${i}.txt`, format: 'txt', text: lines.join('\n'), meta: {} }),
    );
    const results = checkBatch(parsed, { registry: rules.filter((r) => r.meta.batchOnly), metrics: false });
    const pairs = copyPairs(results);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
    const [p] = pairs;
    expect(p.passages.length).toBeGreaterThan(0);
    expect(p.passages[0].a.line).toBe(4);
    expect(p.passages[0].b.line).toBe(7);
    expect(p.shareA).toBeGreaterThan(0);
    expect(p.shareB).toBeGreaterThan(0);
  });
});
