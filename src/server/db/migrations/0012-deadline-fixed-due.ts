// A clock whose due date a rule fixes ("每年4月1日之前" for publishing the annual report) is not a
// period counted on the calendar: recomputing the clocks after a calendar year is added must not move
// it to the next working day. `fixed_due = 1` marks such a clock. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('deadline')
    .addColumn('fixed_due', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
