// Fresh, migrated databases for the ledger benchmarks: SQLite in a temp dir always, PostgreSQL too
// when FAZHI_BENCH_PG holds a server URL (each run creates its own database and drops it).

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { auditKeyFor } from '../src/server/core/keys.ts';
import { piiFor } from '../src/server/core/pii.ts';
import { type Db, type DbTarget, type Dialect, openDb } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { loadDemo } from '../src/server/demo/seed.ts';

export const benchPgUrl = process.env.FAZHI_BENCH_PG || undefined;

export function benchDialects(): Dialect[] {
  return benchPgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface BenchDb {
  db: Db;
  target: DbTarget;
  dialect: Dialect;
  dataDir: string;
  drop(): Promise<void>;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

export async function freshDb(dialect: Dialect, prefix: string): Promise<BenchDb> {
  const dataDir = mkdtempSync(join(tmpdir(), `fazhi-bench-${prefix}-`));
  if (dialect === 'sqlite') {
    const target: DbTarget = { dialect: 'sqlite', file: join(dataDir, 'fazhi.sqlite') };
    const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    await migrateToLatest(db);
    return {
      db,
      target,
      dialect,
      dataDir,
      drop: async () => {
        await db.destroy();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!benchPgUrl) throw new Error('FAZHI_BENCH_PG is not set');
  const name = `fazhi_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(benchPgUrl, `CREATE DATABASE ${name}`);
  const url = new URL(benchPgUrl);
  url.pathname = `/${name}`;
  const target: DbTarget = { dialect: 'postgres', url: url.toString() };
  const db = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
  await migrateToLatest(db);
  return {
    db,
    target,
    dialect,
    dataDir,
    drop: async () => {
      await db.destroy();
      await adminQuery(benchPgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The median wall time of `runs` calls of `fn`, after `warmup` untimed ones; `before`, when given,
 * runs untimed before each call.
 */
export async function medianMs(
  fn: () => Promise<unknown>,
  opts: { warmup: number; runs: number; before?: () => Promise<unknown> },
): Promise<number> {
  for (let i = 0; i < opts.warmup; i++) {
    await opts.before?.();
    await fn();
  }
  const ms: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    await opts.before?.();
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/**
 * The demo county with its ledger seeds on SQLite (loadDemo), then, with FAZHI_BENCH_PG, the same
 * rows copied to PostgreSQL (copyDemo: ids kept, then VACUUM ANALYZE): `measure` runs on each,
 * told how its database was filled. Returns the note for a PostgreSQL left out, if it is.
 */
export async function onDemoDatabases(
  prefix: string,
  secret: string,
  measure: (b: BenchDb, seeding: string) => Promise<void>,
): Promise<string[]> {
  const lite = await freshDb('sqlite', prefix);
  try {
    const t = performance.now();
    await loadDemo(lite.db, {
      ledgers: { pii: piiFor({ secret, dataDir: lite.dataDir }), dataDir: lite.dataDir },
    });
    await measure(
      lite,
      `demo county with its ledger seeds loaded by loadDemo in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    if (!benchDialects().includes('postgres'))
      return ['PostgreSQL skipped: set FAZHI_BENCH_PG to a server URL to measure it too'];
    const pgDb = await freshDb('postgres', prefix);
    try {
      const t2 = performance.now();
      const copied = await copyDemo(lite.db, pgDb.db);
      await measure(
        pgDb,
        `the same demo copied from SQLite table by table (${copied.toLocaleString('en-US')} rows, ids kept, then VACUUM ANALYZE) in ${((performance.now() - t2) / 1000).toFixed(1)} s — loadDemo itself takes minutes on PostgreSQL`,
      );
      return [];
    } finally {
      await pgDb.drop();
    }
  } finally {
    await lite.drop();
  }
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Inserts rows (camelCase or snake_case keys) straight into a table, bypassing the commands: one
 * prepared statement in one transaction on SQLite; on PostgreSQL one
 * `INSERT … SELECT … FROM json_populate_recordset` per 5,000 rows.
 */
export async function bulkInsert(
  db: Db,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = columns.map(snake);
  const list = names.map((n) => `"${n}"`).join(', ');
  if (db.sqlite) {
    const stmt = db.sqlite.prepare(
      `INSERT INTO "${table}" (${list}) VALUES (${names.map(() => '?').join(', ')})`,
    );
    db.sqlite.transaction(() => {
      for (const r of rows) stmt.run(columns.map((c) => r[c] ?? null));
    })();
    return;
  }
  await db.k.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 5_000) {
      const chunk = rows.slice(i, i + 5_000).map((r) => {
        const o: Record<string, unknown> = {};
        columns.forEach((c, j) => {
          o[names[j]] = r[c] ?? null;
        });
        return o;
      });
      await sql`INSERT INTO ${sql.table(table)} (${sql.raw(list)}) SELECT ${sql.raw(list)} FROM json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(chunk)}::json)`.execute(
        tx,
      );
    }
  });
}

/**
 * Copies every table of the demo loaded on SQLite into a fresh PostgreSQL database, ids kept, then
 * moves the identity sequences past them: loading the demo through the commands takes minutes on
 * PostgreSQL, and this gives both dialects the very same records.
 */
export async function copyDemo(from: Db, to: Db): Promise<number> {
  if (!from.sqlite) throw new Error('copyDemo reads from SQLite');
  const tables = from.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY rowid",
    )
    .all() as { name: string }[];
  // SQLite's own search tables (FTS5 and its shadow tables) have no counterpart on PostgreSQL, which
  // indexes with pg_trgm instead: only the tables both databases have are copied.
  const pgTables = new Set(
    (
      await sql<{
        name: string;
      }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`.execute(to.k)
    ).rows.map((r) => r.name),
  );
  let rows = 0;
  for (const { name } of tables) {
    if (!pgTables.has(name)) continue;
    // Rows the migrations wrote (cache stamps …) are replaced by the copied ones.
    const present = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(to.k);
    if (Number(present.rows[0].n) > 0) await sql`DELETE FROM ${sql.table(name)}`.execute(to.k);
    const data = from.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<
      string,
      unknown
    >[];
    await bulkInsert(to, name, data);
    rows += data.length;
    if (data.length > 0 && typeof data[0].id === 'number') {
      await sql`SELECT setval(pg_get_serial_sequence(${name}::text, 'id')::regclass, (SELECT max(id) FROM ${sql.table(name)}))`.execute(
        to.k,
      );
    }
  }
  await sql`VACUUM ANALYZE`.execute(to.k);
  return rows;
}
