// Issue 10 and 11's acceptance of the indicators on each dialect: GET /api/indicators?year=2025 gives,
// for every demo township (as the county's supervisor picks it), every indicator of the six wave-two
// ledgers, each a number; the counts of records are positive for each township (rates may be 0:
// a township that lost no case has a 败诉率 of 0). The township's clerk gets the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOWNSHIPS } from '../../src/server/demo/county.ts';
import { allIndicators } from '../../src/server/ledgers/registry.ts';
import { findIndicator } from '../../src/shared/indicators.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const YEAR = 2025;
const WAVE_TWO = ['normative_docs', 'decisions', 'advisor', 'disclosure', 'review_litigation', 'emergency'];
/** Indicators that are rates or shares, which a township may rightly have at 0. */
const RATES = new Set(
  allIndicators()
    .filter(({ def }) => findIndicator(def.id)?.unit === '%')
    .map(({ def }) => def.id),
);
const WAVE_TWO_IDS = allIndicators()
  .filter(({ ledger }) => WAVE_TWO.includes(ledger.kind))
  .map(({ def }) => def.id);

interface Item {
  id: string;
  ledger: string;
  value: number;
}

for (const dialect of dialects()) {
  describe(`wave-two indicators of the demo townships [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgers: true });
      supervisor = await t.login('supervisor');
    }, 900_000);
    afterAll(async () => t?.close());

    it('gives every wave-two indicator for each township, the counts positive', async () => {
      expect(WAVE_TWO_IDS.length).toBeGreaterThanOrEqual(20);
      const orgs = await t.app.db.k
        .selectFrom('org')
        .select(['id', 'code', 'name'])
        .where(
          'code',
          'in',
          DEMO_TOWNSHIPS.map((d) => d.code),
        )
        .orderBy('code')
        .execute();
      expect(orgs).toHaveLength(DEMO_TOWNSHIPS.length);
      const table: string[] = [];
      for (const org of orgs) {
        const res = await supervisor.get(`/api/indicators?year=${YEAR}&org=${org.id}`);
        expect(res.status).toBe(200);
        expect(res.body.year).toBe(YEAR);
        const items = (res.body.items as Item[]).filter((i) => WAVE_TWO.includes(i.ledger));
        expect(items.map((i) => i.id).sort()).toEqual([...WAVE_TWO_IDS].sort());
        for (const i of items) {
          expect(typeof i.value, `${org.name} ${i.id}`).toBe('number');
          if (!RATES.has(i.id)) expect(i.value, `${org.name} ${i.id}`).toBeGreaterThan(0);
        }
        table.push(`${org.name}: ${items.map((i) => `${i.id}=${i.value}`).join(' ')}`);
      }
      console.log(`[${dialect}] ${YEAR}\n${table.join('\n')}`);
    }, 120_000);

    it('gives the township clerk the same figures as the supervisor sees for it', async () => {
      const clerk = await t.login('qingshi.clerk');
      const mine = await clerk.get(`/api/indicators?year=${YEAR}`);
      expect(mine.status).toBe(200);
      const org = await t.app.db.k
        .selectFrom('org')
        .select('id')
        .where('code', '=', DEMO_TOWNSHIPS.find((d) => d.pinyin === 'qingshi')!.code)
        .executeTakeFirstOrThrow();
      const theirs = await supervisor.get(`/api/indicators?year=${YEAR}&org=${org.id}`);
      const pick = (items: Item[]) =>
        items.filter((i) => WAVE_TWO.includes(i.ledger)).map((i) => [i.id, i.value]);
      expect(pick(mine.body.items)).toEqual(pick(theirs.body.items));
    }, 60_000);
  });
}
