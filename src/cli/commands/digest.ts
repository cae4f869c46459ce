// `fazhi digest send` — sends the day's 每日邮件提醒 now, as the server does from FAZHI_DIGEST_HOUR
// on (notifications/digest-schedule.ts): to test the mail settings, or after a mail server was down.
// Each user's day is claimed in the database, so a user who already got the day's message gets no
// second one, whether the server or this command sent it.
import type { Command } from 'commander';
import pc from 'picocolors';
import { chinaDate } from '../../server/core/clock.ts';
import { sendDailyDigests } from '../../server/notifications/digest.ts';
import { action, CliError, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function register(program: Command): void {
  const digest = program.command('digest').description('每日邮件提醒');
  digest
    .command('send')
    .description('立即发送当天的每日邮件提醒（当天已收到的用户不再重复发送）')
    .option('--day <日期>', '提醒的日期（YYYY-MM-DD，默认今天）')
    .action(
      action(async (opts: { day?: string }) =>
        withDb(async (db, config) => {
          if (!config.smtpUrl)
            throw new CliError(
              '未配置邮件发送服务：请设置 FAZHI_SMTP_URL（smtp:// 或 smtps:// 开头的地址）后再发送。',
            );
          if (opts.day !== undefined && (!DAY.test(opts.day) || Number.isNaN(Date.parse(opts.day))))
            throw new CliError(`日期“${opts.day}”格式不正确，应为 YYYY-MM-DD，例如 2027-01-04`);
          const day = opts.day ?? config.today ?? chinaDate();
          const r = await sendDailyDigests(db, {
            today: day,
            now: new Date().toISOString(),
            smtpUrl: config.smtpUrl,
            from: config.mailFrom,
            baseUrl: config.publicUrl,
          });
          const line = `每日邮件提醒（${day}）：发送 ${r.sent} 封；当天无待办事项 ${r.empty} 人；当天已发送过 ${r.already} 人`;
          if (r.failed === 0) {
            out(pc.green(`${line}。`));
            return EXIT_OK;
          }
          err(pc.red(`${line}；发送失败 ${r.failed} 封（未记为已发送，可稍后再次运行本命令）。`));
          return EXIT_FAILED;
        }),
      ),
    );
}
