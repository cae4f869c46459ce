// The normative documents ledger through the generic ledger API, on each dialect: the manifest, the
// HTTP round trip of the procedure (refused publication citing its source, the advisor-contract
// step, attachments on a step, the audit trail, the 备案 clock on the board), the duplicate number
// refused with the next free one, indicators with drill-down, XLSX template, all-or-nothing import,
// XLSX and CSV export, and the cross-organisation and administrator denials.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile, xlsxRows } from '../files.ts';

const BASE = '/api/ledgers/normative_docs/normative_doc';
const today = '2026-11-16';

let t: TestApp;

async function download(c: Client, url: string): Promise<{ status: number; bytes: Buffer; type: string }> {
  const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.statusCode, bytes: res.rawPayload, type: String(res.headers['content-type'] ?? '') };
}

for (const dialect of dialects()) {
  describe(`normative documents ledger API [${dialect}]`, () => {
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let townId: number;
    let id: number;

    const base = (over: Record<string, unknown> = {}) => ({
      title: '青石镇集镇农贸市场经营秩序管理规定',
      orgId: townId,
      draftedOn: '2026-09-01',
      draftingUnit: 'economy',
      drafter: '胡春梅',
      businessRelated: true,
      summary: '规范集镇农贸市场摊位设置和经营秩序。',
      ...over,
    });
    const step = (
      c: Client,
      rid: number,
      transition: string,
      fields: Record<string, unknown>,
      on: string,
      extra = {},
    ) => c.post(`${BASE}/${rid}/transitions/${transition}`, { on, fields, ...extra });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      townId = orgs.find((o) => o.code === '511099101')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledger for clerks, leaders and the supervisor, not for officers or the advisor', async () => {
      const r = await clerk.get('/api/ledgers');
      const l = r.body.items.find((x: { kind: string }) => x.kind === 'normative_docs');
      expect(l.label).toBe('行政规范性文件台账');
      expect(l.actions).toMatchObject({ create: true, import: true, export: true });
      const rt = l.recordTypes[0];
      expect(rt.transitions.find((x: { id: string }) => x.id === 'legal_review').basis).toContain(
        '国办发〔2018〕115号',
      );
      expect(rt.deadlines.find((d: { id: string }) => d.id === 'filing')).toMatchObject({
        days: 30,
        unit: 'calendar',
      });
      for (const who of ['qingshi.officer', 'qingshi.advisor', 'qingshi.mediator']) {
        const items = (await (await t.login(who)).get('/api/ledgers')).body.items;
        expect(
          items.map((x: { kind: string }) => x.kind),
          who,
        ).not.toContain('normative_docs');
      }
      const sup = await (await t.login('supervisor')).get('/api/ledgers');
      expect(sup.body.items.find((x: { kind: string }) => x.kind === 'normative_docs').actions.create).toBe(
        false,
      );
    });

    it('registers a draft and refuses its publication before review, citing the rule', async () => {
      const r = await clerk.post(BASE, base());
      expect(r.status).toBe(201);
      id = r.body.id;
      expect(r.body.state).toBe('drafting');
      const bad = await clerk.post(BASE, base({ draftingUnit: 'x', title: '' }));
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.draftingUnit).toMatch(/党政办公室/);
      const outside = await other.post(BASE, base());
      expect(outside.status).toBe(400);
      expect(outside.body.error.fields.orgId).toMatch(/管辖范围/);

      const detail = await clerk.get(`${BASE}/${id}`);
      expect(detail.body.policies['transition:publish']).toBe(true);
      const early = await step(
        clerk,
        id,
        'publish',
        { publishChannel: 'website', effectiveOn: '2026-09-02', validUntil: '2031-09-01' },
        '2026-09-02',
      );
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(early.body.error.message).toMatch(/未经合法性审核.*依据：.*国办发〔2018〕115号/);
      expect(early.body.error.basis).toContain('国办发〔2018〕115号');
      const auditor = await t.login('auditor');
      const refused = await auditor.get('/api/audit?action=normative_docs.refused');
      expect(refused.body.total).toBe(1);
    });

    it('runs review (with the opinion attached), fair competition, deliberation, number, publication and filing', async () => {
      expect((await step(clerk, id, 'submit_review', { reviewBody: 'advisor' }, '2026-09-07')).status).toBe(
        200,
      );
      const up = await uploadFile(
        clerk,
        '/api/attachments',
        '合法性审核意见书.txt',
        Buffer.from('合法性审核意见书\n经审核，草案合法。'),
      );
      expect(up.status).toBe(201);
      const reviewed = await step(
        clerk,
        id,
        'legal_review',
        {
          reviewConclusion: 'lawful',
          reviewOpinion: '制定主体适格，内容合法，程序符合规定。',
          reviewedOn: '2026-09-15',
          reviewer: '林书恒（法律顾问）',
        },
        '2026-09-15',
        { attachmentIds: [up.body.id] },
      );
      expect(reviewed.status).toBe(200);
      expect(reviewed.body.state).toBe('reviewed');
      expect(reviewed.body.display.reviewConclusion).toBe('合法');

      const noFair = await step(
        clerk,
        id,
        'deliberate',
        {
          meeting: '青石镇人民政府常务会议（第9次）',
          deliberatedOn: '2026-09-20',
          deliberationResult: 'approved',
        },
        '2026-09-20',
      );
      expect(noFair.status).toBe(409);
      expect(noFair.body.error.basis).toBe('《公平竞争审查条例》第十三条、第十七条');
      expect(
        (await step(clerk, id, 'fair_review', { fairConclusion: 'compliant' }, '2026-09-18')).status,
      ).toBe(200);
      expect(
        (
          await step(
            leader,
            id,
            'deliberate',
            {
              meeting: '青石镇人民政府常务会议（第9次）',
              deliberatedOn: '2026-09-20',
              deliberationResult: 'approved',
            },
            '2026-09-21',
          )
        ).status,
      ).toBe(200);
      const reg = await step(
        clerk,
        id,
        'register',
        { docPrefix: '青石府规', docYear: 2026, docSeq: 1 },
        '2026-09-24',
      );
      expect(reg.body.fields.docNumber).toBe('青石府规〔2026〕1号');
      const pub = await step(
        clerk,
        id,
        'publish',
        { publishChannel: 'website', effectiveOn: '2026-10-26', validUntil: '2031-10-25' },
        '2026-09-25',
      );
      expect(pub.status).toBe(200);
      expect(pub.body.state).toBe('published');

      // Published 09-25: 备案 by 10-25 (Sunday, after 国庆), a card on the board until filed.
      const d = await clerk.get(`${BASE}/${id}`);
      const filing = d.body.deadlines.find((x: { deadlineId: string }) => x.deadlineId === 'filing');
      expect(filing).toMatchObject({ start: '2026-09-25', days: 30, state: 'open' });
      expect(
        d.body.timeline.steps.find((s: { action: string }) => s.action === 'legal_review').attachments[0]
          .name,
      ).toBe('合法性审核意见书.txt');
      expect(d.body.timeline.audit.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining([
          'normative_docs.create',
          'normative_docs.legal_review',
          'normative_docs.publish',
        ]),
      );
      const board = await leader.get('/api/deadlines');
      const card = board.body.items.find(
        (c: { recordId: number; kind: string; deadlineId?: string }) =>
          c.recordId === id && c.deadlineId === 'filing',
      );
      expect(card.colour).toBe('red');
      expect(card.ledgerLabel).toBe('行政规范性文件台账');

      const filed = await step(
        clerk,
        id,
        'file',
        { filedWith: '清源县人民政府', filingNo: '清府备〔2026〕12号' },
        '2026-10-20',
      );
      expect(filed.body.state).toBe('filed');
      expect(
        (await clerk.get(`${BASE}/${id}`)).body.deadlines.find(
          (x: { deadlineId: string }) => x.deadlineId === 'filing',
        ).state,
      ).toBe('met');
    });

    it('refuses a number already used this year by the township, offering the next free one', async () => {
      const r = await clerk.post(
        BASE,
        base({ title: '青石镇临时救助实施细则', businessRelated: false, draftedOn: '2026-10-08' }),
      );
      const rid = r.body.id;
      await step(
        clerk,
        rid,
        'legal_review',
        { reviewConclusion: 'lawful', reviewOpinion: '合法。', reviewer: '胡春梅（司法所）' },
        '2026-10-12',
      );
      await step(
        leader,
        rid,
        'deliberate',
        { meeting: '常务会议', deliberatedOn: '2026-10-20', deliberationResult: 'approved' },
        '2026-10-20',
      );
      const dup = await step(
        clerk,
        rid,
        'register',
        { docPrefix: '青石府规', docYear: 2026, docSeq: 1 },
        '2026-10-22',
      );
      expect(dup.status).toBe(409);
      expect(dup.body.error.message).toContain('下一个可用编号为第2号');
      expect(dup.body.error.nextSeq).toBe(2);
      const ok = await step(
        clerk,
        rid,
        'register',
        { docPrefix: '青石府规', docYear: 2026, docSeq: 2 },
        '2026-10-22',
      );
      expect(ok.body.fields.docNumber).toBe('青石府规〔2026〕2号');
    });

    it('computes the indicators and opens them to their records', async () => {
      const r = await leader.get('/api/indicators?year=2026');
      const byId = Object.fromEntries(r.body.items.map((i: { id: string; value: number }) => [i.id, i]));
      expect(byId['normative_docs.issued']).toMatchObject({ value: 1, unit: '件' });
      expect(byId['normative_docs.reviewed'].value).toBe(2);
      expect(byId['normative_docs.filed'].value).toBe(1);
      expect(byId['normative_docs.in_force'].value).toBe(1);
      const drill = await leader.get('/api/indicators/normative_docs.filed/records?year=2026');
      expect(drill.body.items.map((x: { id: number }) => x.id)).toEqual([id]);
      expect(
        (await other.get('/api/indicators?year=2026')).body.items.find(
          (i: { id: string }) => i.id === 'normative_docs.issued',
        ).value,
      ).toBe(0);
    });

    it('exports XLSX and CSV, serves the template and imports all rows or none', async () => {
      const x = await download(clerk, `${BASE}/export.xlsx`);
      expect(x.status).toBe(200);
      const table = await xlsxRows(x.bytes);
      expect(table[0]).toEqual(
        expect.arrayContaining(['编号', '文件名称', '文号', '合法性审核结论', '状态']),
      );
      const row = table.find((r) => r[0] === String(id))!;
      expect(row).toEqual(
        expect.arrayContaining(['青石府规〔2026〕1号', '合法', '已备案（有效）', '青石镇']),
      );
      const c = await download(clerk, `${BASE}/export.csv`);
      expect(c.status).toBe(200);
      expect(c.type).toContain('text/csv');
      const csv = c.bytes.toString('utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain('青石府规〔2026〕1号');
      expect(csv.split('\r\n')[0]).toContain('文件名称');

      const tpl = await download(clerk, `${BASE}/template.xlsx`);
      const header = (await xlsxRows(tpl.bytes))[0];
      expect(header).toEqual(
        expect.arrayContaining(['文件名称（必填）', '制定机关（必填）', '起草日期（必填）']),
      );
      expect(header).not.toContain('文号');

      const book = async (bad?: number) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('行政规范性文件');
        ws.addRow([
          '文件名称（必填）',
          '制定机关（必填）',
          '起草日期（必填）',
          '起草单位（必填）',
          '涉及经营者经济活动',
        ]);
        for (let i = 0; i < 20; i++) {
          ws.addRow([
            `导入文件${i + 1}`,
            '青石镇',
            `2026-0${1 + (i % 9)}-10`,
            i === bad ? '宣传科' : '党政办公室',
            i % 2 ? '是' : '否',
          ]);
        }
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const count = async () => (await clerk.get(`${BASE}?q=${encodeURIComponent('导入文件')}`)).body.total;
      const refused = await uploadFile(clerk, `${BASE}/import`, '文件.xlsx', await book(6));
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.errors).toEqual([expect.objectContaining({ row: 8, column: '起草单位' })]);
      expect(await count()).toBe(0);
      const ok = await uploadFile(clerk, `${BASE}/import`, '文件.xlsx', await book());
      expect(ok.status).toBe(201);
      expect(ok.body.imported).toBe(20);
      expect(await count()).toBe(20);
      const auditor = await t.login('auditor');
      expect((await auditor.get('/api/audit?action=normative_docs.import')).body.total).toBeGreaterThan(0);
    });

    it('keeps other townships (404), the advisor and administrators (403) out of every route', async () => {
      const calls = (c: Client) => [
        () => c.get(`${BASE}/${id}`),
        () => c.patch(`${BASE}/${id}`, { title: '越权' }),
        () => c.post(`${BASE}/${id}/transitions/clean`, { fields: { cleanResult: 'continue' } }),
      ];
      for (const call of calls(other)) expect((await call()).status).toBe(404);
      expect((await other.get(BASE)).body.total).toBe(0);
      expect((await other.get(`/api/indicators/normative_docs.issued/records?org=${townId}`)).status).toBe(
        404,
      );
      const csv = await download(other, `${BASE}/export.csv`);
      expect(csv.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(1);

      const advisor = await t.login('qingshi.advisor');
      for (const call of [
        ...calls(advisor),
        () => advisor.get(BASE),
        () => advisor.get(`${BASE}/export.csv`),
      ]) {
        expect((await call()).status).toBe(403);
      }
      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        for (const call of [
          ...calls(a),
          () => a.get(BASE),
          () => a.post(BASE, base()),
          () => a.get(`${BASE}/export.xlsx`),
          () => a.get(`${BASE}/export.csv`),
          () => a.get(`${BASE}/template.xlsx`),
          () => uploadFile(a, `${BASE}/import`, 'x.xlsx', Buffer.from('x')),
        ]) {
          expect((await call()).status, admin).toBe(403);
        }
      }
      // The supervisor reads the township's documents but takes no step.
      const sup = await t.login('supervisor');
      expect((await sup.get(`${BASE}/${id}`)).status).toBe(200);
      expect(
        (await sup.post(`${BASE}/${id}/transitions/clean`, { fields: { cleanResult: 'continue' } })).status,
      ).toBe(403);
    });
  });
}
