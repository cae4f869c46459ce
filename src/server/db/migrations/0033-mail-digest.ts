// 每日邮件提醒: a user's e-mail address and opt-out, and one row per user and day a digest was
// sent (claimed before sending: never twice for the same day, whichever process sends it).
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('email', 'text').execute();
  await db.schema
    .alterTable('app_user')
    .addColumn('digest_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await withId(db, db.schema.createTable('mail_digest'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mail_digest_user_day', ['user_id', 'day'])
    .execute();
}
