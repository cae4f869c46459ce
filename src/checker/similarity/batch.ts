// The batch pipeline: prepare every document, sign paragraphs and documents with one-permutation
// MinHash, find candidate pairs by LSH at both levels (whole reports alike; or a few paragraphs
// copied into an otherwise different report), then verify each candidate with its exact shared
// passages.
import { bandCandidates, bandHash } from './lsh.ts';
import { densify, EMPTY, estimateJaccard, minHasher, sketchWindows } from './minhash.ts';
import { type ResolvedOptions, resolveOptions, type SimilarityOptions } from './options.ts';
import { sharedPassages, type WindowIndex, windowIndex } from './passages.ts';
import {
  markFrequent,
  normalizedLength,
  normalizeStock,
  type PreparedDoc,
  paragraphOf,
  prepareDoc,
  spansOf,
} from './prepare.ts';

export interface PassageSide {
  paragraph: number;
  /** Offsets in the paragraph's original text: [start, end). */
  start: number;
  end: number;
}

export interface SharedPassage {
  a: PassageSide;
  b: PassageSide;
  /** Length in normalised characters, and how many of them are not boilerplate. */
  length: number;
  informative: number;
}

export interface SimilarPair {
  a: number;
  b: number;
  /** MinHash estimate of the Jaccard similarity of the two shingle sets (boilerplate excluded). */
  jaccard: number;
  passages: SharedPassage[];
  /** Non-boilerplate characters in shared passages. */
  sharedChars: number;
  /** Fraction of each document's normalised text inside shared passages. */
  shareA: number;
  shareB: number;
}

export interface PreparedBatch {
  docs: PreparedDoc[];
  opts: ResolvedOptions;
  /**
   * Paragraph g's LSH band hashes at g × paragraphBands (EMPTY for a paragraph too short to hold
   * a passage); the paragraphs of doc d start at paraFirst[d]. Only these are kept of paragraph
   * signatures: a tenth of the memory.
   */
  paraKeys: Uint32Array;
  paraFirst: Int32Array;
  paraOwner: Int32Array;
  docSigs: Uint32Array;
  /** Windows marked boilerplate by document frequency. */
  frequentWindows: number;
  /** Milliseconds spent normalising and hashing, counting document frequency, and signing. */
  timings: { prepare: number; frequency: number; sign: number };
}

export function prepareBatch(
  docs: readonly (readonly string[])[],
  options: SimilarityOptions = {},
): PreparedBatch {
  const opts = resolveOptions(options);
  const stock = normalizeStock(opts.stockPhrases);
  const t0 = performance.now();
  const prepared = docs.map((paragraphs, i) => prepareDoc(paragraphs, opts.orgs?.[i], opts, stock));
  const t1 = performance.now();
  const frequentWindows = markFrequent(prepared, opts);
  const t2 = performance.now();
  const signed = signBatch(prepared, opts);
  const timings = { prepare: t1 - t0, frequency: t2 - t1, sign: performance.now() - t2 };
  return { ...signed, docs: prepared, opts, frequentWindows, timings };
}

function signBatch(docs: PreparedDoc[], opts: ResolvedOptions) {
  const H = opts.numHashes;
  const mh = minHasher(H, opts.seed);
  const paraFirst = new Int32Array(docs.length + 1);
  for (let d = 0; d < docs.length; d++) paraFirst[d + 1] = paraFirst[d] + docs[d].paraStart.length - 1;
  const total = paraFirst[docs.length];
  const paraOwner = new Int32Array(total);
  const PB = opts.paragraphBands;
  const paraKeys = new Uint32Array(total * PB).fill(EMPTY);
  const docSigs = new Uint32Array(docs.length * H).fill(EMPTY);
  // Each paragraph is sketched in a small scratch sketch (kept in cache), folded into its
  // document's sketch, and stored densified, so the large paragraph array is written once.
  const scratch = new Uint32Array(H);
  docs.forEach((doc, d) => {
    paraOwner.fill(d, paraFirst[d], paraFirst[d + 1]);
    const od = d * H;
    for (let p = 0; p < paraFirst[d + 1] - paraFirst[d]; p++) {
      scratch.fill(EMPTY);
      sketchWindows(doc, doc.paraStart[p], doc.paraStart[p + 1], mh, scratch, 0);
      for (let i = 0; i < H; i++) if (scratch[i] < docSigs[od + i]) docSigs[od + i] = scratch[i];
      // A paragraph too short to hold a passage cannot show copying on its own: it keeps an
      // empty signature (never compared) rather than a costly densification of a sparse sketch.
      if (doc.paraStart[p + 1] - doc.paraStart[p] - 1 < opts.minPassage) continue;
      densify(scratch, 0, mh);
      if (scratch[0] === EMPTY) continue; // nothing but boilerplate
      const o = (paraFirst[d] + p) * PB;
      for (let band = 0; band < PB; band++) {
        const h = bandHash(scratch, band * opts.paragraphRows, band, opts.paragraphRows);
        paraKeys[o + band] = h === EMPTY ? EMPTY - 1 : h;
      }
    }
    // Densified only now: the document's sketch is the union of its paragraphs' raw sketches.
    densify(docSigs, d, mh);
  });
  return { paraKeys, paraFirst, paraOwner, docSigs };
}

/** Candidate pairs as keys a × n + b (a < b): LSH at document and paragraph level, or all pairs. */
export function candidatePairs(batch: PreparedBatch): Set<number> {
  const { opts, docs } = batch;
  const n = docs.length;
  const pairs = new Set<number>();
  if (opts.candidates === 'all') {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.add(a * n + b);
    return pairs;
  }
  const H = opts.numHashes;
  bandCandidates(
    { sigs: batch.docSigs, H, count: n, bands: opts.bands, rows: opts.rows, owner: null },
    n,
    pairs,
  );
  // Paragraph band hashes were computed while signing (paragraphs too short to hold a passage have
  // none); each is banded as one row. A caller may ask for fewer bands (0: documents only).
  const count = batch.paraOwner.length;
  const stride = count > 0 ? batch.paraKeys.length / count : 0;
  bandCandidates(
    {
      sigs: batch.paraKeys,
      H: stride,
      count,
      bands: Math.min(opts.paragraphBands, stride),
      rows: 1,
      owner: batch.paraOwner,
    },
    n,
    pairs,
  );
  return pairs;
}

/** Verifies one pair; returns it when it shares enough text to be reported, else null. */
export function verifyPair(
  batch: PreparedBatch,
  a: number,
  b: number,
  aIndex?: WindowIndex,
): SimilarPair | null {
  const { opts, docs } = batch;
  const da = docs[a];
  const db = docs[b];
  const raw = sharedPassages(da, aIndex ?? windowIndex(da), db, opts.k, opts.minPassage);
  if (raw.length === 0) return null;
  const jaccard = estimateJaccard(batch.docSigs, a, b, opts.numHashes);
  const sharedChars = raw.reduce((s, r) => s + r.informative, 0);
  if (sharedChars < opts.minSharedChars && jaccard < opts.minJaccard) return null;
  const passages = raw.map((r) => ({
    a: side(da, r.aPos, r.length),
    b: side(db, r.bPos, r.length),
    length: r.length,
    informative: r.informative,
  }));
  return {
    a,
    b,
    jaccard,
    passages,
    sharedChars,
    shareA: coverage(
      raw.map((r) => [r.aPos, r.length]),
      normalizedLength(da),
    ),
    shareB: coverage(
      raw.map((r) => [r.bPos, r.length]),
      normalizedLength(db),
    ),
  };
}

function side(doc: PreparedDoc, pos: number, length: number): PassageSide {
  const { starts, ends } = spansOf(doc);
  return { paragraph: paragraphOf(doc, pos), start: starts[pos], end: ends[pos + length - 1] };
}

function coverage(spans: [number, number][], total: number): number {
  if (total === 0) return 0;
  spans.sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let until = -1;
  for (const [start, length] of spans) {
    const from = Math.max(start, until);
    if (start + length > from) covered += start + length - from;
    until = Math.max(until, start + length);
  }
  return covered / total;
}

export interface BatchStats {
  documents: number;
  paragraphs: number;
  candidates: number;
  reported: number;
  frequentWindows: number;
}

/** Runs the whole pipeline and returns the reported pairs, most similar first. */
export function analyzeBatch(
  docs: readonly (readonly string[])[],
  options: SimilarityOptions = {},
): { pairs: SimilarPair[]; stats: BatchStats } {
  const batch = prepareBatch(docs, options);
  const candidates = candidatePairs(batch);
  const pairs = verifyCandidates(batch, candidates);
  return {
    pairs,
    stats: {
      documents: docs.length,
      paragraphs: batch.paraOwner.length,
      candidates: candidates.size,
      reported: pairs.length,
      frequentWindows: batch.frequentWindows,
    },
  };
}

/** Verifies candidate pairs, building each document's window index once. */
export function verifyCandidates(batch: PreparedBatch, candidates: Set<number>): SimilarPair[] {
  const n = batch.docs.length;
  const keys = Float64Array.from(candidates).sort();
  const out: SimilarPair[] = [];
  let index: WindowIndex | null = null;
  let indexed = -1;
  for (const key of keys) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (batch.opts.skipPair?.(a, b)) continue;
    if (indexed !== a) {
      index = windowIndex(batch.docs[a]);
      indexed = a;
    }
    const pair = verifyPair(batch, a, b, index!);
    if (pair) out.push(pair);
  }
  return out.sort((x, y) => y.jaccard - x.jaccard || y.sharedChars - x.sharedChars || x.a - y.a || x.b - y.b);
}
