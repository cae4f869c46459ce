// Migration of the reconsideration and litigation ledger (复议应诉). Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'review_case')
    .addColumn('case_type', 'text', (c) => c.notNull())
    .addColumn('case_no', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('simplified', 'integer')
    .addColumn('claimant_kind', 'text', (c) => c.notNull())
    .addColumn('claimant_name', 'text')
    .addColumn('claimant_org', 'text')
    .addColumn('claimant_phone', 'text')
    .addColumn('act', 'text', (c) => c.notNull())
    .addColumn('act_category', 'text', (c) => c.notNull())
    .addColumn('enforcement_case_no', 'text')
    .addColumn('claims', 'text')
    .addColumn('handler_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('counsel', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answer_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hearing_on', 'text')
    .addColumn('leader_appeared', 'integer')
    .addColumn('leader_name', 'text')
    .addColumn('leader_post', 'text')
    .addColumn('absence_reason', 'text')
    .addColumn('delegate_name', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('review_outcome', 'text')
    .addColumn('court_outcome', 'text')
    .addColumn('outcome_note', 'text')
    .execute();
  await db.schema
    .createIndex('review_case_org_idx')
    .on('review_case')
    .columns(['org_id', 'received_on'])
    .execute();
  await db.schema.createIndex('review_case_state_idx').on('review_case').columns(['state']).execute();
}
