// The legal advisor ledger and link fields through the HTTP API, on each dialect: the clerk engages
// an advisor and sends it tasks; the advisor (demo account) sees its tasks and nothing else — every
// other ledger and record type answers 403, another advisor's task 404 — and answers; link fields:
// the picker's search in scope, the title shown and exported, a link to another township's record
// refused in Chinese, and an import by the target's number or title.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';

const TASKS = '/api/ledgers/advisor/task';
const ITEMS = '/api/ledgers/enforcement/item';
const INSPECTIONS = '/api/ledgers/enforcement/inspection';
const today = '2026-11-16';

for (const dialect of dialects()) {
  describe(`advisor ledger and link fields API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let advisor: Client;
    let other: Client;
    let otherAdvisor: Client;
    let townId: number;
    let otherTownId: number;
    let advisorUserId: number;
    let taskId: number;
    let itemId: number;
    let foreignItemId: number;

    const item = (orgId: number, name: string, code: string) => ({
      name,
      orgId,
      code,
      category: 'inspection',
      source: 'delegated',
      legalBasis: '《中华人民共和国安全生产法》第六十五条',
      listedOn: '2026-01-05',
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      otherAdvisor = await t.login('baima.advisor');
      townId = (await clerk.get('/api/auth/me')).body.user.orgId;
      otherTownId = (await other.get('/api/auth/me')).body.user.orgId;
      advisorUserId = (await advisor.get('/api/auth/me')).body.user.id;
    });
    afterAll(async () => {
      await t?.close();
    });
    const download = async (c: Client, url: string): Promise<Buffer> => {
      const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
      expect(res.statusCode).toBe(200);
      return res.rawPayload;
    };

    it('engages an advisor and sends it a contract review with its clock on the board', async () => {
      const a = await clerk.post('/api/ledgers/advisor/advisor', {
        name: '孙立新',
        orgId: townId,
        kind: 'township',
        firm: '清源县明理律师事务所',
        contractFrom: '2026-01-01',
        contractTo: '2026-12-31',
        fee: 60000,
        userId: advisorUserId,
      });
      expect(a.status, JSON.stringify(a.body)).toBe(201);
      const bad = await clerk.post(TASKS, {
        title: '物业服务合同',
        orgId: townId,
        kind: 'contract',
        advisorId: advisorUserId,
        sentOn: '2026-11-10',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.counterparty).toBe('合同审查须填写合同相对方');
      const r = await clerk.post(TASKS, {
        title: '便民服务中心物业服务合同',
        orgId: townId,
        kind: 'contract',
        advisorId: advisorUserId,
        sentOn: '2026-11-10',
        counterparty: '清源县安居物业管理有限公司',
        amount: 128000,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      taskId = r.body.id;
      expect(r.body.display.advisorId).toBeTruthy();
      const detail = (await clerk.get(`${TASKS}/${taskId}`)).body;
      expect(detail.deadlines[0].due).toBe('2026-11-24');
      const board = (await advisor.get('/api/deadlines?mine=1')).body;
      expect(board.items.some((i: { recordId: number }) => i.recordId === taskId)).toBe(true);
    });

    it('shows the advisor its tasks and nothing else', async () => {
      const manifests = (await advisor.get('/api/ledgers')).body.items as Array<{
        kind: string;
        actions: Record<string, boolean>;
        recordTypes: Array<{ type: string }>;
      }>;
      expect(manifests.map((m) => m.kind)).toEqual(['advisor']);
      expect(manifests[0]?.recordTypes.map((rt) => rt.type)).toEqual(['task']);
      expect(manifests[0]?.actions.create).toBe(false);
      // every record type of every other ledger, and the advisor ledger's roster and visits: 403
      const all = (await clerk.get('/api/ledgers')).body.items as Array<{
        kind: string;
        recordTypes: Array<{ type: string }>;
      }>;
      const kinds = new Set(all.map((l) => l.kind));
      for (const kind of ['disputes', 'enforcement', 'petitions', 'publicity', 'study', 'leadership'])
        expect(kinds.has(kind), kind).toBe(true);
      let denied = 0;
      for (const l of all) {
        for (const rt of l.recordTypes) {
          if (l.kind === 'advisor' && rt.type === 'task') continue;
          const r = await advisor.get(`/api/ledgers/${l.kind}/${rt.type}`);
          expect(r.status, `${l.kind}/${rt.type}`).toBe(403);
          expect(r.body.error.message).toMatch(/不能使用/);
          const x = await advisor.get(`/api/ledgers/${l.kind}/${rt.type}/export.xlsx`);
          expect(x.status, `${l.kind}/${rt.type} export`).toBe(403);
          denied++;
        }
      }
      expect(denied).toBeGreaterThanOrEqual(12);
      expect((await advisor.get(`${ITEMS}/1`)).status).toBe(403);
      expect((await advisor.post(TASKS, { title: '自建任务' })).status).toBe(403);
      // nor the township's figures: indicators are for those who read the whole ledger
      expect((await advisor.get('/api/indicators?year=2026')).body.items).toEqual([]);
      expect((await advisor.get('/api/indicators/advisor.contracts_reviewed/records?year=2026')).status).toBe(
        403,
      );
      const mine = (await advisor.get(TASKS)).body;
      expect(mine.items.map((r: { id: number }) => r.id)).toEqual([taskId]);
      // another township's advisor sees nothing of it
      expect((await otherAdvisor.get(`${TASKS}/${taskId}`)).status).toBe(404);
      expect((await other.get(`${TASKS}/${taskId}`)).status).toBe(404);
    });

    it('lets the advisor answer with its opinion; the clerk cannot answer for it', async () => {
      const detail = (await advisor.get(`${TASKS}/${taskId}`)).body;
      expect(detail.policies['transition:answer']).toBe(true);
      expect(detail.policies.update).toBe(false);
      expect((await advisor.req('PATCH', `${TASKS}/${taskId}`, { title: '改' })).status).toBe(403);
      expect(
        (await clerk.post(`${TASKS}/${taskId}/transitions/answer`, { fields: { opinion: 'approve' } }))
          .status,
      ).toBe(403);
      const refused = await advisor.post(`${TASKS}/${taskId}/transitions/answer`, {
        fields: { reply: '见附件' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('审查意见');
      const ok = await advisor.post(`${TASKS}/${taskId}/transitions/answer`, {
        fields: { opinion: 'approve_modified', reply: '第八条违约责任约定不明，建议修改后签订。' },
      });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.state).toBe('answered');
      expect(ok.body.display.opinion).toBe('修改后同意');
      expect(ok.body.fields.answeredOn).toBe(today);
    });

    it('links an inspection to an item of the list: searched in scope, shown by title, foreign refused', async () => {
      const own = await clerk.post(ITEMS, item(townId, '对生产经营单位安全生产情况的检查', 'XC-0301'));
      expect(own.status, JSON.stringify(own.body)).toBe(201);
      itemId = own.body.id;
      const foreign = await other.post(
        ITEMS,
        item(otherTownId, '对生产经营单位安全生产情况的检查（邻乡）', 'XC-0999'),
      );
      foreignItemId = foreign.body.id;

      const found = (await clerk.get(`${INSPECTIONS}/links/itemId?q=XC-0`)).body.items as Array<{
        value: number;
        label: string;
        number: string;
      }>;
      expect(found.map((o) => o.value)).toContain(itemId);
      expect(found.map((o) => o.value)).not.toContain(foreignItemId);
      expect(found.find((o) => o.value === itemId)?.number).toBe('XC-0301');
      expect((await clerk.get(`${INSPECTIONS}/links/enterpriseName`)).status).toBe(404);
      expect((await advisor.get(`${INSPECTIONS}/links/itemId`)).status).toBe(403);

      const inspection = {
        enterpriseName: '清源县宏达建材有限公司',
        orgId: townId,
        inspectedOn: '2026-11-03',
        kind: 'routine',
        result: 'ok',
      };
      const refused = await clerk.post(INSPECTIONS, { ...inspection, itemId: foreignItemId });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields.itemId).toBe('所选“执法事项”记录不存在或不在您的管辖范围内');
      const typed = await clerk.post(INSPECTIONS, { ...inspection, itemId: 'XC-0301' });
      expect(typed.status).toBe(400);
      const ok = await clerk.post(INSPECTIONS, { ...inspection, itemId });
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      expect(ok.body.fields.itemId).toBe(itemId);
      expect(ok.body.display.itemId).toBe('对生产经营单位安全生产情况的检查');

      const manifest = (await clerk.get('/api/ledgers')).body.items.find(
        (l: { kind: string }) => l.kind === 'enforcement',
      );
      const field = manifest.recordTypes
        .find((rt: { type: string }) => rt.type === 'inspection')
        .fields.find((f: { name: string }) => f.name === 'itemId');
      expect(field).toMatchObject({ type: 'link', link: { ledger: 'enforcement', type: 'item' } });
    });

    it('exports the linked title and imports a link by number or title', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await download(clerk, `${INSPECTIONS}/export.xlsx`)) as never);
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      const col = header.indexOf('执法事项');
      expect(col).toBeGreaterThan(0);
      const values = [];
      for (let r = 2; r <= sheet.rowCount; r++) values.push(String(sheet.getRow(r).getCell(col).value ?? ''));
      expect(values).toContain('对生产经营单位安全生产情况的检查');

      const tb = new ExcelJS.Workbook();
      await tb.xlsx.load((await download(clerk, `${INSPECTIONS}/template.xlsx`)) as never);
      const labels = (tb.worksheets[0]!.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      const orgName = (await clerk.get('/api/orgs')).body.items.find(
        (o: { id: number }) => o.id === townId,
      ).name;
      const withOrg = async (itemCell: string) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('导入');
        ws.addRow(labels.slice(1));
        const row: Record<string, string> = {
          '检查对象（必填）': '清源县鑫源食品有限公司',
          '检查机关（必填）': orgName,
          '检查日期（必填）': '2026-11-04',
          '检查方式（必填）': '日常检查',
          '检查结果（必填）': '未发现问题',
          执法事项: itemCell,
        };
        ws.addRow(labels.slice(1).map((l) => row[l] ?? ''));
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const byNumber = await uploadFile(
        clerk,
        `${INSPECTIONS}/import`,
        '检查.xlsx',
        await withOrg('XC-0301'),
      );
      expect(byNumber.status, JSON.stringify(byNumber.body)).toBe(201);
      const imported = (await clerk.get(`${INSPECTIONS}/${byNumber.body.ids[0]}`)).body;
      expect(imported.fields.itemId).toBe(itemId);
      const byTitle = await uploadFile(
        clerk,
        `${INSPECTIONS}/import`,
        '检查.xlsx',
        await withOrg('对生产经营单位安全生产情况的检查'),
      );
      expect(byTitle.status, JSON.stringify(byTitle.body)).toBe(201);
      const foreign = await uploadFile(clerk, `${INSPECTIONS}/import`, '检查.xlsx', await withOrg('XC-0999'));
      expect(foreign.status).toBe(400);
      expect(foreign.body.error.code).toBe('IMPORT_INVALID');
      expect(foreign.body.error.errors[0]).toMatchObject({ row: 2, column: '执法事项' });
    });
  });
}
