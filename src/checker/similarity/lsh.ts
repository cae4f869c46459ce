// Locality-sensitive hashing by banding: a signature is cut into bands of `rows` values; two items
// that agree on a whole band land in the same bucket and become a candidate pair. Pairs with
// Jaccard s are found with probability 1 - (1 - s^rows)^bands, and the work grows with the number
// of items and of true candidates, not with the number of pairs.
import { EMPTY } from './minhash.ts';

export interface BandingInput {
  sigs: Uint32Array;
  H: number;
  /** Items [0, count). */
  count: number;
  bands: number;
  rows: number;
  /** Document of each item (paragraph-level banding), or null when items are documents. */
  owner: Int32Array | null;
  /** Items to leave out (empty signatures are always left out). */
  skip?: (item: number) => boolean;
}

// Buckets are found by sorting (band hash × 2^21 + item) as doubles: exact below 2^53, and much
// faster than a Map of arrays for tens of thousands of paragraphs.
const ITEM_BITS = 2 ** 21;

/** Adds to `pairs` the key a × n + b (a < b, documents) of every candidate pair of documents. */
export function bandCandidates(input: BandingInput, docCount: number, pairs: Set<number>): void {
  const { sigs, H, count, bands, rows, owner, skip } = input;
  if (count >= ITEM_BITS) throw new RangeError('too many items for one banding pass');
  const items: number[] = [];
  for (let item = 0; item < count; item++) if (sigs[item * H] !== EMPTY && !skip?.(item)) items.push(item);
  const packed = new Float64Array(items.length);
  const docOf = (item: number) => (owner ? owner[item] : item);
  for (let band = 0; band < bands; band++) {
    const first = band * rows;
    for (let x = 0; x < items.length; x++) {
      const o = items[x] * H + first;
      packed[x] = bandHash(sigs, o, band, rows) * ITEM_BITS + items[x];
    }
    packed.sort();
    for (let x = 0; x < packed.length; ) {
      const bucket = Math.floor(packed[x] / ITEM_BITS);
      let y = x + 1;
      while (y < packed.length && Math.floor(packed[y] / ITEM_BITS) === bucket) y++;
      for (let i = x; i < y; i++) {
        const di = docOf(packed[i] % ITEM_BITS);
        for (let j = i + 1; j < y; j++) {
          const dj = docOf(packed[j] % ITEM_BITS);
          if (di !== dj) pairs.add(di < dj ? di * docCount + dj : dj * docCount + di);
        }
      }
      x = y;
    }
  }
}

/** Hash of values sigs[o, o + rows) as band `band`: equal bands give equal hashes. */
export function bandHash(sigs: Uint32Array, o: number, band: number, rows: number): number {
  let h = band;
  for (let r = 0; r < rows; r++) {
    // h = fmix32((h ^ value) + golden ratio), inlined: this runs for every item and band
    h = ((h ^ sigs[o + r]) + 0x9e3779b9) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}
