// A table as a file the user downloads: CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that
// spreadsheet programs read Chinese) or XLSX, and the reply headers with a Chinese file name. Shared
// by the ledger exports, the deadline board, 涉企检查统计 and 工作指标.
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface Table {
  header: string[];
  rows: Array<Array<string | number>>;
}

export type TableFormat = 'xlsx' | 'csv';
export const TABLE_FORMATS = ['xlsx', 'csv'] as const;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A cell that a spreadsheet would take for a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe (OWASP CSV injection).
 */
export function tableCsv(t: Table): Buffer {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [t.header, ...t.rows].map((r) => r.map(cell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One sheet with a bold header row; column widths from the header and the longest cell. */
export async function tableXlsx(sheet: string, t: Table, creator?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // sheet names: at most 31 characters, none of : \ / ? * [ ]
  const ws = wb.addWorksheet(sheet.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '表');
  ws.addRow(t.header);
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(r);
  t.header.forEach((label, i) => {
    const longest = Math.max(label.length, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest * 2 + 2));
  });
  if (creator) wb.creator = creator;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function tableFile(format: TableFormat, name: string, t: Table): Promise<Buffer> {
  return format === 'csv' ? tableCsv(t) : tableXlsx(name, t, name);
}

/** Sends the file as a download named `<name>.<format>`. */
export function sendTableFile(reply: FastifyReply, format: TableFormat, name: string, buf: Buffer) {
  reply.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MIME);
  reply.header(
    'content-disposition',
    `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
  );
  return reply.send(buf);
}
