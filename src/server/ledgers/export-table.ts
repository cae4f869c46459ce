// The export table of a record type, written as XLSX or CSV by http/table-file.ts: the manifest's `exports`
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
