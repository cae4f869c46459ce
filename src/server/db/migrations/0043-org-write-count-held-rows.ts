// Every organisation holding rows of a ledger record table has a write count (org_write_count,
// migration 0042), so that the organisations with a count under a scope are all those whose rows
// a list of that scope can show: on SQLite a township's list page reads the one organisation
// holding its cases from the index that starts with it (ledgers/list-page-ids.ts) instead of
// walking every township's cases of the state. 0042 counted writes from then on only; rows written
// before it get a count of 1 here (a count that exists is left as it is: a kept page whose scope
// gains one is read again once). Frozen once released.
import { TABLES as STAMPED } from './0034-table-stamps.ts';
import { countHeldRows, type MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  for (const table of STAMPED) if (table !== 'org') await countHeldRows(db, table);
}
