// Where a checker finding falls in the draft. The checker reads `draftText(draft)`, one paragraph a
// line, and gives a 1-based line and column with an excerpt; the editor shows findings on the
// draft's own paragraphs, so each line is traced back to the part of the draft it was written from.

import type { Finding } from '../../checker/index.ts';
import { formatChineseNumeral } from '../../shared/numerals.ts';
import type { Draft, DraftSectionKey } from './draft.ts';

export type WherePart = DraftSectionKey | 'title' | 'recipient' | 'opening' | 'signoff';

export interface Where {
  /** A section key, or a part outside the sections (title, 主送, opening, sign-off). */
  section: WherePart;
  /**
   * Index of the paragraph in its section; -1 is the section's own heading ("一、主要举措和成效",
   * offsets in that text with its numeral).
   * For the sign-off, 0 is the issuing authority and 1 the date; other parts have only 0.
   */
  paragraph: number;
  /** The finding's span in that paragraph's text: [start, end). */
  start: number;
  end: number;
}

interface Line {
  section: WherePart;
  paragraph: number;
  text: string;
}

/** The lines of `draftText(draft)` with the part each comes from (same order, same empty-line rule). */
export function draftLines(draft: Draft): Line[] {
  const lines: Line[] = [
    { section: 'title', paragraph: 0, text: draft.title },
    { section: 'recipient', paragraph: 0, text: draft.recipient },
    { section: 'opening', paragraph: 0, text: draft.opening },
  ];
  draft.sections.forEach((s, i) => {
    lines.push({ section: s.key, paragraph: -1, text: `${formatChineseNumeral(i + 1)}、${s.heading}` });
    s.paragraphs.forEach((p, j) => {
      lines.push({ section: s.key, paragraph: j, text: p.text });
    });
  });
  lines.push(
    { section: 'signoff', paragraph: 0, text: draft.signoff.org },
    { section: 'signoff', paragraph: 1, text: draft.signoff.date },
  );
  return lines.filter((l) => Boolean(l.text));
}

/**
 * The span a finding covers in its line: its excerpt where it stands at (or around) the column —
 * an excerpt may be the defect itself or a little context — else the one character at the column.
 */
export function spanIn(line: string, f: Pick<Finding, 'column' | 'excerpt'>): { start: number; end: number } {
  const start = Math.min(Math.max(0, f.column - 1), line.length);
  const excerpt = f.excerpt.replace(/…$/, '');
  if (excerpt) {
    for (let at = line.indexOf(excerpt); at >= 0 && at <= start; at = line.indexOf(excerpt, at + 1)) {
      if (start < at + excerpt.length || at === start) return { start: at, end: at + excerpt.length };
    }
  }
  return { start, end: Math.min(line.length, start + 1) };
}

/** Locates every finding of `checkText(draftText(draft))` in the draft's paragraphs. */
export function locateFindings<F extends Pick<Finding, 'line' | 'column' | 'excerpt'>>(
  draft: Draft,
  findings: readonly F[],
): Array<F & { where: Where }> {
  const lines = draftLines(draft);
  return findings.map((f) => {
    const { section, paragraph, text } = lines[Math.min(Math.max(f.line, 1), lines.length) - 1];
    return { ...f, where: { section, paragraph, ...spanIn(text, f) } };
  });
}
