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
import JSZip from 'jszip';
import { formatChineseNumeral } from '../../shared/numerals.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { buildDraft, type Draft, type DraftOptions } from './draft.ts';
import { BOTTOM_MM, CHAR_SPACE, FONTS, LAYOUT, LINE_PITCH, mmToTwip, RIGHT_MM } from './page.ts';
import { computeRollup, loadRollupOrg } from './rollup.ts';

export { CHAR_SPACE, LINE_PITCH, mmToTwip } from './page.ts';

/** One character of the body (3号 = 16 pt) in twips. */
const CHAR = LAYOUT.bodyPt * 20;

/** Fallback faces written to the font table (w:altName). */
const ALT_NAMES: Record<string, string> = {
  方正小标宋简体: '华文中宋',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

const RED = 'FF0000';

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

/**
 * LibreOffice snaps every character to whole grid cells: a 16 pt glyph in a 15.79 pt cell takes
 * two. For its PDF the grid is a line grid only and each character is narrowed by 0.2 pt (w:spacing
 * −4 twips), which gives the same 28 characters a line; Word keeps the linesAndChars grid.
 */
let pdfMode = false;

function run(text: string, face: string, pt: number, extra: Partial<IRunOptions> = {}): TextRun {
  const spacing = pdfMode ? { characterSpacing: Math.round((CHAR_SPACE / 4096) * 20) } : {};
  return new TextRun({ text, font: font(face), size: pt * 2, ...spacing, ...extra });
}

/** Exactly one grid line per line of text, so LibreOffice and Word both give 22 lines a page. */
const LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

export interface DocxOptions {
  /** 版头: shown when given. `mark` defaults to "<发文机关>文件". */
  header?: { mark?: string; number?: string; signer?: string };
  /** 版记: shown when given. */
  record?: { cc?: string[]; printer?: string; printedOn?: string };
  /** Lay out for LibreOffice's PDF export (see `run`). */
  forPdf?: boolean;
}

function bodyParagraph(text: string, face: string = FONTS.body, styleId?: string): Paragraph {
  return new Paragraph({
    ...(styleId ? { style: styleId } : {}),
    spacing: LINE,
    indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, face, LAYOUT.bodyPt)],
  });
}

const empty = (): Paragraph =>
  new Paragraph({ spacing: LINE, children: [run('', FONTS.body, LAYOUT.bodyPt)] });

/** Width of a line of text in body characters (Arabic digits and Latin letters count as half). */
function widthInChars(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return n;
}

/** The 版头 of 7.2: 发文机关标志 in red 小标宋, 发文字号 and 签发人 (上行文), then a red line. */
function headerBlock(draft: Draft, h: NonNullable<DocxOptions['header']>): Paragraph[] {
  const out: Paragraph[] = [];
  // 7.2.3: 发文机关标志 red 小标宋, centred, its top 35 mm below the page top (two empty lines)
  out.push(empty());
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH * 2, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run(h.mark ?? `${draft.issuer}文件`, FONTS.title, 36, { color: RED })],
    }),
  );
  out.push(empty());
  // 7.2.4/7.2.5: an upward document puts 发文字号 left (one character in) and 签发人 right
  const number = h.number ?? '';
  const signerRuns = h.signer
    ? [run('签发人：', FONTS.body, LAYOUT.bodyPt), run(h.signer, FONTS.heading2, LAYOUT.bodyPt)]
    : [];
  out.push(
    new Paragraph({
      spacing: LINE,
      alignment: h.signer ? AlignmentType.LEFT : AlignmentType.CENTER,
      indent: h.signer ? { left: CHAR, right: CHAR } : undefined,
      tabStops: h.signer ? [{ type: 'right', position: mmToTwip(LAYOUT.textWidthMm) - 2 * CHAR }] : undefined,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 } },
      children: [
        run(number, FONTS.body, LAYOUT.bodyPt),
        ...(h.signer ? [new TextRun({ text: '\t' })] : []),
        ...signerRuns,
      ],
    }),
  );
  out.push(empty());
  return out;
}

/** The 版记 of 7.4: 抄送 and 印发机关/印发日期 between lines, in 4号 仿宋, on the last lines. */
function recordBlock(r: NonNullable<DocxOptions['record']>): Paragraph[] {
  const out: Paragraph[] = [empty()];
  const line = (top: boolean) => ({
    ...(top ? { top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } : {}),
    bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
  });
  if (r.cc?.length) {
    out.push(
      new Paragraph({
        spacing: LINE,
        indent: { left: CHAR, right: CHAR, hanging: 0 },
        border: line(true),
        children: [run(`抄送：${r.cc.join('，')}。`, FONTS.body, LAYOUT.pageNumberPt)],
      }),
    );
  }
  if (r.printer || r.printedOn) {
    out.push(
      new Paragraph({
        spacing: LINE,
        indent: { left: CHAR, right: CHAR },
        border: line(!r.cc?.length),
        tabStops: [{ type: 'right', position: mmToTwip(LAYOUT.textWidthMm) - 2 * CHAR }],
        children: [
          run(r.printer ?? '', FONTS.body, LAYOUT.pageNumberPt),
          new TextRun({ text: '\t' }),
          run(r.printedOn ? `${r.printedOn}印发` : '', FONTS.body, LAYOUT.pageNumberPt),
        ],
      }),
    );
  }
  return out;
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

/** The Word document of a draft. */
export function draftDocument(draft: Draft, opts: DocxOptions = {}): Document {
  pdfMode = opts.forPdf === true;
  try {
    return buildDocument(draft, opts);
  } finally {
    pdfMode = false;
  }
}

function buildDocument(draft: Draft, opts: DocxOptions): Document {
  const children: Paragraph[] = [];
  if (opts.header) children.push(...headerBlock(draft, opts.header));
  else children.push(empty());
  // 7.3.1 title, then an empty line, then 主送机关 flush left (7.3.2)
  children.push(
    new Paragraph({
      style: 'Title',
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [run(draft.title, FONTS.title, LAYOUT.titlePt)],
    }),
  );
  children.push(empty());
  if (draft.recipient) {
    children.push(
      new Paragraph({ spacing: LINE, children: [run(draft.recipient, FONTS.body, LAYOUT.bodyPt)] }),
    );
  }
  children.push(bodyParagraph(draft.opening));
  draft.sections.forEach((section, i) => {
    const marker = formatChineseNumeral(i + 1);
    children.push(bodyParagraph(`${marker}、${section.heading}`, FONTS.heading1, 'Heading1'));
    for (const p of section.paragraphs) {
      if (p.kind === 'heading2') children.push(bodyParagraph(p.text, FONTS.heading2, 'Heading2'));
      else children.push(bodyParagraph(p.text));
    }
  });
  // 7.3.5.2: 署名 one empty line below the text, two characters in from the right; 成文日期 on the
  // next line, its first character two characters right of the name's
  children.push(empty());
  const nameWidth = widthInChars(draft.signoff.org);
  const dateWidth = widthInChars(draft.signoff.date);
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: 2 * CHAR },
      children: [run(draft.signoff.org, FONTS.body, LAYOUT.bodyPt)],
    }),
  );
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: Math.max(0, Math.round((nameWidth - dateWidth) * CHAR)) },
      children: [run(draft.signoff.date, FONTS.body, LAYOUT.bodyPt)],
    }),
  );
  if (opts.record) children.push(...recordBlock(opts.record));

  const headingStyle = (id: string, name: string, face: string, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: font(face), size: LAYOUT.bodyPt * 2, bold: false, color: '000000' },
    // A heading is never the last line of a page: it stays with the paragraph it introduces.
    paragraph: { outlineLevel: level, spacing: LINE, keepNext: true, keepLines: true },
  });

  return new Document({
    creator: draft.issuer,
    title: draft.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: LAYOUT.bodyPt * 2 },
          paragraph: { spacing: LINE },
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
    },
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

let fontTable: Promise<string> | null = null;

/**
 * word/fontTable.xml with the fallbacks, handed to the packer as an override. docx writes its font
 * table from the embedded fonts alone (Document's `fonts`, which the report does not use), so it is
 * the same for every report: it is read once, from an empty document, instead of unzipping and
 * re-deflating every export (JSZip's deflate cost more than the whole document).
 */
function fontTableWithFallbacks(): Promise<string> {
  fontTable ??= (async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [] }] })));
    return withFontFallbacks((await zip.file(FONT_TABLE)?.async('string')) ?? '');
  })();
  return fontTable;
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

/** The DOCX bytes of a draft. */
export async function draftDocx(draft: Draft, opts: DocxOptions = {}): Promise<Buffer> {
  const fonts = await fontTableWithFallbacks();
  return Packer.toBuffer(draftDocument(draft, opts), undefined, [{ path: FONT_TABLE, data: fonts }]);
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
