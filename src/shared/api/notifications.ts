// The notification bell (src/server/notifications/): what needs the signed-in user, computed from
// the data on the app's today, each item read or not for this user.
import { z } from 'zod';

export const NOTIFICATION_CATEGORIES = [
  'assigned',
  'due_soon',
  'returned',
  'supervision_received',
  'supervision_replied',
] as const;

export const notificationItem = z.object({
  /** Stable while the item is unchanged; a changed item (a new state, a moved date) is a new key. */
  key: z.string(),
  category: z.enum(NOTIFICATION_CATEGORIES),
  categoryLabel: z.string(),
  title: z.string(),
  detail: z.string(),
  /** The workbench page of the item. */
  link: z.string(),
  due: z.string().nullable(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationList = z.object({
  today: z.string(),
  unread: z.number().int(),
  /** Items beyond the list's limit are counted here but not listed. */
  total: z.number().int(),
  items: z.array(notificationItem),
});
export type NotificationList = z.infer<typeof notificationList>;

export const notificationReadResult = z.object({ unread: z.number().int(), marked: z.number().int() });
