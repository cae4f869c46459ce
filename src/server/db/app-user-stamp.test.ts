// `table:app_user` moves on every write the processes' kept actors and list pages could see, and not
// on a login's own bookkeeping (migration 0044): a county's logins must not empty every process's
// caches. Both dialects, the real triggers.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { makeTree, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { login } from '../core/auth.ts';
import type { Db } from './connect.ts';
import { LOGIN_BOOKKEEPING, STAMPED_COLUMNS } from './migrations/0044-app-user-stamp-columns.ts';

const stamp = async (db: Db) =>
  (
    await db.k
      .selectFrom('cacheStamp')
      .select('stamp')
      .where('name', '=', 'table:app_user')
      .executeTakeFirstOrThrow()
  ).stamp;

const attempt = (db: Db, username: string, password: string, now: Date) =>
  login(db, { username, password, clientIp: '192.0.2.9', userAgent: 'vitest' }, { now });

describeEachDialect('the app_user write stamp', (ctx) => {
  it('stays as it is through logins, failed ones and a lock', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '戳记');
    const u = await makeUser(db.k, tree.town.id, ['clerk']);
    const before = await stamp(db);
    const t0 = new Date('2026-03-02T01:00:00.000Z');
    await attempt(db, u.username, TEST_PASSWORD, t0);
    for (let i = 0; i < 6; i++) await attempt(db, u.username, 'wrong-password', t0).catch(() => {});
    const row = await db.k
      .selectFrom('appUser')
      .select(['failedCount', 'lockedUntil', 'lastLoginAt'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row.lastLoginAt).not.toBeNull();
    expect(row.lockedUntil).not.toBeNull();
    expect(await stamp(db)).toBe(before);
  });

  it('moves on an insert, a delete and a write of any column but the login bookkeeping', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '戳记列');
    let seen = await stamp(db);
    const moved = async () => {
      const now = await stamp(db);
      const changed = now !== seen;
      seen = now;
      return changed;
    };
    const u = await makeUser(db.k, tree.town.id, ['clerk']);
    expect(await moved(), 'insert').toBe(true);
    // Every column of the real table is either stamped or bookkeeping: a column added later and
    // left out of both fails here until a migration stamps it.
    const table = (await db.k.introspection.getTables()).find((t) => t.name === 'app_user');
    const columns = table?.columns.map((c) => c.name) ?? [];
    expect(columns.length).toBeGreaterThan(10);
    for (const column of columns) {
      expect([...STAMPED_COLUMNS, ...LOGIN_BOOKKEEPING], column).toContain(column);
      await sql`UPDATE app_user SET ${sql.ref(column)} = ${sql.ref(column)} WHERE id = ${u.id}`.execute(db.k);
      expect(await moved(), column).toBe(!LOGIN_BOOKKEEPING.includes(column));
    }
    await db.k.deleteFrom('roleAssignment').where('userId', '=', u.id).execute();
    await db.k.deleteFrom('appUser').where('id', '=', u.id).execute();
    expect(await moved(), 'delete').toBe(true);
  });
});
