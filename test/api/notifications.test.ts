// The notification bell's other kinds on each dialect (督办 is test/api/supervision.test.ts): a task
// assigned to the legal advisor (分配给我), a clock due within 3 working days in the clerk's scope
// (即将到期) and not one due later, a plan returned by the leader (被退回) — gone once the plan moves
// on — each read per user, and none of them in another township's bell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';

const today = '2026-11-16'; // a Monday

interface Item {
  key: string;
  category: string;
  title: string;
  link: string;
  read: boolean;
  detail: string;
}

for (const dialect of dialects()) {
  describe(`notification bell [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let advisor: Client;
    let other: Client;
    let townId: number;
    const items = async (c: Client): Promise<Item[]> => (await c.get('/api/notifications')).body.items;
    const find = async (c: Client, title: string) => (await items(c)).filter((i) => i.title === title);

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      townId = (await clerk.get('/api/auth/me')).body.user.orgId;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('tells the advisor of the task assigned to it, and the clerk of a clock due within 3 working days', async () => {
      const advisorId = (await advisor.get('/api/auth/me')).body.user.id;
      // consultation: 5 working days from the sending day; sent 11-11 → due 11-18 (2 working days left)
      const soon = await clerk.post('/api/ledgers/advisor/task', {
        title: '关于村规民约修订的法律咨询',
        orgId: townId,
        kind: 'consultation',
        advisorId,
        sentOn: '2026-11-11',
      });
      expect(soon.status).toBe(201);
      // sent today → due 11-23: not yet due soon
      const later = await clerk.post('/api/ledgers/advisor/task', {
        title: '关于集体土地流转合同的法律咨询',
        orgId: townId,
        kind: 'consultation',
        advisorId,
        sentOn: today,
      });
      expect(later.status).toBe(201);
      const mine = await find(advisor, '关于村规民约修订的法律咨询');
      expect(mine.map((i) => i.category)).toEqual(['assigned']);
      expect((await find(advisor, '关于集体土地流转合同的法律咨询')).map((i) => i.category)).toEqual([
        'assigned',
      ]);
      const due = await find(clerk, '关于村规民约修订的法律咨询');
      expect(due).toHaveLength(1);
      expect(due[0]).toMatchObject({
        category: 'due_soon',
        read: false,
        link: `/ledgers/advisor/task/${soon.body.id}`,
      });
      expect(due[0].detail).toContain('2 个工作日');
      expect(await find(clerk, '关于集体土地流转合同的法律咨询')).toEqual([]);
      expect(await find(other, '关于村规民约修订的法律咨询')).toEqual([]);
      // read by the clerk: still unread for the leader, and the clerk's count falls by one
      const before = (await clerk.get('/api/notifications')).body.unread;
      await clerk.post('/api/notifications/read', { keys: [due[0].key] });
      expect((await clerk.get('/api/notifications')).body.unread).toBe(before - 1);
      expect((await find(leader, '关于村规民约修订的法律咨询'))[0]?.read).toBe(false);
    });

    it('tells the township of a plan returned by the leader, until it moves on', async () => {
      const plan = await clerk.post('/api/ledgers/emergency/plan', {
        name: '青石镇森林防灭火应急预案',
        orgId: townId,
        planType: 'special',
        category: 'natural',
        draftedOn: '2026-10-01',
        drafter: '应急管理办公室',
      });
      expect(plan.status).toBe(201);
      const url = `/api/ledgers/emergency/plan/${plan.body.id}`;
      const up = await uploadFile(clerk, '/api/attachments', '送审稿.txt', Buffer.from('送审稿'));
      const sent = await clerk.post(`${url}/transitions/submit`, {
        on: '2026-11-10',
        attachmentIds: [up.body.id],
      });
      expect(sent.status).toBe(200);
      const back = await leader.post(`${url}/transitions/return`, {
        on: '2026-11-12',
        note: '请补充物资保障内容',
      });
      expect(back.status).toBe(200);
      const returned = await find(clerk, '青石镇森林防灭火应急预案');
      expect(returned).toHaveLength(1);
      expect(returned[0]).toMatchObject({
        category: 'returned',
        link: `/ledgers/emergency/plan/${plan.body.id}`,
      });
      expect(returned[0].detail).toContain('请补充物资保障内容');
      expect(await find(other, '青石镇森林防灭火应急预案')).toEqual([]);
      // mark all read: nothing unread is left for the clerk
      const all = await clerk.post('/api/notifications/read', { all: true });
      expect(all.body.unread).toBe(0);
      expect((await clerk.get('/api/notifications')).body.unread).toBe(0);
      // submitted again: no longer returned
      const up2 = await uploadFile(clerk, '/api/attachments', '修改稿.txt', Buffer.from('修改稿'));
      await clerk.post(`${url}/transitions/submit`, { on: '2026-11-13', attachmentIds: [up2.body.id] });
      expect(
        (await find(clerk, '青石镇森林防灭火应急预案')).filter((i) => i.category === 'returned'),
      ).toEqual([]);
    });
  });
}
