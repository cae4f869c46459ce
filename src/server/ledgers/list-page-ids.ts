// The ids of a list page (list.ts reads them as a deferred join): the filtered query of store.ts
// ordered by the record type's date, then id, both descending, with LIMIT/OFFSET.
//
// On PostgreSQL, for a reader whose scope is one township (or a village) of a table with per-org
// page indexes (migration 0037), and for any reader without a state filter, the page is read
// organisation by organisation instead: a LATERAL join over the organisations in scope, each giving
// at most offset + limit ids from an index on (org_id[, state], date, id) without touching the
// table, merged, ordered, LIMIT/OFFSET. The page is the same — every row of the page is among the
// first offset + limit of its organisation. A township no longer walks every township's rows of
// the state through (state, date, org_id) to keep a quarter or less of them, fetching each id
// from the table (EXPLAIN ANALYZE, 200,000 cases, the busiest township's clerk, page 50: 1.4–2.2 ms
// → 0.3–0.4 ms; a small township's 7–11 ms → 0.4 ms), and a list without a state filter no longer
// sorts every case of the scope (100–210 ms → 0.1–0.4 ms for a clerk, 0.2–2.7 ms for the county).
// The county with a state filter keeps the ordered walk: its townships' rows are all in scope,
// while each township would read offset + limit ids of its own (page 50: ~1 ms walked, ~4–5 ms by
// organisation); since migration 0039 the walk reads (state, filed_on, id) with org_id carried, from
// the index alone. SQLite has no LATERAL and keeps the walk (its indexes end with the rowid, the id).
//
// On SQLite a scope whose rows all lie in one organisation (a township's cases are its own; its
// villages hold none) is read with that organisation written in place of the scope (`holding`):
// the walk of (org_id, state, filed_on), which ends with the rowid, reads only the township's
// entries, in order (200,000 cases, the busiest township's pages: 125 → 30 µs a page of ids;
// through (state, filed_on, org_id) it read four entries for each it kept, a small township
// fifteen). The organisations holding rows come from their write counts (list-scope-writes.ts
// `scopeOrgs`, migrations 0042 and 0043), in the template's key. With two or more the walk stays:
// each organisation's range would be merged and sorted.
//
// The choice is made from the shape only (the dialect, the table, `paths` and whether a state is
// set, all in the query template's key), never from a value: a template stays valid for every fill.

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../core/actor.ts';
import { isPostgres } from '../core/sql-util.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree, withScopeIds } from '../db/scope.ts';
import type { LedgerDef, RecordTypeDef } from './contract.ts';
import { filteredQuery, type ListFilters } from './store.ts';

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
const any = (k: Kdb | Tx) => k as unknown as Kysely<any>;

/**
 * Tables with PostgreSQL indexes on (org_id, state, date, id) and (org_id, date, id) (migration 0037)
 * and on (state, date, id) with org_id (0039).
 */
const PER_ORG_PAGE_TABLES: ReadonlySet<string> = new Set(['enforcementCase']);

/** The number of organisations in a path ("/1/2/" → 2): 1 is a county (a root, ORG_CHILD_KINDS). */
const depth = (path: string) => path.split('/').filter((s) => s !== '').length;

/**
 * Whether the page is read organisation by organisation (see the header): PostgreSQL, a table of
 * `PER_ORG_PAGE_TABLES`, and either a scope of one path below a county — one township's subtree,
 * whose cases are its own, or a village's — or no state filter (no index walks the whole scope in
 * order then: the walk sorted every case of the scope).
 */
export function perOrgPage(
  k: Kdb | Tx,
  rt: RecordTypeDef,
  paths: readonly string[],
  filters: Pick<ListFilters, 'state'>,
): boolean {
  if (!isPostgres(k) || !PER_ORG_PAGE_TABLES.has(rt.table)) return false;
  return !filters.state || (paths.length === 1 && depth(paths[0]) >= 2);
}

/**
 * Whether a page read by the ordered walk may run as a named statement with its scope's paths
 * written as literals (db/scope.ts `withLiteralScope`): PostgreSQL, a table of `PER_ORG_PAGE_TABLES`
 * (migration 0039 gave it (state, date, id) with org_id), a state filter, no search pattern, and not
 * read by organisation. Knowing the scope, the planner's best plan is then the walk of that index for
 * every state, range and page — the plan a custom planning chooses anyway (EXPLAIN, 200,000 cases,
 * the county, four states and ranges, pages 1–50: the same plan, planning 0.36–0.48 ms → 0.01 ms).
 * With the pattern as a parameter, a generic plan took the scope for one organisation and read
 * every case of the state by organisation, then sorted them (1.4 → 7.4 ms).
 */
export function namedWalk(
  k: Kdb | Tx,
  rt: RecordTypeDef,
  paths: readonly string[],
  filters: Pick<ListFilters, 'state' | 'pattern'>,
): boolean {
  if (!isPostgres(k) || !PER_ORG_PAGE_TABLES.has(rt.table)) return false;
  return Boolean(filters.state) && !filters.pattern && paths.length > 0 && !perOrgPage(k, rt, paths, filters);
}

/**
 * Whether the organisations holding rows under a scope are worth knowing for its page (see the
 * header): SQLite, a table of `PER_ORG_PAGE_TABLES` (an index starting with org_id, state, date).
 */
export function holdingOrgsPage(k: Kdb | Tx, rt: RecordTypeDef): boolean {
  return !isPostgres(k) && !k.isTransaction && PER_ORG_PAGE_TABLES.has(rt.table);
}

/** The organisations to write in place of the scope: one (or none) holding rows, else null. */
export const holdingOne = (orgs: readonly number[] | null): readonly number[] | null =>
  orgs !== null && orgs.length <= 1 ? orgs : null;

/**
 * The page's ids, `(id)` in order, as a subquery for list.ts. `limit` and `offset` are only
 * parameters; `perOrg` (by default `perOrgPage`) chooses the plan — the tests force it to compare
 * both plans on every filter. `holding`: the organisations of the scope that hold all its rows, to
 * read in its place (SQLite, see the header; the caller vouches for them).
 */
export function pageIdsQuery(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  paths: string[],
  filters: ListFilters,
  limit: number,
  offset: number,
  perOrg = perOrgPage(k, rt, paths, filters),
  holding: readonly number[] | null = null,
) {
  const date = `r.${rt.dateField}`;
  if (holding !== null)
    return withScopeIds(paths, holding, () =>
      filteredQuery(k, actor, ledger, rt, paths, filters)
        .select('r.id')
        .orderBy(date, 'desc')
        .orderBy('r.id', 'desc')
        .limit(limit)
        .offset(offset),
    );
  const q = filteredQuery(k, actor, ledger, rt, paths, filters);
  if (!perOrg)
    return q.select('r.id').orderBy(date, 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset);
  // The inner query keeps the whole filter, the reader's scope included (for `access.own` roles
  // it is more than the organisation): the planner answers it from the same index.
  const top = q
    .whereRef('r.orgId', '=', 'fzOrg.id')
    .select(['r.id', `${date} as fzDate`])
    .orderBy(date, 'desc')
    .orderBy('r.id', 'desc')
    .limit(sql<number>`${limit}::bigint + ${offset}::bigint`);
  return any(k)
    .selectFrom('org as fzOrg')
    .where((eb) => inOrgSubtree(eb, 'fzOrg.id' as never, paths))
    .innerJoinLateral(top.as('fzTop'), (join) => join.onTrue())
    .select('fzTop.id')
    .orderBy('fzTop.fzDate', 'desc')
    .orderBy('fzTop.id', 'desc')
    .limit(limit)
    .offset(offset);
}
