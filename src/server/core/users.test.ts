import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { systemActor } from './actor.ts';
import { verifyAudit } from './audit.ts';
import { verifyPassword } from './passwords.ts';
import { createUser, getUser, listUsers, resetPassword, unlockUser, updateUser } from './users.ts';

describeEachDialect('users', (ctx) => {
  it('the sysadmin creates a user who must change the password; names are validated', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '用户');
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    const before = (await verifyAudit(k)).count;
    const u = await inTx(k, (tx) =>
      createUser(tx, sys.actor, {
        username: '  Wang.Fang ',
        displayName: '王芳',
        orgId: tree.town.id,
        password: 'Wangfang#2026',
      }),
    );
    expect(u).toMatchObject({
      username: 'wang.fang',
      displayName: '王芳',
      orgId: tree.town.id,
      orgName: tree.town.name,
      active: true,
      locked: false,
      mustChangePassword: true,
      roles: [],
    });
    expect((await verifyAudit(k)).count).toBe(before + 1);
    const event = await k
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: 'user.create',
      actorId: sys.id,
      orgId: tree.town.id,
      entityId: String(u.id),
    });
    expect(event.afterJson).not.toContain('scrypt');
    const row = await k
      .selectFrom('appUser')
      .select('passwordHash')
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword('Wangfang#2026', row.passwordHash)).toBe(true);

    const make = (username: string, password = 'Abcdef#12345') =>
      inTx(k, (tx) =>
        createUser(tx, sys.actor, { username, displayName: '测试', orgId: tree.town.id, password }),
      );
    await expect(make('wang.fang')).rejects.toMatchObject({ code: 'USERNAME_TAKEN', status: 409 });
    await expect(make('1abc')).rejects.toMatchObject({
      code: 'VALIDATION',
      extra: { fields: { username: expect.any(String) } },
    });
    await expect(make('张三')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(make('system')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(make('li.si', 'short')).rejects.toMatchObject({ code: 'WEAK_PASSWORD', status: 400 });
    await expect(make('li.si', 'Li.si#123456')).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
  });

  it('only a sysadmin whose scope covers the organisation administers users', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '范围');
    const townSys = await makeUser(k, tree.town.id, ['sysadmin']);
    const sec = await makeUser(k, tree.county.id, ['secadmin']);
    const leader = await makeUser(k, tree.town.id, ['leader']);
    const input = (orgId: number) => ({
      username: `x${orgId}y`,
      displayName: '某某',
      orgId,
      password: TEST_PASSWORD,
    });
    await expect(
      inTx(k, (tx) => createUser(tx, townSys.actor, input(tree.sibling.id))),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(inTx(k, (tx) => createUser(tx, sec.actor, input(tree.town.id)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(inTx(k, (tx) => createUser(tx, leader.actor, input(tree.town.id)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const other = await makeUser(k, tree.sibling.id, ['clerk']);
    await expect(
      inTx(k, (tx) => updateUser(tx, townSys.actor, other.id, { displayName: '改名' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listUsers(k, leader.actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The secadmin reads accounts (to assign roles) but cannot change them.
    expect((await listUsers(k, sec.actor, { orgId: tree.town.id })).total).toBeGreaterThan(0);
    await expect(
      inTx(k, (tx) => updateUser(tx, townSys.actor, townSys.id, { active: false })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('本人'),
    });
  });

  it('lists users of the scope with roles, search and paging', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '检索');
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    await makeUser(k, tree.town.id, ['clerk', ['mediator', tree.village.id]], { displayName: '赵调解' });
    await makeUser(k, tree.sibling.id, ['leader'], { displayName: '钱乡长' });
    const found = await listUsers(k, sys.actor, { q: '调解' });
    expect(found.total).toBe(1);
    expect(found.items[0].roles.map((r) => [r.role, r.orgId])).toEqual([
      ['clerk', tree.town.id],
      ['mediator', tree.village.id],
    ]);
    expect(found.items[0].roles[1].orgName).toBe(tree.village.name);
    const town = await listUsers(k, sys.actor, { orgId: tree.sibling.id });
    expect(town.items.map((u) => u.displayName)).toEqual(['钱乡长']);
    const p1 = await listUsers(k, sys.actor, { page: 1, pageSize: 2 });
    const p2 = await listUsers(k, sys.actor, { page: 2, pageSize: 2 });
    expect(p1.items).toHaveLength(2);
    expect(p1.total).toBe(p2.total);
    expect(p1.items[0].id).not.toBe(p2.items[0]?.id);
    const byName = await listUsers(k, sys.actor, { q: sys.username.toUpperCase() });
    expect(byName.items.map((u) => u.id)).toEqual([sys.id]);
    // LIKE wildcards are literal.
    expect((await listUsers(k, sys.actor, { q: '%' })).total).toBe(0);
  });

  it('updates, moves, deactivates (ending sessions), resets passwords and unlocks', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '变更');
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    const u = await makeUser(k, tree.town.id, ['clerk']);
    const plain = await makeUser(k, tree.town.id, []);

    const moved = await inTx(k, (tx) =>
      updateUser(tx, sys.actor, plain.id, { orgId: tree.sibling.id, displayName: '孙新' }),
    );
    expect(moved).toMatchObject({ orgId: tree.sibling.id, displayName: '孙新' });
    // A user holding roles in the old township cannot simply be moved away from them.
    await expect(
      inTx(k, (tx) => updateUser(tx, sys.actor, u.id, { orgId: tree.sibling.id })),
    ).rejects.toMatchObject({
      code: 'USER_HAS_ROLES',
    });

    const now = new Date().toISOString();
    await k
      .insertInto('session')
      .values({
        id: 's-deact',
        userId: u.id,
        csrfToken: 'c',
        createdAt: now,
        lastSeenAt: now,
        clientIp: null,
        userAgent: null,
      })
      .execute();
    const off = await inTx(k, (tx) => updateUser(tx, sys.actor, u.id, { active: false }));
    expect(off.active).toBe(false);
    expect(await k.selectFrom('session').select('id').where('userId', '=', u.id).execute()).toEqual([]);
    await inTx(k, (tx) => updateUser(tx, sys.actor, u.id, { active: true }));

    await k
      .updateTable('appUser')
      .set({ failedCount: 3, lockedUntil: '2999-01-01T00:00:00.000Z' })
      .where('id', '=', u.id)
      .execute();
    expect((await getUser(k, sys.actor, u.id)).locked).toBe(true);
    await inTx(k, (tx) => unlockUser(tx, sys.actor, u.id));
    const unlocked = await getUser(k, sys.actor, u.id);
    expect(unlocked).toMatchObject({ locked: false, lockedUntil: null });

    // A chosen password only from the operator's command line; the sysadmin issues codes instead.
    await expect(inTx(k, (tx) => resetPassword(tx, sys.actor, u.id, 'Reset#Pass2026'))).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect(inTx(k, (tx) => resetPassword(tx, systemActor, u.id, 'weak'))).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
    });
    await inTx(k, (tx) => resetPassword(tx, systemActor, u.id, 'Reset#Pass2026'));
    const row = await k.selectFrom('appUser').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.mustChangePassword).toBe(1);
    expect(await verifyPassword('Reset#Pass2026', row.passwordHash)).toBe(true);
    const actions = await k
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'user')
      .where('entityId', '=', String(u.id))
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'user.create',
      'user.update',
      'user.update',
      'user.unlock',
      'user.reset_password',
    ]);

    // A demo account too must change a password someone else chose.
    await k.updateTable('appUser').set({ isDemo: 1, mustChangePassword: 0 }).where('id', '=', u.id).execute();
    await inTx(k, (tx) => resetPassword(tx, systemActor, u.id, 'Demo#Pass2026'));
    expect((await getUser(k, sys.actor, u.id)).mustChangePassword).toBe(true);
  });
});
