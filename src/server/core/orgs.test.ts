import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser, uniqueCode } from '../../../test/factories.ts';
import { systemActor } from './actor.ts';
import { verifyAudit } from './audit.ts';
import { createOrg, getOrg, listOrgs, updateOrg } from './orgs.ts';

describeEachDialect('organisations', (ctx) => {
  it('creates the tree with materialised paths, one audit event per write', async () => {
    const { k } = ctx().db;
    const before = (await verifyAudit(k)).count;
    const tree = await makeTree(k, '组织');
    expect(tree.county.path).toBe(`/${tree.county.id}/`);
    expect(tree.town.path).toBe(`/${tree.county.id}/${tree.town.id}/`);
    expect(tree.village.path).toBe(`${tree.town.path}${tree.village.id}/`);
    expect(tree.village).toMatchObject({ parentId: tree.town.id, kind: 'village', active: true });
    const after = await verifyAudit(k);
    expect(after).toMatchObject({ ok: true, count: before + 4 });
    const events = await k
      .selectFrom('auditEvent')
      .select(['action', 'entityId'])
      .where('action', '=', 'org.create')
      .execute();
    expect(events.map((e) => e.entityId)).toContain(String(tree.village.id));
  });

  it('lists the subtree of the caller; the sysadmin sees everything', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '列表');
    const clerk = await makeUser(k, tree.town.id, ['clerk']);
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    const mine = await listOrgs(k, clerk.actor);
    expect(mine.map((o) => o.id).sort()).toEqual([tree.town.id, tree.village.id].sort());
    const all = await listOrgs(k, sys.actor);
    expect(all.map((o) => o.id)).toEqual(expect.arrayContaining(Object.values(tree).map((o) => o.id)));
    expect(await getOrg(k, clerk.actor, tree.village.id)).toMatchObject({ name: tree.village.name });
    await expect(getOrg(k, clerk.actor, tree.sibling.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    await expect(getOrg(k, clerk.actor, tree.county.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('only a sysadmin in scope creates and updates; kinds and codes are checked', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '维护');
    const sys = await makeUser(k, tree.town.id, ['sysadmin']);
    const leader = await makeUser(k, tree.town.id, ['leader']);
    const code = uniqueCode('N');
    const grid = await inTx(k, (tx) =>
      createOrg(tx, sys.actor, { parentId: tree.village.id, code, name: '第一网格', kind: 'grid' }),
    );
    expect(grid.path).toBe(`${tree.village.path}${grid.id}/`);
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, leader.actor, {
          parentId: tree.town.id,
          code: uniqueCode('N'),
          name: '新村',
          kind: 'village',
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, {
          parentId: tree.county.id,
          code: uniqueCode('N'),
          name: '越权乡',
          kind: 'township',
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('管辖范围') });
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, { parentId: tree.town.id, code, name: '重码村', kind: 'village' }),
      ),
    ).rejects.toMatchObject({ code: 'ORG_CODE_TAKEN', status: 409 });
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, {
          parentId: tree.town.id,
          code: uniqueCode('N'),
          name: '错层',
          kind: 'county',
        }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      extra: { fields: { kind: expect.stringContaining('不能设立') } },
    });
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, { parentId: tree.town.id, code: '', name: 'x', kind: 'village' }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, { parentId: null, code: uniqueCode('R'), name: '另一县', kind: 'county' }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const renamed = await inTx(k, (tx) => updateOrg(tx, sys.actor, grid.id, { name: '第二网格' }));
    expect(renamed.name).toBe('第二网格');
    const last = await k
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'org.update', entityType: 'org', entityId: String(grid.id) });
    expect(JSON.parse(last.beforeJson ?? '')).toEqual({ name: '第一网格' });
    expect(JSON.parse(last.afterJson ?? '')).toEqual({ name: '第二网格' });
  });

  it('deactivation: children first, never one’s own organisation, no children under an inactive parent', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k, '停用');
    const sys = await makeUser(k, tree.county.id, ['sysadmin']);
    await expect(
      inTx(k, (tx) => updateOrg(tx, sys.actor, tree.town.id, { active: false })),
    ).rejects.toMatchObject({
      code: 'ORG_HAS_ACTIVE_CHILDREN',
    });
    await inTx(k, (tx) => updateOrg(tx, sys.actor, tree.village.id, { active: false }));
    const town = await inTx(k, (tx) => updateOrg(tx, sys.actor, tree.town.id, { active: false }));
    expect(town.active).toBe(false);
    await expect(
      inTx(k, (tx) =>
        createOrg(tx, sys.actor, {
          parentId: tree.town.id,
          code: uniqueCode('N'),
          name: '新社区',
          kind: 'community',
        }),
      ),
    ).rejects.toMatchObject({ code: 'ORG_INACTIVE' });
    await expect(
      inTx(k, (tx) => updateOrg(tx, sys.actor, tree.village.id, { active: true })),
    ).rejects.toMatchObject({
      code: 'ORG_INACTIVE',
    });
    await inTx(k, (tx) => updateOrg(tx, sys.actor, tree.town.id, { active: true }));
    await expect(
      inTx(k, (tx) => updateOrg(tx, sys.actor, tree.county.id, { active: false })),
    ).rejects.toMatchObject({ code: 'ORG_IS_OWN' });
    // The operator may create another county.
    const root = await inTx(k, (tx) =>
      createOrg(tx, systemActor, { parentId: null, code: uniqueCode('R'), name: '邻县', kind: 'county' }),
    );
    expect(root.path).toBe(`/${root.id}/`);
  });
});
