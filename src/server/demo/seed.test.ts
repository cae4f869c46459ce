import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { loadActor } from '../core/actor.ts';
import { verifyAudit } from '../core/audit.ts';
import { login } from '../core/auth.ts';
import { listOrgs } from '../core/orgs.ts';
import { can, capabilities } from '../core/policy.ts';
import { DEMO_PASSWORD, DEMO_TOWNSHIPS } from './county.ts';
import { isEmpty, loadDemo } from './seed.ts';

describeEachDialect('demo county', (ctx) => {
  it('loads once into an empty database, audited, with working demo accounts', async () => {
    const { db } = ctx();
    expect(await isEmpty(db)).toBe(true);
    const r = await loadDemo(db);
    expect(r.created).toBe(true);
    expect(await isEmpty(db)).toBe(false);
    expect(r.users).toBe(4 + 6 * DEMO_TOWNSHIPS.length);
    expect(r.orgs).toBeGreaterThan(1 + 7 + 7 * 4);

    const v = await verifyAudit(db.k);
    expect(v.ok).toBe(true);
    expect(v.count).toBe(r.orgs + 2 * r.users);

    const again = await loadDemo(db);
    expect(again.created).toBe(false);
    expect((await verifyAudit(db.k)).count).toBe(v.count);

    const orgs = await db.k.selectFrom('org').selectAll().orderBy('id').execute();
    const townships = orgs.filter((o) => o.kind === 'township' || o.kind === 'street');
    expect(townships).toHaveLength(DEMO_TOWNSHIPS.length);
    for (const t of townships) {
      const children = orgs.filter((o) => o.parentId === t.id);
      expect(children.length).toBeGreaterThanOrEqual(4);
      expect(children.length).toBeLessThanOrEqual(8);
    }
    expect(orgs.some((o) => o.kind === 'grid')).toBe(true);
    expect(orgs[0]).toMatchObject({
      code: '511099',
      name: '清源县',
      kind: 'county',
      path: `/${orgs[0].id}/`,
    });

    const users = await db.k.selectFrom('appUser').selectAll().execute();
    expect(users.every((u) => u.isDemo === 1 && u.mustChangePassword === 0)).toBe(true);
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining([
        'sysadmin',
        'secadmin',
        'auditor',
        'supervisor',
        'chengguan.leader',
        'chengguan.clerk',
      ]),
    );

    const leader = await login(db, {
      username: 'chengguan.leader',
      password: DEMO_PASSWORD,
      clientIp: null,
      userAgent: null,
    });
    expect(leader.actor.mustChangePassword).toBe(false);
    const mine = await listOrgs(db.k, leader.actor);
    expect(mine.every((o) => o.path.startsWith(leader.actor.orgPath))).toBe(true);
    expect(mine.length).toBeGreaterThan(4);
    const qingshi = orgs.find((o) => o.code === '511099101');
    expect(can(leader.actor, 'business.read', { orgPath: qingshi?.path })).toBe(false);

    const sup = await loadActor(db.k, r.userIds.get('supervisor') as number, null);
    expect(can(sup!, 'business.read', { orgPath: qingshi?.path })).toBe(true);
    const sys = await loadActor(db.k, r.userIds.get('sysadmin') as number, null);
    expect(capabilities(sys!)).toContain('admin.users');
    expect(can(sys!, 'business.read', { orgPath: qingshi?.path })).toBe(false);
  });
});
