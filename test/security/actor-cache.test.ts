// Each process keeps the actors it loaded under the write stamps of `app_user`, `role_assignment`
// and `org` (core/actor.ts, migration 0036). Two app processes on one database: whatever one
// process — or a script on its own connection — changes about a user must take effect on the
// other's very next request: a revoked role, a deactivated organisation, a deactivated account.
// And while nothing is written, the kept actor is what answers (shown by a change made behind the
// stamps' back, which the process then does not see).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_STAMPS } from '../../src/server/core/actor.ts';
import type { Db } from '../../src/server/db/connect.ts';
import { injectLogin, twoProcesses } from '../app.ts';
import { type createTestDb, dialects, unstamped } from '../db.ts';

const today = '2026-11-16';
const LIST = '/api/ledgers/disputes/dispute?pageSize=5';

const login = injectLogin;

for (const dialect of dialects()) {
  describe(`cached actors across two processes [${dialect}]`, () => {
    let t: Awaited<ReturnType<typeof createTestDb>>;
    let a: FastifyInstance;
    let b: FastifyInstance;
    let dbB: Db;
    let userId: number;

    beforeAll(async () => {
      ({ t, a, b } = await twoProcesses(dialect, today));
      dbB = b.db;
      const user = await t.db.k
        .selectFrom('appUser')
        .select('id')
        .where('username', '=', 'qingshi.clerk')
        .executeTakeFirstOrThrow();
      userId = user.id;
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await t?.drop();
    });

    it('serves the kept actor while its stamps are unchanged', async () => {
      const get = await login(a, 'qingshi.clerk');
      const name = (await get('/api/auth/me')).body.user.displayName as string;
      // A rename, then the stamps put back as they were: the process cannot tell, and answers
      // from the actor it keeps — which is what makes the stamps the only thing that must change.
      const stamps = await unstamped(dbB, ACTOR_STAMPS, () =>
        dbB.k.updateTable('appUser').set({ displayName: '改名未盖戳' }).where('id', '=', userId).execute(),
      );
      expect(stamps).toHaveLength(3);
      expect((await get('/api/auth/me')).body.user.displayName).toBe(name);
      // A normal write (the trigger renews the stamp): seen at once.
      const rename = (to: string) =>
        dbB.k.updateTable('appUser').set({ displayName: to }).where('id', '=', userId).execute();
      await rename('改名已盖戳');
      expect((await get('/api/auth/me')).body.user.displayName).toBe('改名已盖戳');
      await rename(name);
      expect((await get('/api/auth/me')).body.user.displayName).toBe(name);
    });

    it('keeps its actors through other users’ logins and failed logins (migration 0044)', async () => {
      const get = await login(a, 'qingshi.clerk');
      const name = (await get('/api/auth/me')).body.user.displayName as string;
      const stamps = async () =>
        (
          await dbB.k
            .selectFrom('cacheStamp')
            .select(['name', 'stamp'])
            .where('name', 'in', [...ACTOR_STAMPS])
            .orderBy('name')
            .execute()
        ).map((s) => `${s.name} ${s.stamp}`);
      const before = await stamps();
      // A rename behind the stamps' back: visible only once a stamp moves.
      await unstamped(dbB, ['table:app_user'], () =>
        dbB.k.updateTable('appUser').set({ displayName: '登录不盖戳' }).where('id', '=', userId).execute(),
      );
      // Another township's clerk logs in on the other process, and someone mistypes a password.
      await login(b, 'baima.clerk');
      const wrong = await b.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'baima.clerk', password: 'not-the-password' },
        remoteAddress: '192.0.2.44',
      });
      expect(wrong.statusCode).toBe(401);
      expect(await stamps()).toEqual(before);
      expect((await get('/api/auth/me')).body.user.displayName).toBe(name);
      await dbB.k.updateTable('appUser').set({ displayName: name }).where('id', '=', userId).execute();
      expect((await get('/api/auth/me')).body.user.displayName).toBe(name);
    });

    it('follows a revoked role, a deactivated organisation and a deactivated account', async () => {
      const get = await login(a, 'qingshi.clerk');
      expect((await get(LIST)).status).toBe(200);
      // Revoked on the other connection (any process, any script): refused at the next request.
      const roles = await dbB.k
        .selectFrom('roleAssignment')
        .selectAll()
        .where('userId', '=', userId)
        .execute();
      expect(roles.length).toBeGreaterThan(0);
      await dbB.k.deleteFrom('roleAssignment').where('userId', '=', userId).execute();
      expect((await get(LIST)).status).toBe(403);
      expect((await get('/api/auth/me')).body.user.roles).toEqual([]);
      await dbB.k.insertInto('roleAssignment').values(roles).execute();
      expect((await get(LIST)).status).toBe(200);

      // The township deactivated: its roles grant nothing.
      const orgId = roles[0].orgId;
      await dbB.k.updateTable('org').set({ active: 0 }).where('id', '=', orgId).execute();
      expect((await get(LIST)).status).toBe(403);
      await dbB.k.updateTable('org').set({ active: 1 }).where('id', '=', orgId).execute();
      expect((await get(LIST)).status).toBe(200);

      // The account deactivated: the session ends (401) and is gone.
      const sessions = async () =>
        Number(
          (
            await sql<{ n: number }>`select count(*) as n from session where user_id = ${userId}`.execute(
              t.db.k,
            )
          ).rows[0].n,
        );
      const before = await sessions();
      await dbB.k.updateTable('appUser').set({ active: 0 }).where('id', '=', userId).execute();
      const r = await get(LIST);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('SESSION_EXPIRED');
      expect(await sessions()).toBe(before - 1);
    });
  });
}
