// Numbering markers at the start of a paragraph (一、 （一） 1. （1） ①) and the in-paragraph
// enumerators (一是/二是…, 首先/其次/再次/最后, inline （1） ①).
import type { NumberingStyle } from '../types.ts';
import { CIRCLED_CHARS, parseChineseNumber, parseCircled } from './numerals.ts';

export interface MarkerMatch {
  style: NumberingStyle;
  ordinal: number;
  /** The marker as written, e.g. "（三）". */
  marker: string;
  /** Nominal heading level of the style: 一、 1, （一） 2, 1. 3, （1） 4, ① 5. */
  level: number;
  /** Length of the marker plus the spaces after it. */
  length: number;
}

const CN = '[一二三四五六七八九十百]{1,4}';
const PATTERNS: Array<{ re: RegExp; style: NumberingStyle; level: number }> = [
  // 一、 一． 一. (not 一是, not 一年 …); "第一部分" reads like a top-level heading too
  { re: new RegExp(`^(${CN})[、．.，,]`), style: 'cn-comma', level: 1 },
  { re: new RegExp(`^第(${CN})部分[、：:，,\\s]?`), style: 'cn-comma', level: 1 },
  { re: new RegExp(`^[（(]\\s?(${CN})\\s?[）)][、.．]?`), style: 'cn-paren', level: 2 },
  // 1. 1、 1． — one or two digits, not a decimal ("6.26") or a list of dates
  { re: /^(\d{1,2})(?:[、．]|\.(?!\d))/, style: 'arabic-dot', level: 3 },
  { re: /^[（(]\s?(\d{1,2})\s?[）)][、.．]?/, style: 'arabic-paren', level: 4 },
  { re: new RegExp(`^([${CIRCLED_CHARS}])[、.．]?`), style: 'circled', level: 5 },
];

/**
 * A list number masked by the site a report was copied from, at the start of a paragraph: "*、",
 * "*.", "（*）" (and doubled stars). Group 1 is the mark after the star, group 2 an open bracket.
 */
export const MASKED_MARKER = /^(?:\*{1,2}([、．.])(?!\d)|([（(])\*{1,2}[）)])[\s\u3000]*/;

/** The numbering marker at the start of `text`, if any. */
export function matchMarker(text: string): MarkerMatch | null {
  for (const { re, style, level } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1];
    const ordinal =
      style === 'circled' ? parseCircled(raw) : /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
    if (ordinal === null || ordinal === 0) continue;
    let length = m[0].length;
    while (length < text.length && /[\s\u3000]/.test(text[length])) length++;
    return { style, ordinal, marker: m[0].trim(), level, length };
  }
  return null;
}

export interface EnumeratorMatch {
  offset: number;
  marker: string;
  ordinal: number;
  style: NumberingStyle;
}

/** Characters after which an enumerator starts a new item. */
const BOUNDARY = /[。；;：:，,！!？?\s\u3000*）)”"】]/;
const SEQ: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 第三: 3 };

/**
 * Finds the in-paragraph enumerators of `text`. An enumerator counts when it follows a
 * boundary (start, punctuation, space) — or, for 二是 and later, when the item before it was
 * seen, which is how "…案件二是…" (a missing full stop) is still recognised.
 */
export function findEnumerators(text: string, startOffset = 0): EnumeratorMatch[] {
  const out: EnumeratorMatch[] = [];
  const shi = /([一二三四五六七八九十]{1,3})是/g;
  shi.lastIndex = startOffset;
  let lastShi = 0;
  for (let m = shi.exec(text); m; m = shi.exec(text)) {
    const ordinal = parseChineseNumber(m[1]);
    if (ordinal === null || ordinal === 0) continue;
    // "统一是" / "唯一是": take the shortest numeral that ends at 是
    let raw = m[1];
    let at = m.index;
    const prev = at > 0 ? text[at - 1] : '';
    const atBoundary = at === startOffset || at === 0 || BOUNDARY.test(prev);
    if (!atBoundary) {
      // the numeral might have eaten part of a word ("十一是" → keep whole), try the last char only
      if (raw.length > 1) {
        raw = raw.slice(-1);
        at = m.index + m[1].length - 1;
      }
      const o = parseChineseNumber(raw) ?? 0;
      if (!(o >= 2 && lastShi > 0 && o <= lastShi + 2)) continue;
      out.push({ offset: at, marker: `${raw}是`, ordinal: o, style: 'cn-shi' });
      lastShi = o;
      continue;
    }
    out.push({ offset: at, marker: `${raw}是`, ordinal, style: 'cn-shi' });
    lastShi = ordinal;
  }
  const seq = /首先|其次|再次|最后/g;
  seq.lastIndex = startOffset;
  let lastSeq = 0;
  for (let m = seq.exec(text); m; m = seq.exec(text)) {
    const prev = m.index > 0 ? text[m.index - 1] : '';
    const next = text[m.index + 2] ?? '';
    if (!(m.index === startOffset || m.index === 0 || BOUNDARY.test(prev))) continue;
    // "最后一公里", "其次是" stay prose unless they open an item
    if (m[0] === '最后' && !(lastSeq > 0 && /[，,、：:]/.test(next))) continue;
    const ordinal = m[0] === '最后' ? lastSeq + 1 : (SEQ[m[0]] ?? 0);
    if (m[0] !== '首先' && lastSeq === 0) continue;
    out.push({ offset: m.index, marker: m[0], ordinal, style: 'cn-seq' });
    lastSeq = ordinal;
  }
  // inline numbered items after a sentence boundary: "…如下：（1）…；（2）…", "①…②…"
  const inline = new RegExp(`(?<=[。；;：:])\\s*([（(](\\d{1,2})[）)]|([${CIRCLED_CHARS}]))`, 'g');
  inline.lastIndex = startOffset;
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    const offset = m.index + m[0].length - m[1].length;
    if (m[2]) out.push({ offset, marker: m[1], ordinal: Number(m[2]), style: 'arabic-paren' });
    else out.push({ offset, marker: m[1], ordinal: parseCircled(m[3]) ?? 0, style: 'circled' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
