import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, dialects } from '../../../test/db.ts';
import { setVerifyTemplates, templateQuery } from './query-template.ts';

afterEach(() => setVerifyTemplates(true));

for (const dialect of dialects()) {
  describe(`query templates [${dialect}]`, () => {
    it('fills parameters, LIKE patterns and page bounds, and keeps set and unset values apart', async () => {
      const t = await createTestDb(dialect);
      try {
        const k = t.db.k;
        let builds = 0;
        const query = (name: string | null, pattern: string | null, limit: number) =>
          templateQuery(k, `test-orgs-${dialect}`, [name, pattern, limit], (v) => {
            builds++;
            let q = k.selectFrom('org').select(['name']).orderBy('id');
            if (v[0] !== null) q = q.where('name', '<>', v[0] as string);
            if (v[1] !== null) q = q.where('name', 'like', `%${v[1] as string}%`);
            return q.limit(v[2] as number);
          });
        await k
          .insertInto('org')
          .values([
            {
              code: 't1',
              name: '青石镇',
              kind: 'township',
              parentId: null,
              path: '/t1/',
              active: 1,
              createdAt: '2026-01-01T00:00:00Z',
            },
            {
              code: 't2',
              name: '白马镇',
              kind: 'township',
              parentId: null,
              path: '/t2/',
              active: 1,
              createdAt: '2026-01-01T00:00:00Z',
            },
            {
              code: 't3',
              name: '城关街道',
              kind: 'township',
              parentId: null,
              path: '/t3/',
              active: 1,
              createdAt: '2026-01-01T00:00:00Z',
            },
          ] as never)
          .execute();
        setVerifyTemplates(false);
        const names = async (c: ReturnType<typeof query>) =>
          (await k.executeQuery(c)).rows.map((r) => r.name);
        expect(await names(query(null, '镇', 10))).toEqual(['青石镇', '白马镇']);
        expect(builds).toBe(1);
        // the same shape: filled, not built again
        expect(await names(query(null, '街道', 10))).toEqual(['城关街道']);
        expect(await names(query(null, '镇', 1))).toEqual(['青石镇']);
        expect(builds).toBe(1);
        // a value set where it was unset is another shape
        expect(await names(query('青石镇', '镇', 10))).toEqual(['白马镇']);
        expect(builds).toBe(2);
        expect(await names(query(null, null, 10))).toEqual(['青石镇', '白马镇', '城关街道']);
        expect(builds).toBe(3);
      } finally {
        await t.drop();
      }
    });

    it('fails under verification when the key misses a choice the builder makes', async () => {
      const t = await createTestDb(dialect);
      try {
        const k = t.db.k;
        // the builder branches on a value's content, which a stand-in cannot show
        const build = (v: readonly unknown[]) => {
          const q = k.selectFrom('org').select('id');
          return v[0] === 'all' ? q : q.where('code', '=', v[0] as string);
        };
        setVerifyTemplates(true);
        templateQuery(k, `test-branch-${dialect}`, ['t1'], build);
        expect(() => templateQuery(k, `test-branch-${dialect}`, ['all'], build)).toThrow(
          /differs from a fresh build/,
        );
      } finally {
        await t.drop();
      }
    });
  });
}
