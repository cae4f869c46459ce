// A list page's ids read organisation by organisation (list-page-ids.ts, PostgreSQL) are the ids
// the ordered walk gives — the query list.ts used before — for every filter: state, date range,
// search pattern, `org` narrowing, pages inside and past the end, readers of one township, of a
// village, of two townships, of the county, and readers with `access.own` roles (advisor tasks).
// On SQLite the page is the walk, or the walk of the organisations holding the scope's rows written
// in place of the scope: compared on both dialects, whatever their number.
import { CompiledQuery, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../test/factories.ts';
import { seededRandom } from '../../shared/random.ts';
import type { Actor } from '../core/actor.ts';
import { systemActor } from '../core/actor.ts';
import { createOrg } from '../core/orgs.ts';
import { createPii, type Pii } from '../core/pii.ts';
import { isPostgres } from '../core/sql-util.ts';
import type { Kdb } from '../db/connect.ts';
import type { LedgerDef, RecordTypeDef } from './contract.ts';
import { listRecords, pageFields } from './list.ts';
import { holdingOne, holdingOrgsPage, pageIdsQuery, perOrgPage } from './list-page-ids.ts';
import { scopeOrgs } from './list-scope-writes.ts';
// The registry, not the ledgers' folders: it also resolves the link fields a kept page stamps.
import { findLedger } from './registry.ts';
import { filteredQuery, type ListQuery, listFilters, scopePaths } from './store.ts';

const enforcementLedger = findLedger('enforcement') as LedgerDef;
const advisorLedger = findLedger('advisor') as LedgerDef;
const rtOf = (ledger: LedgerDef, type: string) =>
  ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
const caseRt = rtOf(enforcementLedger, 'case');
const taskRt = rtOf(advisorLedger, 'task');

const DATES = [
  '2024-03-01',
  '2024-07-15',
  '2024-12-31',
  '2025-01-01',
  '2025-02-10',
  '2025-02-11',
  '2025-06-30',
];
const WORDS = ['焚烧', '占道', '审查'];
const SURNAMES = ['王', '李', '张'];

type Person = { id: number; actor: Actor };
/** Of the 3,072 pages compared, 1,225 hold rows: most combinations are not empty by design. */
const NON_EMPTY = 1_000;

/** The query list.ts built before list-page-ids.ts: the ordered walk, written out here. */
async function walkIds(k: Kdb, actor: Actor, ledger: LedgerDef, rt: RecordTypeDef, query: ListQuery) {
  const paths = await scopePaths(k, actor, ledger, rt, query);
  const rows = await filteredQuery(k, actor, ledger, rt, paths, listFilters(query))
    .select('r.id')
    .orderBy(`r.${rt.dateField}`, 'desc')
    .orderBy('r.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return rows.map((r) => r.id as number);
}

async function pageIds(
  k: Kdb,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  query: ListQuery,
  perOrg?: boolean,
  holding = false,
) {
  const paths = await scopePaths(k, actor, ledger, rt, query);
  const skip = (query.page - 1) * query.pageSize;
  // the organisations with a write count, kept under a stamp of this test's own (nothing changes)
  const orgs = holding ? await scopeOrgs(k, rt.table, paths, 'list-page-ids.test') : null;
  const q = pageIdsQuery(k, actor, ledger, rt, paths, listFilters(query), query.pageSize, skip, perOrg, orgs);
  return (await q.execute()).map((r) => r.id as number);
}

describeEachDialect('list page ids', (ctx) => {
  let tree: Tree;
  let village2: number;
  let pii: Pii;
  let clerk: Person;
  let villageOfficer: Person;
  let twoTownships: Person;
  let supervisor: Person;
  let advisor: Person;
  let advisorAndClerk: Person;
  const k = () => ctx().db.k;

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    tree = await makeTree(db.k, '分页');
    village2 = await inTx(db.k, async (tx) => {
      const v = await createOrg(tx, systemActor, {
        parentId: tree.sibling.id,
        code: `V2${process.pid}`,
        name: '分页二村',
        kind: 'village',
      });
      return v.id;
    });
    clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    villageOfficer = await makeUser(db.k, tree.village.id, ['officer']);
    twoTownships = await makeUser(db.k, tree.county.id, [
      ['clerk', tree.town.id],
      ['clerk', tree.sibling.id],
    ]);
    supervisor = await makeUser(db.k, tree.county.id, ['supervisor']);
    advisor = await makeUser(db.k, tree.town.id, ['advisor']);
    advisorAndClerk = await makeUser(db.k, tree.county.id, [
      ['clerk', tree.sibling.id],
      ['advisor', tree.town.id],
    ]);

    // Few dates, so that many rows tie on the date and are ordered by id; ids interleave the orgs.
    const rand = seededRandom(37);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const orgs = [tree.county.id, tree.town.id, tree.town.id, tree.village.id, tree.sibling.id, village2];
    const at = '2025-07-01T00:00:00.000Z';
    const caseStates = caseRt.workflow.states.map((s) => s.id).slice(0, 5);
    const cases = Array.from({ length: 600 }, (_, i) => {
      const party = `${pick(SURNAMES)}某${i}`;
      return {
        orgId: pick(orgs),
        state: pick(caseStates),
        createdAt: at,
        updatedAt: at,
        caseNo: `分页立〔2025〕${i + 1}号`,
        title: `${party}${pick(WORDS)}案 5%_`,
        filedOn: pick(DATES),
        source: 'inspection',
        isMajor: 0,
        partyType: 'person',
        partyName: party,
      };
    });
    const taskStates = taskRt.workflow.states.map((s) => s.id);
    const advisors = [advisor.id, advisor.id, advisorAndClerk.id, clerk.id];
    const tasks = Array.from({ length: 400 }, (_, i) => ({
      orgId: pick(orgs),
      state: pick(taskStates),
      createdAt: at,
      updatedAt: at,
      title: `${pick(WORDS)}事项${i}`,
      kind: 'contract',
      advisorId: pick(advisors),
      sentOn: pick(DATES),
    }));
    await db.k
      .insertInto('enforcementCase')
      .values(cases as never)
      .execute();
    await db.k
      .insertInto('advisorTask')
      .values(tasks as never)
      .execute();
  });

  it('reads by organisation on PostgreSQL only: a township or a village, or any scope without a state', () => {
    const pg = isPostgres(k());
    const state = { state: 'filed' };
    const village = `${tree.town.path}${tree.village.id}/`;
    expect(perOrgPage(k(), caseRt, [tree.town.path], state)).toBe(pg);
    expect(perOrgPage(k(), caseRt, [village], state)).toBe(pg);
    expect(perOrgPage(k(), caseRt, [tree.town.path], {})).toBe(pg);
    // the county, everything, two townships, no scope: by organisation only without a state
    for (const paths of [[tree.county.path], ['/'], [tree.town.path, tree.sibling.path], []]) {
      expect(perOrgPage(k(), caseRt, paths, state)).toBe(false);
      expect(perOrgPage(k(), caseRt, paths, { state: null })).toBe(pg);
    }
    // a table without the indexes of migration 0037
    expect(perOrgPage(k(), taskRt, [tree.town.path], state)).toBe(false);
    expect(perOrgPage(k(), taskRt, [tree.town.path], {})).toBe(false);
  });

  it('knows the organisations holding a scope’s rows on SQLite, for the enforcement cases', async () => {
    expect(holdingOrgsPage(k(), caseRt)).toBe(!isPostgres(k()));
    expect(holdingOrgsPage(k(), taskRt)).toBe(false);
    // written in place of the scope when there is one or none
    expect(holdingOne([])).toEqual([]);
    expect(holdingOne([7])).toEqual([7]);
    expect(holdingOne([7, 9])).toBeNull();
    expect(holdingOne(null)).toBeNull();
    // the organisations holding the cases, by their write counts: the village's village holds none
    const village = `${tree.town.path}${tree.village.id}/`;
    expect(await scopeOrgs(k(), 'enforcementCase', [tree.town.path], 's1')).toEqual(
      [tree.town.id, tree.village.id].sort((x, y) => x - y),
    );
    expect(await scopeOrgs(k(), 'enforcementCase', [village], 's1')).toEqual([tree.village.id]);
    expect(await scopeOrgs(k(), 'enforcementCase', [`${village}0/`], 's1')).toEqual([]);
  });

  const readers = () =>
    [
      ['township clerk', clerk, enforcementLedger, caseRt],
      ['village officer', villageOfficer, enforcementLedger, caseRt],
      ['clerk of two townships', twoTownships, enforcementLedger, caseRt],
      ['county supervisor', supervisor, enforcementLedger, caseRt],
      ['advisor (own tasks)', advisor, advisorLedger, taskRt],
      ['clerk and advisor (own tasks elsewhere)', advisorAndClerk, advisorLedger, taskRt],
      ['township clerk, tasks', clerk, advisorLedger, taskRt],
      ['county supervisor, tasks', supervisor, advisorLedger, taskRt],
    ] as const;

  it('gives the ids of the ordered walk for every filter and page, by organisation or not', async () => {
    const pg = isPostgres(k());
    const rand = seededRandom(11);
    let compared = 0;
    let nonEmpty = 0;
    for (const [label, who, ledger, rt] of readers()) {
      const states = [undefined, rt.workflow.states[0].id, rt.workflow.states[2].id, 'nope'];
      const ranges = [
        {},
        { from: '2025-01-01' },
        { to: '2025-01-01' },
        { from: '2024-07-15', to: '2025-02-10' },
      ];
      const patterns = [undefined, WORDS[0], '5%_'];
      const orgs = [undefined, tree.town.id, tree.village.id, tree.sibling.id];
      for (const state of states)
        for (const range of ranges)
          for (const q of patterns)
            for (const org of orgs) {
              const size = rand() < 0.2 ? 1 : 7;
              for (const page of [1, rand() < 0.1 ? 60 : 2 + Math.floor(rand() * 8)]) {
                const query: ListQuery = { state, ...range, q, org, page, pageSize: size };
                const where = `${label} ${JSON.stringify(query)}`;
                const expected = await walkIds(k(), who.actor, ledger, rt, query);
                // PostgreSQL: by organisation, whatever the scope; SQLite: the plan it chooses.
                const ids = await pageIds(k(), who.actor, ledger, rt, query, pg ? true : undefined);
                expect(ids, where).toEqual(expected);
                const held = await pageIds(k(), who.actor, ledger, rt, query, undefined, true);
                expect(held, `${where} holding`).toEqual(expected);
                compared += 1;
                if (expected.length > 0) nonEmpty += 1;
              }
            }
    }
    expect(compared).toBe(8 * 4 * 4 * 3 * 4 * 2);
    // Others are empty by design: state 'nope', page 60, an organisation outside the scope.
    expect(nonEmpty).toBeGreaterThan(NON_EMPTY);
  });

  it('serves the list (a template per shape, filled per request) with the same pages', async () => {
    // Under vitest every filled template is also compared with a fresh build (query-template.ts).
    for (const [label, who, ledger, rt] of readers())
      for (const state of [undefined, rt.workflow.states[0].id])
        for (const q of [undefined, WORDS[1]])
          for (const page of [1, 2, 3, 30]) {
            const query: ListQuery = { state, q, from: '2024-07-15', page, pageSize: 5 };
            const { items } = await listRecords(k(), who.actor, ledger, rt, query, pii);
            const expected = await walkIds(k(), who.actor, ledger, rt, query);
            expect(
              items.map((it) => it.id),
              `${label} ${JSON.stringify(query)}`,
            ).toEqual(expected);
          }
  });

  it('walks the county’s state-filtered page from an index alone, in order (PostgreSQL, migration 0039)', async (t) => {
    if (!isPostgres(k())) t.skip();
    const query: ListQuery = {
      state: caseRt.workflow.states[0].id,
      from: '2024-07-15',
      page: 3,
      pageSize: 7,
    };
    const paths = await scopePaths(k(), supervisor.actor, enforcementLedger, caseRt, query);
    const filters = listFilters(query);
    expect(perOrgPage(k(), caseRt, paths, filters)).toBe(false);
    const c = pageIdsQuery(k(), supervisor.actor, enforcementLedger, caseRt, paths, filters, 7, 14).compile();
    // 600 rows would be read whole and sorted; with those plans off, what an index offers is left.
    const plan = await k()
      .transaction()
      .execute(async (tx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(tx);
        await sql`SET LOCAL enable_sort = off`.execute(tx);
        await sql`SET LOCAL enable_bitmapscan = off`.execute(tx);
        const r = await tx.executeQuery(CompiledQuery.raw(`EXPLAIN ${c.sql}`, [...c.parameters]));
        return r.rows.map((row) => Object.values(row as object)[0] as string).join('\n');
      });
    expect(plan).toMatch(
      /Index Only Scan Backward using enforcement_case_state_page_idx on enforcement_case/,
    );
    expect(plan).not.toMatch(/Sort/);
  });

  it('names the county’s state-filtered page on PostgreSQL, its scope written out, with the walk’s pages', async () => {
    await k()
      .connection()
      .execute(async (c) => {
        for (const state of caseRt.workflow.states.slice(0, 3).map((s) => s.id))
          for (const page of [1, 2, 5]) {
            const query: ListQuery = { state, from: '2024-07-15', page, pageSize: 7, columns: 'list' };
            const { items } = await listRecords(c, supervisor.actor, enforcementLedger, caseRt, query, pii);
            const expected = await walkIds(c, supervisor.actor, enforcementLedger, caseRt, query);
            expect(
              items.map((it) => it.id),
              JSON.stringify(query),
            ).toEqual(expected);
          }
        if (!isPostgres(k())) return;
        // One text for every state, range and page: the scope a literal, the filters parameters.
        const prepared = await sql<{
          statement: string;
        }>`select statement from pg_prepared_statements`.execute(c);
        // (an earlier test's page of every field on this connection is a statement of its own)
        const unlisted = caseRt.fields.find((f) => !pageFields(caseRt, 'list').includes(f))!;
        const column = `"r"."${unlisted.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`;
        const county = prepared.rows.filter(
          (r) => r.statement.includes(`LIKE '${tree.county.path}%'`) && !r.statement.includes(column),
        );
        expect(county).toHaveLength(1);
        expect(county[0].statement).toMatch(/"r"\."state" = \$\d+/);
      });
  });
});
