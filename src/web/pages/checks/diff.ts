// Character differences between the two sides of a shared passage, so the side-by-side view shows
// what a copier changed (the township's name, a figure). Common prefix and suffix are trimmed
// first; the middle is compared by longest common subsequence when it is small enough.

export interface DiffRun {
  text: string;
  same: boolean;
}

const MAX_CELLS = 1_000_000;

function push(runs: DiffRun[], text: string, same: boolean): void {
  if (!text) return;
  const last = runs[runs.length - 1];
  if (last && last.same === same) last.text += text;
  else runs.push({ text, same });
}

export function diffChars(a: string, b: string): { a: DiffRun[]; b: DiffRun[] } {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const ra: DiffRun[] = [];
  const rb: DiffRun[] = [];
  push(ra, a.slice(0, pre), true);
  push(rb, b.slice(0, pre), true);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(ra, midA, false);
    push(rb, midB, false);
  } else {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
          midA[i] === midB[j]
            ? lcs[(i + 1) * w + j + 1] + 1
            : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(ra, midA[i++], true);
        push(rb, midB[j++], true);
      } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) push(ra, midA[i++], false);
      else push(rb, midB[j++], false);
    }
    push(ra, midA.slice(i), false);
    push(rb, midB.slice(j), false);
  }
  push(ra, a.slice(a.length - suf), true);
  push(rb, b.slice(b.length - suf), true);
  return { a: ra, b: rb };
}
