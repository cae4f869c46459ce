import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../test/factories.ts';
import { loadActor } from './actor.ts';
import { can } from './policy.ts';
import { assignRole, listAssignments, revokeRole, separationConflict } from './roles.ts';

describe('separation of duties', () => {
  it.each([
    [['sysadmin'], 'secadmin', true],
    [['sysadmin'], 'auditor', true],
    [['auditor'], 'clerk', true],
    [['clerk'], 'secadmin', true],
    [['clerk', 'mediator'], 'leader', false],
    [['sysadmin'], 'sysadmin', false],
    [[], 'auditor', false],
  ] as const)('%j + %s → refused: %s', (has, wants, refused) => {
    expect(separationConflict(has, wants) !== null).toBe(refused);
  });
});

describeEachDialect('role assignments', (ctx) => {
  it('the secadmin assigns and revokes within scope, and the actor changes at once', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '授权');
    const sec = await makeUser(k, tree.county.id, ['secadmin']);
    const u = await makeUser(k, tree.town.id, []);
    const a = await inTx(k, (tx) =>
      assignRole(tx, sec.actor, { userId: u.id, role: 'clerk', orgId: tree.town.id }),
    );
    expect(a).toMatchObject({
      userId: u.id,
      username: u.username,
      role: 'clerk',
      orgId: tree.town.id,
      orgName: tree.town.name,
    });
    const actor = await loadActor(k, u.id, null);
    expect(actor?.roles).toEqual([{ role: 'clerk', orgId: tree.town.id, orgPath: tree.town.path }]);
    expect(can(actor!, 'business.read', { orgPath: tree.village.path })).toBe(true);

    const list = await listAssignments(k, sec.actor, { userId: u.id });
    expect(list.map((x) => x.id)).toEqual([a.id]);
    const event = await k
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: 'role.assign',
      entityType: 'role_assignment',
      entityId: String(a.id),
      actorId: sec.id,
    });

    await expect(
      inTx(k, (tx) => assignRole(tx, sec.actor, { userId: u.id, role: 'clerk', orgId: tree.town.id })),
    ).rejects.toMatchObject({
      code: 'ROLE_ALREADY_ASSIGNED',
      status: 409,
    });
    await inTx(k, (tx) => revokeRole(tx, sec.actor, a.id));
    expect((await loadActor(k, u.id, null))?.roles).toEqual([]);
    const revoked = await k
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(revoked.action).toBe('role.revoke');
    expect(JSON.parse(revoked.beforeJson ?? '')).toMatchObject({ role: 'clerk', userId: u.id });
  });

  it('refuses 三员分立 violations with 409 SEPARATION_OF_DUTIES', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '分立');
    const sec = await makeUser(k, tree.county.id, ['secadmin']);
    const admin = await makeUser(k, tree.county.id, ['sysadmin']);
    const worker = await makeUser(k, tree.town.id, ['clerk']);
    const assign = (userId: number, role: 'auditor' | 'secadmin' | 'leader' | 'sysadmin', orgId: number) =>
      inTx(k, (tx) => assignRole(tx, sec.actor, { userId, role, orgId }));
    await expect(assign(admin.id, 'auditor', tree.county.id)).rejects.toMatchObject({
      code: 'SEPARATION_OF_DUTIES',
      status: 409,
      message: expect.stringContaining('三员分立'),
    });
    await expect(assign(admin.id, 'leader', tree.county.id)).rejects.toMatchObject({
      code: 'SEPARATION_OF_DUTIES',
    });
    await expect(assign(worker.id, 'sysadmin', tree.town.id)).rejects.toMatchObject({
      code: 'SEPARATION_OF_DUTIES',
    });
    // The same admin role at a second organisation is fine.
    await assign(admin.id, 'sysadmin', tree.town.id);
  });

  it('scope, self-assignment and the user’s own subtree are enforced', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '边界');
    const townSec = await makeUser(k, tree.town.id, ['secadmin']);
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    const u = await makeUser(k, tree.town.id, []);
    const sib = await makeUser(k, tree.sibling.id, []);
    const assign = (actor: typeof townSec.actor, userId: number, orgId: number) =>
      inTx(k, (tx) => assignRole(tx, actor, { userId, role: 'clerk', orgId }));
    await expect(assign(townSec.actor, sib.id, tree.sibling.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assign(townSec.actor, u.id, tree.county.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assign(sys.actor, u.id, tree.town.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      inTx(k, (tx) =>
        assignRole(tx, townSec.actor, { userId: townSec.id, role: 'secadmin', orgId: tree.village.id }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('本人') });
    const up = await makeUser(k, tree.village.id, []);
    await expect(assign(townSec.actor, up.id, tree.town.id)).rejects.toMatchObject({
      code: 'VALIDATION',
      extra: { fields: { orgId: expect.stringContaining('下级') } },
    });
    const ok = await assign(townSec.actor, u.id, tree.village.id);
    expect(ok.orgId).toBe(tree.village.id);
    await expect(listAssignments(k, sys.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const countySec = await makeUser(k, tree.county.id, ['secadmin']);
    const siblingRole = await assign(countySec.actor, sib.id, tree.sibling.id);
    await expect(inTx(k, (tx) => revokeRole(tx, townSec.actor, siblingRole.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const visible = await listAssignments(k, townSec.actor);
    expect(visible.every((x) => x.orgPath.startsWith(tree.town.path))).toBe(true);
    expect(visible.some((x) => x.id === ok.id)).toBe(true);
  });
});
