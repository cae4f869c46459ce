// From a SourceDoc to the ParsedReport every rule reads: normalised paragraphs, the heading tree
// with its numbering, in-paragraph enumerators, the front matter, the 落款 and the required parts.
import { type NormalizedParagraph, normalize } from '../normalize.ts';
import type {
  Enumerator,
  Heading,
  Paragraph,
  ParsedReport,
  SectionKey,
  SectionRef,
  SourceDoc,
  SourceFormat,
} from '../types.ts';
import {
  findRecipient,
  findSignoff,
  findTitle,
  isOrgLine,
  ORG_SUFFIX,
  orgsIn,
  type Para,
  yearOfIntro,
  yearOfTitle,
} from './front-matter.ts';
import { findEnumerators, matchMarker } from './markers.ts';
import { classifyHeading, classifyNestedHeading, isOtherPart, looksLikeSectionLine } from './sections.ts';

const TERMINAL_INSIDE = /[。！？；!?;]/;

/** Parses a decoded document into the report structure. */
export function parseReport(source: SourceDoc): ParsedReport {
  const norm = normalize(source);
  const meta = { ...norm.meta, ...source.meta };
  const paras: Para[] = norm.paragraphs.map((p) => ({ index: p.index, text: p.text, line: p.line }));

  // headings first: the title and 主送 live above the first one, the 落款 below the last paragraph
  const rawHeadings = norm.paragraphs.map((p) => detectHeading(p, source));
  const firstHeading = rawHeadings.findIndex((h) => h !== null);
  const front = paras.slice(0, firstHeading < 0 ? Math.min(paras.length, 12) : firstHeading);

  const titleFound = findTitle(front);
  let title = titleFound?.title ?? null;
  let titleAt = titleFound ? norm.paragraphs[titleFound.paragraph].pos(0) : null;
  if (source.title?.trim()) {
    title = source.title.trim();
    const at = norm.paragraphs.find((p) => p.text.includes(title as string) || title?.endsWith(p.text));
    titleAt = at ? at.pos(0) : titleAt;
  } else if (!title && meta['标题']) title = meta['标题'];
  // a title line is not a heading, even when it looks like one
  if (titleFound) rawHeadings[titleFound.paragraph] = null;

  const year = (title ? yearOfTitle(title) : null) ?? yearOfIntro(front);

  const lastBody = lastHeadingIndex(rawHeadings);
  const signoff = findSignoff(paras, lastBody);
  const recipientPara = findRecipient(front.filter((p) => p.index !== titleFound?.paragraph));

  // the tree: levels from the format or the numbering style, keys on the section level
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const topLevel = Math.min(...rawHeadings.map((h) => h?.level ?? 9), 9);
  const stack: Array<{ level: number; keys: SectionKey[] }> = [];
  const sections: SectionRef[] = [];
  for (const p of norm.paragraphs) {
    let h = rawHeadings[p.index];
    if (h && signoff && p.index >= signoff.paragraph) h = null;
    if (h) {
      const isTop = h.level <= topLevel || (h.style === 'none' && looksLikeSectionLine(h.text));
      const textOnly = h.text.slice(h.marker.length).trim();
      h.keys = isTop ? classifyHeading(textOnly, year) : classifyNestedHeading(textOnly);
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      const inherited = stack.length ? stack[stack.length - 1].keys : [];
      const enclosingTop = stack.length ? stack[0].keys : [];
      stack.push({ level: h.level, keys: h.keys.length ? h.keys : inherited });
      const fresh = isTop ? h.keys : h.keys.filter((k) => !enclosingTop.includes(k));
      for (const key of fresh) sections.push({ key, heading: h.text, line: h.line });
      headings.push(h);
    }
    const keys = stack.length ? [...stack[stack.length - 1].keys] : [];
    paragraphs.push({
      index: p.index,
      text: p.text,
      line: p.line,
      column: p.column,
      pos: p.pos,
      heading: h,
      keys,
    });
  }

  inferThematicMeasures(headings, paragraphs, sections, topLevel);

  const enumerators: Enumerator[] = [];
  for (const p of paragraphs) {
    const skip = p.heading ? p.heading.marker.length : 0;
    for (const e of findEnumerators(p.text, skip)) enumerators.push({ paragraph: p.index, ...e });
  }

  const org = pickOrg(title, signoff?.org ?? null, front, meta);
  return {
    source: { ...source, meta },
    text: paragraphs.map((p) => p.text).join('\n'),
    paragraphs,
    headings,
    enumerators,
    title,
    titleAt,
    org,
    year,
    recipient: recipientPara ? recipientPara.text.trim().replace(/[：:]$/, '') : null,
    signoff: signoff ? { org: signoff.org, date: signoff.date, line: signoff.line } : null,
    sections,
    changes: norm.changes,
  };
}

/**
 * Many townships skip the "主要举措和成效" heading and report the year's work straight under
 * thematic top-level headings ("一、强化组织领导，夯实法治基础", "二、创新普法宣传…"). When no
 * heading names the measures, the top-level headings without a key that come before the
 * shortcomings, reasons and plans are the measures part.
 */
function inferThematicMeasures(
  headings: Heading[],
  paragraphs: Paragraph[],
  sections: SectionRef[],
  topLevel: number,
): void {
  if (sections.some((s) => s.key === 'measures')) return;
  const laterParts = sections.filter((s) => s.key !== 'leaders').map((s) => s.line);
  const limit = laterParts.length ? Math.min(...laterParts) : Number.POSITIVE_INFINITY;
  const thematic = headings.filter(
    (h) =>
      h.level <= topLevel &&
      h.style !== 'none' &&
      h.keys.length === 0 &&
      h.line < limit &&
      !isOtherPart(h.text.slice(h.marker.length)),
  );
  if (thematic.length === 0) return;
  const first = thematic[0];
  const at = sections.findIndex((s) => s.line > first.line);
  sections.splice(at < 0 ? sections.length : at, 0, {
    key: 'measures',
    heading: first.text,
    line: first.line,
  });
  // the paragraphs under those headings (down to the next top-level heading) belong to the part
  let inside = false;
  for (const p of paragraphs) {
    if (p.heading && p.heading.level <= topLevel) inside = thematic.includes(p.heading);
    if (inside && p.keys.length === 0) p.keys.push('measures');
  }
  for (const h of thematic) h.keys = ['measures'];
}

/** Parses plain text (for tests and callers that hold a string). */
export function parseText(text: string, opts: { file?: string; format?: SourceFormat } = {}): ParsedReport {
  return parseReport({ file: opts.file ?? '<text>', format: opts.format ?? 'txt', text, meta: {} });
}

function detectHeading(p: NormalizedParagraph, source: SourceDoc): Heading | null {
  const t = p.text;
  const formatLevel = source.headingLevels?.[p.line];
  const m = matchMarker(t);
  const base = { paragraph: p.index, line: p.line, column: p.column, keys: [] as SectionKey[] };
  if (m && m.length < t.length) {
    // a pure heading, or an item whose lead sentence is its heading: "（一）加强执法监督。加强…"
    const rest = t.slice(m.length);
    const cut = rest.search(TERMINAL_INSIDE);
    const lead =
      cut >= 0 && cut < rest.length - 1 ? t.slice(0, m.length + cut) : t.replace(/[。！？；!?;]$/, '');
    return {
      ...base,
      text: lead,
      level: formatLevel ?? m.level,
      style: m.style,
      ordinal: m.ordinal,
      marker: t.slice(0, m.length).trim(),
    };
  }
  if (formatLevel || (t.length <= 30 && !TERMINAL_INSIDE.test(t) && looksLikeSectionLine(t))) {
    return { ...base, text: t, level: formatLevel ?? 1, style: 'none', ordinal: null, marker: '' };
  }
  return null;
}

function lastHeadingIndex(hs: Array<Heading | null>): number {
  for (let i = hs.length - 1; i >= 0; i--) if (hs[i]) return i;
  return -1;
}

function pickOrg(
  title: string | null,
  signoffOrg: string | null,
  front: Para[],
  meta: Record<string, string>,
): string | null {
  const fromTitle = title ? orgsIn(title.split(/关于|\d{4}|年度/)[0]) : [];
  const fromSignoff = signoffOrg ? orgsIn(signoffOrg) : [];
  const fromHeader = front.filter((p) => isOrgLine(p.text)).flatMap((p) => orgsIn(p.text));
  const fromMeta = meta['发布机构'] ? orgsIn(meta['发布机构']) : [];
  const all = [...fromTitle, ...fromSignoff, ...fromHeader, ...fromMeta];
  const gov = all.find((o) => /人民政府|办事处|政府$/.test(o));
  if (gov) {
    // the same organ written more fully elsewhere ("宝龙镇人民政府" / "重庆市潼南区宝龙镇人民政府")
    return all.find((o) => o.length > gov.length && o.endsWith(gov)) ?? gov;
  }
  if (all.length) return all[0];
  const shortOrg = title ? /^([\u4e00-\u9fa5]{1,12}?(?:镇|乡|街道))/.exec(title) : null;
  if (shortOrg) return shortOrg[1];
  return meta['发布机构'] && ORG_SUFFIX.test(meta['发布机构']) ? meta['发布机构'] : null;
}
