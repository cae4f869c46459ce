// The export table of a record type (masked, with display labels), shared by the XLSX and CSV
// exports; and the CSV itself: UTF-8 with a BOM (so that Excel reads Chinese), RFC 4180 quoting,
// and cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an
// apostrophe (CSV injection, OWASP).
import type { RecordTypeDef } from './contract.ts';
import type { RecordView } from './present.ts';

export type Cell = string | number;

/** The header (编号 and the manifest's export columns) and one row per record. */
export function exportTable(
  rt: RecordTypeDef,
  rows: readonly RecordView[],
): { header: string[]; rows: Cell[][] } {
  const cols = rt.exports.map((name) =>
    name === 'state'
      ? { name, label: '状态' }
      : { name, label: rt.fields.find((f) => f.name === name)?.label ?? name },
  );
  return {
    header: ['编号', ...cols.map((c) => c.label)],
    rows: rows.map((r) => [
      r.id,
      ...cols.map((c): Cell => {
        if (c.name === 'state') return r.stateLabel;
        if (c.name === 'orgId') return r.orgName ?? '';
        const shown = r.display[c.name];
        if (shown !== undefined && shown !== null) return shown as Cell;
        const v = r.fields[c.name];
        return v === null || v === undefined ? '' : (v as Cell);
      }),
    ]),
  };
}

function csvCell(v: Cell): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(rt: RecordTypeDef, rows: readonly RecordView[]): Buffer {
  const t = exportTable(rt, rows);
  const lines = [t.header, ...t.rows].map((r) => r.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
