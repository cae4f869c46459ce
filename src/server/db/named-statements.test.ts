import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { openDb } from './connect.ts';
import { MAX_NAMED, statementName } from './named-statements.ts';
import { templateQuery } from './query-template.ts';

describeEachDialect('named statements', (ctx, dialect) => {
  const orgsUnder = (k: ReturnType<typeof ctx>['db']['k'], prefix: string, named: boolean) =>
    templateQuery(
      k,
      `named-test\n${named}`,
      [prefix],
      (v) =>
        k
          .selectFrom('org')
          // The name goes by the text: the unnamed twin must differ in its text.
          .select(['code', named ? 'name' : 'name as name'])
          .where('path', 'like', `${v[0] as string}%`)
          .orderBy('code'),
      { named },
    );

  it('runs a named template as a named statement on PostgreSQL, with the same rows as unnamed', async () => {
    const { k } = ctx().db;
    const now = '2026-01-01T00:00:00.000Z';
    for (const [code, path] of [
      ['N1', '/n/1/'],
      ['N2', '/n/2/'],
      ['M1', '/m/1/'],
    ])
      await k
        .insertInto('org')
        .values({ code, name: `机构${code}`, kind: 'township', path, createdAt: now })
        .execute();
    // One connection, so its own prepared statements can be listed.
    await k.connection().execute(async (c) => {
      for (const prefix of ['/n/', '/m/', '/n/1/', '/n/', '/n/', '/n/', '/n/', '/n/']) {
        const named = (await c.executeQuery(orgsUnder(c, prefix, true))).rows;
        const plain = (await c.executeQuery(orgsUnder(c, prefix, false))).rows;
        expect(named).toEqual(plain);
      }
      expect((await c.executeQuery(orgsUnder(c, '/n/', true))).rows.map((r) => r.code)).toEqual(['N1', 'N2']);
      const namedSql = orgsUnder(c, '/n/', true).sql;
      const plainSql = orgsUnder(c, '/n/', false).sql;
      if (dialect === 'sqlite') {
        expect(statementName(namedSql)).toBeUndefined();
        return;
      }
      expect(statementName(namedSql)).toMatch(/^fz_\d+$/);
      expect(statementName(plainSql)).toBeUndefined();
      const prepared = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(c);
      expect(prepared.rows).toContainEqual({ name: statementName(namedSql), statement: namedSql });
      expect(prepared.rows.some((r) => r.statement === plainSql)).toBe(false);
    });
  });

  it('leaves every statement unnamed on a connection opened without them (a transaction-mode pooler)', async (t) => {
    const target = ctx().target;
    if (target.dialect !== 'postgres') return t.skip();
    const other = openDb({ ...target, namedStatements: false });
    try {
      await other.k.connection().execute(async (c) => {
        for (let i = 0; i < 7; i++) await c.executeQuery(orgsUnder(c, '/n/', true));
        const prepared = await sql<{ n: number }>`select count(*) as n from pg_prepared_statements`.execute(
          c,
        );
        expect(Number(prepared.rows[0].n)).toBe(0);
      });
    } finally {
      await other.destroy();
    }
  });

  it('names at most MAX_NAMED texts per process', () => {
    const { k } = ctx().db;
    const texts = Array.from({ length: MAX_NAMED + 5 }, (_, i) =>
      templateQuery(
        k,
        `named-cap\n${i}`,
        ['x'],
        (v) =>
          k
            .selectFrom('org')
            .select(sql<number>`${sql.lit(i)}`.as('n'))
            .where('code', '=', v[0] as string),
        { named: true },
      ),
    );
    const named = texts.filter((q) => statementName(q.sql) !== undefined).length;
    expect(named).toBeLessThanOrEqual(MAX_NAMED);
    if (dialect === 'postgres') expect(named).toBeGreaterThan(0);
  });
});
