// Text normalisation for copy detection. Copying between townships survives a change of numbers,
// punctuation, spacing and the name of the township, so all of those are folded away before
// shingling: punctuation and whitespace are dropped, every run of digits becomes one '#', and the
// report's own organisation name becomes one placeholder. Each normalised character remembers the
// span of the original paragraph it came from, so passages point back into the original text.

/** Stands for the report's own organisation name, so "宝龙镇" in one report and "雍溪镇" in its copy agree. */
export const ORG_PLACEHOLDER = '◎';
const DIGIT_RUN = 0x23; // '#'
const PLACEHOLDER_CODE = ORG_PLACEHOLDER.charCodeAt(0);

export interface NormalizedParagraph {
  text: string;
  /** Original offset (in the paragraph) where each normalised character starts. */
  starts: Int32Array;
  /** Original offset just past the source of each normalised character. */
  ends: Int32Array;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;

/** What a non-CJK code point becomes: '' (dropped), '#' (a digit) or the kept characters. */
const foldCache = new Map<number, string>();

/** The same for BMP code points whose result is at most one code: DROPPED, the code, or UNKNOWN. */
const UNKNOWN = -1;
const DROPPED = -2;
const MULTIPLE = -3;
const bmpFold = new Int32Array(0x10000).fill(UNKNOWN);

function fold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of String.fromCodePoint(cp).normalize('NFKC')) {
    if (DIGIT.test(ch)) out += '#';
    else if (LETTER_OR_NUMBER.test(ch)) out += ch.toLowerCase();
  }
  foldCache.set(cp, out);
  if (cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff)) {
    bmpFold[cp] = out.length === 0 ? DROPPED : out.length === 1 ? out.charCodeAt(0) : MULTIPLE;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the matcher for a report's own organisation names (longest first), or null. */
export function aliasMatcher(aliases: readonly string[]): RegExp | null {
  const list = [...new Set(aliases.filter((a) => a.length >= 2))].sort((x, y) => y.length - x.length);
  if (list.length === 0) return null;
  return new RegExp(list.map(escapeRegExp).join('|'), 'g');
}

/**
 * Growable output of normalisation: UTF-16 codes and, for each, its original span (written only
 * when asked for: comparing needs the codes, pointing a passage back into the text needs spans).
 */
export class NormalizedBuffer {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  /** Makes room for at least `size` entries in all, keeping what is written. */
  reserve(size: number): void {
    if (size <= this.codes.length) return;
    const cap = Math.max(size, this.codes.length * 2);
    const codes = new Uint16Array(cap);
    const starts = new Int32Array(cap);
    const ends = new Int32Array(cap);
    codes.set(this.codes.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Alias ranges of one paragraph, in order: [start0, end0, start1, end1, …]. */
const ranges: number[] = [];

/**
 * Appends the normalised form of text to out, each character with its span in text unless `spans`
 * is false (then out's starts and ends are left as they were). Written as
 * one loop over typed arrays without per-call allocation: it runs over every character of a batch.
 */
export function normalizeInto(
  text: string,
  aliases: RegExp | null,
  out: NormalizedBuffer,
  spans = true,
): void {
  const n = text.length;
  ranges.length = 0;
  if (aliases) {
    aliases.lastIndex = 0;
    for (let x = aliases.exec(text); x; x = aliases.exec(text)) {
      ranges.push(x.index, x.index + x[0].length);
      if (x[0].length === 0) aliases.lastIndex++;
    }
  }
  // Every input character gives at most one code, except NFKC expansions (reserved below).
  out.reserve(out.length + n);
  let { codes, starts, ends } = out;
  const base = out.length;
  let m = base;
  let r = 0;
  let i = 0;
  while (i < n) {
    if (r < ranges.length && i === ranges[r]) {
      codes[m] = PLACEHOLDER_CODE;
      if (spans) {
        starts[m] = i;
        ends[m] = ranges[r + 1];
      }
      m++;
      i = ranges[r + 1];
      r += 2;
      continue;
    }
    const c = text.charCodeAt(i);
    let code = c;
    if (c >= 0x4e00 && c <= 0x9fff) {
      // CJK: kept as is
    } else if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) code = DIGIT_RUN;
      else if (c >= 0x41 && c <= 0x5a) code = c + 32;
      else if (c < 0x61 || c > 0x7a) {
        i++;
        continue;
      }
    } else {
      const cached = c < 0xd800 || c > 0xdfff ? bmpFold[c] : UNKNOWN;
      if (cached === DROPPED) {
        i++;
        continue;
      }
      if (cached >= 0) code = cached;
      else {
        const cp = text.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        const folded = fold(cp);
        out.length = m;
        out.reserve(m + folded.length + n - i);
        ({ codes, starts, ends } = out);
        for (let j = 0; j < folded.length; j++) {
          const f = folded.charCodeAt(j);
          if (f === DIGIT_RUN && m > base && codes[m - 1] === DIGIT_RUN) {
            if (spans) ends[m - 1] = i + width;
          } else {
            codes[m] = f;
            if (spans) {
              starts[m] = i;
              ends[m] = i + width;
            }
            m++;
          }
        }
        i += width;
        continue;
      }
    }
    if (code === DIGIT_RUN && m > base && codes[m - 1] === DIGIT_RUN) {
      if (spans) ends[m - 1] = i + 1; // one '#' per run of digits, whatever its length
    } else {
      codes[m] = code;
      if (spans) {
        starts[m] = i;
        ends[m] = i + 1;
      }
      m++;
    }
    i++;
  }
  out.length = m;
}

export function normalizeParagraph(text: string, aliases: RegExp | null = null): NormalizedParagraph {
  const buf = new NormalizedBuffer();
  normalizeInto(text, aliases, buf);
  const m = buf.length;
  return { text: codesToString(buf.codes, 0, m), starts: buf.starts.slice(0, m), ends: buf.ends.slice(0, m) };
}

const utf16 = new TextDecoder('utf-16le');

/** The string of codes[from, to). fromCharCode is quicker for short runs; the decoder has no argument limit. */
export function codesToString(codes: Uint16Array, from: number, to: number): string {
  if (to - from <= 2048)
    return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  return utf16.decode(codes.subarray(from, to));
}

/**
 * The key that identifies a township (or any organisation) across the ways a report writes it:
 * "重庆市潼南区宝龙镇人民政府", "中共潼南区宝龙镇委员会" and "宝龙镇" all give "宝龙镇".
 */
export function orgKey(org: string | null | undefined): string | null {
  if (!org) return null;
  let s = org.replace(/\s+/g, '');
  s = s.replace(/^中共/, '');
  s = s.replace(/(人民政府|政府|党委|委员会|办事处|人大主席团|人大|纪委)+$/, '');
  if (s.length === 0) return null;
  const unit = /(镇|乡|街道|苏木)$/.exec(s);
  if (!unit) return s;
  const body = s.slice(0, unit.index);
  // Drop the county-level prefix: take what follows the last 省/市/县/区/旗/州 that still leaves
  // a name of at least two characters (so "新市镇" stays "新市镇").
  for (let i = body.length - 1; i >= 0; i--) {
    if ('省市县区旗州'.includes(body[i]) && body.length - i - 1 >= 2) return body.slice(i + 1) + unit[0];
  }
  return s;
}

/** The names a report uses for its own organisation, replaced by the placeholder before shingling. */
export function orgAliases(org: string | null | undefined): string[] {
  const key = orgKey(org);
  if (!key || !org) return [];
  const out = [org.replace(/\s+/g, ''), key];
  const bare = key.replace(/(镇|乡|街道|苏木)$/, '');
  if (bare.length >= 2 && bare !== key) out.push(bare);
  return out;
}

/** True when both organisations are known and are the same township (a resubmission, not copying). */
export function sameOrg(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = orgKey(a);
  const kb = orgKey(b);
  return ka !== null && kb !== null && ka === kb;
}
