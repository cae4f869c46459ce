// Request-rate counters in the database, so that every app process behind one load balancer counts
// the same requests of an address (login per address, the portal's public forms). Fixed windows:
// `window_start` in epoch milliseconds, `count` requests since then. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('rate_counter')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_counter_window_idx').on('rate_counter').column('window_start').execute();
}
