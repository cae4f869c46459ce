// The emergency ledger through the generic ledger API, on each dialect: a plan's workflow with its
// attachment, refusals citing their articles (and audited), the filing and review clocks on the
// record and the board; drills and events; the cross-organisation matrix; indicators with
// drill-down; XLSX template, export and all-or-nothing import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile, xlsxRows } from '../files.ts';

const PLAN = '/api/ledgers/emergency/plan';
const DRILL = '/api/ledgers/emergency/drill';
const EVENT = '/api/ledgers/emergency/event';
const today = '2026-11-16';
const year = 2026;

let t: TestApp;

async function download(c: Client, url: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.statusCode, bytes: res.rawPayload };
}

for (const dialect of dialects()) {
  describe(`emergency ledger API [${dialect}]`, () => {
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let townId: number;
    let villageId: number;
    let planId: number;
    let drillId: number;
    let eventId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      townId = orgs.find((o) => o.code === '511099101')!.id;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledger with its three record types, states, transitions and clocks', async () => {
      const r = await clerk.get('/api/ledgers');
      const l = r.body.items.find((x: { kind: string }) => x.kind === 'emergency');
      expect(l.label).toBe('突发事件应对台账');
      expect(l.recordTypes.map((x: { type: string; label: string }) => x.label)).toEqual([
        '应急预案',
        '应急演练',
        '突发事件',
      ]);
      const plan = l.recordTypes[0];
      expect(plan.transitions.find((x: { id: string }) => x.id === 'publish').basis).toMatch(
        /国办发〔2024〕5号/,
      );
      expect(plan.deadlines[0]).toMatchObject({ id: 'filing', days: 20, unit: 'working' });
      expect(l.actions).toMatchObject({ create: true, import: true, export: true });
    });

    it('takes a plan from draft to publication over HTTP; refusals cite their article and are audited', async () => {
      const created = await clerk.post(PLAN, {
        name: '青石镇防汛抗旱应急预案',
        orgId: townId,
        planType: 'special',
        category: 'natural',
        draftedOn: '2026-09-01',
        drafter: '应急管理办公室',
      });
      expect(created.status).toBe(201);
      planId = created.body.id;
      expect(created.body.state).toBe('drafting');
      const bad = await clerk.post(PLAN, { name: '', orgId: townId, planType: 'x', draftedOn: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.planType).toMatch(/总体应急预案/);
      expect(bad.body.error.fields.draftedOn).toMatch(/YYYY-MM-DD/);

      const noText = await clerk.post(`${PLAN}/${planId}/transitions/submit`, { on: '2026-10-12' });
      expect(noText.status).toBe(409);
      expect(noText.body.error.basis).toBe('《突发事件应急预案管理办法》（国办发〔2024〕5号）第二十三条');
      const up = await uploadFile(
        clerk,
        '/api/attachments',
        '送审稿.txt',
        Buffer.from('青石镇防汛抗旱应急预案（送审稿）'),
      );
      expect(up.status).toBe(201);
      const submitted = await clerk.post(`${PLAN}/${planId}/transitions/submit`, {
        on: '2026-10-12',
        attachmentIds: [up.body.id],
      });
      expect(submitted.status).toBe(200);
      const byClerk = await clerk.post(`${PLAN}/${planId}/transitions/approve`, {
        on: '2026-10-20',
        fields: { approvedBy: '党政联席会议', approvedOn: '2026-10-20' },
      });
      expect(byClerk.status).toBe(403);
      const approved = await leader.post(`${PLAN}/${planId}/transitions/approve`, {
        on: '2026-10-20',
        fields: { approvedBy: '党政联席会议', approvedOn: '2026-10-20' },
      });
      expect(approved.status).toBe(200);
      const published = await clerk.post(`${PLAN}/${planId}/transitions/publish`, {
        on: '2026-10-23',
        fields: { docNumber: '青石府发〔2026〕21号', publishedOn: '2026-10-23' },
      });
      expect(published.status).toBe(200);
      expect(published.body.fields).toMatchObject({ nextReviewDue: '2029-10-23', disclosed: true });

      const d = await clerk.get(`${PLAN}/${planId}`);
      const ids = d.body.deadlines.map((x: { deadlineId: string }) => x.deadlineId).sort();
      expect(ids).toEqual(['filing', 'review']);
      const filing = d.body.deadlines.find((x: { deadlineId: string }) => x.deadlineId === 'filing');
      // 20 working days after 10-23: 11-20 (no holiday in between).
      expect(filing).toMatchObject({ due: '2026-11-20', state: 'open', colour: 'yellow' });
      expect(d.body.timeline.steps.map((s: { action: string }) => s.action)).toEqual([
        'create',
        'submit',
        'approve',
        'publish',
      ]);
      expect(d.body.timeline.steps[1].attachments[0].name).toBe('送审稿.txt');
      const auditor = await t.login('auditor');
      const refused = await auditor.get('/api/audit?action=emergency.refused');
      expect(refused.body.total).toBe(1);
      expect(JSON.stringify(refused.body.items)).toContain('第二十三条');
    });

    it('records a drill and an event, the event reported on time and evaluated', async () => {
      const drill = await clerk.post(DRILL, {
        title: '2026年防汛抢险及人员转移避险演练',
        orgId: villageId,
        heldOn: '2026-05-20',
        planName: '青石镇防汛抗旱应急预案',
        form: 'combined',
        participants: 120,
        evaluated: true,
        findings: '转移名册未及时更新',
        improvements: '逐户更新名册',
      });
      expect(drill.status).toBe(201);
      drillId = drill.body.id;
      const noFindings = await clerk.post(DRILL, {
        title: '演练',
        orgId: villageId,
        heldOn: '2026-05-21',
        form: 'tabletop',
        participants: 10,
        evaluated: true,
      });
      expect(noFindings.status).toBe(400);
      expect(noFindings.body.error.fields.findings).toMatch(/评估发现的问题/);

      const event = await clerk.post(EVENT, {
        title: '强降雨引发局部山洪',
        orgId: villageId,
        occurredOn: '2026-07-08',
        occurredTime: '03:20',
        category: 'natural',
        level: 'general',
        measures: '启动防汛Ⅳ级应急响应，转移群众',
        affected: 60,
        loss: 12.5,
      });
      expect(event.status).toBe(201);
      eventId = event.body.id;
      const report = await clerk.post(`${EVENT}/${eventId}/transitions/report`, {
        on: '2026-07-08',
        fields: { reportedOn: '2026-07-08', reportedTime: '03:55', reportedTo: '县应急管理局' },
      });
      expect(report.status).toBe(200);
      expect(report.body.fields).toMatchObject({ reportMinutes: 35, reportTimely: true });
      expect(
        (
          await clerk.post(`${EVENT}/${eventId}/transitions/end`, {
            on: '2026-07-10',
            fields: { endedOn: '2026-07-10' },
          })
        ).status,
      ).toBe(200);
      const done = await clerk.post(`${EVENT}/${eventId}/transitions/evaluate`, {
        on: '2026-07-24',
        fields: { evaluatedOn: '2026-07-24', evaluationSummary: '预警及时，转移有序，无人员伤亡' },
      });
      expect(done.body.state).toBe('evaluated');
    });

    it('keeps other townships out (404) and administrators out (403) on every route', async () => {
      for (const [base, id] of [
        [PLAN, planId],
        [DRILL, drillId],
        [EVENT, eventId],
      ] as const) {
        expect((await other.get(`${base}/${id}`)).status).toBe(404);
        expect((await other.patch(`${base}/${id}`, { title: '越权' })).status).toBe(404);
        expect((await other.get(base)).body.total).toBe(0);
      }
      expect(
        (await other.post(`${PLAN}/${planId}/transitions/file`, { fields: { filedOn: today } })).status,
      ).toBe(404);
      const outside = await other.post(DRILL, {
        title: '越权',
        orgId: villageId,
        heldOn: today,
        form: 'field',
        participants: 5,
      });
      expect(outside.status).toBe(400);
      expect(outside.body.error.fields.orgId).toMatch(/管辖范围/);
      expect((await other.get(`/api/indicators/emergency.drills/records?org=${villageId}`)).status).toBe(404);
      const exp = await download(other, `${DRILL}/export.xlsx`);
      expect((await xlsxRows(exp.bytes)).length).toBe(1);
      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        for (const call of [
          () => a.get(PLAN),
          () => a.get(`${PLAN}/${planId}`),
          () => a.post(DRILL, { title: 'x' }),
          () => a.post(`${PLAN}/${planId}/transitions/file`, {}),
          () => a.get(`${EVENT}/export.xlsx`),
          () => a.get('/api/indicators/emergency.plans/records'),
        ])
          expect((await call()).status, admin).toBe(403);
      }
    });

    it('computes the indicators with drill-down, and the board carries the filing clock', async () => {
      const r = await leader.get(`/api/indicators?year=${year}`);
      const byId = Object.fromEntries(r.body.items.map((i: { id: string }) => [i.id, i]));
      expect(byId['emergency.plans']).toMatchObject({ value: 1, unit: '个' });
      expect(byId['emergency.drills'].value).toBe(1);
      expect(byId['emergency.drill_participants']).toMatchObject({ value: 120, unit: '人次' });
      expect(byId['emergency.events'].value).toBe(1);
      const drill = await leader.get(`/api/indicators/emergency.drills/records?year=${year}`);
      expect(drill.body.items.map((i: { id: number }) => i.id)).toEqual([drillId]);
      const board = await clerk.get('/api/deadlines');
      const card = board.body.items.find((c: { recordId: number; kind: string }) => c.recordId === planId);
      expect(card).toMatchObject({ colour: 'yellow', title: '青石镇防汛抗旱应急预案' });
    });

    it('exports XLSX, serves a template, and imports all rows or none', async () => {
      const exp = await download(clerk, `${EVENT}/export.xlsx`);
      expect(exp.status).toBe(200);
      const table = await xlsxRows(exp.bytes);
      expect(table[0]).toEqual(expect.arrayContaining(['事件名称', '首报用时（分钟）', '按时报送', '状态']));
      expect(table.find((row) => row[0] === String(eventId))).toContain('已调查评估');
      const tpl = await xlsxRows((await download(clerk, `${DRILL}/template.xlsx`)).bytes);
      expect(tpl[0]).toEqual(
        expect.arrayContaining(['演练名称（必填）', '参演人数（必填）', '依据的应急预案']),
      );

      const book = async (bad?: number) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('应急演练');
        ws.addRow([
          '演练名称（必填）',
          '组织单位（必填）',
          '演练日期（必填）',
          '演练形式（必填）',
          '参演人数（必填）',
        ]);
        for (let i = 0; i < 30; i++)
          ws.addRow([
            `导入演练${i + 1}`,
            '青石镇',
            '2026-06-0' + ((i % 9) + 1),
            i === bad ? '拉练' : '桌面推演',
            20 + i,
          ]);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const count = async () => (await clerk.get(DRILL)).body.total as number;
      const before = await count();
      const refused = await uploadFile(clerk, `${DRILL}/import`, '演练.xlsx', await book(7));
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.errors).toEqual([
        { row: 9, column: '演练形式', message: expect.stringMatching(/桌面推演/) },
      ]);
      expect(await count()).toBe(before);
      const ok = await uploadFile(clerk, `${DRILL}/import`, '演练.xlsx', await book());
      expect(ok.status).toBe(201);
      expect(ok.body.imported).toBe(30);
      expect(await count()).toBe(before + 30);
    });
  });
}
