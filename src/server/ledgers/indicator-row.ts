// The one-row query of an indicator (or of a set: several indicators of one table in one
// statement), built once per indicator and scope and then only filled in with the year
// (db/query-template.ts): the roll-up runs one such query per ledger table, for every township of a
// county view, and building and compiling them cost about as much as the database's own work.
//
// Within a roll-up (`withIndicatorStamps`, which computeIndicators uses) the rows are also kept per
// process under the write stamps of the tables their SQL reads (migrations 0034, 0036): the
// stamps are read once, before any of the roll-up's queries, so a row is never kept under a stamp
// newer than its data; any write to one of those tables, by any process, renews a stamp and the
// row is counted again. A query that reads a table without a stamp is never kept.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Compilable } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';

/** name → stamp of every `table:<name>` stamp, as read at the start of a roll-up. */
type Stamps = ReadonlyMap<string, string>;
const rollupStamps = new AsyncLocalStorage<Stamps>();

const MAX_ROWS = 20_000;
const rowCaches = new WeakMap<object, Map<string, { stamps: string; row: unknown }>>();
const tablesOfSql = new Map<string, string[] | null>();

/**
 * The tables a compiled statement reads (`from "t"`, `join "t"`, quoted or not), or null when it
 * names something else after FROM or JOIN (a function, a subquery alias it cannot tell apart).
 */
export function tablesRead(sqlText: string): string[] | null {
  const out = new Set<string>();
  for (const m of sqlText.matchAll(/\b(?:from|join)\s+("?)([A-Za-z_][A-Za-z0-9_]*)\1(\s*\()?/gi)) {
    if (m[3]) return null; // a table function
    out.add(m[2]);
  }
  return [...out];
}

/** Runs `fn` with the database's table stamps read once: indicator rows within it may be kept. */
export async function withIndicatorStamps<T>(k: Kdb | Tx, fn: () => Promise<T>): Promise<T> {
  if (k.isTransaction) return fn(); // a transaction's own writes are not stamped yet
  const rows = await k
    .selectFrom('cacheStamp')
    .select(['name', 'stamp'])
    .where('name', 'like', 'table:%')
    .execute();
  return rollupStamps.run(new Map(rows.map((r) => [r.name.slice('table:'.length), r.stamp])), fn);
}

/**
 * The row of `build(year)` for the organisations under `paths`. `key` names the indicator or set
 * (unique); `build` may use `year` only as a value or inside a date string (`${year}-01-01`),
 * which tests verify (the template check).
 */
export async function indicatorRow<R>(
  k: Kdb | Tx,
  key: string,
  paths: readonly string[],
  year: number,
  build: (year: number) => Compilable<R>,
): Promise<R> {
  const q = templateQuery(k, `indicator\n${key}\n${JSON.stringify(paths)}`, [year], (v) =>
    build(v[0] as number),
  );
  const stamps = k.isTransaction ? undefined : rollupStamps.getStore();
  let cacheKey: string | null = null;
  let seen = '';
  if (stamps) {
    let tables = tablesOfSql.get(q.sql);
    if (tables === undefined) {
      tables = tablesRead(q.sql);
      if (tablesOfSql.size >= MAX_ROWS) tablesOfSql.clear();
      tablesOfSql.set(q.sql, tables);
    }
    if (tables?.every((t) => stamps.has(t))) {
      cacheKey = `${q.sql}\n${JSON.stringify(q.parameters)}`;
      seen = tables.map((t) => stamps.get(t)).join(' ');
      const hit = rowCaches.get(k)?.get(cacheKey);
      if (hit?.stamps === seen) return hit.row as R;
    }
  }
  const { rows } = await k.executeQuery(q);
  if (rows.length !== 1) throw new Error(`indicator ${key}: expected one row, got ${rows.length}`);
  if (cacheKey !== null) {
    let cache = rowCaches.get(k);
    if (!cache) {
      cache = new Map();
      rowCaches.set(k, cache);
    }
    if (cache.size >= MAX_ROWS) cache.clear();
    cache.set(cacheKey, { stamps: seen, row: rows[0] });
  }
  return rows[0];
}
