// The search index of ledger records (table `record_search`, migration 0031): what the workbench's
// one search box finds (server/search/). A record's row holds its title and the text of the fields
// its list search matches (`search`, never an encrypted field), written in the transaction of every
// create, update and workflow step, so a record is found as it reads now.
import type { Generated } from 'kysely';
import type { Tx } from '../db/connect.ts';
import type { FieldDef, LedgerDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { isEncryptedField } from './present.ts';

export interface RecordSearchTable {
  id: Generated<number>;
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  assigneeId: number | null;
  title: string;
  body: string;
  onDate: string | null;
  updatedAt: string;
}

declare module '../db/types.ts' {
  interface Database {
    recordSearch: RecordSearchTable;
  }
}

/** The fields of a record type in its index row's body, in order: the title and the list search's
 * fields, never an encrypted one. */
export function indexedFields(rt: RecordTypeDef): FieldDef[] {
  return rt.fields.filter((f) => (f.search || f.name === rt.titleField) && !isEncryptedField(f));
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The index row of a record as stored now (the migration's backfill writes the same). */
export function searchRow(ledger: LedgerDef, rt: RecordTypeDef, row: LedgerRow) {
  const assignee = rt.assigneeField ? row[rt.assigneeField] : null;
  const date = row[rt.dateField];
  const title = row[rt.titleField];
  return {
    ledger: ledger.kind,
    recordType: rt.type,
    recordId: row.id,
    orgId: row.orgId,
    assigneeId: typeof assignee === 'number' ? assignee : null,
    title: title === null || title === undefined ? String(row.id) : String(title),
    body: indexedFields(rt)
      .map((f) => text(row[f.name]))
      .join('\n'),
    onDate: typeof date === 'string' ? date : null,
    updatedAt: row.updatedAt,
  };
}

/** Writes (or rewrites) the record's index row in the transaction that changed the record. */
export async function indexRecord(
  tx: Tx,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  row: LedgerRow,
): Promise<void> {
  const values = searchRow(ledger, rt, row);
  await tx
    .insertInto('recordSearch')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['ledger', 'recordType', 'recordId']).doUpdateSet({
        orgId: values.orgId,
        assigneeId: values.assigneeId,
        title: values.title,
        body: values.body,
        onDate: values.onDate,
        updatedAt: values.updatedAt,
      }),
    )
    .execute();
}
