// A due date computed while a year's holiday arrangement was not yet published is provisional
// (暂定); when the year is entered the date is recomputed, and a date that moved keeps where it
// was (`due_was`) and when it moved (`due_moved_on`) so the record's holders see the change on the
// board. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('deadline')
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('deadline').addColumn('due_was', 'text').execute();
  await db.schema.alterTable('deadline').addColumn('due_moved_on', 'text').execute();
}
