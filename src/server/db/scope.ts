// The org-subtree expression every scoped query uses. An actor's scope is a list of org paths
// ("/1/4/"); a row is in scope when its organisation's path starts with one of them.
import { type ExpressionBuilder, type ReferenceExpression, sql } from 'kysely';
import type { Database } from './types.ts';

/** Escapes LIKE wildcards in a materialised path (paths hold digits and slashes, but be safe). */
function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
  const e = eb as unknown as ExpressionBuilder<Database, 'org'>;
  const sub = e
    .selectFrom('org as scope_org')
    .select('scope_org.id')
    .where((w) =>
      w.or(paths.map((p) => sql<boolean>`${w.ref('scope_org.path')} LIKE ${likePrefix(p)} ESCAPE '\\'`)),
    );
  return eb(orgColumn, 'in', sub as never);
}

/** True when `path` lies in the subtree of one of `scopePaths` (pure check for policies). */
export function pathInScope(path: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((p) => path.startsWith(p));
}
