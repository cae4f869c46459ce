// The annual report's DOCX export (GB/T 9704 layout, styles, fonts, footers, font-table fallbacks)
// against bare `docx` writing the same paragraphs as plain runs. The draft comes from a roll-up
// with every catalogue indicator set, so no database is needed; the ratio is the layout's cost.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { draftDocx } from '../src/server/annual-report/docx.ts';
import { buildDraft, draftText } from '../src/server/annual-report/draft.ts';
import { syntheticRollup } from '../test/synthetic-rollup.ts';
import { defineBench, round } from './harness.ts';

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - start) / n;
}

export default defineBench({
  name: 'annual-report-docx',
  title: 'Annual report DOCX export vs bare docx',
  async run() {
    const draft = buildDraft(syntheticRollup(), { date: '2026-01-15' });
    const lines = draftText(draft).split('\n');
    const N = 40;
    const ours = await timeIt(N, () => draftDocx(draft));
    const bare = await timeIt(N, () =>
      Packer.toBuffer(
        new Document({
          sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
        }),
      ),
    );
    const bytes = (await draftDocx(draft)).length;
    return {
      rows: [
        { metric: 'export (GB/T 9704 DOCX)', value: round(ours, 2), unit: 'ms' },
        { metric: 'bare docx, same paragraphs', value: round(bare, 2), unit: 'ms' },
        { metric: 'ratio', value: round(ours / bare, 2), unit: '×', note: 'export ÷ bare' },
        { metric: 'DOCX size', value: Math.round(bytes / 1024), unit: 'KB' },
      ],
      notes: [
        `${lines.length} paragraphs (every catalogue indicator stated), mean of ${N} runs after a warm-up`,
      ],
    };
  },
});
