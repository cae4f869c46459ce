// Finds the titles a report cites in 《》 (with titles nested in 〈〉 or a second 《》) and resolves
// each against the law knowledge base. Shared by the four citation rules; computed once per report.
import { type LawIndex, lawIndex, type Resolution } from '../../lawbase/index.ts';
import type { ParsedReport } from '../../types.ts';

export interface Citation {
  paragraph: number;
  /** Offset of the opening 《 (or 〈) in the paragraph's normalised text. */
  offset: number;
  /** The title between the marks, as written. */
  title: string;
  /** The title with its marks, for excerpts: "《…》". */
  quoted: string;
  /** True for a title nested inside another cited title. */
  nested: boolean;
  /** The sentence the citation stands in. */
  sentence: string;
  /** The character before the opening mark ("原《信访条例》"). */
  before: string;
  resolution: Resolution;
}

const OPENERS: Record<string, string> = { '《': '》', '〈': '〉' };
const CLOSERS = new Set(['》', '〉']);
/** A title never runs across the end of a sentence. */
const SENTENCE_END = /[。！？；\n]/;
const MAX_TITLE = 120;

interface Span {
  start: number;
  end: number; // index of the closing mark
  depth: number;
}

/** The spans of 《…》 titles in `text`, outer and nested; unclosed or overlong ones are skipped. */
export function titleSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ start: number; close: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SENTENCE_END.test(ch)) {
      stack.length = 0;
      continue;
    }
    if (ch === '《' || (ch === '〈' && stack.length > 0)) {
      stack.push({ start: i, close: OPENERS[ch] });
      continue;
    }
    if (CLOSERS.has(ch) && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open.start - 1 > MAX_TITLE || i === open.start + 1) continue;
      spans.push({ start: open.start, end: i, depth: stack.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

function isResolved(r: Resolution): boolean {
  return r.status === 'exact' || r.status === 'nonstandard' || r.status === 'tampered';
}

const cache = new WeakMap<ParsedReport, Citation[]>();

/** Every cited title of the report in reading order, resolved against the knowledge base. */
export function citationsOf(report: ParsedReport, customIndex?: LawIndex): Citation[] {
  const cached = customIndex ? undefined : cache.get(report);
  if (cached) return cached;
  const index = customIndex ?? lawIndex();
  const out: Citation[] = [];
  for (const p of report.paragraphs) {
    const spans = titleSpans(p.text);
    const outerResolved: Span[] = [];
    for (const span of spans) {
      const title = p.text.slice(span.start + 1, span.end);
      const nested = span.depth > 0;
      // A title nested in a title that was itself recognised is part of that title.
      if (nested && outerResolved.some((o) => o.start < span.start && span.end < o.end)) continue;
      const resolution = index.resolve(title, { year: report.year });
      if (!nested && isResolved(resolution)) outerResolved.push(span);
      out.push({
        paragraph: p.index,
        offset: span.start,
        title,
        quoted: p.text.slice(span.start, span.end + 1),
        nested,
        sentence: sentenceAround(p.text, span.start, span.end),
        before: span.start > 0 ? p.text[span.start - 1] : '',
        resolution,
      });
    }
  }
  if (!customIndex) cache.set(report, out);
  return out;
}
