// Exact shared passages between two prepared documents: maximal runs of identical normalised text,
// seeded by a hashed index of one document's windows and extended character by character in both
// directions, never across a paragraph end. The scan of the other document jumps past each passage
// it finds, so the work is about linear in the two lengths.
import { INFORMATIVE, type PreparedDoc, SEP } from './prepare.ts';

/**
 * Positions of each informative window hash in a document: an open-addressing table of hashes
 * (linear probing), each slot heading a chain of positions in ascending order through `next`.
 * Typed arrays instead of a Map of arrays: one index is built per verified document, and the Map
 * and its many small arrays were most of verification's time and garbage.
 */
export interface WindowIndex {
  keys: Uint32Array;
  /** First position of the slot's hash, or -1 for an empty slot. */
  heads: Int32Array;
  /** The next position with the same hash, or -1. */
  next: Int32Array;
  slotMask: number;
  /** 32 − log2(table size). */
  shift: number;
}

/** Windows repeated more often than this inside one document are not worth more seeds. */
const MAX_SEEDS = 32;

/** The slot of hash h: Fibonacci hashing, the top bits of the product. */
function slotOf(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

export function windowIndex(doc: PreparedDoc): WindowIndex {
  const { hashes, mask } = doc;
  const n = mask.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const size = 1 << bits;
  const slotMask = size - 1;
  const shift = 32 - bits;
  const keys = new Uint32Array(size);
  const heads = new Int32Array(size).fill(-1);
  const tails = new Int32Array(size);
  const counts = new Uint8Array(size);
  const next = new Int32Array(n).fill(-1);
  const informative = INFORMATIVE; // a local: imported bindings can cost a call each under some loaders
  for (let i = 0; i < n; i++) {
    if (mask[i] !== informative) continue;
    const h = hashes[i];
    let slot = slotOf(h, shift);
    while (heads[slot] !== -1 && keys[slot] !== h) slot = (slot + 1) & slotMask;
    if (heads[slot] === -1) {
      keys[slot] = h;
      heads[slot] = i;
      tails[slot] = i;
      counts[slot] = 1;
    } else if (counts[slot] < MAX_SEEDS) {
      next[tails[slot]] = i;
      tails[slot] = i;
      counts[slot]++;
    }
  }
  return { keys, heads, next, slotMask, shift };
}

/** The first position of hash h in the index, or -1. */
function firstSeed(index: WindowIndex, h: number): number {
  const { keys, heads, slotMask, shift } = index;
  let slot = slotOf(h, shift);
  while (heads[slot] !== -1) {
    if (keys[slot] === h) return heads[slot];
    slot = (slot + 1) & slotMask;
  }
  return -1;
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
    const first = firstSeed(aIndex, b.hashes[p]);
    if (first === -1) {
      p++;
      continue;
    }
    let best = 0;
    let bestQ = -1;
    for (let q = first; q !== -1; q = aIndex.next[q]) {
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
