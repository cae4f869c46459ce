// The annual report's layout as plain paragraph specs (`layout`): every paragraph with its runs,
// faces, sizes, spacing and borders, worked out once from the draft; docx.ts writes them either as
// docx objects (the reference) or straight as XML strings (what the export packs).
import { formatChineseNumeral } from '../../shared/numerals.ts';
import type { Draft } from './draft.ts';
import { CHAR_SPACE, FONTS, LAYOUT, LINE_PITCH, mmToTwip } from './page.ts';

/** One character of the body (3号 = 16 pt) in twips. */
export const CHAR = LAYOUT.bodyPt * 20;

export const RED = 'FF0000';

// The report is laid out once, as plain paragraph specs (`layout`), then written either as docx
// objects (`draftDocument`, the reference) or straight as the XML docx would write for them
// (`paragraphXml`, what `draftDocx` packs): building docx's object tree and its prepForXml pass for
// every run cost several times the bare library's export. A test holds both writings byte-equal.

/** A run of text in one face and size; `'tab'` is a bare tab run (no properties). */
export interface RunSpec {
  text: string;
  face: string;
  pt: number;
  color?: string;
  /** w:spacing of the run in twips (the PDF layout's narrowing, see `layout`). */
  characterSpacing?: number;
}

export interface BorderSpec {
  color: string;
  size: number;
  space: number;
}

export interface ParaSpec {
  style?: 'Title' | 'Heading1' | 'Heading2';
  border?: { top?: BorderSpec; bottom: BorderSpec };
  /** Position of a right tab stop. */
  rightTab?: number;
  spacing: { line: number; lineRule: 'exact' | 'atLeast' };
  indent?: { left?: number; right?: number; hanging?: number; firstLine?: number; firstLineChars?: number };
  alignment?: 'center' | 'both' | 'left' | 'right';
  runs: (RunSpec | 'tab')[];
}

/** Exactly one grid line per line of text, so LibreOffice and Word both give 22 lines a page. */
export const LINE = { line: LINE_PITCH, lineRule: 'exact' } as const;

export interface DocxOptions {
  /** 版头: shown when given. `mark` defaults to "<发文机关>文件". */
  header?: { mark?: string; number?: string; signer?: string };
  /** 版记: shown when given. */
  record?: { cc?: string[]; printer?: string; printedOn?: string };
  /** Lay out for LibreOffice's PDF export (see `layout`). */
  forPdf?: boolean;
}

/** Width of a line of text in body characters (Arabic digits and Latin letters count as half). */
export function widthInChars(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return n;
}

/**
 * The paragraphs of a draft. LibreOffice snaps every character to whole grid cells: a 16 pt glyph
 * in a 15.79 pt cell takes two. For its PDF the grid is a line grid only and each character is
 * narrowed by 0.2 pt (w:spacing −4 twips), which gives the same 28 characters a line; Word keeps
 * the linesAndChars grid.
 */
export function layout(draft: Draft, opts: DocxOptions): ParaSpec[] {
  const spacing = opts.forPdf ? { characterSpacing: Math.round((CHAR_SPACE / 4096) * 20) } : {};
  const run = (text: string, face: string, pt: number, color?: string): RunSpec => ({
    text,
    face,
    pt,
    ...(color ? { color } : {}),
    ...spacing,
  });
  const empty = (): ParaSpec => ({ spacing: LINE, runs: [run('', FONTS.body, LAYOUT.bodyPt)] });
  const body = (text: string, face: string = FONTS.body, style?: ParaSpec['style']): ParaSpec => ({
    ...(style ? { style } : {}),
    spacing: LINE,
    indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
    alignment: 'both',
    runs: [run(text, face, LAYOUT.bodyPt)],
  });
  const rightTab = mmToTwip(LAYOUT.textWidthMm) - 2 * CHAR;
  const out: ParaSpec[] = [];

  const h = opts.header;
  if (h) {
    // 版头 of 7.2. 7.2.3: 发文机关标志 red 小标宋, centred, its top 35 mm below the page top (two
    // empty lines)
    out.push(empty());
    out.push({
      spacing: { line: LINE_PITCH * 2, lineRule: 'exact' },
      alignment: 'center',
      runs: [run(h.mark ?? `${draft.issuer}文件`, FONTS.title, 36, RED)],
    });
    out.push(empty());
    // 7.2.4/7.2.5: an upward document puts 发文字号 left (one character in) and 签发人 right, then
    // a red line
    out.push({
      border: { bottom: { color: RED, size: 12, space: 8 } },
      ...(h.signer ? { rightTab } : {}),
      spacing: LINE,
      ...(h.signer ? { indent: { left: CHAR, right: CHAR } } : {}),
      alignment: h.signer ? 'left' : 'center',
      runs: [
        run(h.number ?? '', FONTS.body, LAYOUT.bodyPt),
        ...(h.signer
          ? [
              'tab' as const,
              run('签发人：', FONTS.body, LAYOUT.bodyPt),
              run(h.signer, FONTS.heading2, LAYOUT.bodyPt),
            ]
          : []),
      ],
    });
    out.push(empty());
  } else out.push(empty());

  // 7.3.1 title, then an empty line, then 主送机关 flush left (7.3.2)
  out.push({
    style: 'Title',
    spacing: { line: LINE_PITCH, lineRule: 'atLeast' },
    alignment: 'center',
    runs: [run(draft.title, FONTS.title, LAYOUT.titlePt)],
  });
  out.push(empty());
  if (draft.recipient) out.push({ spacing: LINE, runs: [run(draft.recipient, FONTS.body, LAYOUT.bodyPt)] });
  out.push(body(draft.opening));
  draft.sections.forEach((section, i) => {
    const marker = formatChineseNumeral(i + 1);
    out.push(body(`${marker}、${section.heading}`, FONTS.heading1, 'Heading1'));
    for (const p of section.paragraphs) {
      out.push(p.kind === 'heading2' ? body(p.text, FONTS.heading2, 'Heading2') : body(p.text));
    }
  });
  // 7.3.5.2: 署名 one empty line below the text, two characters in from the right; 成文日期 on the
  // next line, its first character two characters right of the name's
  out.push(empty());
  const nameWidth = widthInChars(draft.signoff.org);
  const dateWidth = widthInChars(draft.signoff.date);
  out.push({
    spacing: LINE,
    indent: { right: 2 * CHAR },
    alignment: 'right',
    runs: [run(draft.signoff.org, FONTS.body, LAYOUT.bodyPt)],
  });
  out.push({
    spacing: LINE,
    indent: { right: Math.max(0, Math.round((nameWidth - dateWidth) * CHAR)) },
    alignment: 'right',
    runs: [run(draft.signoff.date, FONTS.body, LAYOUT.bodyPt)],
  });

  const r = opts.record;
  if (r) {
    // 版记 of 7.4: 抄送 and 印发机关/印发日期 between lines, in 4号 仿宋, on the last lines
    out.push(empty());
    const line = { color: '000000', size: 8, space: 1 };
    if (r.cc?.length) {
      out.push({
        border: { top: line, bottom: line },
        spacing: LINE,
        indent: { left: CHAR, right: CHAR, hanging: 0 },
        runs: [run(`抄送：${r.cc.join('，')}。`, FONTS.body, LAYOUT.pageNumberPt)],
      });
    }
    if (r.printer || r.printedOn) {
      out.push({
        border: r.cc?.length ? { bottom: line } : { top: line, bottom: line },
        rightTab,
        spacing: LINE,
        indent: { left: CHAR, right: CHAR },
        runs: [
          run(r.printer ?? '', FONTS.body, LAYOUT.pageNumberPt),
          'tab',
          run(r.printedOn ? `${r.printedOn}印发` : '', FONTS.body, LAYOUT.pageNumberPt),
        ],
      });
    }
  }
  return out;
}
