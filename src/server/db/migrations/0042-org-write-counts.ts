// Writes counted per ledger table and organisation, so that a kept list page (ledgers/
// list-page-cache.ts) outlives writes outside its scope. 0034's stamp is per table: a step in one
// township renewed it and emptied every township's kept pages of that table, so in a county (and
// far more in a province, where some township writes every second) a list was read afresh almost
// every time. `org_write_count` holds, per (table, organisation), how many transactions have
// written a row of that organisation in that table; the sum over a list's scope grows exactly when
// a row in the scope is inserted, updated (old and new organisation) or deleted, whatever the
// order the writers commit in (a counter only grows, unlike a "latest" stamp).
// - PostgreSQL: a deferred constraint trigger per table, like 0034's, counting once per
//   transaction and organisation (the organisations counted are remembered in a transaction-local
//   setting per table). Named `<table>_writes`, it fires after `<table>_stamp` on the same row:
//   the transaction already holds the table stamp's row lock, so writers of one table reach these
//   rows one at a time and cannot deadlock on them.
// - SQLite: AFTER triggers per table and statement kind (writers are serialised anyway).
// Every ledger record table of 0001–0041, frozen; a later record table adds its own
// (`countOrgWrites` in util.ts). list-totals.test.ts checks every registered record table has them.
import { sql } from 'kysely';
import { TABLES as STAMPED } from './0034-table-stamps.ts';
import { countOrgWrites, isPostgres, type MigrationDb } from './util.ts';

/** 0034's tables but `org`: every ledger record table (none was added in 0035–0041). */
const TABLES = STAMPED.filter((t) => t !== 'org');

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('org_write_count')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull())
    .addColumn('writes', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_write_count_pk', ['table_name', 'org_id'])
    .execute();
  if (isPostgres(db)) {
    await sql
      .raw(
        `CREATE FUNCTION fazhi_org_written() RETURNS trigger AS $$
         DECLARE
           flag text := 'fazhi.orgs_' || TG_TABLE_NAME;
           tx text := txid_current()::text;
           seen text := current_setting(flag, true);
           orgs integer[] := '{}';
           org integer;
         BEGIN
           IF seen IS NULL OR split_part(seen, ':', 1) <> tx THEN seen := tx || ':,'; END IF;
           IF TG_OP <> 'DELETE' THEN orgs := orgs || NEW.org_id; END IF;
           IF TG_OP <> 'INSERT' THEN orgs := orgs || OLD.org_id; END IF;
           FOREACH org IN ARRAY orgs LOOP
             IF position(',' || org || ',' IN seen) = 0 THEN
               INSERT INTO org_write_count (table_name, org_id, writes) VALUES (TG_TABLE_NAME, org, 1)
                 ON CONFLICT (table_name, org_id) DO UPDATE SET writes = org_write_count.writes + 1;
               seen := seen || org || ',';
             END IF;
           END LOOP;
           PERFORM set_config(flag, seen, true);
           RETURN NULL;
         END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
  }
  for (const table of TABLES) await countOrgWrites(db, table);
}
