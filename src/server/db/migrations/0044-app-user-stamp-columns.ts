// `table:app_user` (migration 0036) no longer moves when a login only keeps its books. Every login
// — and every failed one — writes the user's row (the failed-attempt count, the lock, the last
// login, the one-time code's use); with a trigger on every UPDATE, each such write renewed the
// stamp that every process's kept actors (core/actor.ts) and kept list pages showing user names
// (ledgers/list-page-cache.ts) live under: a county's morning of logins emptied them all, in every
// process, about once a login. Nothing kept reads those four columns. The stamp now moves on an
// insert, a delete and an UPDATE that sets any other column (`UPDATE OF`: the columns set, whatever
// their values). A column added to `app_user` later must be added to the list by a migration of its
// own: `app-user-stamp.test.ts` sets each column of the real table and fails on one left out.
// Frozen once released.
import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './util.ts';

/** Set by logins only (core/auth.ts); read by nothing kept under the stamp. */
export const LOGIN_BOOKKEEPING = ['failed_count', 'locked_until', 'last_login_at', 'code_used_at'];

/** Every other column of `app_user` as of this migration. */
export const STAMPED_COLUMNS = [
  'id',
  'username',
  'display_name',
  'org_id',
  'password_hash',
  'must_change_password',
  'active',
  'password_changed_at',
  'is_demo',
  'created_at',
  'updated_at',
  'code_expires_at',
  'email',
  'digest_opt_out',
];

export async function up(db: MigrationDb): Promise<void> {
  const columns = STAMPED_COLUMNS.join(', ');
  if (isPostgres(db)) {
    await sql.raw('DROP TRIGGER app_user_stamp ON app_user').execute(db);
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER app_user_stamp AFTER INSERT OR DELETE OR UPDATE OF ${columns} ON app_user
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fazhi_table_written()`,
      )
      .execute(db);
    return;
  }
  await sql.raw('DROP TRIGGER app_user_stamp_update').execute(db);
  await sql
    .raw(
      `CREATE TRIGGER app_user_stamp_update AFTER UPDATE OF ${columns} ON app_user
       BEGIN UPDATE cache_stamp SET stamp = lower(hex(randomblob(16))) WHERE name = 'table:app_user'; END`,
    )
    .execute(db);
}
