// Shared state for several app processes on one database (docs/deploy.md):
// - `blob_chunk`: attachment bytes in the database (PostgreSQL's default store), content-addressed
//   by SHA-256 and cut into chunks so that a file is written and read without holding it whole;
// - `cache_stamp`: one random stamp per process-local cache (the working calendar), replaced in
//   the transaction that changes what the cache holds, so every process sees the change on its
//   next read. Frozen once released.
import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('blob_chunk')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('blob_chunk_pk', ['sha256', 'seq'])
    .execute();
  await db.schema
    .createTable('cache_stamp')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .execute();
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  await sql`insert into cache_stamp (name, stamp) values ('calendar', ${stamp})`.execute(db);
}
