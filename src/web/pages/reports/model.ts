// The editor's model of a report version: its sections with paragraphs that keep their findings and
// bound figures while the user edits, adds and removes paragraphs, and the text of one paragraph cut
// into runs (a bound figure or plain text) and segments (covered by the same findings). Pure
// functions, tested on their own.

import type { Binding, ParagraphKind, ReportView, SectionKey } from '../../../shared/api/annual-reports.ts';
import type { Severity } from '../../../shared/api/checks.ts';
import { worst } from '../checks/highlight.ts';

export const GAP_MARK = '【待补充】';

export interface EditParagraph {
  /** Stable while the list changes (React key, scroll target). */
  key: string;
  kind: ParagraphKind;
  text: string;
  area?: string;
  bindings: Binding[];
  /** Indexes into the view's findings (the saved version's). */
  findings: number[];
  edited: boolean;
}

export interface EditSection {
  key: SectionKey;
  heading: string;
  headingFindings: number[];
  paragraphs: EditParagraph[];
}

export type FixedPart = 'title' | 'recipient' | 'opening' | 'signoff';

/** 发文信息 as edited: 发文字号 (版头), 抄送机关 and 印发机关 (版记); empty is not set. */
export interface DocInfo {
  number: string;
  cc: string[];
  printer: string;
}

export interface EditModel {
  sections: EditSection[];
  docInfo: DocInfo;
  /** Findings on the parts outside the sections. */
  parts: Record<FixedPart, number[]>;
  dirty: boolean;
}

let counter = 0;
const nextKey = () => `p${++counter}`;

/** The model of a saved version, each finding attached to the paragraph it stands in. */
export function editModel(view: Pick<ReportView, 'draft' | 'findings'>): EditModel {
  const parts: Record<FixedPart, number[]> = { title: [], recipient: [], opening: [], signoff: [] };
  const sections: EditSection[] = view.draft.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    headingFindings: [],
    paragraphs: s.paragraphs.map((p) => ({
      key: nextKey(),
      kind: p.kind,
      text: p.text,
      ...(p.area ? { area: p.area } : {}),
      bindings: p.bindings,
      findings: [],
      edited: false,
    })),
  }));
  view.findings.forEach((f, i) => {
    const { section, paragraph } = f.where;
    if (section in parts) {
      parts[section as FixedPart].push(i);
      return;
    }
    const s = sections.find((x) => x.key === section);
    if (!s) return;
    const p = s.paragraphs[paragraph];
    if (p) p.findings.push(i);
    else s.headingFindings.push(i);
  });
  const { header, record } = view.draft;
  const docInfo = { number: header?.number ?? '', cc: record?.cc ?? [], printer: record?.printer ?? '' };
  return { sections, docInfo, parts, dirty: false };
}

export function setDocInfo(m: EditModel, patch: Partial<DocInfo>): EditModel {
  return { ...m, docInfo: { ...m.docInfo, ...patch }, dirty: true };
}

/**
 * A paragraph with new text: a bound figure stays bound while its statement is still in the text
 * (as the server re-binds on save); a gap paragraph whose mark was replaced becomes body text.
 */
export function withText(p: EditParagraph, text: string): EditParagraph {
  const bindings: Binding[] = [];
  for (const b of p.bindings) {
    const stated = p.text.slice(b.start, b.end);
    const at = stated ? text.indexOf(stated) : -1;
    if (at >= 0) bindings.push({ ...b, start: at, end: at + stated.length });
  }
  const kind = p.kind === 'gap' && !text.includes(GAP_MARK) ? 'body' : p.kind;
  return { ...p, text, kind, bindings, edited: true };
}

function mapSection(m: EditModel, key: SectionKey, f: (ps: EditParagraph[]) => EditParagraph[]): EditModel {
  return {
    ...m,
    dirty: true,
    sections: m.sections.map((s) => (s.key === key ? { ...s, paragraphs: f(s.paragraphs) } : s)),
  };
}

export function setText(m: EditModel, section: SectionKey, pKey: string, text: string): EditModel {
  return mapSection(m, section, (ps) => ps.map((p) => (p.key === pKey ? withText(p, text) : p)));
}

/** Adds an empty body paragraph after `afterKey` (null: at the section's end); returns its key too. */
export function addParagraph(
  m: EditModel,
  section: SectionKey,
  afterKey: string | null,
): { model: EditModel; key: string } {
  const key = nextKey();
  const fresh: EditParagraph = { key, kind: 'body', text: '', bindings: [], findings: [], edited: true };
  const model = mapSection(m, section, (ps) => {
    const at = afterKey === null ? ps.length : ps.findIndex((p) => p.key === afterKey) + 1;
    const area = ps[at - 1]?.area;
    return [...ps.slice(0, at), area ? { ...fresh, area } : fresh, ...ps.slice(at)];
  });
  return { model, key };
}

export function removeParagraph(m: EditModel, section: SectionKey, pKey: string): EditModel {
  return mapSection(m, section, (ps) => ps.filter((p) => p.key !== pKey));
}

/** The body of PUT …/draft. Empty paragraphs are left out; empty 发文信息 removes it. */
export function draftBody(m: EditModel) {
  const cc = m.docInfo.cc.map((c) => c.trim()).filter(Boolean);
  return {
    header: { number: m.docInfo.number.trim() },
    record: { cc, printer: m.docInfo.printer.trim() },
    sections: m.sections.map((s) => ({
      key: s.key,
      heading: s.heading,
      paragraphs: s.paragraphs
        .filter((p) => p.text.trim() !== '')
        .map((p) => ({ kind: p.kind, text: p.text, ...(p.area ? { area: p.area } : {}) })),
    })),
  };
}

export interface Mark {
  start: number;
  end: number;
  index: number;
  severity: Severity;
}

export interface Segment {
  text: string;
  start: number;
  findings: number[];
  severity: Severity | null;
}

export interface Run {
  start: number;
  end: number;
  /** Index into the paragraph's bindings, or null for plain text. */
  binding: number | null;
  segments: Segment[];
}

/** Cuts [from, to) of the text by the marks that fall in it. */
function segmentsOf(text: string, from: number, to: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    out.push({
      text: text.slice(s, e),
      start: s,
      findings: covering.map((m) => m.index),
      severity: worst(covering.map((m) => m.severity)),
    });
  }
  return out;
}

/** A paragraph's text as runs of bound figures and plain text, each cut by the finding marks. */
export function paragraphRuns(text: string, bindings: readonly Binding[], marks: readonly Mark[]): Run[] {
  const valid = bindings
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.start >= 0 && b.end <= text.length && b.start < b.end)
    .sort((x, y) => x.b.start - y.b.start);
  const runs: Run[] = [];
  let at = 0;
  const push = (start: number, end: number, binding: number | null) => {
    if (end > start) runs.push({ start, end, binding, segments: segmentsOf(text, start, end, marks) });
  };
  for (const { b, i } of valid) {
    if (b.start < at) continue; // overlapping bindings: the first one wins
    push(at, b.start, null);
    push(b.start, b.end, i);
    at = b.end;
  }
  push(at, text.length, null);
  return runs;
}
