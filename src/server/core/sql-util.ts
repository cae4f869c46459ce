// Small helpers for the core's SQL that differ between SQLite and PostgreSQL.
import { PostgresAdapter } from 'kysely';
import type { Kdb, Tx } from '../db/connect.ts';

export function isPostgres(k: Kdb | Tx): boolean {
  return k.getExecutor().adapter instanceof PostgresAdapter;
}

/** True when a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** Escapes LIKE wildcards; use with `ESCAPE '\\'` (SQLite has no default escape character). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
