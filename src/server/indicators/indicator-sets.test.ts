// The indicator sets (several indicators in one query per table) give exactly what each
// indicator's own compute gives, on the demo county: the county, every township, two years.
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_TODAY } from '../../../test/app.ts';
import { dialects } from '../../../test/db.ts';
import { createDemoDb } from '../../../test/demo-template.ts';
import type { Db } from '../db/connect.ts';
import { allIndicators, findRecordType } from '../ledgers/registry.ts';
import { computeIndicators } from './compute.ts';

const YEAR = Number(TEST_TODAY.slice(0, 4));

for (const dialect of dialects()) {
  describe(`indicator sets [${dialect}]`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let paths: string[];

    beforeAll(async () => {
      const t = await createDemoDb(dialect, TEST_TODAY);
      db = t.db;
      drop = t.drop;
      const orgs = await db.k
        .selectFrom('org')
        .select(['path', 'kind'])
        .where('kind', 'in', ['county', 'township'])
        .orderBy('path')
        .execute();
      paths = orgs.map((o) => o.path);
    }, 300_000);
    afterAll(async () => drop?.());

    it('has sets, each naming indicators of its own ledger', () => {
      const sets = allIndicators().flatMap(({ ledger }) => ledger.indicatorSets ?? []);
      expect(sets.length).toBeGreaterThan(0);
      for (const { ledger } of allIndicators())
        for (const set of ledger.indicatorSets ?? [])
          for (const id of set.ids) expect(ledger.indicators.map((d) => d.id)).toContain(id);
    });

    it('reads each table the indicators count once: one query per table, one round trip on PostgreSQL', async () => {
      // the tables the indicators read, by the record types their drill-downs name
      const tables = new Set<string>();
      for (const { ledger, def } of allIndicators()) {
        const { type } = await def.drill(db.k, [], YEAR);
        tables.add(findRecordType(ledger, type)!.table);
      }
      // Counted as run: on SQLite each statement the database runs (a prepared statement's run,
      // whether through Kysely or not); on PostgreSQL each round trip of a pool client (the roll-up
      // sends its statements together, past Kysely).
      // The roll-up runs on a copy of the database with a plugin, as any caller's may be.
      const counting: KyselyPlugin = {
        transformQuery: (args) => args.node,
        transformResult: async (args) => args.result,
      };
      const statement = db.sqlite ? Object.getPrototypeOf(db.sqlite.prepare('select 1')) : null;
      const ran = statement
        ? [vi.spyOn(statement, 'all'), vi.spyOn(statement, 'get'), vi.spyOn(statement, 'run')]
        : [];
      const sent = vi.spyOn(pg.Client.prototype, 'query');
      const roundTrips = () =>
        dialect === 'sqlite' ? ran.reduce((n, s) => n + s.mock.calls.length, 0) : sent.mock.calls.length;
      const reset = () => {
        for (const s of [...ran, sent]) s.mockClear();
      };
      try {
        const counted = db.k.withPlugin(counting);
        reset();
        const first = await computeIndicators(counted, allIndicators(), [paths[0]], YEAR);
        // the table stamps, read once, then on SQLite the ids of the organisations in scope (kept
        // under the org table's stamp) and one statement per table; on PostgreSQL all at once
        expect(roundTrips()).toBe(dialect === 'sqlite' ? tables.size + 2 : 2);

        // Again, nothing written: the stamps only; every row is the process's, the two stocks too
        // (kept under the day they are counted on).
        reset();
        expect(await computeIndicators(counted, allIndicators(), [paths[0]], YEAR)).toEqual(first);
        expect(roundTrips()).toBe(1);

        // With the stamps a session statement read, not even those.
        const stamps = new Map(
          (await db.k.selectFrom('cacheStamp').select(['name', 'stamp']).execute()).map((r) => [
            r.name,
            r.stamp,
          ]),
        );
        reset();
        expect(await computeIndicators(counted, allIndicators(), [paths[0]], YEAR, stamps)).toEqual(first);
        expect(roundTrips()).toBe(0);

        // A dispute moved into the year on another connection's write: its table is counted again.
        const moved = await db.k
          .selectFrom('dispute')
          .select('id')
          .where('acceptedOn', '<', `${YEAR}-01-01`)
          .orderBy('id')
          .executeTakeFirstOrThrow();
        await db.k
          .updateTable('dispute')
          .set({ acceptedOn: `${YEAR}-01-02` })
          .where('id', '=', moved.id)
          .execute();
        reset();
        const after = await computeIndicators(counted, allIndicators(), [paths[0]], YEAR);
        expect(roundTrips()).toBe(2);
        expect(after.get('disputes.total')).toBe((first.get('disputes.total') ?? 0) + 1);
        const dispute = allIndicators().find((e) => e.def.id === 'disputes.total')!;
        expect(after.get('disputes.total')).toBe(await dispute.def.compute(db.k, [paths[0]], YEAR));

        // Stamps read before that write: the row kept since is not served under them.
        reset();
        expect(await computeIndicators(counted, allIndicators(), [paths[0]], YEAR, stamps)).toEqual(after);
        expect(roundTrips()).toBe(1);

        // A new organisation under a township, and a dispute of another township moved into it: the
        // township's organisations are read again (SQLite keeps them under the org table's stamp
        // and names them in its statements), the dispute is counted there.
        const [town, other] = [paths[1], paths[2]];
        await computeIndicators(counted, allIndicators(), [town], YEAR);
        const org = await db.k
          .insertInto('org')
          .values({
            code: 'TEST-ROLLUP-ORG',
            name: '新设村',
            kind: 'village',
            path: `${town}9999/`,
            createdAt: '2026-01-01T00:00:00.000Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const elsewhere = await db.k
          .selectFrom('dispute')
          .innerJoin('org', 'org.id', 'dispute.orgId')
          .select('dispute.id')
          .where('org.path', 'like', `${other}%`)
          .where('dispute.acceptedOn', '>=', `${YEAR}-01-01`)
          .where('dispute.acceptedOn', '<=', `${YEAR}-12-31`)
          .orderBy('dispute.id')
          .executeTakeFirstOrThrow();
        await db.k.updateTable('dispute').set({ orgId: org.id }).where('id', '=', elsewhere.id).execute();
        reset();
        const moved2 = await computeIndicators(counted, allIndicators(), [town], YEAR);
        // the stamps, the township's organisations (SQLite), then every table again: the rows were
        // kept for the organisations as they were (SQLite names them, PostgreSQL reads org)
        expect(roundTrips()).toBe(dialect === 'sqlite' ? tables.size + 2 : 2);
        for (const path of [town, other])
          expect((await computeIndicators(db.k, allIndicators(), [path], YEAR)).get('disputes.total')).toBe(
            await dispute.def.compute(db.k, [path], YEAR),
          );
        expect(moved2.get('disputes.total')).toBe(await dispute.def.compute(db.k, [town], YEAR));
      } finally {
        for (const s of [...ran, sent]) s.mockRestore();
      }
    });

    it('computes every indicator as its own compute does, for the county and each township', async () => {
      const entries = allIndicators();
      let nonZero = 0;
      for (const path of paths) {
        for (const year of [YEAR - 1, YEAR]) {
          const together = await computeIndicators(db.k, entries, [path], year);
          for (const { def } of entries) {
            const alone = await def.compute(db.k, [path], year);
            expect(together.get(def.id), `${def.id} ${path} ${year}`).toBe(alone);
            if (alone !== 0) nonZero++;
          }
        }
      }
      expect(paths.length).toBeGreaterThan(1);
      expect(nonZero).toBeGreaterThan(100);
    }, 300_000);
  });
}
