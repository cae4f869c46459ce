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

function fold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of String.fromCodePoint(cp).normalize('NFKC')) {
    if (DIGIT.test(ch)) out += '#';
    else if (LETTER_OR_NUMBER.test(ch)) out += ch.toLowerCase();
  }
  foldCache.set(cp, out);
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

export function normalizeParagraph(text: string, aliases: RegExp | null = null): NormalizedParagraph {
  const n = text.length;
  // NFKC can expand a character (㈠ → (一)); start with room for that and grow if ever needed.
  let codes = new Uint16Array(n + 8);
  let starts = new Int32Array(n + 8);
  let ends = new Int32Array(n + 8);
  let m = 0;
  // Alias ranges, in order: [start0, end0, start1, end1, …].
  const ranges: number[] = [];
  if (aliases) {
    aliases.lastIndex = 0;
    for (let x = aliases.exec(text); x; x = aliases.exec(text)) {
      ranges.push(x.index, x.index + x[0].length);
      if (x[0].length === 0) aliases.lastIndex++;
    }
  }
  const push = (code: number, start: number, end: number) => {
    if (code === DIGIT_RUN && m > 0 && codes[m - 1] === DIGIT_RUN) {
      ends[m - 1] = end; // one '#' per run of digits, whatever its length
      return;
    }
    if (m === codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      codes = grow(codes, new Uint16Array(m * 2));
      starts = grow(starts, new Int32Array(m * 2));
      ends = grow(ends, new Int32Array(m * 2));
    }
    codes[m] = code;
    starts[m] = start;
    ends[m] = end;
    m++;
  };
  let r = 0;
  let i = 0;
  while (i < n) {
    if (r < ranges.length && i === ranges[r]) {
      push(PLACEHOLDER_CODE, i, ranges[r + 1]);
      i = ranges[r + 1];
      r += 2;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      push(c, i, i + 1);
      i++;
      continue;
    }
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) push(DIGIT_RUN, i, i + 1);
      else if (c >= 0x61 && c <= 0x7a) push(c, i, i + 1);
      else if (c >= 0x41 && c <= 0x5a) push(c + 32, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = fold(cp);
    for (let j = 0; j < folded.length; j++) push(folded.charCodeAt(j), i, i + width);
    i += width;
  }
  return { text: codesToString(codes, m), starts: starts.slice(0, m), ends: ends.slice(0, m) };
}

const utf16 = new TextDecoder('utf-16le');

// fromCharCode is quicker for the many short paragraphs; the decoder avoids argument limits.
function codesToString(codes: Uint16Array, m: number): string {
  if (m <= 2048) return String.fromCharCode.apply(null, codes.subarray(0, m) as unknown as number[]);
  return utf16.decode(codes.subarray(0, m));
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
