// The enforcement case list of a township whose cases are all its own (its villages hold none): on
// SQLite the page is read with that organisation in place of the scope (ledgers/list-page-ids.ts),
// the organisations holding rows known from their write counts (migrations 0042 and 0043). The
// pages are the ordered walk's; a case written by another process in a village, or in a township
// that held none, is on the next page; rows written before the counts get one (0043).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { up as countHeldRows } from '../../src/server/db/migrations/0043-org-write-count-held-rows.ts';
import { injectLogin, twoProcesses } from '../app.ts';
import { type createTestDb, dialects } from '../db.ts';

const today = '2026-11-16';
const BASE = '/api/ledgers/enforcement/case';
const STATES = ['filed', 'investigating', 'decided'];
const DATES = ['2026-01-05', '2026-03-01', '2026-03-01', '2026-06-30', '2026-09-12', '2026-11-02'];

/** A GET of the signed-in user that expects 200 and answers the body. */
async function login(app: FastifyInstance, username: string) {
  const get = await injectLogin(app, username);
  return async (url: string) => {
    const r = await get(url);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };
}

for (const dialect of dialects()) {
  describe(`a township's case list read from the organisation holding its cases [${dialect}]`, () => {
    let t: Awaited<ReturnType<typeof createTestDb>>;
    let a: FastifyInstance;
    let b: FastifyInstance;
    let clerk: Awaited<ReturnType<typeof login>>;
    let emptyClerk: Awaited<ReturnType<typeof login>>;
    let town: { id: number; path: string };
    let village: number;
    let emptyTown: number;
    let n = 0;

    /** A case written outside the app (another process, a script): the triggers count it. */
    const insertCase = async (orgId: number, state: string, filedOn: string) => {
      n += 1;
      const at = `${filedOn}T02:00:00.000Z`;
      const row = await b.db.k
        .insertInto('enforcementCase')
        .values({
          orgId,
          state,
          createdAt: at,
          updatedAt: at,
          caseNo: `清综执罚立〔2026〕${n}号`,
          title: `测试当事人${n}占道经营案`,
          filedOn,
          source: 'inspection',
          isMajor: 0,
          partyType: 'person',
          partyName: `测试当事人${n}`,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id as number;
    };
    /** The page by the ordered walk over the township's subtree, straight from the table. */
    const walk = async (path: string, state: string, page: number, size: number) =>
      (
        await sql<{ id: number }>`select c.id from enforcement_case c join org o on o.id = c.org_id
          where o.path like ${`${path}%`} and c.state = ${state}
          order by c.filed_on desc, c.id desc limit ${size} offset ${(page - 1) * size}`.execute(t.db.k)
      ).rows.map((r) => Number(r.id));

    beforeAll(async () => {
      ({ t, a, b } = await twoProcesses(dialect, today));
      clerk = await login(a, 'qingshi.clerk');
      emptyClerk = await login(a, 'baima.clerk');
      const me = (await clerk('/api/auth/me')).user.orgId as number;
      const orgs = await t.db.k.selectFrom('org').select(['id', 'path', 'code', 'parentId']).execute();
      const townRow = orgs.find((o) => o.id === me)!;
      town = { id: townRow.id, path: townRow.path };
      village = orgs.find((o) => o.parentId === me && o.path.startsWith(townRow.path))!.id;
      emptyTown = (await emptyClerk('/api/auth/me')).user.orgId as number;
      for (let i = 0; i < 40; i++) await insertCase(town.id, STATES[i % 3], DATES[(i * 7) % DATES.length]);
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await t?.drop();
    });

    const pages = async (get: typeof clerk, path: string) => {
      for (const state of STATES)
        for (const page of [1, 2, 3, 5])
          expect(
            (await get(`${BASE}?state=${state}&page=${page}&pageSize=4&columns=list`)).items.map(
              (x: { id: number }) => x.id,
            ),
            `${state} page ${page}`,
          ).toEqual(await walk(path, state, page, 4));
    };

    it('reads the one organisation holding the cases on SQLite, pages as the walk', async () => {
      const spy = vi.spyOn(a.db.k, 'executeQuery');
      await pages(clerk, town.path);
      const pageSql = spy.mock.calls
        .map(([q]) => (q as { sql: string }).sql)
        .filter((s) => s.includes('inner join "enforcement_case"'));
      spy.mockRestore();
      expect(pageSql.length).toBeGreaterThan(0);
      const one = new RegExp(`"org_id" in \\(${town.id}\\)`);
      for (const s of pageSql) expect(s).toMatch(dialect === 'sqlite' ? one : /lateral/);
    });

    it("follows another process's first case in a village and in a township that held none", async () => {
      const first = await clerk(`${BASE}?state=filed&pageSize=4&columns=list`);
      const inVillage = await insertCase(village, 'filed', '2026-11-10');
      const next = await clerk(`${BASE}?state=filed&pageSize=4&columns=list`);
      expect(next.items[0].id).toBe(inVillage);
      expect(next.total).toBe(first.total + 1);
      await pages(clerk, town.path);

      const none = await emptyClerk(`${BASE}?state=decided&pageSize=4&columns=list`);
      expect([none.items, none.total]).toEqual([[], 0]);
      const there = await insertCase(emptyTown, 'decided', '2026-10-01');
      const now = await emptyClerk(`${BASE}?state=decided&pageSize=4&columns=list`);
      expect([now.items.map((x: { id: number }) => x.id), now.total]).toEqual([[there], 1]);
    });

    it('follows a village holding cases moved into another township by another process', async () => {
      // the other township's page is kept read from its one organisation, under the cases' stamp
      const before = await emptyClerk(`${BASE}?state=filed&pageSize=4&columns=list`);
      const theirs = before.items.map((x: { id: number }) => x.id);
      const villageCases = await walk(`${town.path}${village}/`, 'filed', 1, 4);
      expect(villageCases.length).toBeGreaterThan(0);
      const emptyPath = (
        await t.db.k.selectFrom('org').select('path').where('id', '=', emptyTown).executeTakeFirstOrThrow()
      ).path;
      await b.db.k
        .updateTable('org')
        .set({ parentId: emptyTown, path: `${emptyPath}${village}/` })
        .where('id', '=', village)
        .execute();
      const after = await emptyClerk(`${BASE}?state=filed&pageSize=4&columns=list`);
      expect(after.items.map((x: { id: number }) => x.id)).toEqual(await walk(emptyPath, 'filed', 1, 4));
      expect(after.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining(villageCases));
      expect(after.total).toBe(before.total + villageCases.length);
      expect(theirs).not.toEqual(expect.arrayContaining(villageCases));
      await pages(clerk, town.path);
    });

    it('gives organisations holding rows written before the counts a count (migration 0043)', async () => {
      const held = async () =>
        (
          await t.db.k
            .selectFrom('orgWriteCount')
            .select(['orgId', 'writes'])
            .where('tableName', '=', 'enforcement_case')
            .orderBy('orgId')
            .execute()
        ).map((r) => [Number(r.orgId), Number(r.writes)]);
      const before = await held();
      expect(before.map(([org]) => org)).toEqual([town.id, village, emptyTown].sort((x, y) => x - y));
      // as in a database whose cases were written before migration 0042
      await t.db.k.deleteFrom('orgWriteCount').where('tableName', '=', 'enforcement_case').execute();
      await t.db.k
        .insertInto('orgWriteCount')
        .values({ tableName: 'enforcement_case', orgId: town.id, writes: 99 })
        .execute();
      await countHeldRows(t.db.k as never);
      expect(await held()).toEqual(
        before.map(([org]) => [org, org === town.id ? 99 : 1]).sort((x, y) => x[0] - y[0]),
      );
      // the lists still read every holding organisation
      await pages(clerk, town.path);
      await pages(emptyClerk, (await emptyClerk('/api/auth/me')).user.orgPath);
    });
  });
}
