// Runs the daily e-mail digest (digest.ts) in the server when SMTP is configured: every 10 minutes
// from FAZHI_DIGEST_HOUR o'clock China time on, for the app clock's today. Each user's day is
// claimed in the database, so repeated runs and several processes send each digest once.
import type { FastifyInstance } from 'fastify';
import { sendDailyDigests } from './digest.ts';

const EVERY_MS = 10 * 60_000;

export function registerDigest(app: FastifyInstance): void {
  const smtpUrl = app.config.smtpUrl;
  if (!smtpUrl) return;
  let running: Promise<void> | null = null;
  let closing = false;
  const run = () => {
    if (running || closing) return;
    const now = app.clock.now();
    const chinaHour = new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
    if (chinaHour < app.config.digestHour) return;
    running = (async () => {
      try {
        const r = await sendDailyDigests(app.db, {
          today: app.clock.today(),
          now: now.toISOString(),
          smtpUrl,
          from: app.config.mailFrom,
          baseUrl: app.config.publicUrl,
        });
        if (r.sent || r.failed) app.log.info(`每日邮件提醒：发送${r.sent}封，失败${r.failed}封`);
      } catch (err) {
        if (!closing) app.log.error({ err }, '每日邮件提醒发送失败');
      } finally {
        running = null;
      }
    })();
  };
  const first = setTimeout(run, 30_000).unref();
  const timer = setInterval(run, EVERY_MS).unref();
  app.addHook('onClose', async () => {
    closing = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  });
}
