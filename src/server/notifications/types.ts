// The table of the notifications a user has read (migration 0024), extending db/types.ts.
import type { Generated } from 'kysely';

export interface NotificationReadTable {
  id: Generated<number>;
  userId: number;
  itemKey: string;
  readAt: string;
}

declare module '../db/types.ts' {
  interface Database {
    notificationRead: NotificationReadTable;
  }
}
