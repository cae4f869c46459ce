// Chinese numerals as they appear in headings, enumerators and dates: 一 … 九十九, 两, 〇/零,
// digit-by-digit years (二〇二四), and circled numbers ① … ⑳.

import { parseChineseNumeral } from '../../shared/numerals.ts';

export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** Parses 一 … 九百九十九 ("十一", "二十", "一百零五"); digit runs ("二〇二四") digit by digit. */
export function parseChineseNumber(s: string): number | null {
  if (!s || !/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  return parseChineseNumeral(s);
}

/** Parses a year written in Arabic digits or Chinese digits (二〇二四, 二零二四). */
export function parseYear(s: string): number | null {
  const t = s.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^[〇零一二三四五六七八九]{4}$/.test(t)) return parseChineseNumeral(t);
  return null;
}

/** Parses an ordinal written in Arabic or Chinese numerals. */
export function parseOrdinal(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseNumber(s);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function parseCircled(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

export const CIRCLED_CHARS = CIRCLED;
