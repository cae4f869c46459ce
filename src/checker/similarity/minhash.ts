// MinHash signatures of paragraphs and documents. h_i(x) = mix(x XOR b_i) · a_i is a different
// pseudo-random permutation of the 32-bit shingle hashes for every i; the signature keeps, for
// each i, the least value over the set. Two sets agree at position i with probability equal to
// their Jaccard similarity. A document's signature is the element-wise minimum of its paragraphs'
// (MinHash of a union), so paragraph-level signatures cost nothing extra.
import { splitmix32 } from './hash.ts';
import { INFORMATIVE, type PreparedDoc } from './prepare.ts';

export const EMPTY = 0xffffffff;

export interface MinHasher {
  numHashes: number;
  a: Int32Array;
  b: Int32Array;
}

export function minHasher(numHashes: number, seed: number): MinHasher {
  const next = splitmix32(seed);
  const a = new Int32Array(numHashes);
  const b = new Int32Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    a[i] = next() | 1; // odd multipliers are bijections mod 2^32
    b[i] = next();
  }
  return { numHashes, a, b };
}

/** Signatures of every paragraph of doc, written to out at (firstParagraph + p) × numHashes. */
export function paragraphSignatures(
  doc: PreparedDoc,
  mh: MinHasher,
  out: Uint32Array,
  firstParagraph: number,
): void {
  const H = mh.numHashes;
  const { a, b } = mh;
  const { hashes, mask, paraStart } = doc;
  const count = paraStart.length - 1;
  out.fill(EMPTY, firstParagraph * H, (firstParagraph + count) * H);
  for (let p = 0; p < count; p++) {
    const o = (firstParagraph + p) * H;
    const end = paraStart[p + 1];
    for (let pos = paraStart[p]; pos < end; pos++) {
      if (mask[pos] !== INFORMATIVE) continue;
      const x = hashes[pos];
      for (let i = 0; i < H; i++) {
        let v = Math.imul(x ^ b[i], a[i]);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < out[o + i]) out[o + i] = v;
      }
    }
  }
}

/** Element-wise minimum of paragraph signatures [first, first + count) into out at slot. */
export function unionSignature(
  paraSigs: Uint32Array,
  first: number,
  count: number,
  H: number,
  out: Uint32Array,
  slot: number,
): void {
  const o = slot * H;
  out.fill(EMPTY, o, o + H);
  for (let p = first; p < first + count; p++) {
    const q = p * H;
    for (let i = 0; i < H; i++) if (paraSigs[q + i] < out[o + i]) out[o + i] = paraSigs[q + i];
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
