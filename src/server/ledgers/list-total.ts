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
// - Inside a transaction nothing is cached or served (its uncommitted writes are its own).
import type { SelectQueryBuilder } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';

/** A table's stamp name: `table:<snake_case name>`, as migration 0034 writes it. */
export function tableStampName(table: string): string {
  return `table:${table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

const MAX_TOTALS = 2_000;

interface TotalCache {
  /** The stamps the totals were counted under (joined), per record table. */
  stamps: Map<string, string>;
  totals: Map<string, number>;
}
const caches = new WeakMap<object, TotalCache>();

function cacheOf(k: Kdb): TotalCache {
  let c = caches.get(k);
  if (!c) {
    c = { stamps: new Map(), totals: new Map() };
    caches.set(k, c);
  }
  return c;
}

async function currentStamps(k: Kdb, names: readonly string[]): Promise<string | null> {
  const rows = await k
    .selectFrom('cacheStamp')
    .select(['name', 'stamp'])
    .where('name', 'in', names)
    .execute();
  if (rows.length !== names.length) return null;
  const by = new Map(rows.map((r) => [r.name, r.stamp]));
  return names.map((n) => by.get(n)).join(' ');
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
 * them with its page), else they are read here.
 */
export async function countRows(
  k: Kdb | Tx,
  table: string,
  q: CountedQuery,
  stamps: readonly string[] | null = null,
): Promise<number> {
  const names = totalStampNames(table);
  const counted = (v: readonly unknown[]) => q.build(v).select((eb) => eb.fn.countAll().as('n'));
  if (k.isTransaction) {
    const { rows } = await k.executeQuery(templateQuery(k, `n\n${q.key}`, q.values, counted));
    return Number((rows[0] as { n: unknown }).n);
  }
  const key = `${table}\n${q.key}\n${JSON.stringify(q.values)}`;
  const cache = cacheOf(k);
  const now = stamps ? stamps.join(' ') : await currentStamps(k as Kdb, names);
  if (now !== null && cache.stamps.get(table) === now) {
    const hit = cache.totals.get(key);
    if (hit !== undefined) return hit;
  }
  const stamp =
    (name: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: the untyped ledger query's builder
    (eb: any) =>
      eb.selectFrom('cacheStamp').select('stamp').where('name', '=', name);
  const { rows } = await k.executeQuery(
    templateQuery(k, `n+stamps\n${q.key}`, q.values, (v) =>
      counted(v).select((eb) => [stamp(names[0])(eb).as('s0'), stamp(names[1])(eb).as('s1')]),
    ),
  );
  const row = rows[0] as { n: unknown; s0: string | null; s1: string | null };
  const total = Number(row.n);
  if (row.s0 === null || row.s1 === null) return total;
  const seen = `${row.s0} ${row.s1}`;
  if (cache.stamps.get(table) !== seen) {
    // Another table's totals stay; this table's older ones can never be served again.
    for (const key of cache.totals.keys()) if (key.startsWith(`${table}\n`)) cache.totals.delete(key);
    cache.stamps.set(table, seen);
  }
  if (cache.totals.size >= MAX_TOTALS) cache.totals.delete(cache.totals.keys().next().value as string);
  cache.totals.set(key, total);
  return total;
}
