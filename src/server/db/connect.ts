// Opens the database: SQLite (better-sqlite3, a file in the data dir) by default, PostgreSQL
// when a URL is given. Both go through the same Kysely instance type.
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresDialect,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type Transaction,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { CamelCaseRows } from './camel-case.ts';
import { runNamedStatements } from './named-statements.ts';
import { driverDatabase, type SqliteStatements, statementCache } from './sqlite-statements.ts';
import type { Database } from './types.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Kdb = Kysely<Database>;
export type Tx = Transaction<Database>;

export interface Db {
  k: Kdb;
  dialect: Dialect;
  destroy(): Promise<void>;
  /** The underlying better-sqlite3 handle (SQLite only), for online backup. */
  sqlite?: SQLite.Database;
}

export type DbTarget =
  | { dialect: 'sqlite'; file: string }
  /** `namedStatements: false` for a transaction-mode pooler that cannot carry them (named-statements.ts). */
  | { dialect: 'postgres'; url: string; namedStatements?: boolean };

export interface DbKeys {
  /** The key of the audit chain's keyed hashes (core/keys.ts auditKeyFor); never stored in the database. */
  auditKey?: Buffer;
}

/**
 * Carries the audit key with the connection: a plugin that changes nothing, found again from any
 * transaction of this database (a transaction shares its parent's plugins), so every writer of an
 * audit event seals it with the deployment's key without passing the key around.
 */
export class AuditKeyPlugin implements KyselyPlugin {
  constructor(readonly key: Buffer) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The audit key this database was opened with, or null. */
export function auditKeyOf(k: Kdb | Tx): Buffer | null {
  const plugin = k.getExecutor().plugins.find((p) => p instanceof AuditKeyPlugin);
  return plugin ? (plugin as AuditKeyPlugin).key : null;
}

// PostgreSQL returns int8 (count(*), sum of integers) and numeric as strings. Every figure Fazhi
// counts fits a JS number, so both are parsed here, once, for every pg connection.
let pgParsersSet = false;
/**
 * The pool behind a PostgreSQL Kysely instance, by its adapter (shared by its `withPlugin` copies
 * and transactions): for the indicator roll-up, which sends several statements in one round trip
 * (ledgers/indicator-row.ts), something Kysely's driver cannot return.
 */
const pgPools = new WeakMap<object, pg.Pool>();

/** The pool of `k` when it is a PostgreSQL database outside a transaction. */
export function pgPoolOf(k: Kdb | Tx): pg.Pool | undefined {
  return k.isTransaction ? undefined : pgPools.get(k.getExecutor().adapter);
}

/** The statements behind a SQLite Kysely instance (see `pgPools`): the roll-up runs its rows on them. */
const sqliteStatements = new WeakMap<object, SqliteStatements>();

/**
 * The prepared statements of `k` when it is a SQLite database outside a transaction: to be run
 * only while holding Kysely's connection (`k.connection()`), which a transaction holds throughout.
 */
export function sqliteStatementsOf(k: Kdb | Tx): SqliteStatements | undefined {
  return k.isTransaction ? undefined : sqliteStatements.get(k.getExecutor().adapter);
}

function setPgParsers(): void {
  if (pgParsersSet) return;
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
  pgParsersSet = true;
}

export function openDb(target: DbTarget, keys: DbKeys = {}): Db {
  const plugins: KyselyPlugin[] = [new CamelCaseRows()];
  if (keys.auditKey) plugins.push(new AuditKeyPlugin(keys.auditKey));
  if (target.dialect === 'postgres') {
    setPgParsers();
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client can be cut off by the server (restart, failover, DROP DATABASE … FORCE); the
    // pool discards it and the next query reconnects, so this must not crash the process.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL 空闲连接已断开：${err.message}`);
    });
    if (target.namedStatements !== false) pool.on('connect', runNamedStatements);
    const k = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    pgPools.set(k.getExecutor().adapter, pool);
    return { k, dialect: 'postgres', destroy: () => k.destroy() };
  }
  if (target.file !== ':memory:') {
    mkdirSync(dirname(target.file), { recursive: true, mode: 0o700 });
    // The database holds personal data: readable by the service's user only. SQLite gives its
    // -wal and -shm files the database file's permissions, so they follow.
    closeSync(openSync(target.file, 'a', 0o600));
    chmodSync(target.file, 0o600);
  }
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const statements = statementCache(sqlite);
  const k = new Kysely<Database>({
    dialect: new SqliteDialect({ database: driverDatabase(statements) }),
    plugins,
  });
  sqliteStatements.set(k.getExecutor().adapter, statements);
  return { k, dialect: 'sqlite', sqlite, destroy: () => k.destroy() };
}

/** Reads a count/sum cell that may come back as number, bigint or string, and returns a number. */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const n = Number(v);
  if (Number.isNaN(n)) throw new TypeError(`not a number: ${String(v)}`);
  return n;
}
