// Where each finding sits in the original text, and the text of a line cut into segments so that
// every segment is covered by the same set of findings. Pure functions, tested on their own.
import type { Finding, Severity } from '../../../shared/api/checks.ts';

export interface Span {
  line: number;
  start: number;
  /** Exclusive; equal to start for a mark at the end of the line (a break after it). */
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** Indexes into the findings list. */
  findings: number[];
  severity: Severity | null;
  /** A zero-width mark at the end of the line. */
  endMark?: boolean;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function worst(severities: Iterable<Severity>): Severity | null {
  let out: Severity | null = null;
  for (const s of severities) if (out === null || RANK[s] > RANK[out]) out = s;
  return out;
}

/** The run of characters starting at `at` that one defect most likely covers. */
function tokenAt(line: string, at: number): number {
  const ch = line[at];
  if (ch === undefined) return 0;
  let end = at + 1;
  if (/[A-Za-z0-9]/.test(ch)) while (end < line.length && /[A-Za-z0-9.'-]/.test(line[end])) end++;
  else while (end < line.length && line[end] === ch) end++;
  return end - at;
}

/**
 * The span of one finding in its line. Findings give a 1-based line and column and an excerpt that
 * is either the defect itself or a little context around it, taken from the normalised text (so it
 * may not appear verbatim in the original line).
 */
export function findingSpan(lines: readonly string[], f: Finding): Span {
  const lineNo = Math.min(Math.max(f.line, 1), Math.max(lines.length, 1));
  const line = lines[lineNo - 1] ?? '';
  const at = Math.max(0, f.column - 1);
  if (at >= line.length) return { line: lineNo, start: line.length, end: line.length };
  const excerpt = f.excerpt.replace(/…$/, '');
  if (excerpt && line.startsWith(excerpt, at)) return { line: lineNo, start: at, end: at + excerpt.length };
  // Values a rule names in its data (the quoted title, the outdated term, the stray word …).
  let best = 0;
  for (const v of Object.values(f.data ?? {})) {
    if (typeof v !== 'string' || !v) continue;
    for (const cand of [v, `《${v}》`])
      if (cand.length > best && line.startsWith(cand, at)) best = cand.length;
  }
  if (best) return { line: lineNo, start: at, end: at + best };
  return { line: lineNo, start: at, end: at + Math.max(1, tokenAt(line, at)) };
}

/** Cuts one line into segments by the spans that fall on it. */
export function lineSegments(
  line: string,
  spans: readonly { span: Span; index: number; severity: Severity }[],
): Segment[] {
  if (spans.length === 0) return [{ text: line, start: 0, findings: [], severity: null }];
  const cuts = new Set<number>([0, line.length]);
  for (const { span } of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= line.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const covering = spans.filter((x) => x.span.start <= s && x.span.end >= e && x.span.end > x.span.start);
    out.push({
      text: line.slice(s, e),
      start: s,
      findings: covering.map((x) => x.index),
      severity: worst(covering.map((x) => x.severity)),
    });
  }
  const atEnd = spans.filter((x) => x.span.start === x.span.end);
  if (atEnd.length) {
    out.push({
      text: '',
      start: line.length,
      findings: atEnd.map((x) => x.index),
      severity: worst(atEnd.map((x) => x.severity)),
      endMark: true,
    });
  }
  return out.length ? out : [{ text: line, start: 0, findings: [], severity: null }];
}

/** Splits text into lines the way the checker counts them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
