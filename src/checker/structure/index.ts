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
import { findEnumerators, MASKED_MARKER, matchMarker } from './markers.ts';
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
  if (titleFound) for (let i = titleFound.paragraph; i <= titleFound.last; i++) rawHeadings[i] = null;

  const year = (title ? yearOfTitle(title) : null) ?? yearOfIntro(front);

  const lastBody = lastHeadingIndex(rawHeadings);
  const signoff = findSignoff(paras, lastBody);
  const recipientPara = titleFound?.recipient
    ? { ...paras[titleFound.last], text: titleFound.recipient }
    : findRecipient(
        front.filter((p) => !titleFound || p.index < titleFound.paragraph || p.index > titleFound.last),
      );

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

  // the opening paragraphs: after the title, before the first heading
  const bodyStart = titleFound ? titleFound.last + 1 : 0;
  const opening: Para[] = [];
  for (const p of paras.slice(bodyStart, bodyStart + 3)) {
    if (rawHeadings[p.index]) break;
    opening.push(p);
  }
  const org = fullOrgName(pickOrg(title, signoff?.org ?? null, front, meta, opening));
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
  // a list number masked by the site the report was copied from ("*.加强组织领导", "（*）…"): a
  // heading of its form's level whose ordinal nobody can read, so no numbering rule counts it
  const masked = MASKED_MARKER.exec(t);
  if (masked && masked[0].length < t.length && t.length - masked[0].length <= 40) {
    const level = formatLevel ?? (masked[2] ? 2 : masked[1] === '、' ? 1 : 3);
    const rest = t.slice(masked[0].length);
    const cut = rest.search(TERMINAL_INSIDE);
    const text =
      cut >= 0 && cut < rest.length - 1
        ? t.slice(0, masked[0].length + cut)
        : t.replace(/[。！？；!?;]$/, '');
    return { ...base, text, level, style: 'none', ordinal: null, marker: masked[0].trim() };
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

// A township named at the start of a clause of the opening sentences: "2025年，××街道坚持…",
// "今年以来，××镇党委…", "在…新征程上，××街道办事处坚持…".
const OPENING_ORG =
  /(?:^|[，,。；])\s*(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:度)?(?:以来)?|今年以来|近年来|一年来|本年度)?[，,、\s]*(?:中共)?((?:(?!委员会|党委|政府|年|现将|纳入|思想|法治|建设|工作|推进|开展|组织|学习|贯彻|落实|坚持|依法|[我全本各该将把对])[\u4e00-\u9fa5]){2,12}?(?:街道办事处|街道办|街道|镇|乡|苏木))(?=党委|党工委|人民政府|政府|办事处|坚持|始终|认真|深入|全面|紧紧|紧扣|紧密|围绕|聚焦|扎实|持续|积极|以|在|高度|牢固|全力|按照|立足|法治|依法|各项|上下|[，,])/;

/** A township's short name ("××镇", "××街道") at the head of a title, after "关于" or a year. */
const TITLE_SHORT_ORG =
  /^(?:关于)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?)?((?![我全本各])[\u4e00-\u9fa5]{1,12}?(?:镇|乡|街道|苏木))(?!政府|人民政府)/;

const NOT_A_PLACE = /(?:^|[^\u4e00-\u9fa5])?(?:乡镇|城镇|集镇|村镇|城乡)$|^(?:乡|镇|街道)$/;

/**
 * An organ's short name written out ("××镇政府" → "××镇人民政府", "××街道办" → "××街道办事处"), so
 * one township reads the same whether its title, 落款 or opening sentence names it.
 */
export function fullOrgName(org: string | null): string | null {
  if (!org) return org;
  return org.replace(/([镇乡])政府$/, '$1人民政府').replace(/街道办$/, '街道办事处');
}

function pickOrg(
  title: string | null,
  signoffOrg: string | null,
  front: Para[],
  meta: Record<string, string>,
  opening: Para[],
): string | null {
  const fromTitle = title ? orgsIn(title.split(/关于|\d{4}|年度/)[0]) : [];
  const fromSignoff = signoffOrg ? orgsIn(signoffOrg) : [];
  const fromHeader = front.filter((p) => isOrgLine(p.text)).flatMap((p) => orgsIn(p.text));
  const fromMeta = ['发布机构', '发文机关', '发布单位', '发文单位', '所属机构']
    .filter((k) => meta[k])
    .flatMap((k) => orgsIn(meta[k]));
  const all = [...fromTitle, ...fromSignoff, ...fromHeader, ...fromMeta];
  const gov = all.find((o) => /人民政府|办事处|政府$/.test(o));
  if (gov) {
    // the same organ written more fully elsewhere ("宝龙镇人民政府" / "重庆市潼南区宝龙镇人民政府")
    return all.find((o) => o.length > gov.length && o.endsWith(gov)) ?? gov;
  }
  if (all.length) return all[0];
  const shortOrg = title ? TITLE_SHORT_ORG.exec(title.replace(/\s+/g, '')) : null;
  if (shortOrg && !NOT_A_PLACE.test(shortOrg[1])) return shortOrg[1];
  // a 落款 of the short name only ("××街道"), then the opening sentence of the body
  const signoffShort = signoffOrg
    ?.split(/[\s\u3000]+/)
    .find((part) => /^[\u4e00-\u9fa5]{2,12}(?:镇|乡|街道|苏木)$/.test(part));
  if (signoffShort) return signoffShort;
  for (const p of opening) {
    const head = p.text.trim().slice(0, 200);
    const m = OPENING_ORG.exec(head);
    if (m && !NOT_A_PLACE.test(m[1])) {
      // "××镇人民政府深入贯彻…": the full name when the opening writes it
      const gov = /^(?:人民政府|政府)/.exec(head.slice(m.index + m[0].length));
      return gov && /[镇乡]$/.test(m[1]) ? `${m[1]}人民政府` : m[1];
    }
  }
  return meta['发布机构'] && ORG_SUFFIX.test(meta['发布机构']) ? meta['发布机构'] : null;
}
