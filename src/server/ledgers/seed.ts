// The demo loader's hook: every registered ledger's seeds, in one transaction, after the county.

import type { S3Location } from '../core/blob-store-s3.ts';
import { loadCalendar } from '../core/calendar.ts';
import { chinaDate } from '../core/clock.ts';
import type { Pii } from '../core/pii.ts';
import type { Db } from '../db/connect.ts';
import { LEDGERS } from './registry.ts';

export interface LedgerSeedOptions {
  pii: Pii;
  dataDir: string;
  /** The installation's bucket for attachments (Config.s3), when it has one. */
  s3?: S3Location;
  orgIds: ReadonlyMap<string, number>;
  userIds: ReadonlyMap<string, number>;
  /** Today (YYYY-MM-DD, China); the real date by default. */
  today?: string;
}

export async function seedLedgers(db: Db, opts: LedgerSeedOptions): Promise<void> {
  const today = opts.today ?? chinaDate();
  const calendar = await loadCalendar(db, today);
  // The instant of loading: the demo's steps of today are not stamped after it.
  const now = new Date().toISOString();
  await db.k.transaction().execute(async (tx) => {
    for (const ledger of LEDGERS) {
      await ledger.seeds?.({
        ledger,
        tx,
        pii: opts.pii,
        calendar,
        orgIds: opts.orgIds,
        userIds: opts.userIds,
        today,
        dataDir: opts.dataDir,
        s3: opts.s3,
        now,
      });
    }
  });
}
