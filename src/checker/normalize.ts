// Normalising: from the decoded text of a file to the paragraphs rules read. Portal chrome,
// page numbers and markup residue are removed, catalogue metadata is kept as meta, lines broken
// inside a sentence are rejoined — and every change is recorded, and every character of every
// paragraph keeps its offset in the original text so findings point back into it.
import { classifyChrome, PAGE_ARTIFACT, parseMetaLine, parseMetaRow } from './normalize/chrome.ts';
import { LineIndex, type SourceLine, splitLines } from './normalize/line-index.ts';
import { findMarkup, findMasked } from './normalize/markup.ts';
import { MASKED_MARKER, matchMarker } from './structure/markers.ts';
import type { NormalizeChange, Paragraph, Position, SourceDoc } from './types.ts';

export type NormalizedParagraph = Omit<Paragraph, 'heading' | 'keys'> & {
  /** Offset in the original text of each character of `text`. */
  offsets: Int32Array;
};

export interface NormalizeResult {
  paragraphs: NormalizedParagraph[];
  changes: NormalizeChange[];
  /** Catalogue metadata found in the text (merged over the source's own meta by the parser). */
  meta: Record<string, string>;
  index: LineIndex;
}

/** A cleaned line: its characters and the original offset of each. */
interface Piece {
  chars: string[];
  offs: number[];
  /** Original line number (1-based). */
  line: number;
}

const text = (p: Piece) => p.chars.join('');
const WS = /[\s\u3000\u00a0\ufeff]/;

export function normalize(source: SourceDoc): NormalizeResult {
  const lines = splitLines(source.text);
  const index = new LineIndex(lines);
  const changes: NormalizeChange[] = [];
  const meta: Record<string, string> = {};
  const markupIsFormat = source.format === 'md';
  const pdf = source.format === 'pdf';
  const record = (kind: NormalizeChange['kind'], offset: number, excerpt: string, detail?: string) => {
    const c: NormalizeChange = { kind, at: index.position(offset), excerpt };
    if (detail) c.detail = detail;
    changes.push(c);
  };

  // 1. clean each line; null marks a blank (or dropped) line
  const pieces: Array<Piece | null> = lines.map((l, i) =>
    cleanLine(l, i + 1, { markupIsFormat, pdf }, record, meta),
  );

  dropSplitPickers(pieces, record);

  // 2. group lines into paragraphs, rejoining sentences broken across lines
  const paragraphs: NormalizedParagraph[] = [];
  let current: Piece | null = null;
  let blankSince = false;
  // headings the format marks (DOCX styles, Markdown #) are never joined to anything
  const hard = new Set(Object.keys(source.headingLevels ?? {}).map(Number));
  const flush = () => {
    if (current) paragraphs.push(makeParagraph(paragraphs.length, current, index));
    current = null;
  };
  for (const piece of pieces) {
    if (!piece) {
      if (current) blankSince = true;
      continue;
    }
    if (
      current &&
      !hard.has(current.line) &&
      !hard.has(piece.line) &&
      shouldJoin(text(current), text(piece), blankSince)
    ) {
      const before = text(current);
      const after = text(piece);
      const joinAt = current.offs[current.offs.length - 1];
      // Latin words broken across lines get their space back (mapped to the next line's start)
      if (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z]/.test(after)) {
        current.chars.push(' ');
        current.offs.push(piece.offs[0]);
      }
      current.chars.push(...piece.chars);
      current.offs.push(...piece.offs);
      record('broken-line', joinAt, before.slice(-10) + after.slice(0, 10));
    } else {
      flush();
      current = piece;
    }
    blankSince = false;
  }
  flush();
  changes.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  return { paragraphs, changes, meta, index };
}

/**
 * A font-size picker whose buttons landed on lines of their own ("大" / "中" / "小"), and list marks
 * left alone on a line ("-", "•") when a portal's list items were emptied: chrome.
 */
function dropSplitPickers(pieces: Array<Piece | null>, record: Recorder): void {
  const sizeAt = (i: number) => {
    const p = pieces[i];
    return p !== null && p !== undefined && /^[大中小]$/.test(text(p));
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p) continue;
    if (/^[-–—•·●*+]$/.test(text(p))) {
      record('web-chrome', p.offs[0], text(p));
      pieces[i] = null;
      continue;
    }
    if (!sizeAt(i)) continue;
    let j = i;
    while (j < pieces.length && sizeAt(j)) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) {
        const q = pieces[k] as Piece;
        record('web-chrome', q.offs[0], text(q));
        pieces[k] = null;
      }
    }
    i = j - 1;
  }
}

function makeParagraph(i: number, piece: Piece, index: LineIndex): NormalizedParagraph {
  const offsets = Int32Array.from(piece.offs);
  const pos = (offset: number): Position => {
    if (offsets.length === 0) return { line: piece.line, column: 1 };
    if (offset <= 0) return index.position(offsets[0]);
    if (offset < offsets.length) return index.position(offsets[offset]);
    return index.position(offsets[offsets.length - 1] + 1);
  };
  const first = pos(0);
  return { index: i, text: text(piece), line: first.line, column: first.column, pos, offsets };
}

type Recorder = (kind: NormalizeChange['kind'], offset: number, excerpt: string, detail?: string) => void;

// PDF text extraction puts spaces between a run of CJK and a run of digits ("黄桑乡 2025 年度").
const PDF_GAP = /(?<=[\u4e00-\u9fff])[ \u3000]+(?=[0-9０-９])|(?<=[0-9０-９])[ \u3000]+(?=[\u4e00-\u9fff])/g;

function cleanLine(
  line: SourceLine,
  lineNo: number,
  opts: { markupIsFormat: boolean; pdf: boolean },
  record: Recorder,
  meta: Record<string, string>,
): Piece | null {
  let piece: Piece = { chars: line.text.split(''), offs: [], line: lineNo };
  piece.offs = piece.chars.map((_, i) => line.start + i);

  // masked values ("****年", "*.加强组织领导") are kept as written and reported once per document
  for (const m of findMasked(line.text)) record('masked-value', line.start + m.start, m.token);
  // markup residue: tags, entities, **emphasis**, "# " headings — reported only when the line
  // stays (a breadcrumb written with "&gt;" is chrome, not residue)
  const edits = findMarkup(line.text);
  const residue: Array<() => void> = [];
  if (edits.length) {
    if (!opts.markupIsFormat) {
      for (const e of edits) {
        const excerpt = line.text.slice(Math.max(0, e.start - 4), Math.min(line.text.length, e.end + 10));
        residue.push(() =>
          record('markup-residue', line.start + e.start, excerpt.trim() || e.token, e.token),
        );
      }
    }
    piece = applyEdits(piece, edits);
  }
  if (opts.pdf) {
    const gaps = [...text(piece).matchAll(PDF_GAP)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      replace: '',
    }));
    if (gaps.length) piece = applyEdits(piece, gaps);
  }
  piece = trim(piece);
  const t = text(piece);
  if (!t) return null;

  const row = parseMetaRow(t);
  if (row) {
    for (const [k, v] of Object.entries(row)) if (v && !(k in meta)) meta[k] = v;
    record('web-chrome', piece.offs[0], t, 'meta');
    return null;
  }

  if (PAGE_ARTIFACT.test(t)) {
    record('page-artifact', piece.offs[0], t);
    return null;
  }
  const chrome = classifyChrome(t);
  if (chrome?.kind === 'line') {
    record('web-chrome', piece.offs[0], t);
    return null;
  }
  if (chrome?.kind === 'inline') {
    // classifyChrome saw the trimmed text; piece is trimmed too, so the spans line up
    for (const [s, e] of chrome.spans) record('web-chrome', piece.offs[s], t.slice(s, e));
    piece = applyEdits(
      piece,
      chrome.spans.map(([start, end]) => ({ start, end, replace: '', token: '' })),
    );
    piece = trim(piece);
    if (!text(piece)) return null;
  }
  const rest = text(piece);
  const pairs = parseMetaLine(rest);
  if (pairs) {
    for (const [k, v] of Object.entries(pairs)) if (v && !(k in meta)) meta[k] = v;
    record('web-chrome', piece.offs[0], rest, 'meta');
    return null;
  }
  for (const r of residue) r();
  return piece;
}

function applyEdits(piece: Piece, edits: Array<{ start: number; end: number; replace: string }>): Piece {
  const chars: string[] = [];
  const offs: number[] = [];
  let at = 0;
  for (const e of edits) {
    for (let i = at; i < e.start; i++) {
      chars.push(piece.chars[i]);
      offs.push(piece.offs[i]);
    }
    for (const ch of e.replace.split('')) {
      chars.push(ch);
      offs.push(piece.offs[e.start]);
    }
    at = e.end;
  }
  for (let i = at; i < piece.chars.length; i++) {
    chars.push(piece.chars[i]);
    offs.push(piece.offs[i]);
  }
  return { chars, offs, line: piece.line };
}

function trim(piece: Piece): Piece {
  let s = 0;
  let e = piece.chars.length;
  while (s < e && WS.test(piece.chars[s])) s++;
  while (e > s && WS.test(piece.chars[e - 1])) e--;
  if (s === 0 && e === piece.chars.length) return piece;
  return { chars: piece.chars.slice(s, e), offs: piece.offs.slice(s, e), line: piece.line };
}

// ---- when does a line continue the sentence of the line before? ----

/** Punctuation that ends a line without anything following on the next line. */
const TERMINAL = /[。！？；：!?;:…]$|[。！？；!?;][”’」』）)]$/;
/** Characters after which a sentence cannot end. */
const OPEN_END = /[，、,“‘《（(〔【—-]$/;
const ORG_END = /(?:人民政府|人民代表大会|委员会|办事处|党委|党工委|政府|司法所|局|办公室|中心)$/;
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?(?:印发|印)?$/;
const FRONT_LINE =
  /^(?:抄送|抄报|主送|附件|签发人|联系人|特此报告|此页无正文|（此件|\(此件)|〔\d{4}〕\d+号|签发人[:：]/;
const LAYOUT = /\S[ \t\u3000]{3,}\S/;
const ENUMERATOR_START = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后[，,])/;

/** A line that is a heading: a numbering marker with nothing sentence-like after it. */
function isPureHeading(t: string): boolean {
  if (!matchMarker(t) && !MASKED_MARKER.test(t)) return false;
  return !/[。！？；!?;]/.test(t.slice(0, -1));
}

function punctuated(t: string): boolean {
  return /[，、,。；;：:“”《》（）()]/.test(t);
}

export function shouldJoin(a: string, b: string, blankBetween: boolean): boolean {
  if (TERMINAL.test(a)) return false;
  if (isPureHeading(a) || matchMarker(b) || MASKED_MARKER.test(b) || ENUMERATOR_START.test(b)) return false;
  if (LAYOUT.test(a) || LAYOUT.test(b)) return false;
  if (DATE_LINE.test(a) || DATE_LINE.test(b) || FRONT_LINE.test(a) || FRONT_LINE.test(b)) return false;
  const openEnd = OPEN_END.test(a);
  // short unpunctuated lines are titles, names and headings, not broken prose
  if (!openEnd && (a.length < 24 || ORG_END.test(a)) && !punctuated(a)) return false;
  if (!openEnd && b.length < 15 && !punctuated(b)) return false;
  if (ORG_END.test(b) && !punctuated(b)) return false;
  if (/报告$/.test(a) && !punctuated(a)) return false;
  if (blankBetween && (a.length < 20 || b.length < 6)) return false;
  return true;
}
