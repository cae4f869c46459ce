// Small text helpers shared by the checker rules: character classes of Chinese prose, Chinese
// numerals, clause splitting and excerpts.

import { parseChineseNumeral, toHalfWidth } from '../../shared/numerals.ts';

const HAN = /\p{Script=Han}/u;

/** True for a CJK ideograph (not punctuation, not a digit). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

/** Full-width (CJK) punctuation that ends or separates a clause. */
export const CJK_PUNCT = '，。、；：？！…—';
/** Closing marks of CJK prose. */
export const CJK_CLOSE = '”’》〉）】〕」』';
/** Opening marks of CJK prose. */
export const CJK_OPEN = '“‘《〈（【〔「『';

/** Parses an ordinal written in Arabic, full-width Arabic, Chinese or circled digits. */
export function ordinalValue(token: string): number {
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
  const c = circled.indexOf(token);
  if (token.length === 1 && c >= 0) return c + 1;
  const ascii = toHalfWidth(token);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(token) ?? Number.NaN;
}

export interface Span {
  start: number;
  end: number;
}

/** Splits text into sentences at 。！？ and their ASCII forms, and at line breaks. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '\n' || ch === '!' || ch === '?') {
      if (i + 1 > start) spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Splits text into clauses at any clause punctuation (，；。 and so on). */
export function clauseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if ('，。；！？,;!?\n'.includes(text[i])) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** A short quote of `text` around [start, end), trimmed and without line breaks. */
export function excerpt(text: string, start: number, end: number, before = 6, after = 6): string {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  return text
    .slice(from, to)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Share of CJK ideographs among the non-space characters of `text`. */
export function hanRatio(text: string): number {
  let han = 0;
  let all = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    all++;
    if (HAN.test(ch)) han++;
  }
  return all === 0 ? 0 : han / all;
}
