// 每日邮件提醒 on each dialect, through a local SMTP server run as its own process
// (test/fixtures/smtp-sink.mjs): each user with an address gets one message listing the bell's
// items, in Chinese; a user with nothing gets none, nor one who opted out; a second run of the same
// day sends nothing (recorded in mail_digest), the next day sends again; a failed send is not
// recorded. "Today" is injected; no wall clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDailyDigests } from '../../src/server/notifications/digest.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { startSink } from '../smtp.ts';

const today = '2026-11-16'; // a Monday

/** Subject and text of a raw message (RFC 2047 subject, base64 text part). */
function decode(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine
    .split(/\s+/)
    .map((w) => {
      const m = /^=\?UTF-8\?B\?(.*)\?=$/i.exec(w);
      return m ? Buffer.from(m[1], 'base64').toString('utf8') : w;
    })
    .join('');
  const text = Buffer.from(rest.join('\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject, text };
}

for (const dialect of dialects()) {
  describe(`daily e-mail digest [${dialect}]`, () => {
    let t: TestApp;
    let sink: Awaited<ReturnType<typeof startSink>>;
    let clerk: Client;
    let advisor: Client;
    let leader: Client;
    let other: Client;
    const run = (day: string, port = sink.port) =>
      sendDailyDigests(t.app.db, {
        today: day,
        now: `${day}T00:30:00.000Z`,
        smtpUrl: `smtp://127.0.0.1:${port}`,
        baseUrl: 'https://fazhi.example.gov.cn',
      });

    beforeAll(async () => {
      sink = await startSink();
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      advisor = await t.login('qingshi.advisor');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const town = (await clerk.get('/api/auth/me')).body.user.orgId;
      const advisorId = (await advisor.get('/api/auth/me')).body.user.id;
      // sent 11-11 → due 11-18: assigned to the advisor, due soon for the township
      const task = await clerk.post('/api/ledgers/advisor/task', {
        title: '关于村规民约修订的法律咨询',
        orgId: town,
        kind: 'consultation',
        advisorId,
        sentOn: '2026-11-11',
      });
      expect(task.status, JSON.stringify(task.body)).toBe(201);
    });
    afterAll(async () => {
      sink?.proc.kill('SIGTERM');
      await t?.close();
    });

    it('keeps each user’s own address and opt-out, and refuses a malformed address', async () => {
      const bad = await clerk.req('PUT', '/api/notifications/digest', { email: 'wang@', optOut: false });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('电子邮箱格式不正确');
      for (const [c, email, optOut] of [
        [clerk, 'clerk@qingshi.example.gov.cn', false],
        [advisor, 'advisor@qingshi.example.gov.cn', false],
        [leader, 'leader@qingshi.example.gov.cn', true],
        [other, 'clerk@baima.example.gov.cn', false],
      ] as const) {
        const r = await c.req('PUT', '/api/notifications/digest', { email, optOut });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect(r.body).toEqual({ email, optOut, enabled: false });
      }
      expect((await leader.get('/api/notifications/digest')).body.optOut).toBe(true);
    });

    it('sends one Chinese message to each user with something to do, once a day', async () => {
      const first = await run(today);
      expect(first).toMatchObject({ sent: 2, failed: 0, already: 0 });
      expect(first.empty).toBeGreaterThanOrEqual(1); // 白马's clerk: nothing today, no message
      const mails = (await sink.next(2)).sort((a, b) => a.to[0].localeCompare(b.to[0]));
      expect(mails.map((m) => m.to)).toEqual([
        ['advisor@qingshi.example.gov.cn'],
        ['clerk@qingshi.example.gov.cn'],
      ]);
      const toAdvisor = decode(mails[0].raw);
      expect(toAdvisor.subject).toBe('【法治政府建设工作台】2026-11-16待办提醒：1项事项需要您处理');
      expect(toAdvisor.text).toContain('同志：');
      expect(toAdvisor.text).toContain('【分配给我】（1项）');
      expect(toAdvisor.text).toContain('关于村规民约修订的法律咨询');
      expect(toAdvisor.text).toMatch(/https:\/\/fazhi\.example\.gov\.cn\/ledgers\/advisor\/task\/\d+/);
      expect(toAdvisor.text).toContain('邮件提醒');
      const toClerk = decode(mails[1].raw);
      expect(toClerk.text).toContain('【即将到期】');
      expect(toClerk.text).toContain('2 个工作日');

      // the same day again: nothing more
      expect(await run(today)).toMatchObject({ sent: 0, already: 2 });
      const rows = await t.app.db.k.selectFrom('mailDigest').selectAll().where('day', '=', today).execute();
      expect(rows).toHaveLength(2);
      // the next day: sent again
      expect(await run('2026-11-17')).toMatchObject({ sent: 2 });
      expect(await sink.next(2)).toHaveLength(2);
      expect(sink.mails).toHaveLength(4);
    });

    it('does not record a digest the server could not send, so the next run sends it', async () => {
      const r = await run('2026-11-18', 1); // nothing listens on port 1
      expect(r).toMatchObject({ sent: 0, failed: 2 });
      expect(
        await t.app.db.k.selectFrom('mailDigest').selectAll().where('day', '=', '2026-11-18').execute(),
      ).toEqual([]);
      expect(await run('2026-11-18')).toMatchObject({ sent: 2, failed: 0 });
      expect(await sink.next(2)).toHaveLength(2);
    });
  });
}
