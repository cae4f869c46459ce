// The export table of a record type, shared by the XLSX and the CSV export: the manifest's `exports`
// columns in order, after the record number, with the values as lists show them (masked, labels).
import type { RecordTypeDef } from './contract.ts';
import type { RecordView } from './store.ts';

export interface ExportTable {
  header: string[];
  rows: Array<Array<string | number>>;
}

export function exportTable(rt: RecordTypeDef, views: readonly RecordView[]): ExportTable {
  const cols = rt.exports.map((name) =>
    name === 'state'
      ? { name, label: '状态' }
      : { name, label: rt.fields.find((f) => f.name === name)?.label ?? name },
  );
  const rows = views.map((r) => [
    r.id,
    ...cols.map((c): string | number => {
      if (c.name === 'state') return r.stateLabel;
      if (c.name === 'orgId') return r.orgName ?? '';
      const shown = r.display[c.name];
      if (shown !== undefined) return shown;
      const v = r.fields[c.name];
      return v === null || v === undefined ? '' : (v as string | number);
    }),
  ]);
  return { header: ['编号', ...cols.map((c) => c.label)], rows };
}

/**
 * CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that spreadsheet programs read Chinese).
 * A cell that a spreadsheet would take for a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe (OWASP CSV injection).
 */
export function exportCsv(rt: RecordTypeDef, views: readonly RecordView[]): Buffer {
  const { header, rows } = exportTable(rt, views);
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
