// The one-row query of an indicator (or of a set: several indicators of one table in one
// statement), built once per indicator and scope and then only filled in with its value, the year
// or a day (db/query-template.ts): the roll-up runs one such query per ledger table, for every
// township of a county view, and building and compiling them cost about as much as the database's
// own work.
//
// Within a roll-up (`indicatorRollup`, which computeIndicators uses):
// - the rows are kept per process under the write stamps of the tables their SQL reads (migrations
//   0034, 0036). The stamps are read before any of the roll-up's queries (by the request's session
//   statement, or here), so a row is never kept under a stamp newer than its data; any write to one
//   of those tables, by any process, renews a stamp and the row is counted again. A query that
//   reads a table without a stamp is never kept.
// - the rows not kept are counted together once every compute has started: on PostgreSQL in one
//   round trip (their statements sent together, pg's simple query protocol) instead of one each;
//   on SQLite one prepared statement after the other while holding Kysely's connection, without
//   Kysely's per-query work (one statement of them all, a UNION ALL or a join of one-row
//   subqueries, took SQLite longer than the statements apart).
// - on SQLite the statements name the scope's organisations (`org_id IN (3, 4, …)`, their ids kept
//   under the `org` table's stamp: `scopeOf`) instead of selecting them by path in a subquery.
import { AsyncLocalStorage } from 'node:async_hooks';
import { CamelCasePlugin, type CompiledQuery, IdentifierNode, type SelectQueryBuilder } from 'kysely';
import type pg from 'pg';
import { type Kdb, pgPoolOf, sqliteStatementsOf, type Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';
import { orgUnder, samePaths, withScopeIds } from '../db/scope.ts';

/** `table:<name>` → stamp, as read before the roll-up's first query. */
type Stamps = ReadonlyMap<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: a row query of any table
type RowQuery<R> = SelectQueryBuilder<any, any, R>;
type Value = number | string;
interface Column {
  /** As the database names it (snake_case). */
  column: string;
  /** As a row read through Kysely has it (camelCase). */
  key: string;
}

interface Pending {
  templateKey: string;
  query: CompiledQuery<unknown>;
  columns: () => Column[];
  done: (row: unknown) => void;
  fail: (err: unknown) => void;
}
interface Rollup {
  k: Kdb | Tx;
  stamps: Stamps | undefined;
  /** The rows asked for until every compute has started; null once counted (or in a transaction). */
  pending: Pending[] | null;
  /** SQLite: the organisations under the roll-up's paths, written into its statements (`scopeOf`). */
  scope: Scope | undefined;
}
interface Scope {
  paths: readonly string[];
  ids: readonly number[];
  /** The ids joined, for the statements' template keys. */
  key: string;
}
const rollups = new AsyncLocalStorage<Rollup>();

const MAX_ROWS = 20_000;
const rowCaches = new WeakMap<object, Map<string, { stamps: string; row: unknown }>>();
const stampsOfSql = new Map<string, string[] | null>();
const columnsOfSql = new Map<string, Column[]>();

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

/**
 * Runs a roll-up: `start` starts every compute, without awaiting between them, and returns their
 * joint promise. `read` are the `table:*` stamps the request's session statement read (Actor's
 * tableStamps); without them they are read here, once. The rows the computes ask for before
 * `start` returns and that are not kept are counted together; a row asked for later (after a
 * compute's own await) runs alone.
 */
export async function indicatorRollup<T>(
  k: Kdb | Tx,
  start: () => Promise<T>,
  read?: Stamps,
  paths?: readonly string[],
): Promise<T> {
  let stamps: Stamps | undefined;
  if (!k.isTransaction) {
    // a transaction's own writes are not stamped yet: nothing is kept or served within one
    stamps = read;
    if (!stamps) {
      const query = templateQuery(k, 'indicator stamps', [], () =>
        k.selectFrom('cacheStamp').select(['name', 'stamp']).where('name', 'like', 'table:%'),
      );
      stamps = new Map((await rowsOf(k, query)).map((r) => [r.name, r.stamp]));
    }
  }
  const scope = stamps && paths && sqliteStatementsOf(k) ? await scopeOf(k, paths, stamps) : undefined;
  const rollup: Rollup = { k, stamps, pending: k.isTransaction ? null : [], scope };
  return rollups.run(rollup, () => {
    const all = start();
    if (rollup.pending) void countPending(rollup);
    return all;
  });
}

/**
 * The row of `build(value)` for the organisations under `paths`. `key` names the indicator or set
 * (unique); `build` may use `value` (the year, or a day) only as a value or inside a date string
 * (`${year}-01-01`), which tests verify (db/query-template.ts). Each selection is named
 * (`.as('camelCase')`).
 */
export function indicatorRow<R, V extends Value>(
  k: Kdb | Tx,
  key: string,
  paths: readonly string[],
  value: V,
  build: (value: V) => RowQuery<R>,
): Promise<R> {
  const rollup = k.isTransaction ? undefined : rollups.getStore();
  const stamps = rollup?.stamps;
  const scope =
    rollup?.k === k && rollup.scope && samePaths(rollup.scope.paths, paths) ? rollup.scope : undefined;
  const templateKey = `indicator\n${key}\n${JSON.stringify(paths)}${scope ? `\n${scope.key}` : ''}`;
  const query = templateQuery(k, templateKey, [value], (v) =>
    scope ? withScopeIds(paths, scope.ids, () => build(v[0] as V)) : build(v[0] as V),
  );
  let keep = (_row: unknown) => {};
  if (stamps) {
    let names = stampsOfSql.get(query.sql);
    if (names === undefined) {
      names = tablesRead(query.sql)?.map((t) => `table:${t}`) ?? null;
      if (stampsOfSql.size >= MAX_ROWS) stampsOfSql.clear();
      stampsOfSql.set(query.sql, names);
    }
    if (names?.every((n) => stamps.has(n))) {
      // the template's key names its SQL on this database (db/query-template.ts), and is shorter
      const cacheKey = `${templateKey}\n${JSON.stringify(query.parameters)}`;
      const seen = names.map((n) => stamps.get(n)).join(' ');
      const hit = rowCaches.get(k)?.get(cacheKey);
      if (hit?.stamps === seen) return Promise.resolve(hit.row as R);
      keep = (row) => {
        let cache = rowCaches.get(k);
        if (!cache) {
          cache = new Map();
          rowCaches.set(k, cache);
        }
        if (cache.size >= MAX_ROWS) cache.clear();
        cache.set(cacheKey, { stamps: seen, row });
      };
    }
  }
  const pending = rollup?.k === k ? rollup.pending : null;
  if (pending) {
    return new Promise<R>((resolve, reject) => {
      pending.push({
        templateKey,
        query,
        columns: () => {
          let columns = columnsOfSql.get(query.sql);
          if (!columns) {
            columns = columnsOf(k, build(value));
            if (columnsOfSql.size >= MAX_ROWS) columnsOfSql.clear();
            columnsOfSql.set(query.sql, columns);
          }
          return columns;
        },
        done: (row) => {
          keep(row);
          resolve(row as R);
        },
        fail: reject,
      });
    });
  }
  return runAlone(k, key, query).then((row) => {
    keep(row);
    return row as R;
  });
}

/** Beyond this many organisations a scope keeps its subquery (a province's, not a county's). */
const MAX_SCOPE_IDS = 2_000;
const scopeCaches = new WeakMap<object, Map<string, { stamp: string; scope: Scope | undefined }>>();

/**
 * SQLite: the ids of the organisations under `paths`, kept per process under the `org` table's
 * stamp (read before them, like the rows' stamps). The roll-up's statements then name them
 * (`org_id IN (3, 4, …)`) instead of selecting them by path each time: the subquery cost SQLite
 * ≈ 15–40 µs per statement (an ephemeral index of the organisations and a LIKE per path), the
 * whole cold roll-up of the demo county ≈ 30 % of its SQL. One statement when the organisations
 * changed; none otherwise. Undefined without an `org` stamp or beyond MAX_SCOPE_IDS.
 */
async function scopeOf(k: Kdb | Tx, paths: readonly string[], stamps: Stamps): Promise<Scope | undefined> {
  const stamp = stamps.get('table:org');
  if (stamp === undefined || paths.length === 0) return undefined;
  const key = JSON.stringify(paths);
  let cache = scopeCaches.get(k);
  if (!cache) {
    cache = new Map();
    scopeCaches.set(k, cache);
  }
  let kept = cache.get(key);
  if (kept?.stamp !== stamp) {
    const query = templateQuery(k, `indicator scope\n${key}`, [], () =>
      k
        .selectFrom('org')
        .select('org.id')
        .where((eb) => orgUnder(eb, paths))
        .orderBy('org.id')
        .limit(MAX_SCOPE_IDS + 1),
    );
    const ids = (await rowsOf(k, query)).map((r) => r.id);
    kept = { stamp, scope: ids.length > MAX_SCOPE_IDS ? undefined : { paths, ids, key: ids.join(',') } };
    if (cache.size >= MAX_ROWS) cache.clear();
    cache.set(key, kept);
  }
  return kept.scope;
}

/**
 * The rows of a statement whose selections are named alike in SQL and in JS (no camelCase): on
 * SQLite through its prepared statement, holding Kysely's connection, without Kysely's per-query
 * work; through Kysely otherwise.
 */
async function rowsOf<R>(k: Kdb | Tx, query: CompiledQuery<R>): Promise<R[]> {
  const lite = sqliteStatementsOf(k);
  if (!lite) return (await k.executeQuery(query)).rows;
  return k.connection().execute(async () => lite.prepare(query.sql).all(query.parameters) as R[]);
}

async function runAlone(k: Kdb | Tx, key: string, query: CompiledQuery<unknown>): Promise<unknown> {
  const { rows } = await k.executeQuery(query);
  if (rows.length !== 1) throw new Error(`indicator ${key}: expected one row, got ${rows.length}`);
  return rows[0];
}

/**
 * The names of a row query's selections, in order, as the database names them (the query's
 * plugins applied: snake_case) and as a row read alone has them (CamelCasePlugin: camelCase).
 */
function columnsOf(k: Kdb | Tx, query: RowQuery<unknown>): Column[] {
  const camel = (k.getExecutor().plugins as object[]).some((p) => p instanceof CamelCasePlugin);
  return query.toOperationNode().selections!.map((s) => {
    const node = s.selection;
    const alias = node.kind === 'AliasNode' ? node.alias : null;
    const column = alias && IdentifierNode.is(alias) ? alias.name : null;
    if (!column || !/^[a-z][a-z0-9]*(_[a-z][a-z0-9]*)*$/.test(column))
      throw new Error(`indicator row: selection ${column} is not named in camelCase`);
    return { column, key: camel ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : column };
  });
}

/** Counts the rows asked for so far, and hands each its own. */
async function countPending(rollup: Rollup): Promise<void> {
  const list = rollup.pending ?? [];
  rollup.pending = null;
  try {
    const pool = pgPoolOf(rollup.k);
    const lite = sqliteStatementsOf(rollup.k);
    if (pool && list.length > 1 && list.every((p) => p.query.parameters.every(isLiteral)))
      await countTogether(pool, list);
    else if (lite && list.length > 0)
      await rollup.k.connection().execute(async () => {
        // holding the connection: no transaction of another request is open on it
        for (const p of list) p.done(keyed(p, lite.prepare(p.query.sql).all(p.query.parameters)));
      });
    else for (const p of list) p.done(await runAlone(rollup.k, p.templateKey, p.query));
  } catch (err) {
    for (const p of list) p.fail(err);
  }
}

/** The one row of a statement run past Kysely, with the keys Kysely would give it. */
function keyed(p: Pending, rows: unknown[]): unknown {
  if (rows.length !== 1) throw new Error(`indicator ${p.templateKey}: expected one row, got ${rows.length}`);
  const row = rows[0] as Record<string, unknown>;
  return Object.fromEntries(p.columns().map((n) => [n.key, row[n.column]]));
}

/** Whether a parameter can be written into the SQL text as PostgreSQL would read it. */
function isLiteral(v: unknown): boolean {
  return (
    v === null ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && !/[\\\u0000]/.test(v)) // standard strings: only ' is special
  );
}

function literal(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return `(${v})`;
  return `'${String(v).replaceAll("'", "''")}'`;
}

/**
 * PostgreSQL: the rows' statements sent together in one round trip (the simple query protocol,
 * their parameters written as literals), each planned and run as when sent alone. One statement
 * of scalar subqueries instead took twice as long on the server, a join of the rows made the
 * planner search a join of two dozen relations.
 */
async function countTogether(pool: pg.Pool, list: readonly Pending[]): Promise<void> {
  const text = list
    .map((p) => p.query.sql.replace(/\$(\d+)/g, (_, n: string) => literal(p.query.parameters[Number(n) - 1])))
    .join(';\n');
  const client = await pool.connect();
  let results: pg.QueryResult[];
  try {
    const got = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
    results = Array.isArray(got) ? got : [got];
  } finally {
    client.release();
  }
  if (results.length !== list.length)
    throw new Error(`indicators: ${results.length} results for ${list.length}`);
  list.forEach((p, i) => {
    p.done(keyed(p, results[i].rows));
  });
}
