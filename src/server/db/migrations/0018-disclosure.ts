// Migration of the disclosure ledger (政务公开): requests (依申请公开) and catalogue items (主动公开),
// and the clocks' note (why a clock starts where it does). Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'disclosure_request')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_phone', 'text')
    .addColumn('applicant_idcard', 'text')
    .addColumn('applicant_address', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('handler_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('description', 'text')
    .addColumn('correction_requested_on', 'text')
    .addColumn('correction_items', 'text')
    .addColumn('correction_due_on', 'text')
    .addColumn('supplement_on', 'text')
    .addColumn('consult_party', 'text')
    .addColumn('consultee', 'text')
    .addColumn('consult_served_on', 'text')
    .addColumn('consult_reply_by', 'text')
    .addColumn('consult_replied_on', 'text')
    .addColumn('consult_opinion', 'text')
    .addColumn('extension_days', 'integer')
    .addColumn('extension_approver', 'text')
    .addColumn('extension_reason', 'text')
    .addColumn('answer_type', 'text')
    .addColumn('answer_reason', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answer_summary', 'text')
    .addColumn('fee_amount', 'numeric')
    .addColumn('fee_note', 'text')
    .execute();
  await db.schema
    .createIndex('disclosure_request_org_idx')
    .on('disclosure_request')
    .columns(['org_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_request_answered_idx')
    .on('disclosure_request')
    .columns(['org_id', 'answered_on'])
    .execute();

  await recordTable(db, 'disclosure_item')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('index_no', 'text')
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('genre', 'text', (c) => c.notNull())
    .addColumn('doc_no', 'text')
    .addColumn('written_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text')
    .addColumn('validity', 'text', (c) => c.notNull().defaultTo('valid'))
    .addColumn('normative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('repealed_on', 'text')
    .addColumn('summary', 'text')
    .addColumn('url', 'text')
    .execute();
  await db.schema
    .createIndex('disclosure_item_org_idx')
    .on('disclosure_item')
    .columns(['org_id', 'written_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_item_index_no_key')
    .on('disclosure_item')
    .column('index_no')
    .unique()
    .execute();

  await db.schema.alterTable('deadline').addColumn('note', 'text').execute();
}
