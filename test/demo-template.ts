// The demo county with its ledgers' demo year, seeded once per test run and copied for each suite
// that needs it: an SQLite data folder copied file by file, a PostgreSQL database created from a
// template database (with the data folder that holds its key and attachment files). Seeding the
// demo takes a minute; copying it, a second. A template is named by a hash of the server sources
// and the day it was seeded on, so a change to any seed or migration builds a new one.
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { auditKeyFor } from '../src/server/core/keys.ts';
import { piiFor } from '../src/server/core/pii.ts';
import { type DbTarget, type Dialect, openDb } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { loadDemo } from '../src/server/demo/seed.ts';
import { pgUrl, type TestDb } from './db.ts';

const root = new URL('..', import.meta.url).pathname;

function sourceHash(): string {
  const h = createHash('sha256').update('demo-template-v1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(name) && !name.endsWith('.test.ts')) h.update(p).update(readFileSync(p));
    }
  };
  for (const d of ['src/server', 'src/shared']) walk(join(root, d));
  return h.digest('hex').slice(0, 12);
}

let hash: string | null = null;
const keyOf = (dialect: Dialect, today: string) => {
  hash ??= sourceHash();
  return `${hash}_${today.replaceAll('-', '')}_${dialect === 'sqlite' ? 's' : 'p'}`;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function pgTarget(name: string): DbTarget {
  const url = new URL(pgUrl as string);
  url.pathname = `/${name}`;
  return { dialect: 'postgres', url: url.toString() };
}

/** Seeds the template once (one process builds, the others wait for it); returns its folder. */
async function template(dialect: Dialect, today: string): Promise<string> {
  const key = keyOf(dialect, today);
  const dir = join(tmpdir(), `fazhi-demo-template-${key}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, 'ready'))) return dir;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another process is seeding it; a lock older than 20 minutes is a crashed one
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 20 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (existsSync(join(dir, 'ready'))) return dir;
    const building = `${dir}.building`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    const target: DbTarget =
      dialect === 'sqlite'
        ? { dialect: 'sqlite', file: join(building, 'fazhi.sqlite') }
        : pgTarget(`fazhi_tpl_${key}`);
    if (dialect === 'postgres')
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS fazhi_tpl_${key}`);
        await c.query(`CREATE DATABASE fazhi_tpl_${key}`);
      });
    const db = openDb(target, { auditKey: auditKeyFor({ dataDir: building }) });
    try {
      await migrateToLatest(db);
      await loadDemo(db, { ledgers: { pii: piiFor({ dataDir: building }), dataDir: building, today } });
    } finally {
      await db.destroy();
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    cpSync(join(dir, 'pii.key'), join(dir, 'ready'));
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fresh copy of the demo county seeded as of `today`, on the dialect. */
export async function createDemoDb(
  dialect: Dialect,
  today: string,
): Promise<TestDb & { drop(): Promise<void> }> {
  const tpl = await template(dialect, today);
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-test-'));
  cpSync(tpl, dataDir, { recursive: true });
  rmSync(join(dataDir, 'ready'));
  if (dialect === 'sqlite') {
    const target: DbTarget = { dialect: 'sqlite', file: join(dataDir, 'fazhi.sqlite') };
    const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
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
  const name = `fazhi_test_${randomBytes(6).toString('hex')}`;
  const key = keyOf(dialect, today);
  // two copies made at the same moment: PostgreSQL refuses the second while the first reads it
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE fazhi_tpl_${key}`));
      break;
    } catch (e) {
      if (attempt > 40 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await sleep(250 + Math.random() * 500);
    }
  }
  const target = pgTarget(name);
  const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
  return {
    db,
    target,
    dataDir,
    drop: async () => {
      await db.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
