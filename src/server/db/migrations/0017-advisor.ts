// Migration of the legal advisor ledger (法律顾问): the advisors engaged, the review tasks sent to
// them, and the village advisors' 法治体检 visits. Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'legal_advisor')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('firm', 'text', (c) => c.notNull())
    .addColumn('licence_no', 'text')
    .addColumn('contract_from', 'text', (c) => c.notNull())
    .addColumn('contract_to', 'text', (c) => c.notNull())
    .addColumn('fee', 'numeric')
    .addColumn('phone', 'text')
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('ended_on', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema
    .createIndex('legal_advisor_org_idx')
    .on('legal_advisor')
    .columns(['org_id', 'contract_from'])
    .execute();

  await recordTable(db, 'advisor_task')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('advisor_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('counterparty', 'text')
    .addColumn('amount', 'numeric')
    // a link (ledgers/links.ts): the server checks the case exists in the sender's scope
    .addColumn('case_id', 'integer', (c) => c.references('enforcement_case.id'))
    .addColumn('normative_doc_id', 'integer', (c) => c.references('normative_doc.id'))
    .addColumn('decision_id', 'integer', (c) => c.references('decision.id'))
    .addColumn('meeting_on', 'text')
    .addColumn('request', 'text')
    .addColumn('opinion', 'text')
    .addColumn('reply', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('withdraw_reason', 'text')
    .execute();
  await db.schema
    .createIndex('advisor_task_org_idx')
    .on('advisor_task')
    .columns(['org_id', 'sent_on'])
    .execute();
  await db.schema.createIndex('advisor_task_advisor_idx').on('advisor_task').column('advisor_id').execute();

  await recordTable(db, 'advisor_checkup')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('advisor_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('issues_found', 'integer')
    .addColumn('suggestions', 'text')
    .execute();
  await db.schema
    .createIndex('advisor_checkup_org_idx')
    .on('advisor_checkup')
    .columns(['org_id', 'visited_on'])
    .execute();
}
