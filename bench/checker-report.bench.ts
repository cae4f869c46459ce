// Checking one report against the cheapest thing one can do with the same text: a single
// Intl.Segmenter word pass (the ratio says how many "word passes" one check costs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { checkText } from '../src/checker/index.ts';
import { reportParagraphs, seededRandom } from '../src/checker/similarity/synthetic.ts';
import { defineBench, round } from './harness.ts';

const CORPUS = process.env.FAZHI_CORPUS ?? new URL('../../shared/corpus/reports', import.meta.url).pathname;
const RUNS = 30;

function texts(): { name: string; text: string }[] {
  if (existsSync(CORPUS)) {
    return readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(`${CORPUS}/${f}`, 'utf8') }));
  }
  const rand = seededRandom(7);
  return [{ name: 'generated', text: reportParagraphs(rand, '青石镇').join('\n') }];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(fn: () => unknown): number {
  fn(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

export default defineBench({
  name: 'checker-report',
  title: 'Checking one report vs one Intl.Segmenter word pass',
  run() {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const rows = [];
    for (const { name, text } of texts()) {
      const check = timeRuns(() => checkText(text, { file: name }));
      const words = timeRuns(() => {
        let n = 0;
        for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
        return n;
      });
      rows.push(
        { metric: `${name} (${text.length} chars): check`, value: round(check, 2), unit: 'ms' },
        { metric: `${name}: Intl.Segmenter word pass`, value: round(words, 2), unit: 'ms' },
        { metric: `${name}: ratio check / word pass`, value: round(check / words, 2), unit: '×' },
      );
    }
    return { rows, notes: [`median of ${RUNS} runs after one warm-up run, in one process`] };
  },
});
