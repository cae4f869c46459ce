// The workbench's one search box (GET /api/search) on each dialect: records of every ledger the
// caller reads, grouped by ledger and record type, the matching text returned for highlighting and
// personal data masked as in the lists (an encrypted phone is never indexed). The scope: another
// township's records are not found, a mediator finds no enforcement record, the legal advisor only
// the tasks assigned to it, the county supervisor every township (narrowed by `org`), an
// administrator nothing (403). The index follows create, update and workflow steps in their
// transaction, and the migration's backfill writes what the application writes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m0031 from '../../src/server/db/migrations/0031-record-search.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const today = '2026-11-16';
const DISPUTES = '/api/ledgers/disputes/dispute';
const ITEMS = '/api/ledgers/enforcement/item';
const TASKS = '/api/ledgers/advisor/task';

interface Group {
  ledger: string;
  recordType: string;
  ledgerLabel: string;
  typeLabel: string;
  total: number;
  listLink: string;
  hits: Array<{
    id: number;
    title: string;
    link: string;
    orgName: string;
    matches: Array<{ label: string; text: string; masked: boolean }>;
  }>;
}

for (const dialect of dialects()) {
  describe(`search box [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let mediator: Client;
    let advisor: Client;
    let other: Client;
    let supervisor: Client;
    let villageId: number;
    let townId: number;
    let otherTownId: number;
    let disputeId: number;
    const search = async (c: Client, q: string, org?: number) =>
      c.get(`/api/search?q=${encodeURIComponent(q)}${org ? `&org=${org}` : ''}`);
    const groups = async (c: Client, q: string, org?: number): Promise<Group[]> => {
      const r = await search(c, q, org);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.groups;
    };
    const titles = async (c: Client, q: string, org?: number) =>
      (await groups(c, q, org))
        .flatMap((g) => g.hits.map((h) => `${g.ledger}/${g.recordType}:${h.title}`))
        .sort();

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      mediator = await t.login('qingshi.mediator');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      supervisor = await t.login('supervisor');
      townId = (await clerk.get('/api/auth/me')).body.user.orgId;
      otherTownId = (await other.get('/api/auth/me')).body.user.orgId;
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
      const d = await clerk.post(DISPUTES, {
        title: '桃源组宅基地滴水纠纷',
        orgId: villageId,
        acceptedOn: today,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '张晓明',
        applicantPhone: '13812345678',
        respondentName: '李四',
        summary: '双方因桃源组宅基地屋檐滴水发生争执',
      });
      expect(d.status, JSON.stringify(d.body)).toBe(201);
      disputeId = d.body.id;
      const item = (orgId: number, name: string, code: string) => ({
        name,
        orgId,
        code,
        category: 'inspection',
        source: 'delegated',
        legalBasis: '《中华人民共和国安全生产法》第六十五条',
        listedOn: '2026-01-05',
      });
      expect((await clerk.post(ITEMS, item(townId, '桃源组安全生产检查', 'XC-0301'))).status).toBe(201);
      expect(
        (await other.post(ITEMS, item(otherTownId, '桃源组安全生产检查（白马）', 'XC-0302'))).status,
      ).toBe(201);
      const task = (c: Client, orgId: number, advisorId: number, title: string) =>
        c.post(TASKS, { title, orgId, kind: 'consultation', advisorId, sentOn: today });
      const advisorId = (await advisor.get('/api/auth/me')).body.user.id;
      const otherAdvisorId = (await (await t.login('baima.advisor')).get('/api/auth/me')).body.user.id;
      expect((await task(clerk, townId, advisorId, '桃源组土地流转合同审查')).status).toBe(201);
      expect((await task(other, otherTownId, otherAdvisorId, '桃源组集体资产处置咨询')).status).toBe(201);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('groups the township clerk’s matches by ledger, with the text around each match', async () => {
      const g = await groups(clerk, '桃源组');
      expect(g.map((x) => `${x.ledger}/${x.recordType}`)).toEqual([
        'disputes/dispute',
        'enforcement/item',
        'advisor/task',
      ]);
      const dispute = g[0];
      expect(dispute).toMatchObject({
        ledgerLabel: '矛盾纠纷台账',
        total: 1,
        listLink: '/ledgers/disputes/dispute?q=%E6%A1%83%E6%BA%90%E7%BB%84',
      });
      expect(dispute.hits[0]).toMatchObject({
        id: disputeId,
        title: '桃源组宅基地滴水纠纷',
        link: `/ledgers/disputes/dispute/${disputeId}`,
      });
      expect(dispute.hits[0].matches).toEqual([
        { label: expect.any(String), text: '双方因桃源组宅基地屋檐滴水发生争执', masked: false },
      ]);
      // two words: both must occur
      expect(await titles(clerk, '桃源组 滴水')).toEqual(['disputes/dispute:桃源组宅基地滴水纠纷']);
      expect(await titles(clerk, '桃源组 不存在的词语')).toEqual([]);
      const empty = await search(clerk, '   ');
      expect(empty.body).toMatchObject({ total: 0, groups: [] });
    });

    it('finds a party by name but shows the name masked, and never indexes an encrypted phone', async () => {
      const g = await groups(clerk, '张晓明');
      expect(g).toHaveLength(1);
      expect(g[0].hits[0].matches).toEqual([{ label: expect.any(String), text: '张*明', masked: true }]);
      expect(JSON.stringify(g)).not.toContain('张晓明');
      expect(await titles(clerk, '13812345678')).toEqual([]);
      expect(await titles(clerk, '5678')).toEqual([]);
      const rows = await t.app.db.k.selectFrom('recordSearch').select('body').execute();
      expect(rows.some((r) => r.body.includes('13812345678'))).toBe(false);
    });

    it('keeps to the scope: another township, the mediator, the advisor, the supervisor, an administrator', async () => {
      expect(await titles(other, '桃源组')).toEqual([
        'advisor/task:桃源组集体资产处置咨询',
        'enforcement/item:桃源组安全生产检查（白马）',
      ]);
      expect(await titles(other, '张晓明')).toEqual([]);
      // the mediator reads disputes but not the enforcement ledger nor the advisor's tasks
      expect(await titles(mediator, '桃源组')).toEqual(['disputes/dispute:桃源组宅基地滴水纠纷']);
      // the legal advisor: only the tasks assigned to it
      expect(await titles(advisor, '桃源组')).toEqual(['advisor/task:桃源组土地流转合同审查']);
      // the county supervisor: every township of the county, and one when narrowed to it
      const all = await titles(supervisor, '桃源组');
      expect(all).toContain('disputes/dispute:桃源组宅基地滴水纠纷');
      expect(all).toContain('enforcement/item:桃源组安全生产检查（白马）');
      expect(await titles(supervisor, '桃源组', otherTownId)).toEqual([
        'advisor/task:桃源组集体资产处置咨询',
        'enforcement/item:桃源组安全生产检查（白马）',
      ]);
      // a township clerk naming another township's organisation finds nothing
      expect(await titles(clerk, '桃源组', otherTownId)).toEqual([]);
      for (const admin of ['sysadmin', 'auditor']) {
        const r = await search(await t.login(admin), '桃源组');
        expect(r.status).toBe(403);
        expect(r.body.error.message).toMatch(/不能使用全局搜索/);
      }
    });

    it('follows updates and workflow steps in their transaction', async () => {
      const renamed = await clerk.patch(`${DISPUTES}/${disputeId}`, { title: '杏林组宅基地滴水纠纷' });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(await titles(clerk, '杏林组')).toEqual(['disputes/dispute:杏林组宅基地滴水纠纷']);
      expect(await titles(clerk, '桃源组宅基地滴水纠纷')).toEqual([]);
      const mediatorId = (await mediator.get('/api/auth/me')).body.user.id;
      expect((await clerk.patch(`${DISPUTES}/${disputeId}`, { mediatorId })).status).toBe(200);
      t.setNow(`${today}T11:00:00+08:00`);
      const started = await clerk.post(`${DISPUTES}/${disputeId}/transitions/start`, {});
      expect(started.status, JSON.stringify(started.body)).toBe(200);
      const rec = await t.app.db.k
        .selectFrom('dispute')
        .select('updatedAt')
        .where('id', '=', disputeId)
        .executeTakeFirstOrThrow();
      const row = await t.app.db.k
        .selectFrom('recordSearch')
        .selectAll()
        .where('ledger', '=', 'disputes')
        .where('recordId', '=', disputeId)
        .executeTakeFirstOrThrow();
      expect(row.updatedAt).toBe(rec.updatedAt);
      expect(row.assigneeId).toBe(mediatorId);
    });

    it('the migration indexes the records already there as the application does', async () => {
      const k = t.app.db.k;
      const snapshot = async () =>
        (
          await k
            .selectFrom('recordSearch')
            .selectAll()
            .orderBy('ledger')
            .orderBy('recordType')
            .orderBy('recordId')
            .execute()
        ).map(({ id: _id, ...r }) => r);
      const before = await snapshot();
      expect(before.length).toBeGreaterThanOrEqual(5);
      await sql`DROP TABLE record_search`.execute(k);
      if (dialect === 'sqlite') await sql`DROP TABLE record_search_fts`.execute(k);
      await m0031.up(k as never);
      expect(await snapshot()).toEqual(before);
      expect(await titles(clerk, '杏林组')).toEqual(['disputes/dispute:杏林组宅基地滴水纠纷']);
    });
  });
}
