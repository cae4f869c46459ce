// 督办通知 and the notification bell through the HTTP API, on each dialect: the county supervisor
// issues a notice to 青石镇 with a 办理期限; the township's clerk sees it in the bell and replies with
// an attachment (downloadable by the supervisor, authorised as the notice); the supervisor returns
// it with a reason, the clerk replies again, the supervisor closes it. The denials: a clerk issuing,
// the supervisor replying, the township closing its own notice, an empty reply, a return without a
// reason, another township (404), a notice to the supervisor's own county. The deadline on the
// app's clock: red on both boards once past, counted in the county's summary. Every step audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';

const BASE = '/api/ledgers/supervision/notice';
const today = '2026-11-16';

for (const dialect of dialects()) {
  describe(`督办通知 and notifications API [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: Client;
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let auditor: Client;
    let townId: number;
    let countyId: number;
    let id: number;
    let attachmentId: number;

    const notice = (orgId: number, extra: Record<string, unknown> = {}) => ({
      title: '督促办结逾期执法案件',
      orgId,
      subjectKind: 'overdue',
      subjectLink: '/ledgers/enforcement/case/1',
      issuedOn: today,
      dueOn: '2026-11-20',
      requirement: '请于期限内说明案件逾期原因并报送整改情况。',
      ...extra,
    });
    const bell = async (c: Client) => (await c.get('/api/notifications')).body;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      supervisor = await t.login('supervisor');
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      auditor = await t.login('auditor');
      townId = (await clerk.get('/api/auth/me')).body.user.orgId;
      countyId = (await supervisor.get('/api/auth/me')).body.user.orgId;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('refuses a clerk issuing, a notice to the county itself and a deadline before the issue', async () => {
      const byClerk = await clerk.post(BASE, notice(townId));
      expect(byClerk.status).toBe(403);
      expect(byClerk.body.error.message).toContain('您的角色不能执行');
      const toSelf = await supervisor.post(BASE, notice(countyId));
      expect(toSelf.status).toBe(400);
      expect(toSelf.body.error.message).toContain('不在您的管辖范围内');
      const early = await supervisor.post(BASE, notice(townId, { dueOn: '2026-11-10' }));
      expect(early.status).toBe(400);
      expect(JSON.stringify(early.body)).toContain('办理期限不能早于下发日期');
    });

    it('issues a notice: its 办理期限 is the clock, exactly the date set (never moved)', async () => {
      const r = await supervisor.post(BASE, notice(townId, { dueOn: '2026-11-21' }));
      expect(r.status).toBe(201);
      id = r.body.id;
      expect(r.body.state).toBe('issued');
      const detail = await supervisor.get(`${BASE}/${id}`);
      expect(detail.body.stateLabel).toBe('已下发');
      const [clock] = detail.body.deadlines;
      // 2026-11-21 is a Saturday: the date the county set stands
      expect(clock.due).toBe('2026-11-21');
      expect(clock.basis).toContain('行政执法监督条例');
      expect(detail.body.policies['transition:reply']).toBe(false);
      expect(detail.body.policies['transition:close']).toBe(false);
    });

    it('shows the notice to its township only: the other township gets 404 and does not list it', async () => {
      expect((await clerk.get(`${BASE}/${id}`)).status).toBe(200);
      expect((await other.get(`${BASE}/${id}`)).status).toBe(404);
      expect((await other.get(BASE)).body.items.map((r: { id: number }) => r.id)).not.toContain(id);
      const steal = await other.post(`${BASE}/${id}/transitions/reply`, { fields: { reply: '越权回复' } });
      expect(steal.status).toBe(404);
    });

    it('puts the notice in the township bell (收到督办) and marks it read per user', async () => {
      const b = await bell(clerk);
      const item = b.items.find((i: { link: string }) => i.link === `/ledgers/supervision/notice/${id}`);
      expect(item).toMatchObject({
        category: 'supervision_received',
        categoryLabel: '收到督办',
        read: false,
      });
      expect(b.unread).toBeGreaterThanOrEqual(1);
      const before = b.unread;
      const marked = await clerk.post('/api/notifications/read', { keys: [item.key] });
      expect(marked.status).toBe(200);
      expect(marked.body).toEqual({ unread: before - 1, marked: 1 });
      const after = await bell(clerk);
      expect(after.items.find((i: { key: string }) => i.key === item.key)?.read).toBe(true);
      // another user of the same township still has it unread
      const forLeader = (await bell(leader)).items.find((i: { key: string }) => i.key === item.key);
      expect(forLeader?.read).toBe(false);
      // a key the user does not have is not written; nothing to mark is refused in Chinese
      expect(
        (await clerk.post('/api/notifications/read', { keys: ['supervision:999:x:y'] })).body.marked,
      ).toBe(0);
      const none = await clerk.post('/api/notifications/read', {});
      expect(none.status).toBe(400);
      expect(none.body.error.message).toContain('请指定');
      // the supervisor has nothing to act on yet; an administrator has no bell items
      expect((await bell(supervisor)).items.some((i: { link: string }) => i.link.endsWith(`/${id}`))).toBe(
        false,
      );
      expect((await bell(auditor)).items).toEqual([]);
    });

    it('refuses an empty reply and a reply by the supervisor; the township replies with an attachment', async () => {
      const empty = await clerk.post(`${BASE}/${id}/transitions/reply`, { fields: { reply: '  ' } });
      expect(empty.status).toBe(400);
      expect(JSON.stringify(empty.body)).toContain('不能为空');
      const county = await supervisor.post(`${BASE}/${id}/transitions/reply`, {
        fields: { reply: '代为回复' },
      });
      expect(county.status).toBe(403);
      expect(county.body.error.message).toContain('回复办理情况');
      const up = await uploadFile(
        clerk,
        '/api/attachments',
        '整改报告.txt',
        Buffer.from('整改报告：案件已结案。'),
      );
      expect(up.status).toBe(201);
      attachmentId = up.body.id;
      const r = await clerk.post(`${BASE}/${id}/transitions/reply`, {
        fields: { reply: '案件已于11月18日作出处罚决定并送达，逾期原因系当事人下落不明。' },
        attachmentIds: [attachmentId],
      });
      expect(r.status).toBe(200);
      expect(r.body.state).toBe('replied');
      expect(r.body.fields.repliedOn).toBe(today);
      // the supervisor downloads the attachment (authorised as the notice); the other township cannot
      expect((await supervisor.get(`/api/attachments/${attachmentId}`)).status).toBe(200);
      expect([403, 404]).toContain((await other.get(`/api/attachments/${attachmentId}`)).status);
    });

    it('refuses the township closing its own notice and a return without a reason', async () => {
      const own = await leader.post(`${BASE}/${id}/transitions/close`, { fields: {} });
      expect(own.status).toBe(403);
      expect(own.body.error.message).toContain('办结');
      const noReason = await supervisor.post(`${BASE}/${id}/transitions/return`, { fields: {} });
      expect(noReason.status).toBe(400);
    });

    it('returns with a reason (the bell says so), the township replies again, the county closes', async () => {
      const back = await supervisor.post(`${BASE}/${id}/transitions/return`, {
        fields: { returnReason: '未附处罚决定书送达回证，请补充。' },
      });
      expect(back.status).toBe(200);
      expect(back.body.state).toBe('returned');
      const item = (await bell(clerk)).items.find((i: { link: string }) => i.link.endsWith(`/notice/${id}`));
      expect(item).toMatchObject({ category: 'supervision_received', read: false });
      expect(item.detail).toContain('退回');
      const again = await leader.post(`${BASE}/${id}/transitions/reply`, {
        fields: { reply: '已补充送达回证。' },
      });
      expect(again.body.state).toBe('replied');
      const replied = (await bell(supervisor)).items.find((i: { link: string }) =>
        i.link.endsWith(`/notice/${id}`),
      );
      expect(replied).toMatchObject({ category: 'supervision_replied', categoryLabel: '督办已回复' });
      const done = await supervisor.post(`${BASE}/${id}/transitions/close`, {
        fields: { closeNote: '同意办结。' },
      });
      expect(done.status).toBe(200);
      expect(done.body.state).toBe('closed');
      expect(done.body.fields.closedOn).toBe(today);
      const steps = (await supervisor.get(`${BASE}/${id}`)).body.timeline.steps.map(
        (s: { action: string }) => s.action,
      );
      expect(steps).toEqual(['create', 'reply', 'return', 'reply', 'close']);
      const audit = await auditor.get('/api/audit?action=supervision.close');
      expect(audit.body.total).toBe(1);
      for (const a of ['supervision.create', 'supervision.reply', 'supervision.return'])
        expect((await auditor.get(`/api/audit?action=${a}`)).body.total).toBeGreaterThanOrEqual(1);
      // closed: out of both bells
      expect(
        (await bell(supervisor)).items.some((i: { link: string }) => i.link.endsWith(`/notice/${id}`)),
      ).toBe(false);
    });

    it('turns an unanswered notice red on both boards past its date and counts it in the county summary', async () => {
      const late = await supervisor.post(
        BASE,
        notice(townId, { title: '督促报送矛盾纠纷排查情况', dueOn: '2026-11-18' }),
      );
      expect(late.status).toBe(201);
      t.setToday('2026-11-19');
      try {
        const card = (c: { recordId: number; ledger: string }) =>
          c.ledger === 'supervision' && c.recordId === late.body.id;
        const county = await supervisor.get('/api/deadlines');
        expect(county.body.items.find(card)?.colour).toBe('red');
        const town = await clerk.get('/api/deadlines');
        expect(town.body.items.find(card)?.colour).toBe('red');
        const sum = await supervisor.get('/api/ledgers/supervision/views/summary?year=2026');
        expect(sum.status).toBe(200);
        expect(sum.body.total).toMatchObject({ issued: 2, onTime: 1, overdue: 1, open: 1 });
        const row = sum.body.items.find((i: { orgId: number }) => i.orgId === townId);
        expect(row).toMatchObject({ issued: 2, onTime: 1, overdue: 1 });
        // the township sees its own figures only; the other township none of these
        expect((await other.get('/api/ledgers/supervision/views/summary?year=2026')).body.total.issued).toBe(
          0,
        );
      } finally {
        t.setToday(today);
      }
    });
  });
}
