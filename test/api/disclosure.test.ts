// The disclosure ledger through the generic ledger API, on each dialect: a request walked with its
// clocks and their explanations (receipt, 补正 restart, consultation, extension, 部分公开), a refusal
// citing its article, reveal, catalogue items with index numbers, the cross-organisation matrix, and
// XLSX export (masked), template and import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';

const REQ = '/api/ledgers/disclosure/disclosure_request';
const ITEM = '/api/ledgers/disclosure/disclosure_item';
const today = '2025-12-31';

let t: TestApp;

async function xlsx(c: Client, url: string): Promise<{ status: number; rows: string[][] }> {
  const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return { status: 200, rows };
}

for (const dialect of dialects()) {
  describe(`disclosure ledger API [${dialect}]`, () => {
    let clerk: Client;
    let other: Client;
    let townId: number;
    let id: number;
    let itemId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; kind: string }>;
      townId = orgs.find((o) => o.kind === 'township')!.id;
    });
    afterAll(() => t.close());

    const request = (over: Record<string, unknown> = {}) => ({
      title: '某村土地征收补偿安置方案',
      orgId: townId,
      applicantType: 'natural',
      applicantName: '李国民',
      applicantPhone: '13881234567',
      channel: 'online',
      submittedOn: '2025-09-25',
      receivedOn: '2025-09-26',
      ...over,
    });
    const go = (transition: string, on: string, fields?: Record<string, unknown>) =>
      clerk.post(`${REQ}/${id}/transitions/${transition}`, { on, fields });
    const answerClock = async () => {
      const r = await clerk.get(`${REQ}/${id}`);
      return (
        r.body.deadlines as Array<{ deadlineId: string; due: string; explain: string[]; state: string }>
      ).find((d) => d.deadlineId === 'answer')!;
    };

    it('walks a request with its due dates and their explanations', async () => {
      const created = await clerk.post(REQ, request());
      expect(created.status).toBe(201);
      id = created.body.id;
      expect(created.body.fields.applicantPhone).toBe('138****4567');
      expect((await answerClock()).due).toBe('2025-10-30');
      expect(
        (
          await go('request_correction', '2025-10-09', {
            correctionItems: '写明村民小组',
            correctionDueOn: '2025-10-24',
          })
        ).status,
      ).toBe(200);
      expect((await answerClock()).state).toBe('suspended');
      expect((await go('supplement', '2025-10-15', { supplementOn: '2025-10-15' })).status).toBe(200);
      let c = await answerClock();
      expect(c).toMatchObject({ due: '2025-11-12', state: 'open' });
      expect(c.explain[0]).toContain('重新计算（第三十条）');
      await go('consult', '2025-10-20', {
        consultParty: 'third_party',
        consultee: '某建材公司',
        consultServedOn: '2025-10-20',
      });
      await go('consult_reply', '2025-10-31', { consultRepliedOn: '2025-10-31', consultOpinion: 'object' });
      expect((await answerClock()).due).toBe('2025-11-25');
      const late = await go('extend', '2025-11-26', {
        extensionDays: 20,
        extensionApprover: '主任',
        extensionReason: '核对',
      });
      expect(late.status).toBe(409);
      expect(late.body.error.basis).toContain('第三十三条');
      expect(
        (
          await go('extend', '2025-11-20', {
            extensionDays: 20,
            extensionApprover: '主任',
            extensionReason: '核对',
          })
        ).status,
      ).toBe(200);
      c = await answerClock();
      expect(c.due).toBe('2025-12-23');
      const done = await go('answer', '2025-12-10', { answerType: 'partial', answerSummary: '区分处理' });
      expect(done.status).toBe(200);
      expect(done.body.state).toBe('answered');
      expect(done.body.display.answerType).toBe('部分公开');
    });

    it('refuses a receipt that is not the day of an in-person submission', async () => {
      const r = await clerk.post(REQ, request({ channel: 'in_person', receivedOn: '2025-09-27' }));
      expect(r.status).toBe(400);
      expect(r.body.error.fields.receivedOn).toContain('当面提交');
    });

    it('reveals the applicant to the clerk and keeps other townships out', async () => {
      expect((await clerk.post(`${REQ}/${id}/reveal/applicantPhone`)).body.value).toBe('13881234567');
      for (const call of [
        () => other.get(`${REQ}/${id}`),
        () => other.patch(`${REQ}/${id}`, { title: '越权' }),
        () => other.post(`${REQ}/${id}/transitions/accept`, {}),
        () => other.post(`${REQ}/${id}/reveal/applicantPhone`),
      ])
        expect((await call()).status).toBe(404);
      expect((await other.get(REQ)).body.total).toBe(0);
      expect((await other.get(`/api/indicators/disclosure.requests/records?org=${townId}`)).status).toBe(404);
      const auditor = await t.login('auditor');
      expect((await auditor.get(REQ)).status).toBe(403);
    });

    it('publishes an item with its index number', async () => {
      const r = await clerk.post(ITEM, {
        title: '2025年耕地地力保护补贴发放情况公示',
        orgId: townId,
        publisher: '青石镇人民政府',
        heading: 'agri_policy',
        topic: 'agriculture',
        genre: 'publicity',
        writtenOn: '2025-12-01',
      });
      expect(r.status).toBe(201);
      itemId = r.body.id;
      const p = await clerk.post(`${ITEM}/${itemId}/transitions/publish`, { on: '2025-12-05' });
      expect(p.status).toBe(200);
      expect(p.body.fields.indexNo).toMatch(/^\d+\/2025-\d{5}$/);
      expect((await other.get(`${ITEM}/${itemId}`)).status).toBe(404);
    });

    it('exports masked XLSX, serves a template and imports requests', async () => {
      const exp = await xlsx(clerk, `${REQ}/export.xlsx`);
      expect(exp.rows[0]).toEqual(expect.arrayContaining(['收到申请之日', '申请人姓名或者名称', '办理结果']));
      expect(exp.rows.flat().join('')).not.toContain('李国民');
      expect(exp.rows.flat()).toContain('部分公开');
      expect((await xlsx(other, `${REQ}/export.xlsx`)).rows.length).toBe(1);
      const tpl = await xlsx(clerk, `${REQ}/template.xlsx`);
      const header = tpl.rows[0];
      expect(header).toEqual(expect.arrayContaining(['申请公开的政府信息（必填）', '收到申请之日（必填）']));
      expect(header).not.toContain('办理结果');

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('依申请公开');
      ws.addRow([
        '申请公开的政府信息（必填）',
        '受理机关（必填）',
        '申请人类型（必填）',
        '申请人姓名或者名称（必填）',
        '提交方式（必填）',
        '申请人提交日期（必填）',
        '收到申请之日（必填）',
      ]);
      ws.addRow(['低保对象名单', '青石镇', '自然人', '王某某', '当面提交', '2025-12-01', '2025-12-01']);
      ws.addRow([
        '项目资金使用情况',
        '青石镇',
        '商业企业',
        '清源县恒达建材有限公司',
        '邮寄、快递',
        '2025-12-01',
        '2025-12-03',
      ]);
      const ok = await uploadFile(
        clerk,
        `${REQ}/import`,
        '申请.xlsx',
        Buffer.from(await wb.xlsx.writeBuffer()),
      );
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      expect(ok.body.imported).toBe(2);
      const list = await clerk.get(`${REQ}?q=${encodeURIComponent('低保对象名单')}`);
      expect(list.body.items[0].fields.applicantName).toBe('王*某');
    });

    it('serves the 政府信息公开工作年度报告 as JSON and DOCX, in scope only', async () => {
      const r = await clerk.get(`/api/ledgers/disclosure/views/annual-report?year=2025&org=${townId}`);
      expect(r.status).toBe(200);
      expect(r.body.errors).toEqual([]);
      expect(r.body.tables.requests.partial.natural).toBe(1);
      expect(r.body.text.title).toContain('2025年政府信息公开工作年度报告');
      expect(r.body.rows.map((x: { label: string }) => x.label)).toContain('（七）总计');
      expect(
        (await other.get(`/api/ledgers/disclosure/views/annual-report?year=2025&org=${townId}`)).status,
      ).toBe(404);
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/ledgers/disclosure/views/annual-report.docx?year=2025&org=${townId}`,
        headers: { cookie: clerk.cookie! },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });
  });
}
