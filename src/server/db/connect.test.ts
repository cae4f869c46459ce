import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { num, openDb } from './connect.ts';
import { inOrgSubtree } from './scope.ts';

describeEachDialect('database', (ctx) => {
  it('migrates, normalises counts to numbers and scopes by org subtree', async () => {
    const { k } = ctx().db;
    const now = new Date().toISOString();
    const county = await k
      .insertInto('org')
      .values({ code: 'T0', name: '县', kind: 'county', path: '/tmp/', createdAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await k
      .updateTable('org')
      .set({ path: `/${county.id}/` })
      .where('id', '=', county.id)
      .execute();
    const town = await k
      .insertInto('org')
      .values({ parentId: county.id, code: 'T1', name: '镇', kind: 'township', path: 'x', createdAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await k
      .updateTable('org')
      .set({ path: `/${county.id}/${town.id}/` })
      .where('id', '=', town.id)
      .execute();
    const other = await k
      .insertInto('org')
      .values({ parentId: county.id, code: 'T2', name: '乡', kind: 'township', path: 'y', createdAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await k
      .updateTable('org')
      .set({ path: `/${county.id}/${other.id}/` })
      .where('id', '=', other.id)
      .execute();

    const row = await k
      .selectFrom('org')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(typeof row.n).toBe('number');
    expect(num(row.n)).toBe(3);

    const inTown = await k
      .selectFrom('org')
      .select('code')
      .where((eb) => inOrgSubtree(eb, 'org.id', [`/${county.id}/${town.id}/`]))
      .execute();
    expect(inTown.map((r) => r.code)).toEqual(['T1']);
    const none = await k
      .selectFrom('org')
      .select('code')
      .where((eb) => inOrgSubtree(eb, 'org.id', []))
      .execute();
    expect(none).toEqual([]);
    const sum = await sql<{ s: unknown }>`select sum(id) as s from org`.execute(k);
    expect(typeof sum.rows[0].s).toBe('number');
  });

  it('rejects UPDATE and DELETE of audit events', async () => {
    const { k } = ctx().db;
    await k
      .insertInto('auditEvent')
      .values({ seq: 1, at: new Date().toISOString(), action: 'test', prevHash: '0', hash: '1' })
      .execute();
    await expect(k.updateTable('auditEvent').set({ action: 'x' }).execute()).rejects.toThrow(/审计日志/);
    await expect(k.deleteFrom('auditEvent').execute()).rejects.toThrow(/审计日志/);
  });
});

describe('SQLite file', () => {
  it('is created readable by the service user only, with its WAL, and tightened when found open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-mode-'));
    const file = join(dir, 'data', 'fazhi.sqlite');
    try {
      const db = openDb({ dialect: 'sqlite', file });
      await sql`create table t (x integer)`.execute(db.k);
      await sql`insert into t values (1)`.execute(db.k);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
      await db.destroy();
      chmodSync(file, 0o644);
      const again = openDb({ dialect: 'sqlite', file });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await again.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
