// The ledger lists' totals are cached per process under the tables' write stamps (list-total.ts,
// migration 0034). Two app processes on one database (as behind nginx, docs/deploy.md): a total one
// process has cached must follow every write the other makes — create, step, import, an update, a
// delete from outside the app —, never count a write before its commit, and stay per scope.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { tableStampName } from '../../src/server/ledgers/list-total.ts';
import { LEDGERS } from '../../src/server/ledgers/registry.ts';
import { type InjectSession, injectSession, twoProcesses } from '../app.ts';
import { type createTestDb, dialects, unstamped } from '../db.ts';

const today = '2026-11-16';
const BASE = '/api/ledgers/disputes/dispute';

type Session = InjectSession;

/** A logged-in user on one app process (the session lives in the shared database). */
const login = injectSession;

/** The same user on another process: logs in there too (any process reads any session). */
const on = injectSession;

for (const dialect of dialects()) {
  describe(`ledger list totals across two processes [${dialect}]`, () => {
    let t: Awaited<ReturnType<typeof createTestDb>>;
    let a: FastifyInstance;
    let b: FastifyInstance;
    let dbB: Db;
    let clerkA: Session;
    let clerkB: Session;
    let otherA: Session;
    let supervisorA: Session;
    let villageId: number;
    let mediatorId: number;
    let otherB: Session;
    let otherOrg: number;
    let otherMediatorId: number;

    const total = async (s: Session, query = '') => {
      const r = await s.get(`${BASE}?pageSize=5${query}`);
      expect(r.status).toBe(200);
      return r.body.total as number;
    };
    const create = async (s: Session, title: string, orgId = villageId, mediator = mediatorId) => {
      const r = await s.post(BASE, {
        title,
        orgId,
        acceptedOn: today,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '张晓明',
        applicantPhone: '13812345678',
        respondentName: '李四',
        mediatorId: mediator,
      });
      expect(r.status).toBe(201);
      return r.body.id as number;
    };

    beforeAll(async () => {
      ({ t, a, b } = await twoProcesses(dialect, today));
      dbB = b.db;
      clerkA = await login(a, 'qingshi.clerk');
      clerkB = await on(b, 'qingshi.clerk');
      otherA = await login(a, 'baima.clerk');
      supervisorA = await login(a, 'supervisor');
      const orgs = (await clerkA.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
      mediatorId = (await (await login(a, 'qingshi.mediator')).get('/api/auth/me')).body.user.id;
      otherB = await on(b, 'baima.clerk');
      otherOrg = (await otherA.get('/api/auth/me')).body.user.orgId;
      otherMediatorId = (await (await login(a, 'baima.mediator')).get('/api/auth/me')).body.user.id;
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await t?.drop();
    });

    it('follows a create, a step and an update made on the other process', async () => {
      expect(await total(clerkA)).toBe(0);
      expect(await total(clerkA, '&state=accepted')).toBe(0);
      const id = await create(clerkB, '相邻通行纠纷');
      expect(await total(clerkA)).toBe(1);
      expect(await total(clerkA, '&state=accepted')).toBe(1);
      expect(await total(clerkB, '&state=mediating')).toBe(0);
      // A step on A: B's cached totals per state follow.
      expect((await clerkA.post(`${BASE}/${id}/transitions/start`, {})).status).toBe(200);
      expect(await total(clerkB, '&state=accepted')).toBe(0);
      expect(await total(clerkB, '&state=mediating')).toBe(1);
      // An update that moves the record out of a search's matches.
      expect(await total(clerkA, `&q=${encodeURIComponent('通行')}`)).toBe(1);
      expect((await clerkB.patch(`${BASE}/${id}`, { title: '宅基地边界纠纷' })).status).toBe(200);
      expect(await total(clerkA, `&q=${encodeURIComponent('通行')}`)).toBe(0);
      // The same requests again, now answered from the caches: unchanged.
      expect(await total(clerkA, '&state=mediating')).toBe(1);
      expect(await total(clerkB)).toBe(1);
    });

    it('follows an import on the other process and a delete from outside the app', async () => {
      const before = await total(clerkA);
      // The import's rows go through the same insert as a create, in one transaction; here the
      // rows written straight by another connection stand for it and for any script.
      await dbB.k.transaction().execute(async (tx) => {
        const row = await tx.selectFrom('dispute').selectAll().executeTakeFirstOrThrow();
        const { id: _id, ...rest } = row as Record<string, unknown>;
        for (let i = 0; i < 3; i++)
          await tx
            .insertInto('dispute')
            .values({ ...rest, title: `导入纠纷${i}` } as never)
            .execute();
      });
      expect(await total(clerkA)).toBe(before + 3);
      await dbB.k.deleteFrom('dispute').where('title', 'like', '导入纠纷%').execute();
      expect(await total(clerkA)).toBe(before);
    });

    it('counts a write of the other process only once it is committed', async () => {
      const before = await total(clerkA);
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let inserted!: () => void;
      const insertedP = new Promise<void>((r) => {
        inserted = r;
      });
      const writer = dbB.k.transaction().execute(async (tx) => {
        const row = await tx.selectFrom('dispute').selectAll().executeTakeFirstOrThrow();
        const { id: _id, ...rest } = row as Record<string, unknown>;
        await tx
          .insertInto('dispute')
          .values({ ...rest, title: '未提交的纠纷' } as never)
          .execute();
        inserted();
        await held;
      });
      await insertedP;
      expect(await total(clerkA)).toBe(before);
      expect(await total(clerkA)).toBe(before);
      release();
      await writer;
      expect(await total(clerkA)).toBe(before + 1);
    });

    it('keeps totals per scope: each clerk its township, the county the sum', async () => {
      await create(clerkA, '山林权属纠纷');
      const mine = await total(clerkA);
      const theirs = await total(otherA);
      const county = await total(supervisorA);
      const counted = async (pathPrefix: string) =>
        Number(
          (
            await t.db.k
              .selectFrom('dispute as d')
              .innerJoin('org as o', 'o.id', 'd.orgId')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('o.path', 'like', `${pathPrefix}%`)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const path = async (code: string) =>
        (await t.db.k.selectFrom('org').select('path').where('code', '=', code).executeTakeFirstOrThrow())
          .path;
      expect(mine).toBe(await counted(await path('511099101')));
      expect(theirs).toBe(await counted(await path('511099102')));
      expect(theirs).toBe(0);
      expect(county).toBe(await counted('/'));
      // Each clerk's list holds its own township's records only.
      const list = await otherA.get(`${BASE}?pageSize=50`);
      expect(list.body.items).toEqual([]);
      // A write in one township changes the other's total not at all, and the county's by one.
      await create(clerkB, '土地承包纠纷');
      expect(await total(otherA)).toBe(theirs);
      expect(await total(supervisorA)).toBe(county + 1);
    });

    it('keeps a page per process until a table it shows is written, by either process', async () => {
      // the page statement is the deferred join; counted on process A
      const pageReads = vi.spyOn(a.db.k, 'executeQuery');
      const reads = () =>
        pageReads.mock.calls.filter(([q]) => /inner join "dispute"/.test((q as { sql: string }).sql)).length;
      const id = await create(clerkB, '果园灌溉用水纠纷');
      const page = async (columns = '') => {
        const r = await clerkA.get(`${BASE}?pageSize=50${columns}`);
        expect(r.status).toBe(200);
        return r.body.items.find((x: { id: number }) => x.id === id);
      };
      for (const columns of ['', '&columns=list']) {
        const before = reads();
        expect((await page(columns)).title).toBe('果园灌溉用水纠纷');
        expect(reads()).toBe(before + 1);
        // the same page again: kept
        expect((await page(columns)).title).toBe('果园灌溉用水纠纷');
        expect(reads()).toBe(before + 1);
      }
      // a step on process B
      expect((await clerkB.post(`${BASE}/${id}/transitions/start`, {})).status).toBe(200);
      expect((await page()).stateLabel).toBe('调解中');
      // organisation and user names, written from outside the app
      await dbB.k.updateTable('org').set({ name: '清石村（更名）' }).where('id', '=', villageId).execute();
      expect((await page('&columns=list')).orgName).toBe('清石村（更名）');
      const mediator = await dbB.k
        .selectFrom('appUser')
        .select('displayName')
        .where('id', '=', mediatorId)
        .executeTakeFirstOrThrow();
      await dbB.k
        .updateTable('appUser')
        .set({ displayName: '王调解' })
        .where('id', '=', mediatorId)
        .execute();
      expect((await page('&columns=list')).display.mediatorId).toBe('王调解');
      expect((await page()).display.mediatorId).toBe('王调解');
      await dbB.k
        .updateTable('appUser')
        .set({ displayName: mediator.displayName })
        .where('id', '=', mediatorId)
        .execute();
      // an update on process B, then the same page on A and on B
      expect((await clerkB.patch(`${BASE}/${id}`, { title: '果园灌溉纠纷（已更正）' })).status).toBe(200);
      expect((await page()).title).toBe('果园灌溉纠纷（已更正）');
      const onB = await clerkB.get(`${BASE}?pageSize=50`);
      expect(onB.body.items.find((x: { id: number }) => x.id === id).title).toBe('果园灌溉纠纷（已更正）');
      // another reader never gets this clerk's page: another township sees none of it
      const theirs = await otherA.get(`${BASE}?pageSize=50`);
      expect(theirs.body.items.some((x: { id: number }) => x.id === id)).toBe(false);
      pageReads.mockRestore();
    });

    it('keeps a page showing link titles past a write to the linked table: its titles read again', async () => {
      // An inspection of the township linked to an item of its enforcement list, made on process B;
      // the list of every field (the API's default) shows the item's title.
      const townId = (await clerkA.get('/api/auth/me')).body.user.orgId as number;
      const item = await clerkB.post('/api/ledgers/enforcement/item', {
        name: '对建设工程施工现场的检查',
        orgId: townId,
        code: 'LT-0101',
        category: 'inspection',
        source: 'delegated',
        legalBasis: '《建设工程安全生产管理条例》第四十条',
        listedOn: '2026-01-05',
      });
      expect(item.status, JSON.stringify(item.body)).toBe(201);
      const itemId = item.body.id as number;
      const made = await clerkB.post('/api/ledgers/enforcement/inspection', {
        enterpriseName: '清源县恒通建筑有限公司',
        orgId: townId,
        inspectedOn: '2026-11-03',
        kind: 'routine',
        result: 'ok',
        itemId,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const LIST = '/api/ledgers/enforcement/inspection?pageSize=50';
      // every statement of process A, the builders' as well as executeQuery's
      const spy = vi.spyOn(a.db.k.getExecutor(), 'executeQuery');
      const count = (re: RegExp) =>
        spy.mock.calls.filter(([q]) => re.test((q as { sql: string }).sql)).length;
      const pageReads = () => count(/inner join "enforcement_inspection"/);
      const titleReads = () => count(/from "enforcement_item"/);
      type Item = { id: number; fields: Record<string, unknown>; display: Record<string, string> };
      const shown = async () => {
        const r = await clerkA.get(LIST);
        expect(r.status).toBe(200);
        return r.body.items as Item[];
      };
      const first = await shown();
      expect(first.find((x) => x.id === made.body.id)?.display.itemId).toBe('对建设工程施工现场的检查');
      // Behind the stamps' back, the inspection's enterprise changed; then the item renamed from
      // outside the app: the page is kept (the enterprise as it was), its titles read anew.
      await unstamped(dbB, ['table:enforcement_inspection'], () =>
        dbB.k
          .updateTable('enforcementInspection')
          .set({ enterpriseName: '未盖戳的改动' })
          .where('id', '=', made.body.id)
          .execute(),
      );
      await dbB.k
        .updateTable('enforcementItem')
        .set({ name: '对施工现场的检查（更名）' })
        .where('id', '=', itemId)
        .execute();
      const [pages, titles] = [pageReads(), titleReads()];
      const again = await shown();
      expect(again.map((x) => x.id)).toEqual(first.map((x) => x.id));
      const it0 = again.find((x) => x.id === made.body.id)!;
      expect(it0.display.itemId).toBe('对施工现场的检查（更名）');
      expect(it0.fields.enterpriseName).toBe('清源县恒通建筑有限公司');
      expect([pageReads(), titleReads()]).toEqual([pages, titles + 1]);
      // kept with the new titles: the next request reads neither
      expect(await shown()).toEqual(again);
      expect([pageReads(), titleReads()]).toEqual([pages, titles + 1]);
      // the inspection written (stamped): the page read again, with the write
      await dbB.k
        .updateTable('enforcementInspection')
        .set({ enterpriseName: '清源县恒通建筑有限公司（更正）' })
        .where('id', '=', made.body.id)
        .execute();
      const last = (await shown()).find((x) => x.id === made.body.id)!;
      expect(last.fields.enterpriseName).toBe('清源县恒通建筑有限公司（更正）');
      expect(last.display.itemId).toBe('对施工现场的检查（更名）');
      expect(pageReads()).toBe(pages + 1);
      spy.mockRestore();
    });

    it('keeps an empty page as well, until a write on either process fills it', async () => {
      const pageReads = vi.spyOn(a.db.k, 'executeQuery');
      const reads = () =>
        pageReads.mock.calls.filter(([q]) => /inner join "dispute"/.test((q as { sql: string }).sql)).length;
      const url = `${BASE}?q=${encodeURIComponent('水渠改道')}&pageSize=20&columns=list`;
      const before = reads();
      const empty = await clerkA.get(url);
      expect(empty.body).toMatchObject({ items: [], total: 0 });
      expect(reads()).toBe(before + 1);
      // the same empty page again: kept, no statement
      expect((await clerkA.get(url)).body).toMatchObject({ items: [], total: 0 });
      expect(reads()).toBe(before + 1);
      // a record that matches, created on process B: the page is read again and shows it
      const id = await create(clerkB, '水渠改道纠纷');
      const filled = await clerkA.get(url);
      expect(filled.body.total).toBe(1);
      expect(filled.body.items.map((x: { id: number }) => x.id)).toEqual([id]);
      expect(reads()).toBe(before + 2);
      pageReads.mockRestore();
    });

    it('keeps a page under the stamps read before it and the write count read with it', async () => {
      const id = await create(clerkB, '灌渠清淤纠纷');
      const url = `${BASE}?q=${encodeURIComponent('灌渠清淤')}&pageSize=20&columns=list`;
      const isPage = (q: unknown) => /inner join "dispute"/.test((q as { sql: string }).sql);
      const isCount = (q: unknown) => /^select cast\(coalesce\(sum/.test((q as { sql: string }).sql);
      const execute = a.db.k.executeQuery.bind(a.db.k);
      let injected = false;
      const pageReads = vi.spyOn(a.db.k, 'executeQuery').mockImplementation(async (q) => {
        // after the session's stamps were read, before the page: process B renames the record
        if (isPage(q) && !injected) {
          injected = true;
          expect((await clerkB.patch(`${BASE}/${id}`, { title: '灌渠清淤纠纷（更正）' })).status).toBe(200);
        }
        return execute(q as never) as never;
      });
      const reads = () => pageReads.mock.calls.filter(([q]) => isPage(q)).length;
      const counts = () => pageReads.mock.calls.filter(([q]) => isCount(q)).length;
      const first = await clerkA.get(url);
      expect(first.body.items.map((x: { title: string }) => x.title)).toEqual(['灌渠清淤纠纷（更正）']);
      expect(reads()).toBe(1);
      // Kept under the stamps from before the rename, which the next request no longer reads: the
      // scope's write count is read again and is the one read with the page (the rename was before
      // the page): served, and kept under the current stamps.
      const second = await clerkA.get(url);
      expect(second.body.items.map((x: { title: string }) => x.title)).toEqual(['灌渠清淤纠纷（更正）']);
      expect([reads(), counts()]).toEqual([1, 1]);
      expect((await clerkA.get(url)).body.items).toHaveLength(1);
      expect([reads(), counts()]).toEqual([1, 1]);
      pageReads.mockRestore();
    });

    it('serves a township its kept page past writes in another township, not past its own', async () => {
      await create(clerkA, '本镇渠道维修纠纷');
      const url = `${BASE}?pageSize=20&columns=list`;
      const url2 = `${BASE}?pageSize=10&columns=list`;
      const pageReads = vi.spyOn(a.db.k, 'executeQuery');
      const isPage = (q: unknown) => /inner join "dispute"/.test((q as { sql: string }).sql);
      const isCount = (q: unknown) => /^select cast\(coalesce\(sum/.test((q as { sql: string }).sql);
      const reads = () => pageReads.mock.calls.filter(([q]) => isPage(q)).length;
      const counts = () => pageReads.mock.calls.filter(([q]) => isCount(q)).length;
      const first = await clerkA.get(url);
      const first2 = await clerkA.get(url2);
      const [reads0, counts0] = [reads(), counts()];
      // a dispute registered in another township, on the other process: still these pages, the
      // township's write count read once for both
      const elsewhere = await create(otherB, '邻镇山林权属纠纷', otherOrg, otherMediatorId);
      const second = await clerkA.get(url);
      expect(second.body).toEqual(first.body);
      expect((await clerkA.get(url2)).body).toEqual(first2.body);
      expect([reads() - reads0, counts() - counts0]).toEqual([0, 1]);
      // the other township's clerk (on the other process) sees it at once
      expect((await otherB.get(url)).body.items.map((x: { id: number }) => x.id)).toContain(elsewhere);
      // one in this township, on the other process: read again, with it and its total
      const here = await create(clerkB, '本镇宅基地界址纠纷');
      const third = await clerkA.get(url);
      expect(reads() - reads0).toBe(1);
      expect(third.body.items[0].id).toBe(here);
      expect(third.body.total).toBe(first.body.total + 1);
      // moved from this township into the other by a write outside the app: gone from this page
      await sql`update dispute set org_id = ${otherOrg} where id = ${here}`.execute(b.db.k);
      const fourth = await clerkA.get(url);
      expect(fourth.body.items.map((x: { id: number }) => x.id)).not.toContain(here);
      expect(fourth.body.total).toBe(first.body.total);
      pageReads.mockRestore();
    });

    it('gives every ledger record table and org a stamp the database renews on write', async () => {
      const tables = ['org', ...LEDGERS.flatMap((l) => l.recordTypes.map((rt) => rt.table))].map((x) =>
        x.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      );
      const stamps = await t.db.k.selectFrom('cacheStamp').select(['name', 'stamp']).execute();
      const names = new Set(stamps.map((s) => s.name));
      for (const table of tables) expect(names, table).toContain(tableStampName(table));
      const triggers =
        dialect === 'postgres'
          ? await sql<{
              table: string;
            }>`select c.relname as "table" from pg_trigger g join pg_class c on c.oid = g.tgrelid
              where g.tgname = c.relname || '_stamp'`.execute(t.db.k)
          : await sql<{ table: string }>`select tbl_name as "table" from sqlite_master
              where type = 'trigger' and name like '%\\_stamp\\_%' escape '\\'`.execute(t.db.k);
      const withTrigger = new Set(triggers.rows.map((r) => r.table));
      for (const table of tables) expect(withTrigger, table).toContain(table);
      // A rolled-back write leaves the stamp as it was.
      const stampOf = async () =>
        (
          await t.db.k
            .selectFrom('cacheStamp')
            .select('stamp')
            .where('name', '=', 'table:org')
            .executeTakeFirstOrThrow()
        ).stamp;
      const s0 = await stampOf();
      await expect(
        t.db.k.transaction().execute(async (tx) => {
          await tx.updateTable('org').set({ name: sql`name` }).execute();
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(await stampOf()).toBe(s0);
      await t.db.k.updateTable('org').set({ name: sql`name` }).execute();
      expect(await stampOf()).not.toBe(s0);
    });

    it("counts every record table's writes per organisation, committed writes only", async () => {
      const records = LEDGERS.flatMap((l) => l.recordTypes.map((rt) => rt.table)).map((x) =>
        x.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      );
      const triggers =
        dialect === 'postgres'
          ? await sql<{ table: string }>`select c.relname as "table" from pg_trigger g
              join pg_class c on c.oid = g.tgrelid where g.tgname = c.relname || '_writes'`.execute(t.db.k)
          : await sql<{ table: string }>`select tbl_name as "table" from sqlite_master
              where type = 'trigger' and name like '%\\_writes\\_%' escape '\\'`.execute(t.db.k);
      const withTrigger = new Set(triggers.rows.map((r) => r.table));
      for (const table of records) expect(withTrigger, table).toContain(table);
      const writes = async (org: number) =>
        Number(
          (
            await t.db.k
              .selectFrom('orgWriteCount')
              .select('writes')
              .where('tableName', '=', 'dispute')
              .where('orgId', '=', org)
              .executeTakeFirst()
          )?.writes ?? 0,
        );
      const [here0, there0] = [await writes(villageId), await writes(otherOrg)];
      const id = await create(clerkA, '计数用纠纷');
      expect(await writes(villageId)).toBeGreaterThan(here0);
      expect(await writes(otherOrg)).toBe(there0);
      // a rolled-back move counts nothing; a committed one counts in both organisations
      const [here1, there1] = [await writes(villageId), await writes(otherOrg)];
      await expect(
        t.db.k.transaction().execute(async (tx) => {
          await sql`update dispute set org_id = ${otherOrg} where id = ${id}`.execute(tx);
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect([await writes(villageId), await writes(otherOrg)]).toEqual([here1, there1]);
      await sql`update dispute set org_id = ${otherOrg} where id = ${id}`.execute(t.db.k);
      expect(await writes(villageId)).toBeGreaterThan(here1);
      expect(await writes(otherOrg)).toBeGreaterThan(there1);
    });
  });
}
