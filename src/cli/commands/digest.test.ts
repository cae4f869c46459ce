// `fazhi digest send` on each dialect, against a local SMTP process: refused without mail settings
// or with a malformed day, then run for a day on which the one user with an address has nothing to
// do (no message, counted). What a digest says and when it is sent is tested in
// test/api/digest.test.ts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../../test/cli.ts';
import { describeEachDialect } from '../../../test/db.ts';
import { startSink } from '../../../test/smtp.ts';

let sink: Awaited<ReturnType<typeof startSink>>;
beforeAll(async () => {
  sink = await startSink();
});
afterAll(() => {
  sink?.proc.kill('SIGTERM');
});

describeEachDialect('command line: digest send', (ctx) => {
  it('refuses without FAZHI_SMTP_URL and with a malformed day, then sends the day’s digests', async () => {
    const t = ctx();
    expect((await run(t, ['demo', '--no-ledgers'])).code).toBe(0);
    await t.db.k
      .updateTable('appUser')
      .set({ email: 'clerk@qingshi.example.gov.cn' })
      .where('username', '=', 'qingshi.clerk')
      .execute();

    const unset = await run(t, ['digest', 'send']);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('未配置邮件发送服务：请设置 FAZHI_SMTP_URL');

    const smtp = { FAZHI_SMTP_URL: `smtp://127.0.0.1:${sink.port}` };
    const bad = await run(t, ['digest', 'send', '--day', '2027-1-4'], smtp);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('日期“2027-1-4”格式不正确');

    const sent = await run(t, ['digest', 'send', '--day', '2026-11-16'], smtp);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain(
      '每日邮件提醒（2026-11-16）：发送 0 封；当天无待办事项 1 人；当天已发送过 0 人',
    );
    expect(sink.mails).toEqual([]);
  });
});
