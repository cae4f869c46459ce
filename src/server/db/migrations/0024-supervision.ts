// 督办通知 (the supervision ledger) and the notifications each user has marked read. Frozen once
// released.
import { type MigrationDb, recordTable, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'supervision_notice')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_link', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('close_note', 'text')
    .addColumn('closed_on', 'text')
    .execute();
  await db.schema
    .createIndex('supervision_notice_org_idx')
    .on('supervision_notice')
    .columns(['org_id', 'issued_on'])
    .execute();

  // A notification is computed from the data (assigned, due soon, returned, 督办); only its having
  // been read is stored, per user, under the item's key (which changes when the item does).
  await withId(db, db.schema.createTable('notification_read'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notification_read_user_key', ['user_id', 'item_key'])
    .execute();
}
