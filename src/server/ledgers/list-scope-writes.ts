// The writes counted in a list's scope (migration 0042): the sum, over the organisations under the
// list's paths, of how many transactions wrote the record table's rows there. It grows exactly when
// a row in the scope is written, so a page or a total kept at one count is still exact at the same
// count even though the table's stamp (0034) has moved: the write was elsewhere. That lets a
// township's kept pages outlive the other townships' steps (list-page-cache.ts, list-total.ts).
// - With a page or a total, the count is selected in the same statement (one snapshot), unless it
//   is kept already (below): a page read after the stamp it is kept under is at least as new.
// - To re-check a kept page, it is read on its own. A count is kept per process under the record
//   table's stamp the request's session read before it: while that stamp is current, no row of the
//   table has been written since, so neither has the count changed — one read per scope and write,
//   not per page. (A count read after a write the stamp does not show yet is newer than the stamp,
//   never older: a page kept at it is the page the scope holds.)
import { type Kysely, sql } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';
import { orgUnder } from '../db/scope.ts';
import type { Database } from '../db/types.ts';

export interface ScopeWrites {
  /** The count as a scalar subquery, to select with a page or a total. */
  query(): ReturnType<typeof countQuery>;
  /** The count now: kept under the table's stamp, else read (a statement of its own). */
  read(): Promise<string>;
  /** The count kept under the table's stamp, if any: nothing to read or select then. */
  known(): string | null;
  /** Keeps a count read with a page or a total. */
  seen(count: string): void;
}

/** Counts kept per database handle: by table and scope, with the table stamp they hold under. */
const MAX_KEPT = 10_000;
const keptCounts = new WeakMap<object, Map<string, { stamp: string; count: string }>>();

const snake = (table: string) => table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function countQuery(k: Kysely<Database>, table: string, paths: readonly string[]) {
  return k
    .selectFrom('orgWriteCount as w')
    .innerJoin('org as wo', 'wo.id', 'w.orgId')
    .select(sql<string>`cast(coalesce(sum(w.writes), 0) as text)`.as('n'))
    .where('w.tableName', '=', snake(table))
    .where((eb) => orgUnder(eb as never, paths, 'wo.path'));
}

/**
 * The writes in `paths` of `table` (camelCase, as a record type names it), under the record
 * table's stamp the request's session read (`stamp`). Null for an empty scope and inside a
 * transaction (nothing is kept there).
 */
export function scopeWrites(
  k: Kdb | Tx,
  table: string,
  paths: readonly string[],
  stamp: string,
): ScopeWrites | null {
  if (paths.length === 0 || k.isTransaction) return null;
  const key = `scope writes\n${table}\n${JSON.stringify(paths)}`;
  let counts = keptCounts.get(k);
  if (!counts) {
    counts = new Map();
    keptCounts.set(k, counts);
  }
  const kept = counts;
  const seen = (count: string) => {
    if (kept.size >= MAX_KEPT && !kept.has(key)) kept.clear();
    kept.set(key, { stamp, count });
  };
  let read: Promise<string> | undefined;
  const known = () => {
    const hit = kept.get(key);
    return hit?.stamp === stamp ? hit.count : null;
  };
  return {
    query: () => countQuery(k, table, paths),
    seen,
    known,
    read() {
      const hit = known();
      if (hit !== null) return Promise.resolve(hit);
      read ??= k.executeQuery(templateQuery(k, key, [], () => countQuery(k, table, paths))).then((r) => {
        const count = (r.rows[0] as { n: string }).n;
        seen(count);
        return count;
      });
      return read;
    },
  };
}

const keptOrgs = new WeakMap<object, Map<string, { stamp: string; orgs: readonly number[] }>>();

/**
 * The organisations in `paths` with a write count of `table` (camelCase), in id order: every one
 * holding rows of the table (0042's triggers, 0043 for rows written before) and perhaps some that
 * no longer do. Kept per process under the stamps the request's session read (`stamp`): the record
 * table's — while it is current no row of the table has been written since, so no organisation has
 * gained a count — and `org`'s, whose organisations may move between scopes. Read outside a
 * transaction only (callers skip it inside one).
 */
export async function scopeOrgs(
  k: Kdb,
  table: string,
  paths: readonly string[],
  stamp: string,
): Promise<readonly number[]> {
  const key = `scope orgs\n${table}\n${JSON.stringify(paths)}`;
  let kept = keptOrgs.get(k);
  if (!kept) {
    kept = new Map();
    keptOrgs.set(k, kept);
  }
  const hit = kept.get(key);
  if (hit?.stamp === stamp) return hit.orgs;
  const r = await k.executeQuery(
    templateQuery(k, key, [], () =>
      k
        .selectFrom('orgWriteCount as w')
        .innerJoin('org as wo', 'wo.id', 'w.orgId')
        .select('w.orgId')
        .where('w.tableName', '=', snake(table))
        .where((eb) => orgUnder(eb as never, paths, 'wo.path'))
        .orderBy('w.orgId'),
    ),
  );
  const orgs = (r.rows as { orgId: number }[]).map((row) => Number(row.orgId));
  if (kept.size >= MAX_KEPT && !kept.has(key)) kept.clear();
  kept.set(key, { stamp, orgs });
  return orgs;
}
