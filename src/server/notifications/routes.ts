// GET /api/notifications (the bell: what needs the user, read or not) and POST
// /api/notifications/read (marks items read for this user; `all` marks every item listed now).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationList, notificationReadResult } from '../../shared/api/notifications.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { notificationItems } from './items.ts';
import { DIGEST_TEXT } from './labels.ts';
import './types.ts';

/** The list shows at most this many items (the unread count covers them all). */
const LIST_LIMIT = 100;

async function readKeys(db: Db, userId: number, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.k
      .selectFrom('notificationRead')
      .select('itemKey')
      .where('userId', '=', userId)
      .where('itemKey', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.itemKey);
  }
  return out;
}

export async function listNotifications(db: Db, actor: Actor, today: string) {
  const items = await notificationItems(db, actor, today);
  const read = items.length
    ? await readKeys(
        db,
        actor.userId,
        items.map((i) => i.key),
      )
    : new Set();
  const all = items.map((i) => ({ ...i, read: read.has(i.key) }));
  return {
    today,
    unread: all.filter((i) => !i.read).length,
    total: all.length,
    // unread first, then as ordered
    items: [...all.filter((i) => !i.read), ...all.filter((i) => i.read)].slice(0, LIST_LIMIT),
  };
}

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['通知'],
        summary: '通知：分配给我、即将到期（3个工作日内）、被退回、督办通知，及是否已读',
        response: { 200: notificationList },
      },
    },
    async (req) => listNotifications(app.db, requireActor(req), app.clock.today()),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags: ['通知'],
        summary: '标为已读：所列通知，或（all）当前全部通知',
        body: z
          .object({
            keys: z.array(z.string().min(1).max(300)).max(1000).optional(),
            all: z.boolean().optional(),
          })
          .strict()
          .refine((b) => b.all === true || (b.keys?.length ?? 0) > 0, '请指定要标为已读的通知'),
        response: { 200: notificationReadResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const today = app.clock.today();
      // Only keys of items the user has now: nothing else can be written.
      const current = (await notificationItems(app.db, actor, today)).map((i) => i.key);
      const wanted = req.body.all ? current : current.filter((k) => req.body.keys?.includes(k));
      const already = await readKeys(app.db, actor.userId, wanted);
      const fresh = wanted.filter((k) => !already.has(k));
      const at = app.clock.now().toISOString();
      for (let i = 0; i < fresh.length; i += 200) {
        await app.db.k
          .insertInto('notificationRead')
          .values(fresh.slice(i, i + 200).map((itemKey) => ({ userId: actor.userId, itemKey, readAt: at })))
          .execute();
      }
      const read = await readKeys(app.db, actor.userId, current);
      return { unread: current.length - read.size, marked: fresh.length };
    },
  );

  // 每日邮件提醒: the user's own address and opt-out; `enabled` says whether the server sends mail.
  const digestSettings = z.object({
    email: z.string().nullable(),
    optOut: z.boolean(),
    enabled: z.boolean(),
  });
  const readSettings = async (userId: number) => {
    const u = await app.db.k
      .selectFrom('appUser')
      .select(['email', 'digestOptOut'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    return { email: u.email, optOut: u.digestOptOut === 1, enabled: Boolean(app.config.smtpUrl) };
  };
  app.get(
    '/notifications/digest',
    {
      schema: {
        tags: ['通知'],
        summary: '每日邮件提醒：本人的电子邮箱和是否退订',
        response: { 200: digestSettings },
      },
    },
    async (req) => readSettings(requireActor(req).userId),
  );
  app.put(
    '/notifications/digest',
    {
      schema: {
        tags: ['通知'],
        summary: '设置本人的电子邮箱（留空则不发送）和是否退订每日邮件提醒',
        body: z
          .object({
            email: z
              .string()
              .trim()
              .max(200)
              .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), DIGEST_TEXT.invalidEmail)
              .nullable(),
            optOut: z.boolean(),
          })
          .strict(),
        response: { 200: digestSettings },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const values = {
        email: req.body.email || null,
        digestOptOut: req.body.optOut ? (1 as const) : (0 as const),
      };
      await app.db.k.transaction().execute(async (tx) => {
        await tx.updateTable('appUser').set(values).where('id', '=', actor.userId).execute();
        await recordAudit(tx, actor, {
          action: 'user.digest',
          orgId: actor.orgId,
          entityType: 'user',
          entityId: actor.userId,
          after: { email: values.email, optOut: req.body.optOut },
          at: app.clock.now().toISOString(),
        });
      });
      return readSettings(actor.userId);
    },
  );
};
