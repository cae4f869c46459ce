// Migration of the petitions ledger (信访, hotline tickets). Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  let petition = withId(db, db.schema.createTable('petition'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('petitioner_name', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer')
    .addColumn('handler_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('extension_days', 'integer');
  for (const col of [
    'petitioner_phone',
    'petitioner_idcard',
    'content',
    'handling_unit',
    'disposed_on',
    'transferred_to',
    'notice',
    'extension_reason',
    'extension_approver',
    'extension_approved_on',
    'opinion',
    'opinion_text',
    'answered_on',
    'delivered_on',
    'review_requested_on',
    'review_opinion',
    'review_answered_on',
    'review_delivered_on',
    'recheck_requested_on',
    'recheck_opinion',
    'recheck_answered_on',
    'satisfaction',
    'concluded_on',
  ]) {
    petition = petition.addColumn(col, 'text');
  }
  await petition
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('petition_org_idx').on('petition').columns(['org_id', 'received_on']).execute();
  await db.schema.createIndex('petition_state_idx').on('petition').columns(['state']).execute();

  let ticket = withId(db, db.schema.createTable('hotline_ticket'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('ticket_no', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('handler_id', 'integer', (c) => c.references('app_user.id'));
  for (const col of [
    'content',
    'caller_name',
    'caller_phone',
    'signed_on',
    'reply_text',
    'replied_on',
    'satisfaction',
    'return_reason',
  ]) {
    ticket = ticket.addColumn(col, 'text');
  }
  await ticket
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hotline_ticket_org_idx')
    .on('hotline_ticket')
    .columns(['org_id', 'received_on'])
    .execute();
  await db.schema.createIndex('hotline_ticket_no_idx').on('hotline_ticket').columns(['ticket_no']).execute();
}
