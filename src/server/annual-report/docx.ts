// The annual report as a Word document laid out per GB/T 9704-2012 《党政机关公文格式》:
// A4 (5.2.1), top margin 37 mm and left 28 mm with a 156 × 225 mm text block (5.2.2), 22 lines of
// 28 characters (5.2.3, a w:docGrid of type linesAndChars), title 2号 小标宋 centred (7.3.1), body
// 3号 仿宋 (5.2.3), level-1 headings 黑体 and level-2 楷体 (7.3.3), page numbers "— 1 —" in 4号
// 宋体 7 mm below the text block, odd pages right and even pages left, one character in (7.5),
// 成文日期 in Arabic numerals (7.3.5.1); optional 版头 (发文机关标志 in red, 发文字号, 签发人: 7.2) and
// 版记 (抄送, 印发机关和印发日期: 7.4).
//
// Each font is named in w:rFonts eastAsia (the official 公文 font) with ascii/hAnsi set to the same
// face, and the font table lists a fallback (w:altName) installed on most machines: 仿宋_GB2312 →
// 仿宋, 方正小标宋简体 → 华文中宋, 楷体_GB2312 → 楷体. LibreOffice (PDF) uses the fontconfig aliases
// of fonts.conf beside this file instead.

import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Kdb, Tx } from '../db/connect.ts';
import {
  type BorderSpec,
  CHAR,
  type DocxOptions,
  layout,
  type ParaSpec,
  type RunSpec,
} from './docx-layout.ts';
import { buildDraft, type Draft, type DraftOptions } from './draft.ts';
import { BOTTOM_MM, CHAR_SPACE, FONTS, LAYOUT, LINE_PITCH, mmToTwip, RIGHT_MM } from './page.ts';
import { computeRollup, loadRollupOrg } from './rollup.ts';

export { CHAR_SPACE, LINE_PITCH, mmToTwip } from './page.ts';

/** Fallback faces written to the font table (w:altName). */
const ALT_NAMES: Record<string, string> = {
  方正小标宋简体: '华文中宋',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

// --- the reference writing: docx objects ---

const ALIGNMENT = {
  center: AlignmentType.CENTER,
  both: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

function docxBorder(b: BorderSpec) {
  return { style: BorderStyle.SINGLE, size: b.size, color: b.color, space: b.space };
}

function docxParagraph(p: ParaSpec): Paragraph {
  return new Paragraph({
    ...(p.style ? { style: p.style } : {}),
    spacing: {
      line: p.spacing.line,
      lineRule: p.spacing.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AT_LEAST,
      before: 0,
      after: 0,
    },
    ...(p.indent ? { indent: p.indent } : {}),
    ...(p.alignment ? { alignment: ALIGNMENT[p.alignment] } : {}),
    ...(p.rightTab !== undefined ? { tabStops: [{ type: 'right' as const, position: p.rightTab }] } : {}),
    ...(p.border
      ? {
          border: {
            ...(p.border.top ? { top: docxBorder(p.border.top) } : {}),
            bottom: docxBorder(p.border.bottom),
          },
        }
      : {}),
    children: p.runs.map((r) =>
      r === 'tab'
        ? new TextRun({ text: '\t' })
        : new TextRun({
            text: r.text,
            font: font(r.face),
            size: r.pt * 2,
            ...(r.color ? { color: r.color } : {}),
            ...(r.characterSpacing !== undefined ? { characterSpacing: r.characterSpacing } : {}),
          }),
    ),
  });
}

function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 7.5: single pages right, double pages left, each one character in
        indent: side === 'right' ? { right: CHAR } : { left: CHAR },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: LAYOUT.pageNumberPt * 2,
          }),
        ],
      }),
    ],
  });
}

const STYLE_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** The styles of the report (document defaults, title and two heading levels). */
function reportStyles() {
  const headingStyle = (id: string, name: string, face: string, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: font(face), size: LAYOUT.bodyPt * 2, bold: false, color: '000000' },
    // A heading is never the last line of a page: it stays with the paragraph it introduces.
    paragraph: { outlineLevel: level, spacing: STYLE_LINE, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: font(FONTS.body), size: LAYOUT.bodyPt * 2 },
        paragraph: { spacing: STYLE_LINE },
      },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.title), size: LAYOUT.titlePt * 2, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      headingStyle('Heading1', 'heading 1', FONTS.heading1, 0),
      headingStyle('Heading2', 'heading 2', FONTS.heading2, 1),
    ],
  };
}

/**
 * A docx Document of the report's page, styles and footers around `children`. With `full` false it
 * is the skeleton `draftDocx` packs: no styles or footers of its own, whose parts (and the
 * relationships and content types naming them) are handed to the packer ready-made.
 */
function reportDocument(
  meta: { creator: string; title: string },
  opts: DocxOptions,
  children: Paragraph[],
): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    evenAndOddHeaderAndFooters: true,
    styles: reportStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(LAYOUT.pageWidthMm), height: mmToTwip(LAYOUT.pageHeightMm) },
            margin: {
              top: mmToTwip(LAYOUT.topMm),
              bottom: mmToTwip(BOTTOM_MM),
              left: mmToTwip(LAYOUT.leftMm),
              right: mmToTwip(RIGHT_MM),
              header: mmToTwip(15),
              // the number (4号, about 5 mm high) starts 7 mm below the text block
              footer: mmToTwip(BOTTOM_MM - LAYOUT.pageNumberGapMm - (LAYOUT.pageNumberPt * 25.4) / 72),
              gutter: 0,
            },
          },
          grid: opts.forPdf
            ? { type: DocumentGridType.LINES, linePitch: LINE_PITCH }
            : { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
}

/** The Word document of a draft, as docx objects (the reference for what `draftDocx` writes). */
export function draftDocument(draft: Draft, opts: DocxOptions = {}): Document {
  return reportDocument(
    { creator: draft.issuer, title: draft.title },
    opts,
    layout(draft, opts).map(docxParagraph),
  );
}

// --- the fast writing: the same XML as strings ---

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes text and attribute values as docx does (control characters other than tab/newline dropped). */
function esc(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => ESCAPES[ch] ?? '');
}

function borderXml(side: 'top' | 'bottom', b: BorderSpec): string {
  return `<w:${side} w:val="single" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/>`;
}

function runXml(r: RunSpec | 'tab'): string {
  if (r === 'tab') return '<w:r><w:t xml:space="preserve">\t</w:t></w:r>';
  const f = esc(r.face);
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:hint="eastAsia"/>` +
    (r.color ? `<w:color w:val="${r.color}"/>` : '') +
    (r.characterSpacing ? `<w:spacing w:val="${r.characterSpacing}"/>` : '') +
    `<w:sz w:val="${r.pt * 2}"/><w:szCs w:val="${r.pt * 2}"/></w:rPr>` +
    `<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`
  );
}

function paragraphXml(p: ParaSpec): string {
  let x = '<w:p><w:pPr>';
  if (p.style) x += `<w:pStyle w:val="${p.style}"/>`;
  if (p.border) {
    x += `<w:pBdr>${p.border.top ? borderXml('top', p.border.top) : ''}${borderXml('bottom', p.border.bottom)}</w:pBdr>`;
  }
  if (p.rightTab !== undefined) x += `<w:tabs><w:tab w:val="right" w:pos="${p.rightTab}"/></w:tabs>`;
  x += `<w:spacing w:after="0" w:before="0" w:line="${p.spacing.line}" w:lineRule="${p.spacing.lineRule}"/>`;
  const ind = p.indent;
  if (ind) {
    x += '<w:ind';
    if (ind.left !== undefined) x += ` w:left="${ind.left}"`;
    if (ind.right !== undefined) x += ` w:right="${ind.right}"`;
    if (ind.hanging !== undefined) x += ` w:hanging="${ind.hanging}"`;
    if (ind.firstLine !== undefined) x += ` w:firstLine="${ind.firstLine}"`;
    if (ind.firstLineChars !== undefined) x += ` w:firstLineChars="${ind.firstLineChars}"`;
    x += '/>';
  }
  if (p.alignment) x += `<w:jc w:val="${p.alignment}"/>`;
  x += '</w:pPr>';
  for (const r of p.runs) x += runXml(r);
  return `${x}</w:p>`;
}

const FONT_TABLE = 'word/fontTable.xml';

/** Adds w:altName fallbacks for the official fonts to the XML of word/fontTable.xml. */
function withFontFallbacks(xml: string): string {
  const known = new Set([...xml.matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1]));
  const fonts = Object.entries(ALT_NAMES)
    .filter(([name]) => !known.has(name))
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${
          name === '黑体' ? 'modern' : 'roman'
        }"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return xml.includes('</w:fonts>')
    ? xml.replace('</w:fonts>', `${fonts}</w:fonts>`)
    : xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${fonts}</w:fonts>`);
}

/** The package of a layout, as docx writes it for a report without paragraphs. */
interface FixedParts {
  /** word/document.xml before the first paragraph and from the section properties on. */
  head: string;
  tail: string;
  /** docProps/core.xml with stand-ins for the creator, the title and the time of writing. */
  core: string;
  /** Every part in docx's order, encoded; word/document.xml and docProps/core.xml are per report. */
  files: [path: string, data: Uint8Array][];
}

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const CREATOR_MARK = 'fzCreatorStandIn';
const TITLE_MARK = 'fzTitleStandIn';
const WRITTEN_AT = /(<dcterms:(?:created|modified)[^>]*>)[^<]*/g;

const fixedParts = new Map<boolean, Promise<FixedParts>>();

/**
 * The package of a layout (Word or PDF), read once: docx writes the reference document without
 * paragraphs (styles, footers, settings, theme, numbering, properties), the font table gets its
 * fallbacks (docx writes it from the embedded fonts alone, which the report does not use). An
 * export then only writes word/document.xml and docProps/core.xml and zips the parts as docx does
 * (fflate, DEFLATE, the same order), instead of docx compiling its object tree every time.
 */
function fixedPartsOf(forPdf: boolean): Promise<FixedParts> {
  let parts = fixedParts.get(forPdf);
  if (!parts) {
    parts = (async () => {
      const zip = await Packer.toBuffer(
        reportDocument({ creator: CREATOR_MARK, title: TITLE_MARK }, { forPdf }, []),
      );
      const unzipped = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength));
      const text = (path: string) => {
        const data = unzipped[path];
        if (!data) throw new Error(`docx wrote no ${path}`);
        return strFromU8(data);
      };
      const doc = text(DOCUMENT);
      const bodyAt = doc.indexOf('<w:body>') + '<w:body>'.length;
      const core = text(CORE);
      if (!core.includes(CREATOR_MARK) || !core.includes(TITLE_MARK))
        throw new Error('docx wrote the core properties without the creator or the title');
      return {
        head: doc.slice(0, bodyAt),
        tail: doc.slice(bodyAt),
        core,
        files: Object.entries(unzipped).map(([path, data]): [string, Uint8Array] => [
          path,
          path === FONT_TABLE ? strToU8(withFontFallbacks(strFromU8(data))) : data,
        ]),
      };
    })();
    parts.catch(() => fixedParts.delete(forPdf));
    fixedParts.set(forPdf, parts);
  }
  return parts;
}

/**
 * The 版头 and 版记 a saved draft asks for: the 版头 only with a 发文字号 (and its 签发人 once
 * signed), the 版记 only with 抄送机关 or an 印发机关.
 */
export function draftDocInfoOptions(draft: Draft): Pick<DocxOptions, 'header' | 'record'> {
  const { header, record } = draft;
  return {
    ...(header?.number ? { header: { number: header.number, signer: header.signer } } : {}),
    ...(record?.cc?.length || record?.printer ? { record } : {}),
  };
}

/**
 * The DOCX bytes of a draft: what `Packer.toBuffer(draftDocument(draft, opts))` writes, with the
 * font table's fallbacks. word/document.xml is written from the layout as strings, the core
 * properties from docx's own with the draft's creator and title and the time of writing, and the
 * other parts are the layout's package (fixedPartsOf).
 */
export async function draftDocx(
  draft: Draft,
  opts: DocxOptions = {},
  now: Date = new Date(),
): Promise<Buffer> {
  const fixed = await fixedPartsOf(opts.forPdf === true);
  let body = '';
  for (const p of layout(draft, opts)) body += paragraphXml(p);
  const core = fixed.core
    .replace(CREATOR_MARK, esc(draft.issuer))
    .replace(TITLE_MARK, esc(draft.title))
    .replace(WRITTEN_AT, `$1${now.toISOString()}`);
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of fixed.files)
    files[path] =
      path === DOCUMENT ? strToU8(fixed.head + body + fixed.tail) : path === CORE ? strToU8(core) : data;
  const zip = zipSync(files);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}

export interface ExportOptions extends DocxOptions, Omit<DraftOptions, 'gaps'> {
  /** Today (YYYY-MM-DD) for the roll-up's facts; the real date by default. */
  today?: string;
}

export interface ExportResult {
  draft: Draft;
  docx: Buffer;
}

/**
 * The annual report of an organisation and year as DOCX: roll-up → draft (areas without records
 * left out, listed in `draft.gaps`) → document. Throws when the organisation does not exist.
 */
export async function exportReport(
  k: Kdb | Tx,
  orgId: number,
  year: number,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const org = await loadRollupOrg(k, orgId);
  if (!org) throw new Error(`organisation ${orgId} not found`);
  const rollup = await computeRollup(k, org, year, { today: opts.today });
  const draft = buildDraft(rollup, { gaps: 'omit', date: opts.date, other: opts.other });
  return { draft, docx: await draftDocx(draft, opts) };
}

/** `exportDocx(db, orgId, year, opts)` → the DOCX bytes. */
export async function exportDocx(
  db: { k: Kdb },
  orgId: number,
  year: number,
  opts: ExportOptions = {},
): Promise<Buffer> {
  return (await exportReport(db.k, orgId, year, opts)).docx;
}
