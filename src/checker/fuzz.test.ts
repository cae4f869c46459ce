// Robustness smoke run: random and mutated inputs go through normalising, structure and every
// registered rule without throwing, and none takes over 2 s. The full run (100,000 inputs) is a
// benchmark: `npm run bench -- checker-fuzz`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedText, randomText } from '../../bench/checker-fuzz-inputs.ts';
import { fuzzOne } from './fuzz-check.ts';

function checkOne(text: string) {
  const r = fuzzOne(text);
  expect(r.ms).toBeLessThan(2000);
  expect(r.crashes).toEqual([]);
  expect(r.badPositions).toBe(0);
}

describe('fuzz (smoke)', () => {
  it('300 random inputs', () => {
    fc.assert(fc.property(randomText, checkOne), { numRuns: 300 });
  }, 60_000);

  it('200 mutated reports', () => {
    fc.assert(fc.property(mutatedText, checkOne), { numRuns: 200 });
  }, 60_000);
});
