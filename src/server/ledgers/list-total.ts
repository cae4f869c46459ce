// The total of a ledger list (count(*) over the scoped, filtered query), cached per process under
// the write stamps of the tables the count reads: the record table and `org` (the scope is a
// subtree of organisations). The database replaces a table's stamp in every transaction that
// writes the table (migration 0034, triggers), whichever process or command writes it, so a total
// kept under a stamp is exact for as long as the stamp is current.
// - A hit costs one read of the stamps instead of the count.
// - A miss counts and reads the stamps in one statement (one snapshot), and keeps the total under
//   the stamps that statement saw; a total is therefore never kept under a stamp older than its data.
// - The key is the count's compiled SQL and parameters: scope paths, filters, the actor's id where
//   only assigned records are read — everything that decides the rows counted.
// - A total counted with its scope's write count (list-scope-writes.ts, migration 0042) outlives
//   writes elsewhere in its table, as a kept page does (list-page-cache.ts): under stamps that differ
//   only in the record table's, it is served while the count read now is the one it was counted at.
// - Inside a transaction nothing is cached or served (its uncommitted writes are its own).
import type { SelectQueryBuilder } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';
import type { ScopeWrites } from './list-scope-writes.ts';

const stampNames = new Map<string, string>();

/** A table's stamp name: `table:<snake_case name>`, as migration 0034 writes it. */
export function tableStampName(table: string): string {
  let name = stampNames.get(table);
  if (name === undefined) {
    name = `table:${table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
    stampNames.set(table, name);
  }
  return name;
}

const MAX_TOTALS = 2_000;

interface Total {
  /** The record table's stamp and org's, as counted under. */
  table: string;
  org: string;
  /** The scope's write count it was counted at; null: none read. */
  scope: string | null;
  n: number;
}
interface TotalCache {
  totals: Map<string, Total>;
}
const caches = new WeakMap<object, TotalCache>();

function cacheOf(k: Kdb): TotalCache {
  let c = caches.get(k);
  if (!c) {
    c = { totals: new Map() };
    caches.set(k, c);
  }
  return c;
}

async function currentStamps(k: Kdb, names: readonly string[]): Promise<string[] | null> {
  const rows = await k
    .selectFrom('cacheStamp')
    .select(['name', 'stamp'])
    .where('name', 'in', names)
    .execute();
  if (rows.length !== names.length) return null;
  const by = new Map(rows.map((r) => [r.name, r.stamp]));
  return names.map((n) => by.get(n) as string);
}

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
type AnyQuery = SelectQueryBuilder<any, any, any>;

/** The stamps a total over `table` is kept under, in order. */
export function totalStampNames(table: string): string[] {
  return [tableStampName(table), tableStampName('org')];
}

/** A list's filtered query as a template (db/query-template.ts): the shape's key, the values, the builder. */
export interface CountedQuery {
  key: string;
  values: readonly unknown[];
  build: (values: readonly unknown[]) => AnyQuery;
}

/**
 * The number of rows of the query (over `table as r`, not yet selecting anything). `stamps`: the
 * current values of `totalStampNames(table)` when the caller has just read them (the list reads
 * them with its page), else they are read here. `scope`: the query's scope's write count, to keep
 * the total past writes elsewhere in the table.
 */
export async function countRows(
  k: Kdb | Tx,
  table: string,
  q: CountedQuery,
  stamps: readonly string[] | null = null,
  scope: ScopeWrites | null = null,
): Promise<number> {
  const names = totalStampNames(table);
  const counted = (v: readonly unknown[]) => q.build(v).select((eb) => eb.fn.countAll().as('n'));
  if (k.isTransaction) {
    const { rows } = await k.executeQuery(templateQuery(k, `n\n${q.key}`, q.values, counted));
    return Number((rows[0] as { n: unknown }).n);
  }
  const key = `${table}\n${q.key}\n${JSON.stringify(q.values)}`;
  const cache = cacheOf(k);
  const now = stamps ?? (await currentStamps(k as Kdb, names));
  const kept = cache.totals.get(key);
  if (kept && now !== null && kept.org === now[1]) {
    if (kept.table === now[0]) return kept.n;
    if (scope && kept.scope !== null && (await scope.read()) === kept.scope) {
      kept.table = now[0];
      return kept.n;
    }
  }
  const stamp =
    (name: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: the untyped ledger query's builder
    (eb: any) =>
      eb.selectFrom('cacheStamp').select('stamp').where('name', '=', name);
  // The scope's write count, with the total unless already kept under the table's stamp (one the
  // caller read before this statement: a total counted after it is at least as new).
  const known = (stamps && scope?.known()) ?? null;
  const readScope = scope !== null && known === null;
  const { rows } = await k.executeQuery(
    templateQuery(k, `n+stamps${readScope ? '+scope' : ''}\n${q.key}`, q.values, (v) =>
      counted(v).select((eb) => [
        stamp(names[0])(eb).as('s0'),
        stamp(names[1])(eb).as('s1'),
        ...(readScope ? [scope.query().as('fzScope')] : []),
      ]),
    ),
  );
  const row = rows[0] as { n: unknown; s0: string | null; s1: string | null; fzScope?: string };
  const total = Number(row.n);
  if (row.s0 === null || row.s1 === null) return total;
  cache.totals.delete(key);
  if (cache.totals.size >= MAX_TOTALS) cache.totals.delete(cache.totals.keys().next().value as string);
  cache.totals.set(key, { table: row.s0, org: row.s1, scope: known ?? row.fzScope ?? null, n: total });
  // read with the total, after the stamps the caller passed: kept under the table stamp it read
  if (row.fzScope !== undefined && row.s0 === stamps?.[0]) scope?.seen(row.fzScope);
  return total;
}
