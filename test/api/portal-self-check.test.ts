// The portal's self-check on the demo county, on each dialect. Written in batches (a batch of 7 rows
// here, so that every organisation's items cross batch boundaries), the index holds exactly the
// served items in their order with their hashes; moved, deleted, stale, changed and marked rows are
// brought back as the self-check always did. The scheduled round across two app instances (two
// connection pools on one database, as two processes have): on PostgreSQL one runs and the other
// skips (the lock, then the last-run stamp), on SQLite both just run.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeyFor } from '../../src/server/core/keys.ts';
import { type Db, openDb } from '../../src/server/db/connect.ts';
import { portalOrgs, selfCheck, syncPortal } from '../../src/server/portal/integrity.ts';
import { contentHash, type ServedItem, servedItems } from '../../src/server/portal/items.ts';
import { CHECK_LOCK_KEY, CHECK_STAMP, scheduledSelfCheck } from '../../src/server/portal/self-check.ts';
import { TEST_TODAY } from '../app.ts';
import { dialects, type TestDb } from '../db.ts';
import { createDemoDb } from '../demo-template.ts';

const AT = '2026-11-16T02:00:00.000Z';
const HOUR = 3_600_000;

for (const dialect of dialects()) {
  describe(`portal self-check [${dialect}]`, () => {
    let t: TestDb & { drop(): Promise<void> };
    let other: Db;

    beforeAll(async () => {
      t = await createDemoDb(dialect, TEST_TODAY);
      // a second instance: its own pool on the same database
      other = openDb(t.target, { auditKey: auditKeyFor({ dataDir: t.dataDir }) });
    }, 600_000); // the first suite of a run seeds the demo template
    afterAll(async () => {
      await other?.destroy();
      await t?.drop();
    });

    const rows = () => t.db.k.selectFrom('portalItem').selectAll().orderBy('id').execute();
    /** Every served item of every portal organisation, in the order the index takes them. */
    const served = async () => {
      const out: Array<{ orgId: number; item: ServedItem }> = [];
      for (const org of await portalOrgs(t.db.k))
        for (const item of await servedItems(t.db.k, org, TEST_TODAY)) out.push({ orgId: org.id, item });
      return out;
    };
    const expected = ({ orgId, item }: { orgId: number; item: ServedItem }) => ({
      orgId,
      ref: item.ref,
      kind: item.kind,
      title: item.title,
      body: item.body,
      path: item.path,
      year: item.year,
      category: item.category,
      publishedOn: item.publishedOn,
      sm3: contentHash(item),
    });
    const strip = (r: Awaited<ReturnType<typeof rows>>[number]) => {
      const { id: _id, hashedAt: _at, tamperedSince: _since, ...rest } = r;
      return rest;
    };

    it('writes the whole index in batches: the served items in order, with their hashes', async () => {
      const k = t.db.k;
      await k.deleteFrom('portalItem').execute();
      const all = await served();
      expect(all.length).toBeGreaterThan(100);
      expect(await selfCheck(k, TEST_TODAY, AT, { batch: 7 })).toEqual([]);
      const index = await rows();
      expect(index.map(strip)).toEqual(all.map(expected));
      expect(index.every((r) => r.hashedAt === AT && r.tamperedSince === null)).toBe(true);
      // ids follow the served order, as one INSERT per item gave them
      expect(index.map((r) => r.id)).toEqual([...index.map((r) => r.id)].sort((a, b) => a - b));
    });

    it('brings moved, deleted, stale, changed and marked rows back in step', async () => {
      const k = t.db.k;
      const before = await rows();
      const [a, b, c, cleared, ...rest] = before;
      const deleted = rest.slice(0, 10).map((r) => r.ref);
      await k.updateTable('portalItem').set({ path: '/old', year: 1900, publishedOn: null }).execute();
      await k.deleteFrom('portalItem').where('ref', 'in', deleted).execute();
      await k
        .insertInto('portalItem')
        .values({ ...strip(a), ref: 'test:stale', hashedAt: AT, tamperedSince: null })
        .execute();
      await k
        .updateTable('portalItem')
        .set({ sm3: '0'.repeat(64) })
        .where('id', 'in', [a.id, b.id, c.id])
        .execute();
      await k
        .updateTable('portalItem')
        .set({ tamperedSince: '2026-11-01' })
        .where('id', '=', cleared.id)
        .execute();

      const changed = await selfCheck(k, TEST_TODAY, '2026-11-16T03:00:00.000Z', { batch: 3 });
      const tampered = [a, b, c].sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.id - y.id));
      expect(changed.map((x) => [x.id, x.ref, x.title, x.path, x.published])).toEqual(
        tampered.map((x) => [x.id, x.ref, x.title, x.path, '0'.repeat(64)]),
      );
      const after = await rows();
      const byRef = new Map(after.map((r) => [r.ref, r]));
      expect(byRef.has('test:stale')).toBe(false);
      expect(after).toHaveLength(before.length);
      for (const r of before) {
        const now = byRef.get(r.ref)!;
        const same = { ...strip(r), sm3: [a.id, b.id, c.id].includes(r.id) ? '0'.repeat(64) : r.sm3 };
        expect(strip(now)).toEqual(same);
        expect(now.tamperedSince).toBe([a.id, b.id, c.id].includes(r.id) ? TEST_TODAY : null);
        // re-inserted rows are hashed anew; the others keep their id and publication stamp
        if (deleted.includes(r.ref)) expect(now.hashedAt).toBe('2026-11-16T03:00:00.000Z');
        else expect([now.id, now.hashedAt]).toEqual([r.id, AT]);
      }
      // the mark keeps the day it was first seen
      await selfCheck(k, '2026-11-17', AT, { batch: 3 });
      const marks = await k
        .selectFrom('portalItem')
        .select(['id', 'tamperedSince'])
        .where('tamperedSince', 'is not', null)
        .orderBy('id')
        .execute();
      expect(marks).toEqual([a, b, c].map((x) => ({ id: x.id, tamperedSince: TEST_TODAY })));
      // the application re-publishing one of them takes its hash anew and clears its mark
      await syncPortal(k, TEST_TODAY, AT, { orgId: a.orgId, rehash: new Set([a.ref]) });
      const again = await k
        .selectFrom('portalItem')
        .selectAll()
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      expect([again.sm3, again.tamperedSince]).toEqual([before[0].sm3, null]);
    });

    it('runs each scheduled round in one instance only (PostgreSQL); on SQLite it just runs', async () => {
      let now = new Date('2026-11-16T04:00:00.000Z');
      const clock = { today: () => TEST_TODAY, now: () => now };
      const both = await Promise.all([
        scheduledSelfCheck(t.db.k, clock, HOUR),
        scheduledSelfCheck(other.k, clock, HOUR),
      ]);
      if (dialect === 'sqlite') {
        expect(both.map((r) => r.ran)).toEqual([true, true]);
        expect((await scheduledSelfCheck(other.k, clock, HOUR)).ran).toBe(true);
        return;
      }
      const ran = both.filter((r) => r.ran);
      const skipped = both.filter((r) => !r.ran);
      expect(ran).toHaveLength(1);
      expect(skipped).toHaveLength(1);
      expect(['busy', 'recent']).toContain(!skipped[0].ran && skipped[0].reason);
      const stamp = () =>
        t.db.k.selectFrom('cacheStamp').select('stamp').where('name', '=', CHECK_STAMP).executeTakeFirst();
      expect((await stamp())?.stamp).toBe(now.toISOString());

      // within the interval, either instance skips
      now = new Date(now.getTime() + 58 * 60_000);
      expect(await scheduledSelfCheck(other.k, clock, HOUR)).toEqual({ ran: false, reason: 'recent' });
      expect(await scheduledSelfCheck(t.db.k, clock, HOUR)).toEqual({ ran: false, reason: 'recent' });

      // an interval later (less the minute of timer drift), while the other instance holds the lock
      now = new Date(now.getTime() + 90_000);
      await t.db.k.connection().execute(async (c) => {
        await sql`select pg_advisory_lock(${sql.lit(CHECK_LOCK_KEY)})`.execute(c);
        try {
          expect(await scheduledSelfCheck(other.k, clock, HOUR)).toEqual({ ran: false, reason: 'busy' });
        } finally {
          await sql`select pg_advisory_unlock(${sql.lit(CHECK_LOCK_KEY)})`.execute(c);
        }
      });
      const next = await scheduledSelfCheck(other.k, clock, HOUR);
      expect(next.ran).toBe(true);
      expect((await stamp())?.stamp).toBe(now.toISOString());

      // a clock set back does not hold the check off
      now = new Date('2026-11-15T04:00:00.000Z');
      expect((await scheduledSelfCheck(t.db.k, clock, HOUR)).ran).toBe(true);
    });
  });
}
