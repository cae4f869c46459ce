// The annual report's DOCX export (GB/T 9704 layout, styles, fonts, footers, font-table fallbacks)
// against bare `docx` writing the same paragraphs as plain runs. The draft comes from a roll-up
// with every catalogue indicator set, so no database is needed; the ratio is the layout's cost.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { draftDocx } from '../src/server/annual-report/docx.ts';
import { buildDraft, draftText } from '../src/server/annual-report/draft.ts';
import { syntheticRollup } from '../test/synthetic-rollup.ts';
import { median } from './bench-db.ts';
import { defineBench, round } from './harness.ts';

const ROUNDS = 9;
const PER_ROUND = 10;

/**
 * Mean ms per call of each function, round by round, the two alternating: a garbage collection of
 * what earlier benches of the same process left (`npm run bench` runs them all in one) falls on
 * either side alike, and the median round leaves it out. One untimed call of each first.
 */
async function alternate(fns: Array<() => Promise<unknown>>): Promise<number[]> {
  for (const fn of fns) await fn();
  const rounds: number[][] = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      for (let n = 0; n < PER_ROUND; n++) await fn();
      rounds[i].push((performance.now() - start) / PER_ROUND);
    }
  }
  return rounds.map(median);
}

export default defineBench({
  name: 'annual-report-docx',
  title: 'Annual report DOCX export vs bare docx',
  async run() {
    const draft = buildDraft(syntheticRollup(), { date: '2026-01-15' });
    const lines = draftText(draft).split('\n');
    const [ours, bare] = await alternate([
      () => draftDocx(draft),
      () =>
        Packer.toBuffer(
          new Document({
            sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
          }),
        ),
    ]);
    const bytes = (await draftDocx(draft)).length;
    return {
      rows: [
        { metric: 'export (GB/T 9704 DOCX)', value: round(ours, 2), unit: 'ms' },
        { metric: 'bare docx, same paragraphs', value: round(bare, 2), unit: 'ms' },
        { metric: 'ratio', value: round(ours / bare, 2), unit: '×', note: 'export ÷ bare' },
        { metric: 'DOCX size', value: Math.round(bytes / 1024), unit: 'KB' },
      ],
      notes: [
        `${lines.length} paragraphs (every catalogue indicator stated), median of ${ROUNDS} rounds of ${PER_ROUND} runs each, the export's and bare docx's rounds alternating, after a warm-up`,
      ],
    };
  },
});
