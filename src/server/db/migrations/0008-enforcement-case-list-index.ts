// Indexes for the enforcement case list filtered by state: `org_id IN (scope) AND state = ? AND
// filed_on BETWEEN ? AND ?`, counted, then paged by filed_on DESC. Without them SQLite walks the
// state index (most cases are archived) and PostgreSQL scans the table: ~150 ms per request on
// 200,000 cases instead of a few ms (bench/ledger-case-list.bench.ts).
// (org_id, state, filed_on) answers the count from the index alone; (state, filed_on) walks the
// page in order. The latter replaces the state-only index it extends. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('enforcement_case_org_state_idx')
    .on('enforcement_case')
    .columns(['org_id', 'state', 'filed_on'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_state_filed_idx')
    .on('enforcement_case')
    .columns(['state', 'filed_on'])
    .execute();
  await db.schema.dropIndex('enforcement_case_state_idx').execute();
}
