// The texts of a record's timeline (its steps' fields, its audit events' names), shared by the
// record's page and its print.
import type { LedgerManifest, RecordTypeManifest } from '../../../shared/api/ledgers.ts';
import { L } from '../../labels.ts';

const T = L.ledgers;

export function stepFieldText(rt: RecordTypeManifest, name: string, value: unknown): string {
  const f = rt.fields.find((x) => x.name === name);
  if (value === null || value === undefined || value === '') return T.emptyValue;
  if (f?.type === 'enum') return f.options?.find((o) => o.value === value)?.label ?? String(value);
  if (f?.type === 'bool') return value ? T.yes : T.no;
  return String(value);
}

export function auditLabel(action: string, ledger: LedgerManifest, rt: RecordTypeManifest): string {
  const [, verb] = action.split('.', 2);
  if (verb === 'create') return T.auditCreate;
  if (verb === 'update') return T.auditUpdate;
  if (verb === 'reveal') return T.auditReveal;
  if (verb === 'refused') return T.auditRefused;
  if (verb === 'import') return T.auditImport;
  const t = rt.transitions.find((x) => x.id === verb);
  if (t) return t.label;
  return L.ledgers.auditOther(ledger.label);
}
