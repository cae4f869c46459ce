import { createHash } from 'node:crypto';
import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { type Db, openDb } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { beijingTime, changePassword, login, logout, resolveSession } from './auth.ts';

const MIN = 60_000;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

function attempt(db: Db, username: string, password: string, now: Date) {
  return login(db, { username, password, clientIp: '192.0.2.7', userAgent: 'vitest' }, { now });
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

async function lastEvents(db: Db, n: number) {
  const rows = await db.k.selectFrom('auditEvent').selectAll().orderBy('seq', 'desc').limit(n).execute();
  return rows.reverse();
}

describeEachDialect('authentication', (ctx) => {
  it('logs in: a hashed session id, a CSRF token, the actor, an audit event', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '登录');
    const u = await makeUser(db.k, tree.town.id, ['clerk'], { displayName: '周登录' });
    const r = await attempt(db, u.username.toUpperCase(), TEST_PASSWORD, T0);
    expect(r.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.actor).toMatchObject({
      userId: u.id,
      orgId: tree.town.id,
      orgPath: tree.town.path,
      clientIp: '192.0.2.7',
    });
    expect(r.actor.roles).toEqual([{ role: 'clerk', orgId: tree.town.id, orgPath: tree.town.path }]);
    const sessions = await db.k.selectFrom('session').selectAll().where('userId', '=', u.id).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0].id).toBe(createHash('sha256').update(r.sessionToken).digest('hex'));
    expect(sessions[0]).toMatchObject({
      csrfToken: r.csrfToken,
      createdAt: T0.toISOString(),
      userAgent: 'vitest',
    });
    const [event] = await lastEvents(db, 1);
    expect(event).toMatchObject({
      action: 'auth.login',
      actorId: u.id,
      orgId: tree.town.id,
      clientIp: '192.0.2.7',
    });
    const user = await db.k
      .selectFrom('appUser')
      .selectAll()
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(user.lastLoginAt).toBe(T0.toISOString());

    const s = await resolveSession(db, r.sessionToken, at(1), '192.0.2.8');
    expect(s.csrfToken).toBe(r.csrfToken);
    expect(s.actor).toMatchObject({ userId: u.id, clientIp: '192.0.2.8', sessionId: sessions[0].id });
  });

  it('counts failures, locks for 15 minutes after 5, and resets the count on success', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '锁定');
    const u = await makeUser(db.k, tree.town.id, ['clerk']);

    let e = await failure(attempt(db, u.username, 'wrong', at(0)));
    expect(e).toMatchObject({
      status: 401,
      code: 'BAD_CREDENTIALS',
      message: '用户名或密码错误，还可尝试4次',
    });
    await failure(attempt(db, u.username, 'wrong', at(0)));
    await attempt(db, u.username, TEST_PASSWORD, at(1));
    e = await failure(attempt(db, u.username, 'wrong', at(2)));
    expect(e.message).toBe('用户名或密码错误，还可尝试4次');

    for (const left of [3, 2, 1]) {
      e = await failure(attempt(db, u.username, 'wrong', at(2)));
      expect(e.message).toBe(`用户名或密码错误，还可尝试${left}次`);
    }
    e = await failure(attempt(db, u.username, 'wrong', at(3)));
    const until = at(18).toISOString();
    expect(e).toMatchObject({ status: 423, code: 'LOCKED', extra: { lockedUntil: until } });
    expect(e.message).toContain(beijingTime(until));
    expect(beijingTime(until)).toBe('2026-03-02 09:18');
    const [failed, locked] = await lastEvents(db, 2);
    expect(failed.action).toBe('auth.login_failed');
    expect(locked).toMatchObject({ action: 'auth.locked', actorId: u.id, entityId: String(u.id) });

    // Locked: even the right password is refused, and the refusal does not extend the lock.
    e = await failure(attempt(db, u.username, TEST_PASSWORD, at(17)));
    expect(e).toMatchObject({ code: 'LOCKED', extra: { lockedUntil: until } });

    // After 15 minutes the right password works and the count starts afresh.
    const r = await attempt(db, u.username, TEST_PASSWORD, at(19));
    expect(r.actor.userId).toBe(u.id);
    const row = await db.k.selectFrom('appUser').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ failedCount: 0, lockedUntil: null });
  });

  it('refuses unknown names like wrong passwords, and deactivated accounts', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '停用');
    let e = await failure(attempt(db, 'no.such.user', 'whatever', T0));
    expect(e).toMatchObject({ status: 401, code: 'BAD_CREDENTIALS' });
    expect(e.message).toMatch(/^用户名或密码错误/);
    const [event] = await lastEvents(db, 1);
    expect(event).toMatchObject({ action: 'auth.login_failed', actorId: null, orgId: null });
    expect(JSON.parse(event.afterJson ?? '')).toMatchObject({
      username: 'no.such.user',
      reason: 'unknown_user',
    });

    const u = await makeUser(db.k, tree.town.id, ['clerk']);
    await db.k.updateTable('appUser').set({ active: 0 }).where('id', '=', u.id).execute();
    e = await failure(attempt(db, u.username, 'wrong', T0));
    expect(e.code).toBe('BAD_CREDENTIALS');
    e = await failure(attempt(db, u.username, TEST_PASSWORD, T0));
    expect(e).toMatchObject({ status: 403, code: 'ACCOUNT_DISABLED' });
  });

  it('ends sessions after 30 idle minutes and 12 hours in all, touching at most once a minute', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '会话');
    const u = await makeUser(db.k, tree.town.id, ['leader']);
    const sid = (token: string) => createHash('sha256').update(token).digest('hex');
    const seen = async (token: string) =>
      (await db.k.selectFrom('session').select('lastSeenAt').where('id', '=', sid(token)).executeTakeFirst())
        ?.lastSeenAt;

    const idle = await attempt(db, u.username, TEST_PASSWORD, T0);
    await resolveSession(db, idle.sessionToken, new Date(T0.getTime() + 59_000));
    expect(await seen(idle.sessionToken)).toBe(T0.toISOString());
    await resolveSession(db, idle.sessionToken, at(2));
    expect(await seen(idle.sessionToken)).toBe(at(2).toISOString());
    await resolveSession(db, idle.sessionToken, at(31));
    const e = await failure(resolveSession(db, idle.sessionToken, at(62)));
    expect(e).toMatchObject({ status: 401, code: 'SESSION_EXPIRED' });
    expect(await seen(idle.sessionToken)).toBeUndefined();
    const [event] = await lastEvents(db, 1);
    expect(event).toMatchObject({ action: 'auth.session_expired', actorId: u.id });
    expect(JSON.parse(event.afterJson ?? '')).toMatchObject({ reason: 'idle' });
    // Unknown (e.g. already deleted) tokens also answer SESSION_EXPIRED, without a new event.
    await expect(resolveSession(db, idle.sessionToken, at(63))).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect((await lastEvents(db, 1))[0].seq).toBe(event.seq);

    const busy = await attempt(db, u.username, TEST_PASSWORD, T0);
    for (let m = 20; m <= 12 * 60; m += 20) await resolveSession(db, busy.sessionToken, at(m));
    await expect(resolveSession(db, busy.sessionToken, at(12 * 60 + 1))).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect(JSON.parse((await lastEvents(db, 1))[0].afterJson ?? '')).toMatchObject({ reason: 'absolute' });

    // A deactivated user's session ends at the next request.
    const gone = await attempt(db, u.username, TEST_PASSWORD, at(1000));
    await db.k.updateTable('appUser').set({ active: 0 }).where('id', '=', u.id).execute();
    await expect(resolveSession(db, gone.sessionToken, at(1001))).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
  });

  it("reads concurrent requests' sessions together on PostgreSQL, each request its own", async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '并发');
    const a = await makeUser(db.k, tree.town.id, ['clerk']);
    const b = await makeUser(db.k, tree.town.id, ['leader']);
    const sa = await attempt(db, a.username, TEST_PASSWORD, T0);
    const sb = await attempt(db, b.username, TEST_PASSWORD, T0);
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    const sessionStatements = () =>
      spy.mock.calls.filter(([q]) => JSON.stringify(q).includes('from \\"session\\"')).length;
    const pool = db.dialect === 'postgres';
    const now = new Date(T0.getTime() + 30_000);
    const results = await Promise.allSettled([
      resolveSession(db, sa.sessionToken, now),
      resolveSession(db, sb.sessionToken, now),
      resolveSession(db, sa.sessionToken, now),
      resolveSession(db, 'no-such-token', now),
    ]);
    const ok = results.map((r) =>
      r.status === 'fulfilled' ? r.value.actor.userId : (r.reason as AppError).code,
    );
    expect(ok).toEqual([a.id, b.id, a.id, 'SESSION_EXPIRED']);
    const first = results[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof resolveSession>>>;
    expect(first.value.csrfToken).toBe(sa.csrfToken);
    expect(first.value.actor.tableStamps?.get('table:enforcement_case')).toMatch(/./);
    if (pool) expect(sessionStatements()).toBe(1);
    // A request alone is read alone, and the next turn's requests in a statement of their own.
    await resolveSession(db, sb.sessionToken, now);
    if (pool) expect(sessionStatements()).toBe(2);
    spy.mockRestore();
  });

  it("serves every table's current stamp with the session, whichever connection wrote", async () => {
    const { db, target } = ctx();
    const tree = await makeTree(db.k, '戳记');
    const u = await makeUser(db.k, tree.town.id, ['clerk']);
    const s = await attempt(db, u.username, TEST_PASSWORD, T0);
    const now = new Date(T0.getTime() + 30_000);
    const stamp = async () =>
      (await resolveSession(db, s.sessionToken, now)).actor.tableStamps?.get('table:org');
    const aggregates = vi.spyOn(db.k, 'executeQuery');
    const reads = () =>
      aggregates.mock.calls.filter(([q]) =>
        /(group_concat|string_agg)\(name/.test((q as { sql: string }).sql),
      ).length;
    const first = await stamp();
    expect(first).toMatch(/./);
    const read = reads();
    // Nothing written: the same stamps (on SQLite without reading them again).
    expect(await stamp()).toBe(first);
    if (db.dialect === 'sqlite') expect(reads()).toBe(read);
    // A write on this connection, then one on another (a CLI command, another process).
    await db.k.updateTable('org').set({ name: '戳记镇（更名）' }).where('id', '=', tree.town.id).execute();
    const second = await stamp();
    expect(second).not.toBe(first);
    const other = openDb(target);
    try {
      await other.k.updateTable('org').set({ name: '戳记镇' }).where('id', '=', tree.town.id).execute();
    } finally {
      await other.destroy();
    }
    const third = await stamp();
    expect(third).not.toBe(second);
    expect(await stamp()).toBe(third);
    aggregates.mockRestore();
  });

  it('logs out and changes the password, ending the other sessions', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '改密');
    const u = await makeUser(db.k, tree.town.id, ['clerk'], { mustChangePassword: true });
    const a = await attempt(db, u.username, TEST_PASSWORD, T0);
    expect(a.actor.mustChangePassword).toBe(true);
    const b = await attempt(db, u.username, TEST_PASSWORD, T0);
    const current = await resolveSession(db, a.sessionToken, at(1));

    const change = (oldPw: string, newPw: string) =>
      inTx(db.k, (tx) => changePassword(tx, current.actor, oldPw, newPw, at(2)));
    await expect(change('nope', 'Xinmima#2026')).rejects.toMatchObject({
      status: 400,
      code: 'WRONG_PASSWORD',
    });
    await expect(change(TEST_PASSWORD, 'short')).rejects.toMatchObject({
      status: 400,
      code: 'WEAK_PASSWORD',
    });
    await expect(change(TEST_PASSWORD, TEST_PASSWORD)).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
      message: '新密码不能与原密码相同',
    });
    await change(TEST_PASSWORD, 'Xinmima#2026');
    const row = await db.k.selectFrom('appUser').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.mustChangePassword).toBe(0);
    expect((await resolveSession(db, a.sessionToken, at(3))).actor.mustChangePassword).toBe(false);
    await expect(resolveSession(db, b.sessionToken, at(3))).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect((await lastEvents(db, 1))[0]).toMatchObject({ action: 'auth.password_changed', actorId: u.id });
    await expect(attempt(db, u.username, TEST_PASSWORD, at(4))).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });

    await logout(db, a.sessionToken, null, at(5));
    await expect(resolveSession(db, a.sessionToken, at(5))).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect((await lastEvents(db, 1))[0]).toMatchObject({ action: 'auth.logout', actorId: u.id });
    await logout(db, a.sessionToken, null, at(6));
    expect((await lastEvents(db, 1))[0].action).toBe('auth.logout');
  });
});
