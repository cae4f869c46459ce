// Helpers for migrations. Migrations are frozen in time: they never import application types, and
// a helper a released migration calls never changes what it creates (add a new helper instead).
import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on an untyped database
export type MigrationDb = Kysely<any>;

export function isPostgres(db: MigrationDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An integer surrogate key: identity in PostgreSQL, rowid alias in SQLite. */
export function withId<T extends string>(db: MigrationDb, t: CreateTableBuilder<T, never>) {
  return isPostgres(db)
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Makes a table append-only: UPDATE and DELETE are rejected by the database itself. */
export async function appendOnly(db: MigrationDb, table: string, message: string): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger AS $$
         BEGIN RAISE EXCEPTION '${message}'; END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
      )
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`)
      .execute(db);
  } else {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
      )
      .execute(db);
  }
}

/**
 * A new ledger record table with the common columns of every record (ledgers/columns.ts
 * `RecordColumns`): id, org_id (the record's organisation), state, created_at, created_by,
 * updated_at. Add the ledger's own columns to the builder it returns, then `.execute()`.
 * (The ledger tables released before it, 0003–0011, spell the same columns out.)
 */
export function recordTable(db: MigrationDb, name: string) {
  return withId(db, db.schema.createTable(name))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/**
 * A trigram index over text columns of a table (substring search, CJK included): PostgreSQL a
 * pg_trgm GIN index on the columns joined by a space (none where the extension cannot be created:
 * the search then scans with ILIKE), SQLite an external-content FTS5 table `<table>_fts` with the
 * trigram tokenizer, kept in step by triggers. The same layout as the portal's index (0026).
 */
export async function trigramIndex(
  db: MigrationDb,
  table: string,
  columns: readonly string[],
): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: search falls back to ILIKE'; END $$`)
      .execute(db);
    const joined = columns.join(` || '' '' || `);
    await sql
      .raw(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX ${table}_trgm ON ${table} USING gin ((${joined}) gin_trgm_ops)';
        END IF; END $$`)
      .execute(db);
    return;
  }
  const cols = columns.join(', ');
  const news = columns.map((c) => `new.${c}`).join(', ');
  const olds = columns.map((c) => `old.${c}`).join(', ');
  const fts = `${table}_fts`;
  await sql
    .raw(
      `CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='trigram')`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_ai AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.id, ${news}); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_ad AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${olds}); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_au AFTER UPDATE OF ${cols} ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${olds});
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.id, ${news}); END`)
    .execute(db);
}

/**
 * Gives a table a write stamp (`cache_stamp` row `table:<name>`) that the database replaces on
 * every insert, update and delete of its rows (migration 0034, which creates the PostgreSQL
 * function `fazhi_table_written`). Process-local caches of queries over the table key on it.
 */
export async function stampTable(db: MigrationDb, table: string): Promise<void> {
  const name = `table:${table}`;
  if (isPostgres(db)) {
    await sql`insert into cache_stamp (name, stamp) values (${name}, md5(random()::text || clock_timestamp()::text))`.execute(
      db,
    );
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${table}_stamp AFTER INSERT OR UPDATE OR DELETE ON ${table}
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fazhi_table_written()`,
      )
      .execute(db);
    return;
  }
  await sql`insert into cache_stamp (name, stamp) values (${name}, lower(hex(randomblob(16))))`.execute(db);
  for (const event of ['insert', 'update', 'delete'])
    await sql
      .raw(
        `CREATE TRIGGER ${table}_stamp_${event} AFTER ${event.toUpperCase()} ON ${table}
         BEGIN UPDATE cache_stamp SET stamp = lower(hex(randomblob(16))) WHERE name = '${name}'; END`,
      )
      .execute(db);
}

/**
 * Counts the writes of a ledger record table per organisation in `org_write_count` (migration
 * 0042): a trigger per table on PostgreSQL (deferred, after `<table>_stamp`), per statement kind on
 * SQLite. A record table created after 0042 calls it in its migration, after `stampTable`; the
 * organisations already holding rows get their count first (`countHeldRows`).
 */
export async function countOrgWrites(db: MigrationDb, table: string): Promise<void> {
  await countHeldRows(db, table);
  if (isPostgres(db)) {
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${table}_writes AFTER INSERT OR UPDATE OR DELETE ON ${table}
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fazhi_org_written()`,
      )
      .execute(db);
    return;
  }
  const orgs = { insert: ['NEW'], update: ['NEW', 'OLD'], delete: ['OLD'] };
  for (const [event, rows] of Object.entries(orgs))
    await sql
      .raw(
        `CREATE TRIGGER ${table}_writes_${event} AFTER ${event.toUpperCase()} ON ${table}
         BEGIN
           INSERT INTO org_write_count (table_name, org_id, writes)
             SELECT '${table}', o, 1 FROM (${rows.map((r) => `SELECT ${r}.org_id AS o`).join(' UNION ')}) WHERE true
             ON CONFLICT (table_name, org_id) DO UPDATE SET writes = writes + 1;
         END`,
      )
      .execute(db);
}

/**
 * Gives every organisation holding rows of `table` a write count (1) where it has none: rows
 * written before the table's triggers counted them. A count that exists is left as it is.
 */
export async function countHeldRows(db: MigrationDb, table: string): Promise<void> {
  await sql
    .raw(
      `INSERT INTO org_write_count (table_name, org_id, writes)
         SELECT '${table}', org_id, 1 FROM ${table} WHERE org_id IS NOT NULL GROUP BY org_id
         ON CONFLICT (table_name, org_id) DO NOTHING`,
    )
    .execute(db);
}
