// The reconsideration and litigation ledger through the generic ledger API, on each dialect: create
// with the claimant masked and the number SM4-encrypted, the 答辩 clock on the record and the board,
// refusals with their articles (and their audit events), the 出庭应诉 record with the leader's
// identity and an attachment, reveal, the cross-organisation matrix, indicators with drill-down,
// XLSX/CSV export, and the XLSX import (all-or-nothing, errors by row).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar/dates.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile, xlsxRows } from '../files.ts';

const BASE = '/api/ledgers/review_litigation/review_case';
const today = '2026-11-16';
const year = Number(today.slice(0, 4));

let t: TestApp;

async function download(c: Client, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.statusCode, bytes: res.rawPayload, type: String(res.headers['content-type']) };
}

for (const dialect of dialects()) {
  describe(`review_litigation ledger API [${dialect}]`, () => {
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let townId: number;
    let otherTownId: number;
    let id: number;

    const base = (over: Record<string, unknown> = {}) => ({
      caseType: 'first',
      caseNo: '（2026）川1099行初88号',
      orgId: townId,
      body: '清源县人民法院',
      receivedOn: addDays(today, -5),
      claimantKind: 'natural',
      claimantName: '张晓明',
      claimantPhone: '13812345678',
      act: '青石综执罚决〔2026〕12号行政处罚决定',
      actCategory: 'penalty',
      enforcementCaseNo: '青石综执罚立〔2026〕12号',
      claims: '请求撤销行政处罚决定',
      ...over,
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      townId = orgs.find((o) => o.code === '511099101')!.id;
      const otherOrgs = (await other.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      otherTownId = otherOrgs.find((o) => o.code === '511099102')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledger with its states, transitions and clocks', async () => {
      const r = await clerk.get('/api/ledgers');
      const l = r.body.items.find((x: { kind: string }) => x.kind === 'review_litigation');
      expect(l.label).toBe('复议应诉台账');
      expect(l.actions).toMatchObject({ create: true, import: true, export: true, reveal: true });
      const rt = l.recordTypes[0];
      expect(rt.states.map((s: { id: string }) => s.id)).toEqual(['received', 'answered', 'closed']);
      expect(rt.deadlines.map((d: { id: string; days: number }) => [d.id, d.days])).toEqual([
        ['reply', 10],
        ['reply_simple', 5],
        ['defence', 15],
      ]);
      const officer = await (await t.login('qingshi.officer')).get('/api/ledgers');
      expect(officer.body.items.map((x: { kind: string }) => x.kind)).not.toContain('review_litigation');
    });

    it('creates a case: the claimant masked, the number encrypted, the 答辩 clock running', async () => {
      const r = await clerk.post(BASE, base());
      expect(r.status).toBe(201);
      id = r.body.id;
      expect(r.body.state).toBe('received');
      expect(r.body.fields.claimantName).toBe('张*明');
      expect(r.body.fields.claimantPhone).toBe('138****5678');
      const stored = await t.app.db.k
        .selectFrom('reviewCase')
        .select('claimantPhone')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.claimantPhone).toMatch(/^sm4v1:/);
      const d = await clerk.get(`${BASE}/${id}`);
      expect(d.body.deadlines[0]).toMatchObject({
        deadlineId: 'defence',
        due: addDays(today, 10),
        state: 'open',
      });
      expect(d.body.deadlines[0].basis).toBe('《中华人民共和国行政诉讼法》第六十七条');
      const board = await clerk.get('/api/deadlines');
      expect(board.body.items.find((c: { recordId: number }) => c.recordId === id)).toMatchObject({
        title: '青石综执罚决〔2026〕12号行政处罚决定',
      });

      const bad = await clerk.post(
        BASE,
        base({ claimantKind: 'organisation', claimantName: null, caseType: 'x' }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.caseType).toMatch(/行政复议/);
      const noOrg = await clerk.post(BASE, base({ claimantKind: 'organisation', claimantName: null }));
      expect(noOrg.body.error.fields.claimantOrg).toMatch(/名称/);
      const outside = await clerk.post(BASE, base({ orgId: otherTownId }));
      expect(outside.status).toBe(400);
      expect(outside.body.error.fields.orgId).toMatch(/管辖范围/);
    });

    it('answers, records the hearing with the leader and the 答辩状 attached, refuses without the post, and audits', async () => {
      expect(
        (await clerk.post(`${BASE}/${id}/transitions/answer`, { on: today })).body.fields.answerLate,
      ).toBe(false);
      const refused = await clerk.post(`${BASE}/${id}/transitions/hearing`, {
        on: today,
        fields: { hearingOn: today, leaderAppeared: true, leaderName: '朱永红' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(refused.body.error.basis).toContain(
        '《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第六条',
      );
      expect(refused.body.error.message).toContain('姓名和职务');
      const up = await uploadFile(
        clerk,
        '/api/attachments',
        '出庭应诉身份证明.txt',
        Buffer.from('出庭应诉负责人身份证明'),
      );
      expect(up.status).toBe(201);
      const ok = await clerk.post(`${BASE}/${id}/transitions/hearing`, {
        on: today,
        attachmentIds: [up.body.id],
        fields: { hearingOn: today, leaderAppeared: true, leaderName: '朱永红', leaderPost: '镇长' },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.fields).toMatchObject({
        leaderAppeared: true,
        leaderName: '朱永红',
        leaderPost: '镇长',
      });
      const closeEarly = await clerk.post(`${BASE}/${id}/transitions/close`, {
        on: today,
        fields: { decidedOn: today },
      });
      expect(closeEarly.status).toBe(409);
      expect(closeEarly.body.error.basis).toBe('《中华人民共和国行政诉讼法》第六十九条至第七十八条');
      const d = await clerk.get(`${BASE}/${id}`);
      expect(d.body.timeline.steps.map((s: { action: string }) => s.action)).toEqual([
        'create',
        'answer',
        'hearing',
      ]);
      expect(d.body.timeline.steps[2].attachmentIds).toEqual([up.body.id]);
      const auditor = await t.login('auditor');
      const ev = await auditor.get('/api/audit?action=review_litigation.refused');
      expect(ev.body.total).toBe(2);
      expect(JSON.stringify(ev.body.items)).toContain('第六条');
    });

    it('reveals the claimant number to the clerk and the leader only, and audits it', async () => {
      const r = await clerk.post(`${BASE}/${id}/reveal/claimantPhone`);
      expect(r.status).toBe(200);
      expect(r.body.value).toBe('13812345678');
      const ev = await (await t.login('auditor')).get('/api/audit?action=review_litigation.reveal');
      expect(ev.body.total).toBe(1);
      expect(JSON.stringify(ev.body.items)).not.toContain('13812345678');
      const sup = await t.login('supervisor');
      expect((await sup.get(`${BASE}/${id}`)).status).toBe(200);
      expect((await sup.post(`${BASE}/${id}/reveal/claimantPhone`)).status).toBe(403);
      expect((await sup.post(BASE, base())).status).toBe(403);
    });

    it('keeps other townships out (404) and administrators out (403) on every route', async () => {
      const record = [
        () => other.get(`${BASE}/${id}`),
        () => other.patch(`${BASE}/${id}`, { counsel: '越权' }),
        () =>
          other.post(`${BASE}/${id}/transitions/close`, {
            fields: { decidedOn: today, courtOutcome: 'withdrawn' },
          }),
        () => other.post(`${BASE}/${id}/reveal/claimantPhone`),
      ];
      for (const call of record) expect((await call()).status).toBe(404);
      expect((await other.get(BASE)).body.total).toBe(0);
      expect((await other.get(`/api/indicators/litigation.cases/records?org=${townId}`)).status).toBe(404);
      expect((await xlsxRows((await download(other, `${BASE}/export.xlsx`)).bytes)).length).toBe(1);
      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        for (const call of [
          () => a.get(BASE),
          () => a.get(`${BASE}/${id}`),
          () => a.post(BASE, base()),
          () => a.get(`${BASE}/export.csv`),
          () => a.get(`${BASE}/template.xlsx`),
        ]) {
          expect((await call()).status, admin).toBe(403);
        }
      }
    });

    it('closes with the judgment and computes the indicators, each openable to its records', async () => {
      const closed = await leader.post(`${BASE}/${id}/transitions/close`, {
        on: today,
        fields: { decidedOn: today, courtOutcome: 'illegal', outcomeNote: '已向镇党政联席会议报告并整改' },
      });
      expect(closed.status).toBe(200);
      expect(closed.body.state).toBe('closed');
      expect((await clerk.patch(`${BASE}/${id}`, { counsel: '改' })).status).toBe(409);
      const r = await leader.get(`/api/indicators?year=${year}`);
      const byId = Object.fromEntries(r.body.items.map((i: { id: string; value: number }) => [i.id, i]));
      expect(byId['litigation.cases']).toMatchObject({ value: 1, unit: '件' });
      expect(byId['litigation.appearance_rate']).toMatchObject({ value: 100, unit: '%' });
      expect(byId['litigation.loss_rate']).toMatchObject({ value: 100, label: '行政诉讼败诉率' });
      expect(byId['reconsideration.cases'].value).toBe(0);
      const drill = await leader.get(`/api/indicators/litigation.loss_rate/records?year=${year}`);
      expect(drill.body.items.map((x: { id: number }) => x.id)).toEqual([id]);
    });

    it('exports XLSX and CSV masked, and imports all rows or none', async () => {
      const x = await xlsxRows((await download(clerk, `${BASE}/export.xlsx`)).bytes);
      expect(x[0]).toEqual(
        expect.arrayContaining(['编号', '案号', '申请人（原告）姓名', '状态', '裁判结果']),
      );
      expect(x.find((r) => r[0] === String(id))).toEqual(
        expect.arrayContaining(['张*明', '已审结', '判决确认违法']),
      );
      const csv = await download(clerk, `${BASE}/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/text\/csv/);
      const text = csv.bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('张*明');
      expect(text).not.toContain('张晓明');
      expect(text).not.toContain('13812345678');

      const header = (await xlsxRows((await download(clerk, `${BASE}/template.xlsx`)).bytes))[0];
      expect(header).toEqual(expect.arrayContaining(['案号（必填）', '申请人（原告）姓名']));
      expect(header).not.toContain('裁判结果');
      const book = async (bad?: number) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('复议应诉');
        ws.addRow([
          '案件类型（必填）',
          '案号（必填）',
          '被申请人（被告）（必填）',
          '行政复议机关（人民法院）（必填）',
          '收到申请书（起诉状）副本日期（必填）',
          '申请人（原告）类型（必填）',
          '申请人（原告）姓名',
          '申请人（原告）名称',
          '被申请复议（被诉）的行政行为（必填）',
          '行政行为类别（必填）',
        ]);
        for (let i = 0; i < 6; i++) {
          const org = i % 2 === 1;
          ws.addRow([
            '行政复议',
            `清府复〔2026〕${i + 20}号`,
            '青石镇',
            '清源县人民政府',
            addDays(today, -i - 1),
            org ? '法人或其他组织' : '自然人',
            org ? '' : `导入${i}`,
            org && i !== bad ? '清源县兴农农业专业合作社' : '',
            '宅基地审批',
            '行政许可',
          ]);
        }
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const count = async () =>
        Number(
          (
            await t.app.db.k
              .selectFrom('reviewCase')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const refused = await uploadFile(clerk, `${BASE}/import`, '复议.xlsx', await book(3));
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.errors).toEqual([
        { row: 5, column: '申请人（原告）名称', message: '申请人（原告）为法人或其他组织的，请填写其名称' },
      ]);
      expect(await count()).toBe(before);
      const ok = await uploadFile(clerk, `${BASE}/import`, '复议.xlsx', await book());
      expect(ok.status).toBe(201);
      expect(ok.body.imported).toBe(6);
      expect(await count()).toBe(before + 6);
      const b = await clerk.get('/api/deadlines');
      const replies = b.body.items.filter((c: { recordType: string }) => c.recordType === 'review_case');
      expect(replies.length).toBeGreaterThanOrEqual(6);
    });
  });
}
