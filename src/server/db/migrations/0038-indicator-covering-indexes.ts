// SQLite: five ledger tables' (org_id, date) indexes widened with the columns their indicator set
// reads (ledgers/indicator-row.ts), so that the roll-up counts them from the index alone instead of
// fetching each of the year's rows from the table (SQLite's row fetch was most of the roll-up's
// cost on these: the year's publicity activities 160 µs from the table against ≈ 40 from an index).
// Each index is replaced under its name, not added beside it: every query that searched or ordered
// by (org_id, date) still does, and a write still updates one index per table. PostgreSQL is left
// as it is (its roll-up is one round trip and meets its goal; its planner reads these tables by
// bitmap scans). Frozen once released.
import { isPostgres, type MigrationDb } from './util.ts';

const WIDENED: readonly [index: string, table: string, columns: string[]][] = [
  ['dispute_org_idx', 'dispute', ['org_id', 'accepted_on', 'state']],
  ['hotline_ticket_org_idx', 'hotline_ticket', ['org_id', 'received_on', 'state']],
  ['study_session_org_idx', 'study_session', ['org_id', 'held_on', 'kind', 'attendees']],
  ['advisor_task_org_idx', 'advisor_task', ['org_id', 'sent_on', 'state', 'kind']],
  [
    'publicity_activity_org_idx',
    'publicity_activity',
    ['org_id', 'held_on', 'kind', 'materials', 'audience', 'banners', 'online_posts', 'consultations'],
  ],
];

export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) return;
  for (const [index, table, columns] of WIDENED) {
    await db.schema.dropIndex(index).execute();
    await db.schema.createIndex(index).on(table).columns(columns).execute();
  }
}
