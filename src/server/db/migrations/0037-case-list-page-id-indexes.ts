// The enforcement case list's page ids on PostgreSQL read organisation by organisation
// (ledgers/list-page-ids.ts), from indexes alone: (org_id, state, filed_on, id) with a state
// filter, (org_id, filed_on, id) without. PostgreSQL indexes do not carry the id, so with the
// indexes before, each id of a page and each tie of filed_on (ordered by id) was read from the
// table: a township clerk's page 50 walked ~4,500 cases of all townships through (state, filed_on,
// org_id) of 0028 and fetched every one, and a page without a state filter sorted every case of
// the scope (100–200 ms, 200,000 cases). The indexes they extend — (org_id, state, filed_on) of
// 0008, (org_id, filed_on) of 0004 — stay, as does 0028's: the list's count and the county's
// ordered walk read them, and with the id in it an index is three to four times larger (PostgreSQL
// no longer deduplicates its entries) and a count over it took twice as long. SQLite is left as it
// is: its indexes end with the rowid, the id, and its page keeps the ordered walk. Frozen once
// released.
import { isPostgres, type MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createIndex('enforcement_case_org_state_page_idx')
    .on('enforcement_case')
    .columns(['org_id', 'state', 'filed_on', 'id'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_org_page_idx')
    .on('enforcement_case')
    .columns(['org_id', 'filed_on', 'id'])
    .execute();
}
