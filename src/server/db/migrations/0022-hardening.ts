// Account hardening (issue 12). (1) `password_reset`: a sysadmin's reset as a one-time code (only its
// hash), with its expiry and, for the secadmin's and the auditor's accounts, the confirmation by the
// other of the two; (2) `app_user.code_expires_at` / `code_used_at`: the user's current password is
// such a code until then / was used to log in once (a second login with it is refused);
// (3) `password_history`: the hashes of a user's earlier passwords (reuse of the last five refused);
// (4) `login_counter`: failed logins per client address and per unknown name, in the database so that
// several app processes share them. Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('code_expires_at', 'text').execute();
  await db.schema.alterTable('app_user').addColumn('code_used_at', 'text').execute();

  await withId(db, db.schema.createTable('password_reset'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('requested_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('confirm_role', 'text')
    .addColumn('confirmed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_reset_user_idx')
    .on('password_reset')
    .columns(['user_id', 'state'])
    .execute();

  await withId(db, db.schema.createTable('password_history'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_history_user_idx')
    .on('password_history')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('login_counter')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}
