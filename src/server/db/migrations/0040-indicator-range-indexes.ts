// SQLite: two indicator counts read by a range of their own index, from the index alone, instead
// of fetching every record of the scope from the table (ledgers/indicator-row.ts):
// - the fines and confiscated amounts of the cases decided in the year (enforcement's set counts
//   them apart from the cases filed, each by its own range): (org_id, decided_on) with the two
//   amounts. 0004's (decided_on) alone made SQLite walk each organisation's cases through
//   (org_id, state, filed_on) and fetch them all — 524 cases of the demo county, 0.17 ms against
//   0.05 for the set with this index;
// - the items published in the year (state 'published', by published_on): (org_id, state,
//   published_on). 0018's (org_id, written_on) held neither column: 0.06 ms against 0.02.
// Added beside the indexes they extend: those order the ledgers' lists by their own date. PostgreSQL
// is left as it is, as in 0038 (its roll-up is one round trip and meets its goal). Frozen once
// released.
import { isPostgres, type MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema
    .createIndex('enforcement_case_fined_idx')
    .on('enforcement_case')
    .columns(['org_id', 'decided_on', 'fine_amount', 'confiscated_amount'])
    .execute();
  await db.schema
    .createIndex('disclosure_item_published_idx')
    .on('disclosure_item')
    .columns(['org_id', 'state', 'published_on'])
    .execute();
}
