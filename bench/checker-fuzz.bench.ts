// The checker's fuzz at scale: 100,000 inputs (70% random texts from report and portal pieces,
// 30% the sample report with random edits) through normalising, structure, metrics and every rule.
// Pass: no rule throws, no position is impossible, no input takes 2 s. FAZHI_FUZZ_RUNS overrides
// the count, FAZHI_FUZZ_SEED the seed.
import fc from 'fast-check';
import { fuzzOne } from '../src/checker/fuzz-check.ts';
import { mutatedText, randomText } from './checker-fuzz-inputs.ts';
import { defineBench, round } from './harness.ts';

const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.FAZHI_FUZZ_SEED ?? 17);
const LIMIT_MS = 2000;

export default defineBench({
  name: 'checker-fuzz',
  title: 'Checker fuzz: random and mutated inputs through every rule',
  run() {
    const times: number[] = [];
    const crashes: string[] = [];
    let slow = 0;
    let badPositions = 0;
    let slowest = '';
    let maxMs = 0;
    const visit = (text: string) => {
      let outcome: ReturnType<typeof fuzzOne>;
      try {
        outcome = fuzzOne(text);
      } catch (e) {
        crashes.push(`${(e as Error).message} ← ${JSON.stringify(text.slice(0, 80))}`);
        return;
      }
      times.push(outcome.ms);
      if (outcome.ms >= LIMIT_MS) slow++;
      if (outcome.ms > maxMs) {
        maxMs = outcome.ms;
        slowest = text.slice(0, 60);
      }
      crashes.push(...outcome.crashes);
      badPositions += outcome.badPositions;
    };
    const random = Math.round(RUNS * 0.7);
    const runIn = (arb: fc.Arbitrary<string>, n: number, seed: number) => {
      // sample in chunks so 100,000 texts are never held at once
      for (let done = 0, chunk = 0; done < n; chunk++) {
        const size = Math.min(5000, n - done);
        for (const text of fc.sample(arb, { numRuns: size, seed: seed + chunk })) visit(text);
        done += size;
      }
    };
    runIn(randomText, random, SEED);
    runIn(mutatedText, RUNS - random, SEED + 1000);
    const sorted = [...times].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
    return {
      rows: [
        { metric: 'inputs', value: times.length + crashes.length },
        {
          metric: 'crashes (rule errors, exceptions)',
          value: crashes.length,
          note: crashes.length ? 'FAIL' : 'pass',
        },
        { metric: 'impossible positions', value: badPositions, note: badPositions ? 'FAIL' : 'pass' },
        { metric: `inputs over ${LIMIT_MS} ms`, value: slow, note: slow ? 'FAIL' : 'pass' },
        { metric: 'median', value: round(pct(0.5), 2), unit: 'ms' },
        { metric: 'p99', value: round(pct(0.99), 2), unit: 'ms' },
        { metric: 'max', value: round(sorted[sorted.length - 1] ?? 0, 1), unit: 'ms' },
      ],
      notes: [
        `seed ${SEED}; 70% random texts of report and portal pieces, 30% the sample report with random edits`,
        ...crashes.slice(0, 5),
        ...(slowest ? [`slowest input starts: ${JSON.stringify(slowest)}`] : []),
      ],
    };
  },
});
