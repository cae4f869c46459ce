// 全局搜索 at province scale (docs/scale.md, "Province scale"): every query of the search box names
// the ledger, the record type and the reader's organisations (`org_id IN (SELECT id FROM org WHERE
// path LIKE …)`). With only (org_id, ledger) and the unique (ledger, record_type, record_id), the
// planner read every row of the record type in the whole database and AND-ed it with the trigram
// index's matches of the whole database, so a county supervisor's search grew with the number of
// counties (330 ms at 20 townships, 1.25 s at 100, PostgreSQL). (ledger, record_type, org_id) lets
// it read the rows of the type in the reader's organisations only. Frozen once released.
// (0034 is taken by another branch's migration, not yet on main.)
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('record_search_scope')
    .on('record_search')
    .columns(['ledger', 'record_type', 'org_id'])
    .execute();
}
