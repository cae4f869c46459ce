// 公开门户 search and content integrity: one row per published item the portal serves (an annual
// report, a published record of a section), with its text as published and the SM3 hash of it taken
// at publication. SQLite searches it through an FTS5 table with the trigram tokenizer kept in step by
// triggers; PostgreSQL through a pg_trgm GIN index (ILIKE), or a plain ILIKE scan when the extension
// cannot be created on the server.
import { sql } from 'kysely';
import { isPostgres, type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('portal_item'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('category', 'text')
    .addColumn('published_on', 'text')
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('hashed_at', 'text', (c) => c.notNull())
    .addColumn('tampered_since', 'text')
    .execute();
  await db.schema.createIndex('portal_item_org').on('portal_item').columns(['org_id', 'kind']).execute();
  if (isPostgres(db)) {
    await sql
      .raw(`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: search falls back to ILIKE'; END $$`)
      .execute(db);
    await sql
      .raw(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX portal_item_trgm ON portal_item USING gin ((title || '' '' || body) gin_trgm_ops)';
        END IF; END $$`)
      .execute(db);
    return;
  }
  await sql
    .raw(
      `CREATE VIRTUAL TABLE portal_item_fts USING fts5(title, body, content='portal_item', content_rowid='id', tokenize='trigram')`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER portal_item_ai AFTER INSERT ON portal_item BEGIN
      INSERT INTO portal_item_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER portal_item_ad AFTER DELETE ON portal_item BEGIN
      INSERT INTO portal_item_fts(portal_item_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER portal_item_au AFTER UPDATE OF title, body ON portal_item BEGIN
      INSERT INTO portal_item_fts(portal_item_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO portal_item_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END`)
    .execute(db);
}
