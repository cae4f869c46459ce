// Tunable parameters of copy detection, with the defaults the benchmark was run with.
import { STOCK_PHRASES } from './stock-phrases.ts';

export interface SimilarityOptions {
  /** Shingle length in normalised characters. */
  k?: number;
  /** MinHash signature length. */
  numHashes?: number;
  /** Document-level LSH: bands × rows ≤ numHashes. 42 × 3 finds pairs with Jaccard 0.5 with p ≈ 0.996. */
  bands?: number;
  rows?: number;
  /** Paragraph-level LSH, for a few copied paragraphs inside otherwise different reports. */
  paragraphBands?: number;
  paragraphRows?: number;
  /** Shortest shared passage, in normalised characters. */
  minPassage?: number;
  /** A pair is reported when its shared passages hold at least this many non-boilerplate characters … */
  minSharedChars?: number;
  /** … or when its estimated Jaccard reaches this (and it shares at least one passage). */
  minJaccard?: number;
  /** Document-frequency boilerplate: used once the batch has this many reports … */
  dfMinDocs?: number;
  /** … and a shingle in at least this fraction of them (and in at least 3) counts as boilerplate. */
  dfFraction?: number;
  /** Phrases treated as boilerplate in any batch. */
  stockPhrases?: readonly string[];
  seed?: number;
  /** Organisation of each document: its names are folded into a placeholder before shingling. */
  orgs?: readonly (string | null | undefined)[];
  /** 'lsh' (default) or 'all' pairs, for measuring what LSH misses. */
  candidates?: 'lsh' | 'all';
  /** Pairs to leave out before verification (e.g. same organisation). */
  skipPair?: (a: number, b: number) => boolean;
}

export type ResolvedOptions = Required<Omit<SimilarityOptions, 'orgs' | 'skipPair'>> &
  Pick<SimilarityOptions, 'orgs' | 'skipPair'>;

export function resolveOptions(opts: SimilarityOptions = {}): ResolvedOptions {
  const r: ResolvedOptions = {
    k: 8,
    numHashes: 128,
    bands: 42,
    rows: 3,
    paragraphBands: 16,
    paragraphRows: 8,
    minPassage: 20,
    minSharedChars: 60,
    minJaccard: 0.3,
    dfMinDocs: 10,
    dfFraction: 0.4,
    stockPhrases: STOCK_PHRASES,
    seed: 0x5eed,
    candidates: 'lsh',
    ...stripUndefined(opts),
  };
  if (r.bands * r.rows > r.numHashes || r.paragraphBands * r.paragraphRows > r.numHashes) {
    throw new RangeError('bands × rows must not exceed numHashes');
  }
  if (r.minPassage < r.k) throw new RangeError('minPassage must be at least k');
  return r;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
