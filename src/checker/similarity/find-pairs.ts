// Similar pairs among plain texts, for the county's batch view: a table of report pairs that share
// passages, each passage given by line and column on both sides.
import { analyzeBatch, type SimilarPair } from './batch.ts';
import type { SimilarityOptions } from './options.ts';

export interface TextSpan {
  /** 1-based line and column of the first character, and the column just past the passage. */
  line: number;
  column: number;
  endColumn: number;
  text: string;
}

export interface TextPassage {
  a: TextSpan;
  b: TextSpan;
  /** Normalised characters shared (numbers, punctuation and spacing ignored). */
  length: number;
}

export interface TextPair {
  a: number;
  b: number;
  jaccard: number;
  shareA: number;
  shareB: number;
  sharedChars: number;
  passages: TextPassage[];
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Pairs of texts sharing passages; each line of a text is one paragraph. */
export function findSimilarPairs(texts: readonly string[], opts: SimilarityOptions = {}): TextPair[] {
  const lines = texts.map(splitLines);
  const { pairs } = analyzeBatch(lines, opts);
  return pairs.map((p) => toTextPair(p, lines));
}

function toTextPair(pair: SimilarPair, lines: string[][]): TextPair {
  const span = (doc: number, s: { paragraph: number; start: number; end: number }): TextSpan => ({
    line: s.paragraph + 1,
    column: s.start + 1,
    endColumn: s.end + 1,
    text: lines[doc][s.paragraph].slice(s.start, s.end),
  });
  return {
    a: pair.a,
    b: pair.b,
    jaccard: pair.jaccard,
    shareA: pair.shareA,
    shareB: pair.shareB,
    sharedChars: pair.sharedChars,
    passages: pair.passages.map((x) => ({ a: span(pair.a, x.a), b: span(pair.b, x.b), length: x.length })),
  };
}
