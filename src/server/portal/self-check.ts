// The scheduled self-check (integrity.ts `selfCheck`) when several app processes share one
// PostgreSQL database (docs/deploy.md): each process has the timer (upkeep.ts), but a round runs in
// one of them only. The process that runs holds a session-level advisory lock on one pinned
// connection (another process's try fails: it skips the round), and the round's start is kept in
// `cache_stamp` (row `portal:self-check`), so a process whose timer fires within the interval of
// another's run skips too. A process that dies mid-run releases the lock with its connection; the
// stamp is written only after a completed run, so the next tick anywhere runs again. SQLite serves
// one process: there the check simply runs.
import { sql } from 'kysely';
import type { Clock } from '../core/clock.ts';
import { isPostgres } from '../core/sql-util.ts';
import type { Kdb } from '../db/connect.ts';
import { type ChangedItem, selfCheck } from './integrity.ts';

/** Key of the PostgreSQL advisory lock held while a process runs the self-check ("PORT"). */
export const CHECK_LOCK_KEY = 0x504f5254;
/** The `cache_stamp` row holding the instant the last completed scheduled run started. */
export const CHECK_STAMP = 'portal:self-check';

export type ScheduledCheck =
  | { ran: true; changed: ChangedItem[] }
  /** busy: another process holds the lock; recent: another run started within the interval. */
  | { ran: false; reason: 'busy' | 'recent' };

/**
 * One round of the scheduled self-check, every `everyMs`. A run counts as recent when it started
 * less than the interval ago, less a tenth of it (at most a minute): the timers of the processes
 * drift, and the process that ran must not be turned away at its own next tick by a few
 * milliseconds. A stamp in the future (a clock set back) does not hold the check off.
 */
export async function scheduledSelfCheck(k: Kdb, clock: Clock, everyMs: number): Promise<ScheduledCheck> {
  if (!isPostgres(k)) {
    return { ran: true, changed: await selfCheck(k, clock.today(), clock.now().toISOString()) };
  }
  return k.connection().execute(async (c): Promise<ScheduledCheck> => {
    const lock = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${sql.lit(CHECK_LOCK_KEY)}) as locked`.execute(c);
    if (!lock.rows[0]?.locked) return { ran: false, reason: 'busy' };
    try {
      const now = clock.now();
      const last = await c
        .selectFrom('cacheStamp')
        .select('stamp')
        .where('name', '=', CHECK_STAMP)
        .executeTakeFirst();
      const age = last ? now.getTime() - Date.parse(last.stamp) : Number.NaN;
      if (age >= 0 && age < everyMs - Math.min(everyMs / 10, 60_000)) return { ran: false, reason: 'recent' };
      const at = now.toISOString();
      const changed = await selfCheck(c, clock.today(), at);
      await c
        .insertInto('cacheStamp')
        .values({ name: CHECK_STAMP, stamp: at })
        .onConflict((oc) => oc.column('name').doUpdateSet({ stamp: at }))
        .execute();
      return { ran: true, changed };
    } finally {
      // it fails only on a broken connection, whose session (and lock) the server has ended
      await sql`select pg_advisory_unlock(${sql.lit(CHECK_LOCK_KEY)})`.execute(c).catch(() => undefined);
    }
  });
}
