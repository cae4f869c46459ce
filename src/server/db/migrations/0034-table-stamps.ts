// A write stamp per table for process-local caches of what a query over the table answers (the
// ledger lists' totals): one `cache_stamp` row per table, `table:<name>`, replaced by the database
// itself whenever a row of the table is inserted, updated or deleted — whichever process, command,
// import or script writes it. A reader that reads the stamp in the same statement as its query (or
// the same snapshot) may keep the answer under that stamp: while the stamp is unchanged, the table
// is too.
// - PostgreSQL: a deferred constraint trigger per table, so the stamp row is updated at commit, once
//   per transaction and table (a transaction-local setting remembers it), after the transaction's
//   other locks (the audit chain's advisory lock among them): writers of one table wait for each
//   other only for the moment of their commit, and never in an order that could deadlock them
//   against the audit lock.
// - SQLite: an AFTER trigger per table and statement kind (row-level; writers are serialised by
//   the database anyway).
// The tables are listed here, frozen: every ledger record table of 0001–0033 and `org` (a list's
// scope is a subtree of organisations). A later ledger table adds its own in its migration
// (`stampTable` in util.ts); `table-stamps.test.ts` checks every registered ledger table has one.
import { sql } from 'kysely';
import { isPostgres, type MigrationDb, stampTable } from './util.ts';

export const TABLES = [
  'org',
  'dispute',
  'enforcement_case',
  'enforcement_officer',
  'enforcement_item',
  'enforcement_equipment',
  'enforcement_inspection',
  'petition',
  'hotline_ticket',
  'publicity_activity',
  'legal_liaison',
  'publicity_duty',
  'study_session',
  'study_exam',
  'leadership_meeting',
  'leadership_shufa',
  'decision',
  'decision_comment',
  'decision_catalogue',
  'emergency_plan',
  'emergency_drill',
  'emergency_event',
  'review_case',
  'normative_doc',
  'disclosure_request',
  'disclosure_item',
  'legal_advisor',
  'advisor_task',
  'advisor_checkup',
  'supervision_notice',
];

export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(
        `CREATE FUNCTION fazhi_table_written() RETURNS trigger AS $$
         DECLARE flag text := 'fazhi.stamped_' || TG_TABLE_NAME;
         BEGIN
           IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
             UPDATE cache_stamp SET stamp = md5(random()::text || clock_timestamp()::text)
               WHERE name = 'table:' || TG_TABLE_NAME;
             PERFORM set_config(flag, txid_current()::text, true);
           END IF;
           RETURN NULL;
         END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
  }
  for (const table of TABLES) await stampTable(db, table);
}
