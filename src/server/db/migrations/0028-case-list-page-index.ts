// The enforcement case list's page, read as a deferred join (store.ts listRecords): the ids of the
// page come from an index alone, ordered by filed_on DESC, then only those rows are read. With
// (state, filed_on) the index lacks org_id, so every case of the state in the date range was read
// from the table to test its organisation, and a deep page (OFFSET 900) read ~5,000 full rows:
// ~20 ms on SQLite for a township clerk. (state, filed_on, org_id) answers the scope test from the
// index; it replaces the (state, filed_on) index of 0008, which it extends. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('enforcement_case_state_filed_org_idx')
    .on('enforcement_case')
    .columns(['state', 'filed_on', 'org_id'])
    .execute();
  await db.schema.dropIndex('enforcement_case_state_filed_idx').execute();
}
