// Exact shared passages between two prepared documents: maximal runs of identical normalised text,
// seeded by a hashed index of one document's windows and extended character by character in both
// directions, never across a paragraph end. The scan of the other document jumps past each passage
// it finds, so the work is about linear in the two lengths.
import { INFORMATIVE, type PreparedDoc, SEP } from './prepare.ts';

/** Positions of each informative window hash in a document. */
export type WindowIndex = Map<number, number[]>;

/** Windows repeated more often than this inside one document are not worth more seeds. */
const MAX_SEEDS = 32;

export function windowIndex(doc: PreparedDoc): WindowIndex {
  const index: WindowIndex = new Map();
  const { hashes, mask } = doc;
  const informative = INFORMATIVE; // a local: imported bindings can cost a call each under some loaders
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== informative) continue;
    const list = index.get(hashes[i]);
    if (!list) index.set(hashes[i], [i]);
    else if (list.length < MAX_SEEDS) list.push(i);
  }
  return index;
}

export interface RawPassage {
  /** Start in a's and b's joined normalised text. */
  aPos: number;
  bPos: number;
  length: number;
  /** Characters of the passage covered by informative (non-boilerplate) windows. */
  informative: number;
}

/**
 * Passages of at least minLength normalised characters and at least minLength informative ones
 * that b shares with a (whose index is given), in b's order.
 */
export function sharedPassages(
  a: PreparedDoc,
  aIndex: WindowIndex,
  b: PreparedDoc,
  k: number,
  minLength: number,
): RawPassage[] {
  const ta = a.text;
  const tb = b.text;
  const nb = tb.length;
  const out: RawPassage[] = [];
  const informative = INFORMATIVE;
  const sep = SEP;
  let floor = 0; // b before this position already belongs to a passage
  let p = 0;
  while (p < nb) {
    if (b.mask[p] !== informative) {
      p++;
      continue;
    }
    const seeds = aIndex.get(b.hashes[p]);
    if (!seeds) {
      p++;
      continue;
    }
    let best = 0;
    let bestQ = -1;
    for (const q of seeds) {
      let len = 0;
      for (;;) {
        const c = tb.charCodeAt(p + len);
        if (c !== ta.charCodeAt(q + len) || c === sep || Number.isNaN(c)) break;
        len++;
      }
      if (len > best) {
        best = len;
        bestQ = q;
      }
    }
    if (best < k) {
      p++; // a hash collision, not a match
      continue;
    }
    let back = 0;
    while (p - back - 1 >= floor && bestQ - back - 1 >= 0) {
      const c = tb.charCodeAt(p - back - 1);
      if (c !== ta.charCodeAt(bestQ - back - 1) || c === sep) break;
      back++;
    }
    const start = p - back;
    const length = back + best;
    if (length >= minLength) {
      const informative = informativeChars(b, start, length, k);
      if (informative >= minLength) out.push({ aPos: bestQ - back, bPos: start, length, informative });
      p = start + length;
      floor = p;
      continue;
    }
    p++;
  }
  return out;
}

/** Characters of [start, start + length) covered by informative windows lying inside it. */
function informativeChars(doc: PreparedDoc, start: number, length: number, k: number): number {
  let covered = 0;
  let until = start;
  for (let t = start; t + k <= start + length; t++) {
    if (doc.mask[t] !== INFORMATIVE) continue;
    const from = Math.max(t, until);
    covered += t + k - from;
    until = t + k;
  }
  return covered;
}
