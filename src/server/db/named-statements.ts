// PostgreSQL named statements for the few query shapes every request runs whose plan does not
// depend on their values (the session, a township's list page read organisation by organisation).
//
// Kysely sends every statement unnamed: PostgreSQL parses, analyses and plans it on each execution
// — for the list page about half of the database's work (EXPLAIN: planning 0.4–0.5 ms, execution
// 0.4–0.55 ms). A named statement is parsed once per connection; after five executions PostgreSQL
// keeps a generic plan when it costs no more than the custom ones (plan_cache_mode = auto), and
// then only binds and executes. Measured on the bench's data (one connection, 3,000 executions,
// database CPU per statement): a township's page 1.15 → 0.5 ms, the session 0.23 → 0.09 ms.
//
// Only shapes whose plan is the same for every value may be named: the county's state-filtered
// walk, whose best plan depends on the state and dates, took 1.4 → 7.4 ms with a generic plan. The
// builder of a query template says so (`templateQuery(…, { named: true })`); the text is the key,
// so one shape is one statement on every connection. At most MAX_NAMED texts per process are
// named, the rest run unnamed: each costs memory in every server connection it ran on.
//
// A transaction-mode pooler (PgBouncer before 1.21, or without max_prepared_statements) cannot
// carry named statements between server connections: FAZHI_PG_NAMED_STATEMENTS=0 turns them off.
import type pg from 'pg';

export const MAX_NAMED = 200;
const names = new Map<string, string>();

/** Runs `sql` as a named statement on PostgreSQL from now on (within MAX_NAMED). */
export function nameStatement(sql: string): void {
  if (!names.has(sql) && names.size < MAX_NAMED) names.set(sql, `fz_${names.size + 1}`);
}

/** The name `sql` runs under, if it was named. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}

type Query = (...args: unknown[]) => unknown;

/**
 * Makes `client.query(text, values)` — how Kysely's PostgreSQL driver runs every statement — run a
 * named text as a named statement. Anything else (a config object, a cursor) passes unchanged.
 */
export function runNamedStatements(client: pg.PoolClient): void {
  // the class's own method, looked up on each call (what a test's spy on it sees)
  const proto = Object.getPrototypeOf(client) as { query: Query };
  (client as unknown as { query: Query }).query = (text: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof text === 'string' ? names.get(text) : undefined;
    return name
      ? proto.query.call(client, { name, text, values }, callback)
      : proto.query.call(client, text, values, callback);
  };
}
