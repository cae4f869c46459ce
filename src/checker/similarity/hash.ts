// Fast non-cryptographic 32-bit hashing for shingles and MinHash. Nothing here needs to resist an
// adversary: it only has to spread natural text evenly.

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixing bijection on 32-bit integers. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic PRNG (splitmix32) for the MinHash parameters, so results are reproducible. */
export function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const BASE = 0x01000193; // the FNV prime: odd, with bits spread over the word

/**
 * Writes the hash of every k-code window of codes[start, end) to out[start …], by a rolling
 * polynomial hash mod 2^32 finished with fmix32. Windows that do not fit are left untouched.
 */
export function kgramHashes(
  codes: Uint16Array,
  start: number,
  end: number,
  k: number,
  out: Uint32Array,
): void {
  if (end - start < k) return;
  let top = 1; // BASE^(k-1)
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = start; i < start + k; i++) h = (Math.imul(h, BASE) + codes[i]) | 0;
  out[start] = fmix32(h);
  for (let p = start + 1; p + k <= end; p++) {
    h = (h - Math.imul(codes[p - 1], top)) | 0;
    h = (Math.imul(h, BASE) + codes[p + k - 1]) | 0;
    out[p] = fmix32(h);
  }
}
