// The org-subtree expression every scoped query uses. An actor's scope is a list of org paths
// ("/1/4/"); a row is in scope when its organisation's path starts with one of them.
import { type ExpressionBuilder, type ReferenceExpression, sql } from 'kysely';
import type { Database } from './types.ts';

/** Escapes LIKE wildcards in a materialised path (paths hold digits and slashes, but be safe). */
function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The organisations under a scope, as the indicator roll-up read them (ledgers/indicator-row.ts):
 * set only while it builds a query, synchronously (`withScopeIds`).
 */
let knownScope: { paths: readonly string[]; ids: readonly number[] } | undefined;

/**
 * Builds a query with `ids` written in place of the org subquery wherever `inOrgSubtree` is asked
 * for exactly `paths`: `orgColumn IN (3, 4, 9)`. The caller vouches that `ids` are the
 * organisations under `paths` as of the data the query reads. On SQLite that list costs each
 * statement less than the subquery, which builds an ephemeral index of the organisations and
 * matches every path against the patterns.
 */
export function withScopeIds<T>(paths: readonly string[], ids: readonly number[], build: () => T): T {
  const outer = knownScope;
  knownScope = { paths, ids };
  try {
    return build();
  } finally {
    knownScope = outer;
  }
}

/** Set while a query is built whose scope's path patterns are written as literals (`withLiteralScope`). */
let literalScope = false;

/**
 * Builds a query with the path patterns of its scope written into the SQL as literals instead of
 * parameters. PostgreSQL then plans a named statement (db/named-statements.ts) for the scope it
 * reads — how many organisations, how many of the table's rows — instead of guessing it from a
 * parameter (a pattern it cannot see reads as one organisation). One statement per scope: use it
 * only where the scope is already part of the query's shape.
 */
export function withLiteralScope<T>(build: () => T): T {
  const outer = literalScope;
  literalScope = true;
  try {
    return build();
  } finally {
    literalScope = outer;
  }
}

/** The same scope: the same paths in the same order. */
export const samePaths = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((p, i) => p === b[i]));

/** `org.path LIKE p1% OR org.path LIKE p2% …`: the organisations of the subtrees of `paths`. */
export function orgUnder(
  eb: ExpressionBuilder<Database, 'org'>,
  paths: readonly string[],
  path = 'org.path',
) {
  return eb.or(
    paths.map((p) => {
      const pattern = literalScope ? sql.lit(likePrefix(p)) : likePrefix(p);
      return sql<boolean>`${sql.ref(path)} LIKE ${pattern} ESCAPE '\\'`;
    }),
  );
}

/**
 * `orgColumn IN (SELECT id FROM org WHERE path LIKE p1% OR path LIKE p2% …)`.
 * An empty scope matches nothing (deny by default).
 */
export function inOrgSubtree<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  orgColumn: ReferenceExpression<DB, TB>,
  paths: readonly string[],
) {
  if (paths.length === 0) return sql<boolean>`1 = 0`;
  if (knownScope && samePaths(knownScope.paths, paths)) {
    const { ids } = knownScope;
    if (ids.length === 0) return sql<boolean>`1 = 0`;
    return eb(orgColumn, 'in', sql`(${sql.join(ids.map((id) => sql.lit(id)))})` as never);
  }
  const e = eb as unknown as ExpressionBuilder<Database, 'org'>;
  const sub = e
    .selectFrom('org as scope_org')
    .select('scope_org.id')
    .where((w) => orgUnder(w as unknown as ExpressionBuilder<Database, 'org'>, paths, 'scope_org.path'));
  return eb(orgColumn, 'in', sub as never);
}

/** True when `path` lies in the subtree of one of `scopePaths` (pure check for policies). */
export function pathInScope(path: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((p) => path.startsWith(p));
}

/**
 * Items grouped by their scope (the same paths in the same order), empty scopes left out: one
 * statement per group reads what the items of one scope need (the board's clocks, the bell's
 * returns — for a township every ledger has the same scope: one statement).
 */
export function byScope<T>(
  items: readonly T[],
  pathsOf: (item: T) => readonly string[],
): { paths: readonly string[]; items: T[] }[] {
  const groups = new Map<string, { paths: readonly string[]; items: T[] }>();
  for (const item of items) {
    const paths = pathsOf(item);
    if (paths.length === 0) continue;
    const key = JSON.stringify(paths);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { paths, items: [item] });
  }
  return [...groups.values()];
}
