// A document made ready for comparison: its paragraphs normalised and joined, the hash of every
// k-character window, and which windows count (inside one paragraph, not boilerplate).
import { kgramHashes } from './hash.ts';
import { aliasMatcher, normalizeParagraph, orgAliases } from './normalize.ts';
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
  /** Original span (offsets in the paragraph's own text) of each normalised character. */
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of the k-window starting at each position. */
  hashes: Uint32Array;
  /** INFORMATIVE, NO_SHINGLE or BOILERPLATE for the window starting at each position. */
  mask: Uint8Array;
}

export function prepareDoc(
  paragraphs: readonly string[],
  org: string | null | undefined,
  opts: ResolvedOptions,
  stock: readonly string[],
): PreparedDoc {
  const matcher = aliasMatcher(orgAliases(org));
  const normalized = paragraphs.map((p) => normalizeParagraph(p, matcher));
  const total = normalized.reduce((s, p) => s + p.text.length + 1, 0);
  const paraStart = new Int32Array(paragraphs.length + 1);
  const starts = new Int32Array(total).fill(-1);
  const ends = new Int32Array(total).fill(-1);
  const parts: string[] = [];
  let at = 0;
  normalized.forEach((p, i) => {
    paraStart[i] = at;
    starts.set(p.starts, at);
    ends.set(p.ends, at);
    parts.push(p.text, '\u0000');
    at += p.text.length + 1;
  });
  paraStart[paragraphs.length] = at;
  const text = parts.join('');
  const hashes = new Uint32Array(total);
  const mask = new Uint8Array(total).fill(NO_SHINGLE);
  const { k } = opts;
  for (let p = 0; p < paragraphs.length; p++) {
    const s = paraStart[p];
    const e = paraStart[p + 1] - 1;
    kgramHashes(text, s, e, k, hashes);
    for (let i = s; i + k <= e; i++) mask[i] = INFORMATIVE;
  }
  for (const phrase of stock) {
    if (phrase.length < k) continue;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      for (let j = i; j + k <= i + phrase.length; j++) mask[j] = BOILERPLATE;
    }
  }
  return { text, paraStart, starts, ends, hashes, mask };
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
  // Document frequency by one sort of every document's distinct shingles: runs of equal values
  // are the documents holding a shingle. Much faster than a hash table over millions of keys.
  const sets = docs.map(shingleSet);
  const all = new Uint32Array(sets.reduce((s, x) => s + x.length, 0));
  let at = 0;
  for (const set of sets) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  const frequent = new Set<number>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i >= threshold) frequent.add(all[i]);
    i = j;
  }
  if (frequent.size === 0) return 0;
  let marked = 0;
  for (const doc of docs) {
    for (let i = 0; i < doc.mask.length; i++) {
      if (doc.mask[i] === INFORMATIVE && frequent.has(doc.hashes[i])) {
        doc.mask[i] = BOILERPLATE;
        marked++;
      }
    }
  }
  return marked;
}
