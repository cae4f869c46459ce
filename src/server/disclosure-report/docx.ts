// The 政府信息公开工作年度报告 as a Word document: the GB/T 9704 page of the 法治政府 report with the
// three tables of the national format in 5号 仿宋, bordered, header cells merged as printed.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IRunOptions,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { BOTTOM_MM, FONTS, LAYOUT, LINE_PITCH, mmToTwip, RIGHT_MM } from '../annual-report/page.ts';
import { APPLICANT_TYPES } from '../ledgers/disclosure/labels.ts';
import { type DisclosureTables, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_COLUMNS } from './tables.ts';
import type { ReportText } from './text.ts';

const TITLE_PT = LAYOUT.titlePt;
const BODY_PT = LAYOUT.bodyPt;

const font = (name: string): IRunOptions['font'] => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const TABLE_PT = 10.5;
const CHAR = BODY_PT * 20;
const LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

const body = (text: string, face: string = FONTS.body) =>
  new Paragraph({
    spacing: LINE,
    indent: { firstLine: 2 * CHAR },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, font: font(face), size: BODY_PT * 2 })],
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string | number, opts: { span?: number; rows?: number; left?: boolean } = {}): TableCell {
  return new TableCell({
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.rows ? { rowSpan: opts.rows } : {}),
    children: [
      new Paragraph({
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: String(text), font: font(FONTS.body), size: TABLE_PT * 2 })],
      }),
    ],
  });
}

const table = (rows: TableRow[]) =>
  new Table({ width: { size: mmToTwip(LAYOUT.textWidthMm), type: WidthType.DXA }, rows });

/** 二、主动公开政府信息情况: four small tables under their 第二十条 items. */
function proactiveTable(t: DisclosureTables): Table {
  const p = t.proactive;
  const head = (item: string) => new TableRow({ children: [cell(item, { span: 4 })] });
  return table([
    head('第二十条第（一）项'),
    new TableRow({
      children: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((x) => cell(x)),
    }),
    new TableRow({
      children: [
        cell('规章'),
        cell(p.regulations.made),
        cell(p.regulations.repealed),
        cell(p.regulations.valid),
      ],
    }),
    new TableRow({
      children: [
        cell('行政规范性文件'),
        cell(p.normative.made),
        cell(p.normative.repealed),
        cell(p.normative.valid),
      ],
    }),
    head('第二十条第（五）项'),
    new TableRow({ children: [cell('信息内容'), cell('本年处理决定数量', { span: 3 })] }),
    new TableRow({ children: [cell('行政许可'), cell(p.licensing, { span: 3 })] }),
    head('第二十条第（六）项'),
    new TableRow({ children: [cell('信息内容'), cell('本年处理决定数量', { span: 3 })] }),
    new TableRow({ children: [cell('行政处罚'), cell(p.penalty, { span: 3 })] }),
    new TableRow({ children: [cell('行政强制'), cell(p.coercion, { span: 3 })] }),
    head('第二十条第（八）项'),
    new TableRow({ children: [cell('信息内容'), cell('本年收费金额（单位：万元）', { span: 3 })] }),
    new TableRow({ children: [cell('行政事业性收费'), cell(p.feesTenThousand, { span: 3 })] }),
  ]);
}

/** 三、收到和处理政府信息公开申请情况. */
function requestTable(t: DisclosureTables): Table {
  const orgs = APPLICANT_TYPES.slice(1).map((a) => (a.value === 'other_org' ? '其他' : a.label));
  const rows: TableRow[] = [
    new TableRow({
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { span: 3, rows: 3 }),
        cell('申请人情况', { span: 7 }),
      ],
    }),
    new TableRow({
      children: [cell('自然人', { rows: 2 }), cell('法人或其他组织', { span: 5 }), cell('总计', { rows: 2 })],
    }),
    new TableRow({ children: orgs.map((o) => cell(o)) }),
  ];
  for (const r of REQUEST_ROWS) {
    const values = REQUEST_COLUMNS.map((c) => cell(t.requests[r.key][c]));
    rows.push(
      new TableRow({
        children: [cell(r.group ? `${r.group} ${r.label}` : r.label, { span: 3, left: true }), ...values],
      }),
    );
  }
  return table(rows);
}

/** 四、政府信息公开行政复议、行政诉讼情况. */
function reviewTable(t: DisclosureTables): Table {
  return table([
    new TableRow({ children: [cell('行政复议', { span: 5 }), cell('行政诉讼', { span: 10 })] }),
    new TableRow({
      children: [
        ...REVIEW_COLUMNS.map((c) => cell(c, { rows: 2 })),
        cell('未经复议直接起诉', { span: 5 }),
        cell('复议后起诉', { span: 5 }),
      ],
    }),
    new TableRow({ children: [...REVIEW_COLUMNS, ...REVIEW_COLUMNS].map((c) => cell(c)) }),
    new TableRow({
      children: [...t.review.review, ...t.review.direct, ...t.review.afterReview].map((n) => cell(n)),
    }),
  ]);
}

export function reportDocument(
  t: DisclosureTables,
  text: ReportText,
  signoff: { org: string; date: string },
) {
  const heading = (s: string) => body(s, FONTS.heading1);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [new TextRun({ text: text.title, font: font(FONTS.title), size: TITLE_PT * 2 })],
    }),
    new Paragraph({ spacing: LINE, children: [] }),
    body(text.opening),
    heading('一、总体情况'),
    ...text.overall.map((s) => body(s)),
    heading('二、主动公开政府信息情况'),
    proactiveTable(t),
    heading('三、收到和处理政府信息公开申请情况'),
    requestTable(t),
    heading('四、政府信息公开行政复议、行政诉讼情况'),
    reviewTable(t),
    heading('五、存在的主要问题及改进情况'),
    ...text.problems.map((s) => body(s)),
    heading('六、其他需要报告的事项'),
    ...text.other.map((s) => body(s)),
    new Paragraph({ spacing: LINE, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: 2 * CHAR },
      children: [new TextRun({ text: signoff.org, font: font(FONTS.body), size: BODY_PT * 2 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: 2 * CHAR },
      children: [new TextRun({ text: signoff.date, font: font(FONTS.body), size: BODY_PT * 2 })],
    }),
  ];
  return new Document({
    creator: signoff.org,
    title: text.title,
    styles: { default: { document: { run: { font: font(FONTS.body), size: BODY_PT * 2 } } } },
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
            },
          },
        },
        children,
      },
    ],
  });
}

export async function reportDocx(
  t: DisclosureTables,
  text: ReportText,
  signoff: { org: string; date: string },
): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(t, text, signoff));
}
