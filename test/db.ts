// Runs a database suite once per dialect: always on SQLite, and on PostgreSQL when FAZHI_TEST_PG
// holds a server URL. Each PostgreSQL run creates its own database and drops it afterwards.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { auditKeyFor } from '../src/server/core/keys.ts';
import { type Db, type Dialect, openDb } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';

export const pgUrl = process.env.FAZHI_TEST_PG;
let warned = false;

export function dialects(): Dialect[] {
  if (!pgUrl && !warned) {
    warned = true;
    console.warn('[fazhi] FAZHI_TEST_PG 未设置：PostgreSQL 方言的数据库测试已跳过，仅在 SQLite 上运行。');
  }
  return pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDb {
  db: Db;
  /** The target to open another connection to the same database (e.g. for buildApp). */
  target: import('../src/server/db/connect.ts').DbTarget;
  dataDir: string;
}

/** Creates a fresh, migrated database of the dialect. */
export async function createTestDb(dialect: Dialect): Promise<TestDb & { drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-test-'));
  if (dialect === 'sqlite') {
    const target = { dialect: 'sqlite' as const, file: join(dataDir, 'fazhi.sqlite') };
    const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    await migrateToLatest(db);
    return {
      db,
      target,
      dataDir,
      drop: async () => {
        await db.destroy();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!pgUrl) throw new Error('FAZHI_TEST_PG is not set');
  const name = `fazhi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const target = { dialect: 'postgres' as const, url: url.toString() };
  const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
  await migrateToLatest(db);
  return {
    db,
    target,
    dataDir,
    drop: async () => {
      await db.destroy();
      const a = new pg.Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `describeEachDialect('orgs', (ctx) => { it(..., async () => ctx().db.k...) })` — the suite body
 * runs once per dialect against its own fresh database.
 */
export function describeEachDialect(name: string, body: (ctx: () => TestDb, dialect: Dialect) => void): void {
  for (const dialect of dialects()) {
    describe(`${name} [${dialect}]`, () => {
      let t: (TestDb & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        t = await createTestDb(dialect);
      });
      afterAll(async () => {
        await t?.drop();
      });
      body(() => {
        if (!t) throw new Error('database not ready');
        return t;
      }, dialect);
    });
  }
}

/**
 * Runs `write`, then puts the named write stamps (`cache_stamp`, `table:<name>`) back as they were:
 * a change the processes' caches cannot tell from none, which shows what they serve while their
 * stamps hold. Returns the stamps as they were read before the write.
 */
export async function unstamped(
  db: Db,
  names: readonly string[],
  write: () => Promise<unknown>,
): Promise<Array<{ name: string; stamp: string }>> {
  const stamps = await db.k
    .selectFrom('cacheStamp')
    .select(['name', 'stamp'])
    .where('name', 'in', [...names])
    .execute();
  await write();
  for (const s of stamps)
    await db.k.updateTable('cacheStamp').set({ stamp: s.stamp }).where('name', '=', s.name).execute();
  return stamps;
}
