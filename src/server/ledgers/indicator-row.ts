// The one-row query of an indicator set (several indicators of one table in one statement), built
// once per set and scope and then only filled in with the year (db/query-template.ts): the roll-up
// runs one such query per ledger table, for every township of a county view, and building and
// compiling them cost about as much as the database's own work.
import type { Compilable } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';

/**
 * The row of `build(year)` for the organisations under `paths`. `key` names the set (unique);
 * `build` may use `year` only as a value or inside a date string (`${year}-01-01`), which tests
 * verify (the template check).
 */
export async function indicatorRow<R>(
  k: Kdb | Tx,
  key: string,
  paths: readonly string[],
  year: number,
  build: (year: number) => Compilable<R>,
): Promise<R> {
  const q = templateQuery(k, `indicator-set\n${key}\n${JSON.stringify(paths)}`, [year], (v) =>
    build(v[0] as number),
  );
  const { rows } = await k.executeQuery(q);
  if (rows.length !== 1) throw new Error(`indicator set ${key}: expected one row, got ${rows.length}`);
  return rows[0];
}
