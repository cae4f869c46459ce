// Two reads of the bell (notifications/items.ts) and the deadline board (core/workflow/
// deadline-view.ts), run once per ledger on every request, found their rows by scanning:
// - the last steps that returned a record (退回), `ledger = ? AND action = 'return'`, newest first:
//   0002's (ledger, record_type, record_id) walked every step of the ledger to find the few
//   returns (the demo county's disputes: 0.3 ms for none found, 12 ledgers a request);
//   (ledger, action, id) reads just the returns, newest first;
// - the open clocks of one ledger, `ledger = ? AND state = 'open'`, by due date: 0002's
//   (state, org_id) read the open clocks of every ledger in scope and sorted them, for each of 15
//   ledgers (0.27 ms each); (ledger, state, due) reads that ledger's, already in order.
// Both dialects. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('workflow_step_action_idx')
    .on('workflow_step')
    .columns(['ledger', 'action', 'id'])
    .execute();
  await db.schema
    .createIndex('deadline_ledger_open_idx')
    .on('deadline')
    .columns(['ledger', 'state', 'due'])
    .execute();
}
