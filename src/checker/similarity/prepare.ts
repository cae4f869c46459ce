// A document made ready for comparison: its paragraphs normalised and joined, the hash of every
// k-character window, and which windows count (inside one paragraph, not boilerplate).
import { kgramHashes } from './hash.ts';
import {
  aliasMatcher,
  codesToString,
  NormalizedBuffer,
  normalizeInto,
  normalizeParagraph,
  orgAliases,
} from './normalize.ts';
import type { ResolvedOptions } from './options.ts';

/** Ends every paragraph in the joined text; no normalised character equals it. */
export const SEP = 0;
export const INFORMATIVE = 0;
/** The window runs past the end of its paragraph. */
export const NO_SHINGLE = 1;
export const BOILERPLATE = 2;

export interface PreparedDoc {
  /** Normalised paragraphs, each followed by SEP. */
  text: string;
  /** Paragraph p occupies [paraStart[p], paraStart[p + 1] - 1); paraStart has one entry more. */
  paraStart: Int32Array;
  /** The paragraphs as given and the report's alias matcher: spans are worked out from them on demand. */
  source: readonly string[];
  matcher: RegExp | null;
  /** Hash of the k-window starting at each position. */
  hashes: Uint32Array;
  /** INFORMATIVE, NO_SHINGLE or BOILERPLATE for the window starting at each position. */
  mask: Uint8Array;
}

/** Scratch space for the document being normalised, reused from one document to the next. */
const scratch = new NormalizedBuffer();

export function prepareDoc(
  paragraphs: readonly string[],
  org: string | null | undefined,
  opts: ResolvedOptions,
  stock: readonly string[],
): PreparedDoc {
  const matcher = aliasMatcher(orgAliases(org));
  const paraStart = new Int32Array(paragraphs.length + 1);
  const buf = scratch;
  buf.length = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    paraStart[p] = buf.length;
    normalizeInto(paragraphs[p], matcher, buf, false);
    buf.reserve(buf.length + 1);
    buf.codes[buf.length] = SEP;
    buf.length++;
  }
  const total = buf.length;
  paraStart[paragraphs.length] = total;
  const text = codesToString(buf.codes, 0, total);
  const hashes = new Uint32Array(total);
  const mask = new Uint8Array(total).fill(NO_SHINGLE);
  const { k } = opts;
  for (let p = 0; p < paragraphs.length; p++) {
    const s = paraStart[p];
    const e = paraStart[p + 1] - 1;
    kgramHashes(buf.codes, s, e, k, hashes);
    if (e - s >= k) mask.fill(INFORMATIVE, s, e - k + 1);
  }
  markStock(text, stock, k, mask);
  return { text, paraStart, source: paragraphs, matcher, hashes, mask };
}

export interface Spans {
  /** Original span (offsets in the paragraph's own text) of each normalised character; -1 at SEP. */
  starts: Int32Array;
  ends: Int32Array;
}

const spanCache = new WeakMap<PreparedDoc, Spans>();

/**
 * Where each normalised character of the document came from. Only reported passages need it, so it
 * is worked out again for those documents (the same normalisation, spans kept) rather than stored
 * for every document of a batch.
 */
export function spansOf(doc: PreparedDoc): Spans {
  const cached = spanCache.get(doc);
  if (cached) return cached;
  const buf = new NormalizedBuffer();
  for (const paragraph of doc.source) {
    normalizeInto(paragraph, doc.matcher, buf);
    buf.reserve(buf.length + 1);
    buf.starts[buf.length] = -1;
    buf.ends[buf.length] = -1;
    buf.length++;
  }
  const spans = { starts: buf.starts.slice(0, buf.length), ends: buf.ends.slice(0, buf.length) };
  spanCache.set(doc, spans);
  return spans;
}

let covered = new Uint8Array(0);

/**
 * Marks as boilerplate every window lying wholly inside stock-phrase text, including the windows
 * across the junction of two stock phrases written one after the other.
 */
function markStock(text: string, stock: readonly string[], k: number, mask: Uint8Array): void {
  const n = text.length;
  let found = false;
  for (const phrase of stock) {
    if (phrase.length < k) continue;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (!found) {
        if (covered.length < n) covered = new Uint8Array(Math.max(n, covered.length * 2));
        covered.fill(0, 0, n);
        found = true;
      }
      covered.fill(1, i, i + phrase.length);
    }
  }
  if (!found) return;
  for (let s = 0; s < n; ) {
    if (!covered[s]) {
      s++;
      continue;
    }
    let e = s + 1;
    while (e < n && covered[e]) e++;
    if (e - s >= k) mask.fill(BOILERPLATE, s, e - k + 1);
    s = e;
  }
}

/** The stock phrases in normalised form, longest windows only. */
export function normalizeStock(phrases: readonly string[]): string[] {
  return phrases.map((p) => normalizeParagraph(p).text).filter((p) => p.length > 0);
}

/** Sorted distinct hashes of the document's informative windows: its shingle set. */
export function shingleSet(doc: PreparedDoc): Uint32Array {
  const n = doc.mask.length;
  const buf = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (doc.mask[i] === INFORMATIVE) buf[m++] = doc.hashes[i];
  const sorted = buf.subarray(0, m).sort();
  let u = 0;
  for (let i = 0; i < m; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i];
  return sorted.slice(0, u);
}

/** The paragraph holding position pos of the joined text. */
export function paragraphOf(doc: PreparedDoc, pos: number): number {
  let lo = 0;
  let hi = doc.paraStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paraStart[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of normalised characters (separators excluded). */
export function normalizedLength(doc: PreparedDoc): number {
  return doc.text.length - (doc.paraStart.length - 1);
}

/**
 * Marks as boilerplate every window whose shingle occurs in a large fraction of the batch, so that
 * the phrases every township writes do not make two reports look copied. Only for batches of at
 * least opts.dfMinDocs documents: in a small batch, frequency says nothing.
 */
export function markFrequent(docs: readonly PreparedDoc[], opts: ResolvedOptions): number {
  if (docs.length < opts.dfMinDocs) return 0;
  const threshold = Math.max(3, Math.ceil(opts.dfFraction * docs.length));
  // First a cheap exact filter: count every informative window into a bucket by its hash's top
  // bits. A bucket's count bounds the document frequency of every shingle in it, so only shingles
  // in buckets reaching the threshold need counting one by one (usually none, or the few real
  // template phrases).
  let windows = 0;
  for (const doc of docs) windows += doc.mask.length;
  // Buckets enough for a bucket's mean count to stay an eighth of the threshold, no more: a table
  // that fits in the processor's cache counts several times faster than one that does not.
  const bits = Math.min(22, Math.max(10, Math.ceil(Math.log2((8 * windows) / threshold + 1))));
  const shift = 32 - bits;
  const buckets = new Int32Array(1 << bits);
  for (const doc of docs) {
    const { mask, hashes } = doc;
    for (let i = 0; i < mask.length; i++) if (mask[i] === INFORMATIVE) buckets[hashes[i] >>> shift]++;
  }
  let heavy = false;
  for (let b = 0; b < buckets.length && !heavy; b++) heavy = buckets[b] >= threshold;
  if (!heavy) return 0;
  // Exact document frequency of the shingles in heavy buckets.
  const seen = new Map<number, { docs: number; last: number }>();
  docs.forEach((doc, d) => {
    const { mask, hashes } = doc;
    for (let i = 0; i < mask.length; i++) {
      if (mask[i] !== INFORMATIVE || buckets[hashes[i] >>> shift] < threshold) continue;
      const entry = seen.get(hashes[i]);
      if (!entry) seen.set(hashes[i], { docs: 1, last: d });
      else if (entry.last !== d) {
        entry.docs++;
        entry.last = d;
      }
    }
  });
  const frequent = new Set<number>();
  for (const [h, entry] of seen) if (entry.docs >= threshold) frequent.add(h);
  if (frequent.size === 0) return 0;
  let marked = 0;
  for (const doc of docs) {
    const { mask, hashes } = doc;
    for (let i = 0; i < mask.length; i++) {
      if (mask[i] === INFORMATIVE && buckets[hashes[i] >>> shift] >= threshold && frequent.has(hashes[i])) {
        mask[i] = BOILERPLATE;
        marked++;
      }
    }
  }
  return marked;
}
