// Migration of the disputes ledger (矛盾纠纷). Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('dispute'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_phone', 'text')
    .addColumn('applicant_idcard', 'text')
    .addColumn('respondent_name', 'text')
    .addColumn('respondent_phone', 'text')
    .addColumn('party_count', 'integer')
    .addColumn('amount', 'numeric')
    .addColumn('mediator_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('summary', 'text')
    .addColumn('agreement_form', 'text')
    .addColumn('agreement_content', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('referral', 'text')
    .addColumn('termination_reason', 'text')
    .addColumn('risk', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('risk_note', 'text')
    .addColumn('reported_to_police', 'integer')
    .addColumn('visit_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_visit_on', 'text')
    .addColumn('visit_result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispute_org_idx').on('dispute').columns(['org_id', 'accepted_on']).execute();
  await db.schema.createIndex('dispute_state_idx').on('dispute').columns(['state']).execute();
}
