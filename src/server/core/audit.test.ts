import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../test/factories.ts';
import { auditKeyOf, type Kdb } from '../db/connect.ts';
import { systemActor } from './actor.ts';
import { auditHash, GENESIS_HASH, listAudit, recordAudit, verifyAudit } from './audit.ts';

async function record(k: Kdb, n: number, action = 'test.event'): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inTx(k, (tx) =>
      recordAudit(tx, systemActor, { action, entityType: 'test', entityId: i, after: { i } }),
    );
  }
}

describeEachDialect('audit chain', (ctx) => {
  it('chains events by HMAC-SM3 with the audit key, with strictly increasing sequence numbers', async () => {
    const { k } = ctx().db;
    await record(k, 5);
    const rows = await k.selectFrom('auditEvent').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    for (const r of rows) {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(auditHash(r, auditKeyOf(k))).toBe(r.hash);
      expect(auditHash(r, null)).not.toBe(r.hash);
    }
    expect(rows[0].actorId).toBeNull();
    expect(rows[0].actorName).toBe('系统');
    expect(JSON.parse(rows[2].afterJson ?? '')).toEqual({ i: 2 });
    expect(await verifyAudit(k)).toEqual({ ok: true, count: 5 });
  });

  it('stays a single chain under concurrent writers', async () => {
    const { k } = ctx().db;
    const before = (await verifyAudit(k)).count;
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        inTx(k, async (tx) => {
          await recordAudit(tx, systemActor, { action: 'test.concurrent', entityId: i });
        }),
      ),
    );
    const v = await verifyAudit(k, 7);
    expect(v).toEqual({ ok: true, count: before + 16 });
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const { k } = ctx().db;
    const before = (await verifyAudit(k)).count;
    await expect(
      inTx(k, async (tx) => {
        await recordAudit(tx, systemActor, { action: 'test.rollback' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await verifyAudit(k)).count).toBe(before);
  });

  it('refuses to write outside a transaction', async () => {
    const { k } = ctx().db;
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong call
    await expect(recordAudit(k as any, systemActor, { action: 'x' })).rejects.toThrow(/transaction/);
  });

  it('the database rejects UPDATE and DELETE of events', async () => {
    const { k } = ctx().db;
    await expect(
      k.updateTable('auditEvent').set({ action: 'forged' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/审计日志/);
    await expect(k.deleteFrom('auditEvent').where('seq', '=', 1).execute()).rejects.toThrow(/审计日志/);
    expect((await verifyAudit(k)).ok).toBe(true);
  });
});

describeEachDialect('audit listing', (ctx) => {
  it('shows the auditor the events of its scope, filtered and paginated', async () => {
    const { k } = ctx().db;
    const tree = await makeTree(k);
    const countyAuditor = await makeUser(k, tree.county.id, ['auditor']);
    const townAuditor = await makeUser(k, tree.town.id, ['auditor']);
    const clerk = await makeUser(k, tree.town.id, ['clerk'], { displayName: '李经办' });
    await inTx(k, (tx) =>
      recordAudit(tx, clerk.actor, {
        action: 'record.create',
        entityType: 'dispute',
        entityId: 7,
        after: { a: 1 },
      }),
    );
    await inTx(k, (tx) =>
      recordAudit(tx, null, {
        action: 'auth.login_failed',
        after: { username: 'nobody' },
        clientIp: '10.0.0.9',
      }),
    );
    await inTx(k, (tx) =>
      recordAudit(tx, systemActor, {
        action: 'record.create',
        orgId: tree.sibling.id,
        entityType: 'dispute',
      }),
    );

    const all = await listAudit(k, countyAuditor.actor, { pageSize: 200 });
    expect(all.total).toBe(all.items.length);
    expect(all.items.some((e) => e.action === 'auth.login_failed' && e.orgId === null)).toBe(true);
    expect(all.items[0].seq).toBeGreaterThan(all.items[1].seq);

    const town = await listAudit(k, townAuditor.actor, { pageSize: 200 });
    expect(town.items.every((e) => e.orgId !== null && e.orgId !== tree.sibling.id)).toBe(true);
    expect(town.items.some((e) => e.entityType === 'dispute' && e.orgId === tree.town.id)).toBe(true);

    const byActor = await listAudit(k, countyAuditor.actor, { actor: '李经办' });
    expect(byActor.items.map((e) => e.action)).toEqual(['record.create']);
    expect(byActor.items[0]).toMatchObject({ actorId: clerk.id, orgName: tree.town.name, after: { a: 1 } });
    const byUsername = await listAudit(k, countyAuditor.actor, { actor: clerk.username });
    expect(byUsername.total).toBe(1);

    const prefix = await listAudit(k, countyAuditor.actor, { action: 'auth.' });
    expect(prefix.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
    expect(prefix.total).toBeGreaterThan(0);

    const inSibling = await listAudit(k, countyAuditor.actor, { orgId: tree.sibling.id });
    expect(inSibling.items.every((e) => e.orgId === tree.sibling.id)).toBe(true);
    expect(await listAudit(k, townAuditor.actor, { orgId: tree.sibling.id })).toEqual({
      items: [],
      total: 0,
    });

    const page2 = await listAudit(k, countyAuditor.actor, { page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(2);
    expect(page2.total).toBe(all.total);

    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await listAudit(k, countyAuditor.actor, { from: today, to: today })).total).toBe(all.total);
    expect((await listAudit(k, countyAuditor.actor, { to: '2000-01-01' })).total).toBe(0);
    await expect(listAudit(k, countyAuditor.actor, { from: 'yesterday' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });

    await expect(listAudit(k, clerk.actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });
});

/** Test-only: removes the append-only triggers so the table can be tampered with. */
async function dropAppendOnly(k: Kdb, dialect: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`DROP TRIGGER audit_event_no_update_delete ON audit_event`.execute(k);
  } else {
    await sql`DROP TRIGGER audit_event_no_update`.execute(k);
    await sql`DROP TRIGGER audit_event_no_delete`.execute(k);
  }
}

describeEachDialect('audit tamper detection', (ctx, dialect) => {
  it('names the first broken link: edited, deleted, reordered', async () => {
    const { k } = ctx().db;
    await record(k, 10);
    expect(await verifyAudit(k)).toEqual({ ok: true, count: 10 });
    await dropAppendOnly(k, dialect);

    // An edited field.
    const original = await k
      .selectFrom('auditEvent')
      .selectAll()
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await k.updateTable('auditEvent').set({ afterJson: '{"i":99}' }).where('seq', '=', 3).execute();
    let v = await verifyAudit(k);
    expect(v.ok).toBe(false);
    expect(v.count).toBe(2);
    expect(v.firstBroken).toMatchObject({ seq: 3, code: 'edited' });
    expect(v.firstBroken?.reason).toContain('第 3 条');
    await k.updateTable('auditEvent').set({ afterJson: original.afterJson }).where('seq', '=', 3).execute();
    expect((await verifyAudit(k)).ok).toBe(true);

    // A re-hashed edit: a forger without the key can only compute the unkeyed hash, which is named;
    // one who had the key still breaks the next link.
    const forged = { ...original, actorName: '伪造者' };
    await k
      .updateTable('auditEvent')
      .set({ actorName: forged.actorName, hash: auditHash(forged, null) })
      .where('seq', '=', 3)
      .execute();
    v = await verifyAudit(k);
    expect(v.firstBroken).toMatchObject({ seq: 3, code: 'unkeyed' });
    await k
      .updateTable('auditEvent')
      .set({ hash: auditHash(forged, auditKeyOf(k)) })
      .where('seq', '=', 3)
      .execute();
    v = await verifyAudit(k);
    expect(v.firstBroken).toMatchObject({ seq: 4, code: 'link' });
    await k
      .updateTable('auditEvent')
      .set({ actorName: original.actorName, hash: original.hash })
      .where('seq', '=', 3)
      .execute();

    // A deleted event.
    const fifth = await k.selectFrom('auditEvent').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
    await k.deleteFrom('auditEvent').where('seq', '=', 5).execute();
    v = await verifyAudit(k);
    expect(v.firstBroken).toMatchObject({ seq: 5, code: 'missing' });
    expect(v.firstBroken?.reason).toContain('缺失');
    await k.insertInto('auditEvent').values(fifth).execute();
    expect((await verifyAudit(k)).ok).toBe(true);

    // Two events swapped in order.
    await k.updateTable('auditEvent').set({ seq: -7 }).where('seq', '=', 7).execute();
    await k.updateTable('auditEvent').set({ seq: 7 }).where('seq', '=', 8).execute();
    await k.updateTable('auditEvent').set({ seq: 8 }).where('seq', '=', -7).execute();
    v = await verifyAudit(k);
    expect(v.firstBroken?.seq).toBe(7);
    expect(v.count).toBe(6);
  });
});
