// 每日邮件提醒: once a day, each active user with an e-mail address who has not turned it off gets
// one message listing what needs them — the bell's items (items.ts) on that day — in Chinese, and
// only when there is something. The day is claimed in `mail_digest` before sending (unique per user
// and day), so no user gets two digests for a day whichever process sends; a failed send gives the
// claim back for the next run. Sent when SMTP is configured (config.ts FAZHI_SMTP_URL).
import nodemailer from 'nodemailer';
import type { NotificationItem } from '../../shared/api/notifications.ts';
import { loadActor } from '../core/actor.ts';
import { isUniqueViolation } from '../core/sql-util.ts';
import type { Db } from '../db/connect.ts';
import { notificationItems } from './items.ts';
import { DIGEST_TEXT as T } from './labels.ts';

export interface DigestOptions {
  /** The day of the digest (China date, from the app's clock). */
  today: string;
  /** The instant recorded as sent. */
  now: string;
  smtpUrl: string;
  from?: string;
  /** The workbench's address, for links (FAZHI_PUBLIC_URL); none: the pages are named only. */
  baseUrl?: string;
}

export interface DigestReport {
  sent: number;
  /** Users with an address whose bell is empty today (no message). */
  empty: number;
  /** Already sent today (another run or process). */
  already: number;
  failed: number;
}

type Item = Omit<NotificationItem, 'read'>;

/** The message for a user and day (subject and plain text). */
export function digestMessage(
  name: string,
  today: string,
  items: readonly Item[],
  baseUrl?: string,
): { subject: string; text: string } {
  const groups = new Map<string, Item[]>();
  for (const i of items) groups.set(i.categoryLabel, [...(groups.get(i.categoryLabel) ?? []), i]);
  const lines = [T.greeting(name), '', T.intro(today, items.length), ''];
  for (const [label, list] of groups) {
    lines.push(`【${label}】（${list.length}项）`);
    list.forEach((i, n) => {
      lines.push(`${n + 1}. ${i.title}`, `   ${i.detail}`);
      if (baseUrl) lines.push(`   ${baseUrl}${i.link}`);
    });
    lines.push('');
  }
  lines.push(T.footer, T.optOut);
  return { subject: T.subject(today, items.length), text: lines.join('\n') };
}

/** Sends the day's digests; returns what happened. Users are taken one at a time. */
export async function sendDailyDigests(db: Db, opts: DigestOptions): Promise<DigestReport> {
  const report: DigestReport = { sent: 0, empty: 0, already: 0, failed: 0 };
  const users = await db.k
    .selectFrom('appUser')
    .select(['id', 'displayName', 'email'])
    .where('active', '=', 1)
    .where('digestOptOut', '=', 0)
    .where('email', 'is not', null)
    .where('email', '!=', '')
    .orderBy('id')
    .execute();
  if (users.length === 0) return report;
  const transport = nodemailer.createTransport(opts.smtpUrl);
  try {
    for (const u of users) {
      const done = await db.k
        .selectFrom('mailDigest')
        .select('id')
        .where('userId', '=', u.id)
        .where('day', '=', opts.today)
        .executeTakeFirst();
      if (done) {
        report.already++;
        continue;
      }
      const actor = await loadActor(db.k, u.id, null);
      if (!actor) continue;
      const items = await notificationItems(db, actor, opts.today);
      if (items.length === 0) {
        report.empty++;
        continue;
      }
      // claim the day first: a second run or process finds it taken
      let claim: number;
      try {
        const row = await db.k
          .insertInto('mailDigest')
          .values({ userId: u.id, day: opts.today, itemCount: items.length, sentAt: opts.now })
          .returning('id')
          .executeTakeFirstOrThrow();
        claim = row.id;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        report.already++;
        continue;
      }
      const msg = digestMessage(u.displayName, opts.today, items, opts.baseUrl);
      try {
        await transport.sendMail({
          from: opts.from ?? T.defaultFrom,
          to: u.email as string,
          subject: msg.subject,
          text: msg.text,
          textEncoding: 'base64',
        });
        report.sent++;
      } catch {
        await db.k.deleteFrom('mailDigest').where('id', '=', claim).execute();
        report.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return report;
}
