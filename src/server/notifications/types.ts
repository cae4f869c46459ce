// The tables of the notifications a user has read (migration 0024) and of the e-mail digests sent
// (0033), extending db/types.ts.
import type { Generated } from 'kysely';

export interface NotificationReadTable {
  id: Generated<number>;
  userId: number;
  itemKey: string;
  readAt: string;
}

/** A digest sent to a user for a day (migration 0033). */
export interface MailDigestTable {
  id: Generated<number>;
  userId: number;
  day: string;
  itemCount: number;
  sentAt: string;
}

declare module '../db/types.ts' {
  interface Database {
    notificationRead: NotificationReadTable;
    mailDigest: MailDigestTable;
  }
}
