// The statements Kysely's SQLite driver runs, kept by their SQL, and the rows of a reader built from
// arrays.
// - Kysely's driver prepares every query anew (parsing and planning the SQL each time: about a
//   tenth of a millisecond a query, a millisecond for a list request); the statements are kept here
//   instead, the most recently used few hundred. A statement still being iterated (a streamed
//   query) is not handed out twice.
// - better-sqlite3 builds each row object key by key in C++ (for a list page, 20 rows of 21
//   columns: ≈ 60 µs of a 340 µs statement). Kysely is handed the reader's rows as arrays (raw
//   mode) and turns each into an object with one object literal compiled per statement for its
//   columns, the shape fixed from the start (≈ 7 µs). The objects are the ones better-sqlite3 would
//   build: the same keys in the same order, the last of two equal column names winning.
import type SQLite from 'better-sqlite3';

type Row = Record<string, unknown>;
type MakeRow = (values: readonly unknown[]) => Row;

/** A statement as Kysely's SQLite driver uses it. */
interface DriverStatement {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): SQLite.RunResult;
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

export interface SqliteStatements {
  /** The kept statement for this SQL: a plain better-sqlite3 statement. */
  prepare(sql: string): SQLite.Statement;
  close(): void;
}

/** The row maker for these column names. */
function compileRow(names: readonly string[]): MakeRow {
  // A literal's `"__proto__": v` is not an assignment: such a row is assigned key by key, as
  // better-sqlite3 does (the assignment sets the prototype when v is an object or null).
  if (names.includes('__proto__'))
    return (v) => {
      const row: Row = {};
      names.forEach((n, i) => {
        row[n] = v[i];
      });
      return row;
    };
  const body = names.map((n, i) => `${JSON.stringify(n)}: v[${i}]`);
  return new Function('v', `return { ${body.join(', ')} };`) as MakeRow;
}

/**
 * A reader whose `all` reads arrays and builds the rows. The row maker is compiled on first use
 * and again should the statement's columns change (SQLite re-prepares a statement after a schema
 * change: `SELECT *` after a new column).
 */
function arrayRows(stmt: SQLite.Statement): DriverStatement {
  let names: string[] | null = null;
  let make: MakeRow = () => ({});
  return {
    reader: true,
    run: (p) => stmt.run(p),
    iterate: (p) => stmt.iterate(p),
    all(p) {
      stmt.raw(true);
      let values: unknown[][];
      try {
        values = stmt.all(p) as unknown[][];
      } finally {
        stmt.raw(false);
      }
      if (values.length === 0) return [];
      if (names === null || values[0].length !== names.length) {
        names = stmt.columns().map((c) => c.name);
        make = compileRow(names);
      }
      const m = make;
      return values.map((v) => m(v));
    },
  };
}

/** The statements of one database, the most recently used `max` kept. */
export function statementCache(sqlite: SQLite.Database, max = 400): SqliteStatements {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const stmt = sqlite.prepare(sql);
      if (!cached) {
        if (statements.size >= max) statements.delete(statements.keys().next().value as string);
        statements.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/** What Kysely's SqliteDialect is given: the kept statements, readers answering rows built from arrays. */
export function driverDatabase(statements: SqliteStatements): {
  prepare(sql: string): DriverStatement;
  close(): void;
} {
  const readers = new WeakMap<SQLite.Statement, DriverStatement>();
  return {
    close: () => statements.close(),
    prepare(sql: string): DriverStatement {
      const stmt = statements.prepare(sql);
      if (!stmt.reader) return stmt as unknown as DriverStatement;
      let reader = readers.get(stmt);
      if (!reader) {
        reader = arrayRows(stmt);
        readers.set(stmt, reader);
      }
      return reader;
    },
  };
}
