// The copying pairs of a checked batch, for a side-by-side view: rebuilt from the two cross-report
// findings each pair produces (one in each report, each quoting its own side of the shared
// passages). Pure: used by POST /api/checks and by the county's view of a year's reports.
import type { CheckResult } from '../types.ts';
import { CROSS_REPORT_RULE_ID } from './labels.ts';

/** Two reports of a batch that share passages. */
export interface CopyPair {
  /** Indexes into the batch's results. */
  a: number;
  b: number;
  jaccard: number;
  /** Fraction of each report inside the shared passages. */
  shareA: number;
  shareB: number;
  passages: { a: { text: string; line: number }; b: { text: string; line: number } }[];
}

/** A passage as a cross-report finding quotes it (its `data.passages`). */
interface CrossPassage {
  text: string;
  line: number;
  otherLine: number;
}

/** The pairs of the batch that share passages, most similar first. */
export function copyPairs(results: readonly CheckResult[]): CopyPair[] {
  const index = new Map(results.map((r, i) => [r.file, i]));
  const crossOf = (i: number, other: string) =>
    results[i].findings.find((f) => f.rule === CROSS_REPORT_RULE_ID && f.data?.otherFile === other);
  const pairs: CopyPair[] = [];
  results.forEach((r, a) => {
    for (const f of r.findings) {
      if (f.rule !== CROSS_REPORT_RULE_ID || typeof f.data?.otherFile !== 'string') continue;
      const b = index.get(f.data.otherFile);
      if (b === undefined || b <= a) continue;
      const mine = (f.data.passages ?? []) as CrossPassage[];
      const back = crossOf(b, r.file);
      const theirs = [...((back?.data?.passages ?? []) as CrossPassage[])];
      const passages = mine.map((p) => {
        const k = theirs.findIndex((q) => q.line === p.otherLine && q.otherLine === p.line);
        const q = k >= 0 ? theirs.splice(k, 1)[0] : null;
        return { a: { text: p.text, line: p.line }, b: { text: q?.text ?? p.text, line: p.otherLine } };
      });
      pairs.push({
        a,
        b,
        jaccard: Number(f.data.jaccard ?? 0),
        shareA: Number(f.data.share ?? 0),
        shareB: Number(back?.data?.share ?? 0),
        passages,
      });
    }
  });
  return pairs.sort((x, y) => y.jaccard - x.jaccard);
}
