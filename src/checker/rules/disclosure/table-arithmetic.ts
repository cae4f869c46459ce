// disclosure/table-arithmetic — the tables of a 政府信息公开工作年度报告 in the unified format of
// 国办公开办函〔2021〕30号 that do not add up: in table 三 a row whose applicant columns do not sum to
// its 总计, a column whose 办理结果 rows do not sum to （七）总计, a column that breaks the table's own
// 勾稽关系 (第一项加第二项之和，等于第三项加第四项之和); in table 四 a part whose 结果维持、结果纠正、
// 其他结果、尚未审结 do not sum to its 总计. A table reaches the checker as lines of labels and numbers
// (a DOCX or web table gives one line per cell, a text file one line per row): the rule reads the
// labels in the format's order and the numbers after each, so both shapes are read the same way.
import { defineRule, type ParsedReport } from '../../types.ts';
import { excerpt } from '../text.ts';

/** The rows of table 三 in the format's order: key, how its label is recognised, counted into （七）. */
const ROWS: ReadonlyArray<{ key: string; label: RegExp; result?: boolean }> = [
  { key: 'new', label: /本年新收/ },
  { key: 'carried', label: /上年结转/ },
  { key: 'disclose', label: /予以公开/, result: true },
  { key: 'partial', label: /部分公开/, result: true },
  ...[
    /国家秘密/,
    /法律行政法规禁止公开/,
    /三安全一稳定/,
    /保护第三方合法权益/,
    /内部事务信息/,
    /过程性信息/,
    /行政执法案卷/,
    /行政查询事项/,
    /不掌握相关政府信息/,
    /没有现成信息/,
    /补正后申请内容仍不明确/,
    /信访举报投诉/,
    /重复申请/,
    /公开出版物/,
    /大量反复申请/,
    /确认或重新出具/,
    /逾期不补正/,
    /逾期未按收费通知/,
    /其他$/,
  ].map((label, i) => ({ key: `reason${i + 1}`, label, result: true })),
  { key: 'total', label: /总计$/ },
  { key: 'next', label: /结转下年度/ },
];
/** 自然人, five kinds of 法人或其他组织, 总计. */
const COLUMNS = 7;
const COLUMN_NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const REVIEW_PARTS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const NUMBER = /^\d+$/;
const TOP_HEADING = /^[一二三四五六七八九十]+、/;

interface Token {
  text: string;
  /** 1-based position in the original text. */
  line: number;
  column: number;
}

interface Line {
  text: string;
  line: number;
  indent: number;
}

/**
 * The lines of the part headed `title` (一、…六、), up to the next top-level heading. The original
 * text, not the paragraphs: normalising drops lines that are a lone number (page numbers), and a
 * table cell is often just that.
 */
function part(report: ParsedReport, title: RegExp): Line[] {
  const lines = report.source.text.split('\n').map((raw, i) => {
    const text = raw.replace(/\r$/, '');
    const indent = text.length - text.trimStart().length;
    return { text: text.trim(), line: i + 1, indent };
  });
  const start = lines.findIndex((l) => TOP_HEADING.test(l.text) && title.test(l.text));
  if (start < 0) return [];
  const out: Line[] = [];
  for (const l of lines.slice(start + 1)) {
    // A top-level heading ends the part unless it is a row of the table (一、本年新收…, 三、本年度办理结果).
    if (TOP_HEADING.test(l.text) && !/办理结果/.test(l.text) && !ROWS.some((r) => r.label.test(l.text)))
      break;
    out.push(l);
  }
  return out;
}

/** A label is the text of a line up to its numbers; each number is a token of its own. */
function tokens(lines: Line[]): Token[] {
  const out: Token[] = [];
  for (const l of lines) {
    const m = l.text.match(/^(.*?[^\d\s.．、])?((?:\s*\d+)*)\s*$/u);
    if (!m) continue;
    const head = m[1]?.trim();
    if (head) out.push({ text: head, line: l.line, column: l.indent + 1 });
    const before = m[1]?.length ?? 0;
    for (const n of (m[2] ?? '').matchAll(/\d+/g)) {
      out.push({ text: n[0], line: l.line, column: l.indent + before + (n.index ?? 0) + 1 });
    }
  }
  return out;
}

interface Row {
  at: Token;
  values: number[];
}

/** The rows of table 三, read in order; a row with other than seven numbers is left out. */
function requestRows(toks: Token[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  let next = 0;
  for (let i = 0; i < toks.length && next < ROWS.length; i++) {
    const t = toks[i];
    if (NUMBER.test(t.text)) continue;
    const at = ROWS.findIndex((r, j) => j >= next && r.label.test(t.text));
    // 其他 and 总计 are also column headings: only a row label after 本年新收 counts.
    if (at < 0 || (at > 0 && next === 0)) continue;
    const values: number[] = [];
    for (let j = i + 1; j < toks.length && NUMBER.test(toks[j].text); j++) values.push(Number(toks[j].text));
    next = at + 1;
    if (values.length === COLUMNS) rows.set(ROWS[at].key, { at: t, values });
  }
  return rows;
}

export default defineRule({
  meta: {
    id: 'disclosure/table-arithmetic',
    category: 'disclosure',
    severity: 'error',
    description:
      '政府信息公开工作年度报告的表格数字不能相互印证：某行各列之和不等于总计，办理结果各项之和不等于（七）总计，第一项加第二项之和不等于第三项加第四项之和，行政复议、行政诉讼各项之和不等于总计。',
    messages: {
      rowSum: '“{{row}}”一行各类申请人之和为{{sum}}，而总计为{{total}}，请核对。',
      resultSum: '“{{column}}”一列办理结果各项之和为{{sum}}，而“（七）总计”为{{total}}，请核对。',
      balance:
        '“{{column}}”一列第一项加第二项之和为{{left}}，第三项加第四项之和为{{right}}，两者应当相等（本年新收加上年结转，等于办理结果总计加结转下年度），请核对。',
      reviewSum:
        '第四部分“{{part}}”的结果维持、结果纠正、其他结果、尚未审结之和为{{sum}}，而总计为{{total}}，请核对。',
    },
  },
  check({ report, emit }) {
    if (!/政府信息公开.{0,4}年度报告/.test(report.text)) return;
    const lines = report.source.text.split('\n');
    const where = (t: Token) => {
      const from = t.column - 1;
      return {
        at: { line: t.line, column: t.column },
        excerpt: excerpt(lines[t.line - 1] ?? '', from, from + t.text.length, 2, 12),
      };
    };
    const rows = requestRows(tokens(part(report, /收到和处理政府信息公开申请/)));
    for (const def of ROWS) {
      const row = rows.get(def.key);
      if (!row) continue;
      const sum = row.values.slice(0, COLUMNS - 1).reduce((s, n) => s + n, 0);
      if (sum !== row.values[COLUMNS - 1])
        emit({
          messageId: 'rowSum',
          params: { row: row.at.text, sum, total: row.values[COLUMNS - 1] },
          ...where(row.at),
        });
    }
    const total = rows.get('total');
    if (total && ROWS.every((r) => rows.has(r.key))) {
      const v = (key: string, c: number) => rows.get(key)?.values[c] ?? 0;
      for (let c = 0; c < COLUMNS; c++) {
        const sum = ROWS.filter((r) => r.result).reduce((s, r) => s + v(r.key, c), 0);
        const column = COLUMN_NAMES[c];
        if (sum !== v('total', c))
          emit({ messageId: 'resultSum', params: { column, sum, total: v('total', c) }, ...where(total.at) });
        const left = v('new', c) + v('carried', c);
        const right = v('total', c) + v('next', c);
        const next = rows.get('next');
        if (left !== right && next)
          emit({ messageId: 'balance', params: { column, left, right }, ...where(next.at) });
      }
    }
    const review = tokens(part(report, /行政复议.{0,2}行政诉讼/));
    const numbers = review.filter((t) => NUMBER.test(t.text));
    if (numbers.length !== 15) return;
    REVIEW_PARTS.forEach((name, i) => {
      const five = numbers.slice(i * 5, i * 5 + 5).map((t) => Number(t.text));
      const sum = five.slice(0, 4).reduce((s, n) => s + n, 0);
      if (sum !== five[4])
        emit({
          messageId: 'reviewSum',
          params: { part: name, sum, total: five[4] },
          ...where(numbers[i * 5 + 4]),
        });
    });
  },
});
