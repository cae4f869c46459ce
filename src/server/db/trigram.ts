// Substring search over a trigram index (migrations/util.ts `trigramIndex`, the portal's 0026):
// SQLite through the table's FTS5 trigram table `<table>_fts`, PostgreSQL by ILIKE over the columns
// joined by a space, which the pg_trgm GIN index serves (a plain scan where the extension could not
// be created). A word shorter than three characters has no trigram: it is matched with LIKE. Shared
// by the portal's search and the workbench's search box.
import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from './connect.ts';

/** The words of a query: at most five, each at most 50 characters. */
export function searchTerms(q: string): string[] {
  return [...new Set(q.split(/\s+/).filter(Boolean))].slice(0, 5).map((t) => t.slice(0, 50));
}

const likeOf = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface TrigramTable {
  /** The alias the query gives the indexed table. */
  alias: string;
  /** The indexed table (its FTS5 table is `<table>_fts` in SQLite). */
  table: string;
  /** The indexed columns, in the index's order (snake_case). */
  columns: readonly string[];
}

/** The conditions (to AND) that every word occurs in the indexed text of the row. */
export function trigramConditions(
  dialect: Dialect,
  t: TrigramTable,
  words: readonly string[],
): RawBuilder<boolean>[] {
  const cols = t.columns.map((c) => `${t.alias}.${c}`);
  const out: RawBuilder<boolean>[] = [];
  if (dialect === 'postgres') {
    const joined = sql.raw(`(${cols.join(` || ' ' || `)})`);
    for (const w of words) out.push(sql<boolean>`${joined} ILIKE ${likeOf(w)} ESCAPE '\\'`);
    return out;
  }
  for (const w of words.filter((x) => x.length < 3)) {
    const any = cols.map((c) => sql`${sql.raw(c)} LIKE ${likeOf(w)} ESCAPE '\\'`);
    out.push(sql<boolean>`(${sql.join(any, sql` OR `)})`);
  }
  const trigram = words.filter((x) => x.length >= 3);
  if (trigram.length) {
    const match = trigram.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    const fts = sql.raw(`${t.table}_fts`);
    out.push(
      sql<boolean>`${sql.raw(`${t.alias}.id`)} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match})`,
    );
  }
  return out;
}

/** About 120 characters of the text around the first match. */
export function snippet(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).map((i) => (i < 0 ? Infinity : i)));
  const start = Number.isFinite(at) ? Math.max(0, at - 40) : 0;
  const end = Math.min(flat.length, start + 120);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
