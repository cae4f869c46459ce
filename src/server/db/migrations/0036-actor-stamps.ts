// Write stamps (migration 0034's mechanism) for the tables an actor is read from: `app_user` and
// `role_assignment` (`org` has one already). Every API request resolves its session to an actor;
// with these stamps a process keeps the actor it loaded and reads only the session row and the
// stamps, in one statement, while nothing the actor depends on has been written — by any process
// or command (core/actor.ts). Frozen once released.
import { type MigrationDb, stampTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await stampTable(db, 'app_user');
  await stampTable(db, 'role_assignment');
}
