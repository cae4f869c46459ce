// One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017)
// for paragraphs and documents. Each shingle is hashed once; the top of its hash picks one of
// numHashes bins and the bin keeps the least hash that falls into it. Two sets agree at a bin with
// probability equal to their Jaccard similarity, as with numHashes independent permutations, for
// one hash per shingle instead of numHashes. Undensified sketches combine like MinHash: a
// document's sketch is the element-wise minimum of its paragraphs' (the sketch of a union), so
// paragraph-level sketches cost nothing extra. A short paragraph leaves bins empty; each empty bin
// then borrows the value of the first non-empty bin along its own fixed pseudo-random probe
// sequence, which keeps the agreement probability equal to the Jaccard similarity.
import { fmix32 } from './hash.ts';
import { INFORMATIVE, type PreparedDoc } from './prepare.ts';

export const EMPTY = 0xffffffff;

/** Probes of each bin kept in a table; later ones (rare: a set filling very few bins) are computed. */
const PROBES = 64;

export interface MinHasher {
  numHashes: number;
  /** XORed into every shingle hash before mixing: another seed, another independent sketch. */
  salt: number;
  /** probes[j × PROBES + t]: the bin an empty bin j borrows from at its t-th attempt. */
  probes: Uint16Array;
}

export function minHasher(numHashes: number, seed: number): MinHasher {
  if (!(numHashes >= 1 && numHashes <= 0x10000)) throw new RangeError('numHashes must be 1 … 65536');
  const salt = fmix32(seed ^ 0x2545f491);
  const mh = { numHashes, salt, probes: new Uint16Array(numHashes * PROBES) };
  for (let j = 0; j < numHashes; j++)
    for (let t = 0; t < PROBES; t++) mh.probes[j * PROBES + t] = probe(mh, j, t);
  return mh;
}

function probe(mh: Pick<MinHasher, 'numHashes' | 'salt'>, bin: number, attempt: number): number {
  const h = fmix32((Math.imul(bin, 0x9e3779b1) + fmix32(attempt ^ mh.salt)) | 0);
  return ((h >>> 16) * mh.numHashes) >>> 16;
}

/**
 * Adds the shingles of doc's windows [from, to) to the undensified sketch at out[o, o + H): bins
 * no shingle falls into stay as they were (EMPTY in a fresh sketch). Densify before comparing.
 */
export function sketchWindows(
  doc: PreparedDoc,
  from: number,
  to: number,
  mh: MinHasher,
  out: Uint32Array,
  o: number,
): void {
  const H = mh.numHashes;
  const { salt } = mh;
  const { hashes, mask } = doc;
  const informative = INFORMATIVE; // a local: imported bindings can cost a call each under some loaders
  for (let pos = from; pos < to; pos++) {
    if (mask[pos] !== informative) continue;
    // fmix32(hash ^ salt), inlined
    let v = hashes[pos] ^ salt;
    v ^= v >>> 16;
    v = Math.imul(v, 0x85ebca6b);
    v ^= v >>> 13;
    v = Math.imul(v, 0xc2b2ae35);
    v = (v ^ (v >>> 16)) >>> 0;
    if (v === EMPTY) v = EMPTY - 1;
    const bin = o + (((v >>> 16) * H) >>> 16);
    if (v < out[bin]) out[bin] = v;
  }
}

let raw = new Uint32Array(0);

/** Optimal densification of the sketch at slot: every empty bin takes a non-empty bin's value. */
export function densify(sigs: Uint32Array, slot: number, mh: MinHasher): void {
  const H = mh.numHashes;
  const o = slot * H;
  let filled = 0;
  for (let i = o; i < o + H; i++) if (sigs[i] !== EMPTY) filled++;
  if (filled === 0 || filled === H) return;
  if (raw.length < H) raw = new Uint32Array(H);
  raw.set(sigs.subarray(o, o + H));
  const { probes } = mh;
  for (let j = 0; j < H; j++) {
    if (raw[j] !== EMPTY) continue;
    let t = 0;
    let from = probes[j * PROBES];
    while (raw[from] === EMPTY) {
      t++;
      from = t < PROBES ? probes[j * PROBES + t] : probe(mh, j, t);
    }
    sigs[o + j] = raw[from];
  }
}

export function isEmpty(sigs: Uint32Array, slot: number, H: number): boolean {
  return sigs[slot * H] === EMPTY;
}

/** Estimated Jaccard similarity of two signatures (0 when either set is empty). */
export function estimateJaccard(sigs: Uint32Array, x: number, y: number, H: number): number {
  const ox = x * H;
  const oy = y * H;
  let same = 0;
  for (let i = 0; i < H; i++) if (sigs[ox + i] === sigs[oy + i] && sigs[ox + i] !== EMPTY) same++;
  return same / H;
}

/** Exact Jaccard similarity of two sorted sets of distinct values. */
export function exactJaccard(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 && y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      common++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return common / (x.length + y.length - common);
}
