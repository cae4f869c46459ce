// The enforcement case list's page ids on PostgreSQL (ledgers/list-page-ids.ts), from indexes
// alone. The indexes of 0004, 0008 and 0028 end with filed_on: PostgreSQL indexes do not carry the
// id, so each id of a page, and each tie of filed_on to order by id, was read from the table —
// a township clerk's page 50 walked ~4,500 cases of all townships through (state, filed_on, org_id)
// and fetched every one (~4–8 ms; a small township's ~25 ms), and a list without a state filter
// sorted the whole table (~200 ms for anyone, 200,000 cases).
// - (org_id, state, filed_on, id) and (org_id, filed_on, id): a township's page read organisation
//   by organisation, with and without a state; they extend and replace (org_id, state, filed_on)
//   of 0008 (the list's count) and (org_id, filed_on) of 0004.
// - (state, filed_on, id, org_id) and (filed_on, id, org_id): the ordered walk of a county's page,
//   the organisation tested in the index; the first replaces (state, filed_on, org_id) of 0028.
// SQLite is left as it is: its indexes end with the rowid (the id) and it keeps the ordered walk.
// Frozen once released.
import { isPostgres, type MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  const index = async (name: string, columns: string[], replaces?: string) => {
    await db.schema.createIndex(name).on('enforcement_case').columns(columns).execute();
    if (replaces) await db.schema.dropIndex(replaces).execute();
  };
  await index(
    'enforcement_case_org_state_page_idx',
    ['org_id', 'state', 'filed_on', 'id'],
    'enforcement_case_org_state_idx',
  );
  await index('enforcement_case_org_page_idx', ['org_id', 'filed_on', 'id'], 'enforcement_case_org_idx');
  await index(
    'enforcement_case_state_page_idx',
    ['state', 'filed_on', 'id', 'org_id'],
    'enforcement_case_state_filed_org_idx',
  );
  await index('enforcement_case_page_idx', ['filed_on', 'id', 'org_id']);
}
