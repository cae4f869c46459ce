// The advisor reads the document it is asked to review, on each dialect: 青石镇's clerk sends a
// 规范性文件 to 合法性审核 with its draft attached and links it to the advisor's task; the advisor —
// refused the normative-document ledger itself — reads the document through the task's link (its
// fields and the draft, downloaded), and nothing more: not the document's own page, not another
// link field, not through a task of another advisor; the township's mediator is still refused the
// draft, and another township's advisor reaches neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';

const DOCS = '/api/ledgers/normative_docs/normative_doc';
const TASKS = '/api/ledgers/advisor/task';
const today = '2026-11-16';

for (const dialect of dialects()) {
  describe(`reading a record through a link that grants it [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let advisor: Client;
    let mediator: Client;
    let otherAdvisor: Client;
    let docId: number;
    let draftId: number;
    let taskId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      advisor = await t.login('qingshi.advisor');
      mediator = await t.login('qingshi.mediator');
      otherAdvisor = await t.login('baima.advisor');
      const townId = (await clerk.get('/api/auth/me')).body.user.orgId;
      const advisorId = (await advisor.get('/api/auth/me')).body.user.id;
      const doc = await clerk.post(DOCS, {
        title: '青石镇集镇环境卫生管理办法',
        orgId: townId,
        draftedOn: '2026-10-20',
        draftingUnit: 'economy',
        drafter: '胡春梅',
        businessRelated: false,
        summary: '规范集镇门前三包和垃圾收运。',
      });
      expect(doc.status, JSON.stringify(doc.body)).toBe(201);
      docId = doc.body.id;
      const up = await uploadFile(
        clerk,
        '/api/attachments',
        '环境卫生管理办法（送审稿）.txt',
        Buffer.from('青石镇集镇环境卫生管理办法（送审稿）\n第一条 为了……'),
      );
      expect(up.status).toBe(201);
      draftId = up.body.id;
      const sent = await clerk.post(`${DOCS}/${docId}/transitions/submit_review`, {
        on: '2026-11-10',
        fields: { reviewBody: 'advisor' },
        attachmentIds: [draftId],
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const task = await clerk.post(TASKS, {
        title: '环境卫生管理办法合法性审核',
        orgId: townId,
        kind: 'normative_doc',
        advisorId,
        sentOn: '2026-11-10',
        normativeDocId: docId,
      });
      expect(task.status, JSON.stringify(task.body)).toBe(201);
      taskId = task.body.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    const download = (c: Client, id: number) =>
      t.app.inject({
        method: 'GET',
        url: `/api/attachments/${id}`,
        headers: c.cookie ? { cookie: c.cookie } : {},
      });

    it('lets the advisor read the linked document and download its draft, read only', async () => {
      const r = await advisor.get(`${TASKS}/${taskId}/linked/normativeDocId`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({
        ledgerLabel: '行政规范性文件台账',
        id: docId,
        title: '青石镇集镇环境卫生管理办法',
        stateLabel: '合法性审核中',
      });
      expect(r.body.fields).toContainEqual({ label: '起草人', value: '胡春梅' });
      const step = r.body.steps.find((s: { label: string }) => s.label === '送合法性审核');
      expect(step.attachments).toEqual([
        expect.objectContaining({ id: draftId, name: '环境卫生管理办法（送审稿）.txt' }),
      ]);
      const file = await download(advisor, draftId);
      expect(file.statusCode).toBe(200);
      expect(file.body).toContain('送审稿');
      // the document's own page and ledger stay closed to the advisor
      expect([403, 404]).toContain((await advisor.get(`${DOCS}/${docId}`)).status);
      expect((await advisor.get(DOCS)).status).toBe(403);
      // the link grants reading only: no step on the document
      const step2 = await advisor.post(`${DOCS}/${docId}/transitions/register`, { on: today, fields: {} });
      expect([403, 404, 409]).toContain(step2.status);
    });

    it('refuses a field that grants nothing, another advisor, and the mediator', async () => {
      expect((await advisor.get(`${TASKS}/${taskId}/linked/title`)).status).toBe(404);
      expect((await advisor.get(`${TASKS}/${taskId}/linked/decisionId`)).status).toBe(404); // links nothing
      expect((await otherAdvisor.get(`${TASKS}/${taskId}/linked/normativeDocId`)).status).toBe(404);
      expect([403, 404]).toContain((await download(otherAdvisor, draftId)).statusCode);
      expect([403, 404]).toContain((await download(mediator, draftId)).statusCode);
      expect((await download(clerk, draftId)).statusCode).toBe(200);
    });
  });
}
