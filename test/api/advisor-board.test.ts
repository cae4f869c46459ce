// The deadline board for the legal advisor, and its 聘期, through the HTTP API on each dialect: the
// advisor's board shows the cards of the tasks sent to it and no other (no request clock, no 聘期
// card, no alert), while the township's clerk sees every card of its township; a 聘期 ending within
// 30 days is a yellow card to the township; a task for an advisor whose 聘期 has ended (or who has
// been 解聘) is refused in Chinese citing the rule, and one dated inside the 聘期 is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const TASKS = '/api/ledgers/advisor/task';
const ADVISORS = '/api/ledgers/advisor/advisor';
const today = '2026-11-16';

interface Card {
  kind: string;
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  colour: string;
  due: string | null;
}

for (const dialect of dialects()) {
  describe(`advisor board and 聘期 [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let advisor: Client;
    let other: Client;
    let townId: number;
    let otherTownId: number;
    let advisorUserId: number;
    let otherAdvisorUserId: number;
    let taskId: number;
    let contractId: number;
    let requestId: number;

    const task = (orgId: number, advisorId: number, sentOn: string) => ({
      title: '便民服务中心物业服务合同',
      orgId,
      kind: 'contract',
      advisorId,
      sentOn,
      counterparty: '清源县安居物业管理有限公司',
      amount: 128000,
    });
    const board = async (c: Client): Promise<Card[]> => {
      const r = await c.get('/api/deadlines');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.items;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      const otherAdvisor = await t.login('baima.advisor');
      townId = (await clerk.get('/api/auth/me')).body.user.orgId;
      otherTownId = (await other.get('/api/auth/me')).body.user.orgId;
      advisorUserId = (await advisor.get('/api/auth/me')).body.user.id;
      otherAdvisorUserId = (await otherAdvisor.get('/api/auth/me')).body.user.id;
      const a = await clerk.post(ADVISORS, {
        name: '孙立新',
        orgId: townId,
        kind: 'township',
        firm: '清源县明理律师事务所',
        contractFrom: '2026-01-01',
        contractTo: '2026-12-10',
        userId: advisorUserId,
      });
      expect(a.status, JSON.stringify(a.body)).toBe(201);
      contractId = a.body.id;
      const r = await clerk.post(TASKS, task(townId, advisorUserId, '2026-11-10'));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      taskId = r.body.id;
      const q = await clerk.post('/api/ledgers/disclosure/disclosure_request', {
        title: '某村土地征收补偿安置方案',
        orgId: townId,
        applicantType: 'natural',
        applicantName: '李国民',
        applicantPhone: '13881234567',
        channel: 'online',
        submittedOn: '2026-11-12',
        receivedOn: '2026-11-12',
      });
      expect(q.status, JSON.stringify(q.body)).toBe(201);
      requestId = q.body.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('gives the township a yellow card 30 days before the 聘期 ends', async () => {
      const cards = await board(clerk);
      const card = cards.find((c) => c.ledger === 'advisor' && c.recordType === 'advisor');
      expect(card).toMatchObject({ recordId: contractId, colour: 'yellow', due: '2026-12-11' });
    });

    it('shows the advisor the cards of its own tasks and nothing else', async () => {
      const cards = await board(advisor);
      expect(cards.map((c) => [c.ledger, c.recordType, c.recordId])).toEqual([['advisor', 'task', taskId]]);
      expect(cards.every((c) => c.kind === 'deadline')).toBe(true);
      // narrowed to its township, the same; to another township, nothing
      expect((await advisor.get(`/api/deadlines?org=${townId}`)).body.items).toHaveLength(1);
      expect((await advisor.get(`/api/deadlines?org=${otherTownId}`)).body.items).toHaveLength(0);
    });

    it('still shows the township clerk every card of its township', async () => {
      const cards = await board(clerk);
      const keys = cards.map((c) => `${c.ledger}:${c.recordType}:${c.recordId}`);
      expect(keys).toEqual(
        expect.arrayContaining([
          `advisor:task:${taskId}`,
          `advisor:advisor:${contractId}`,
          `disclosure:disclosure_request:${requestId}`,
        ]),
      );
      expect(cards.every((c) => c.orgId === townId)).toBe(true);
      // another township's clerk sees none of them
      const others = await board(other);
      expect(others.some((c) => c.orgId === townId)).toBe(false);
    });

    it('refuses a task for an advisor whose 聘期 has ended, citing the rule', async () => {
      const a = await other.post(ADVISORS, {
        name: '周文华',
        orgId: otherTownId,
        kind: 'township',
        firm: '四川法正律师事务所',
        contractFrom: '2025-01-01',
        contractTo: '2025-12-31',
        userId: otherAdvisorUserId,
      });
      expect(a.status, JSON.stringify(a.body)).toBe(201);
      const late = await other.post(TASKS, task(otherTownId, otherAdvisorUserId, '2026-11-10'));
      expect(late.status).toBe(400);
      expect(late.body.error.fields.advisorId).toContain('聘期已于2025年12月31日届满');
      expect(late.body.error.fields.advisorId).toContain('关于推行法律顾问制度和公职律师公司律师制度的意见');
      // nothing half-written
      const list = (await other.get(TASKS)).body;
      expect(list.total ?? list.items.length).toBe(0);
      // a task dated inside the 聘期 is accepted
      const inside = await other.post(TASKS, task(otherTownId, otherAdvisorUserId, '2025-06-10'));
      expect(inside.status, JSON.stringify(inside.body)).toBe(201);
    });

    it('refuses a task after the advisor is 解聘, and closes its 聘期 card', async () => {
      const end = await clerk.post(`${ADVISORS}/${contractId}/transitions/end`, {
        on: '2026-11-16',
        fields: { endedOn: '2026-11-16', endReason: '合同提前解除' },
      });
      expect(end.status, JSON.stringify(end.body)).toBe(200);
      const r = await clerk.post(TASKS, task(townId, advisorUserId, '2026-11-16'));
      expect(r.status).toBe(400);
      expect(r.body.error.fields.advisorId).toContain('已于2026年11月16日解聘，不能向其交办任务');
      const cards = await board(clerk);
      expect(cards.some((c) => c.recordType === 'advisor' && c.recordId === contractId)).toBe(false);
    });
  });
}
