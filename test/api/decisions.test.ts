// The decisions ledger (重大行政决策) through the generic ledger API, on each dialect: a decision from
// registration to publication with its statutory refusals (the article in the message and the audit),
// the legal advisor's review, public comments with masked commenters, the catalogue, the deadline
// board, indicators with drill-down, XLSX template/export/import (all-or-nothing), and the denials
// (another township 404, administrators 403, the advisor's limits).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile, xlsxRows } from '../files.ts';

const BASE = '/api/ledgers/decisions';
const DECISIONS = `${BASE}/decision`;
const COMMENTS = `${BASE}/comment`;
const CATALOGUES = `${BASE}/catalogue`;
const REG = '《重大行政决策程序暂行条例》';
const today = '2026-11-16';

for (const dialect of dialects()) {
  describe(`decisions ledger API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let advisor: Client;
    let other: Client;
    let townId: number;
    let id: number;
    let commentId: number;

    const download = async (c: Client, url: string) => {
      const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
      return { status: res.statusCode, bytes: res.rawPayload };
    };
    const go = (c: Client, transition: string, fields: Record<string, unknown>, on?: string, rid = id) =>
      c.post(`${DECISIONS}/${rid}/transitions/${transition}`, { fields, ...(on ? { on } : {}) });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; kind: string }>;
      townId = orgs.find((o) => o.kind === 'township')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledger with its three record types and the contract transition', async () => {
      const r = await clerk.get('/api/ledgers');
      const l = r.body.items.find((x: { kind: string }) => x.kind === 'decisions');
      expect(l.label).toBe('重大行政决策台账');
      expect(l.actions).toMatchObject({ create: true, import: true, export: true, reveal: true });
      expect(l.recordTypes.map((rt: { label: string }) => rt.label)).toEqual([
        '重大行政决策',
        '公众意见',
        '决策事项目录',
      ]);
      const review = l.recordTypes[0].transitions.find((x: { id: string }) => x.id === 'legal_review');
      expect(review.roles.map((x: { role: string }) => x.role)).toEqual(
        expect.arrayContaining(['advisor', 'clerk']),
      );
      expect(review.fields).toEqual(['reviewConclusion', 'reviewOpinion', 'reviewedOn', 'reviewer']);
    });

    it('takes a decision through its steps, refusing each shortcut with its article', async () => {
      const r = await clerk.post(DECISIONS, {
        title: '青石镇农贸市场改造提升项目',
        orgId: townId,
        startedOn: '2026-08-03',
        category: 'project',
        inCatalogue: true,
        sponsor: '青石镇经济发展办公室',
      });
      expect(r.status).toBe(201);
      id = r.body.id;
      expect(r.body).toMatchObject({ state: 'drafting', stateLabel: '草案拟订' });
      expect(r.body.display.category).toBe('重大公共建设项目');

      const short = await go(clerk, 'open_comment', {
        commentFrom: '2026-08-05',
        commentDays: 15,
        commentChannel: '政府网站',
      });
      expect(short.status).toBe(409);
      expect(short.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(short.body.error.basis).toBe(`${REG}第十五条`);
      expect(short.body.error.message).toContain('一般不少于30日');
      const open = await go(
        clerk,
        'open_comment',
        { commentFrom: '2026-08-05', commentChannel: '政府网站' },
        '2026-08-05',
      );
      expect(open.status).toBe(200);
      expect(open.body.fields).toMatchObject({ commentDays: 30, commentUntil: '2026-09-04' });

      const c = await clerk.post(COMMENTS, {
        topic: '关于施工期间交通组织',
        orgId: townId,
        decisionId: id,
        receivedOn: '2026-08-20',
        channel: 'portal',
        commenterName: '王建国',
        commenterPhone: '13912345678',
        content: '施工期间请设置临时通道。',
      });
      expect(c.status).toBe(201);
      commentId = c.body.id;
      expect(c.body.fields).toMatchObject({ commenterName: '王*国', commenterPhone: '139****5678' });
      const reveal = await clerk.post(`${COMMENTS}/${commentId}/reveal/commenterPhone`, {});
      expect(reveal.body.value).toBe('13912345678');
      expect((await clerk.post(`${COMMENTS}/${commentId}/transitions/accept_comment`, {})).status).toBe(200);

      const early = await go(clerk, 'close_comment', { participationSummary: '收到意见1条' }, '2026-09-01');
      expect(early.status).toBe(409);
      expect(early.body.error.message).toContain('2026-09-04');
      expect(
        (await go(clerk, 'close_comment', { participationSummary: '收到意见1条' }, '2026-09-04')).status,
      ).toBe(200);
      expect(
        (await go(clerk, 'skip_expert', { expertSkipReason: '不属于专业性、技术性较强的决策事项' })).status,
      ).toBe(200);

      const noRisk = await go(clerk, 'send_review', { reviewSentOn: '2026-09-10' }, '2026-09-10');
      expect(noRisk.status).toBe(409);
      expect(noRisk.body.error.basis).toBe(`${REG}第二十二条`);
      await go(clerk, 'risk_assessment', {
        riskOn: '2026-09-08',
        riskLevel: 'controllable',
        riskOpinion: '风险可控',
      });
      const sent = await go(clerk, 'send_review', { reviewSentOn: '2026-11-12' }, '2026-11-12');
      expect(sent.status).toBe(200);
      expect(sent.body.state).toBe('reviewing');

      // The review clock (7 working days from 11-12: due 11-23) is on the township's board.
      const board = await clerk.get('/api/deadlines');
      const card = board.body.items.find(
        (x: { recordId: number; ledger: string }) => x.ledger === 'decisions' && x.recordId === id,
      );
      expect(card).toMatchObject({ due: '2026-11-23', basis: `${REG}第二十六条` });

      // The advisor reads no decision: the clerk sends it a review task linked to the decision, and
      // its answer gives the decision's 合法性审查 (the advisor ledger's linked step).
      expect([403, 404]).toContain((await advisor.get(`${DECISIONS}/${id}`)).status);
      expect((await advisor.post(DECISIONS, { title: 'x' })).status).toBe(403);
      const advisorUser = await t.app.db.k
        .selectFrom('appUser')
        .select('id')
        .where('username', '=', 'qingshi.advisor')
        .executeTakeFirstOrThrow();
      const task = await clerk.post('/api/ledgers/advisor/task', {
        title: '镇农贸市场改造提升项目合法性审查',
        orgId: townId,
        kind: 'decision',
        advisorId: advisorUser.id,
        sentOn: '2026-11-12',
        decisionId: id,
      });
      expect(task.status).toBe(201);
      const review = await advisor.post(`/api/ledgers/advisor/task/${task.body.id}/transitions/answer`, {
        on: '2026-11-16',
        fields: { opinion: 'approve_modified', reply: '建议补充资金监督条款，修改后合法。' },
      });
      expect(review.status).toBe(200);
      const reviewed = await clerk.get(`${DECISIONS}/${id}`);
      expect(reviewed.body.display.reviewConclusion).toBe('修改后合法');
      expect(reviewed.body.state).toBe('reviewed');
      expect([403, 404]).toContain(
        (await go(advisor, 'decide', { decidedOn: today, meetingKind: 'executive', meetingMinutes: '同意' }))
          .status,
      );

      const reply = await clerk.post(`${COMMENTS}/${commentId}/transitions/reply_comment`, {
        fields: { adoption: 'adopted', replyText: '已增加临时通道的要求' },
      });
      expect(reply.status).toBe(200);
      const early2 = await clerk.post(`${COMMENTS}/${commentId}/transitions/publish_reply`, {});
      expect(early2.status).toBe(409);
      expect(early2.body.error.basis).toBe(`${REG}第三十二条`);

      const decided = await go(leader, 'decide', {
        decidedOn: today,
        meetingKind: 'joint',
        meetingMinutes: '会议同意，无不同意见。',
      });
      expect(decided.status).toBe(200);
      expect(
        (await go(clerk, 'publish', { publishedOn: today, publishChannel: '县人民政府网站' })).status,
      ).toBe(200);
      expect((await clerk.post(`${COMMENTS}/${commentId}/transitions/publish_reply`, {})).status).toBe(200);

      const d = await clerk.get(`${DECISIONS}/${id}`);
      expect(d.body.state).toBe('implementing');
      expect(d.body.deadlines.map((x: { state: string }) => x.state)).toEqual(['met', 'met']);
      const auditor = await t.login('auditor');
      const refused = await auditor.get('/api/audit?action=decisions.refused');
      expect(refused.body.total).toBe(4);
      expect(JSON.stringify(refused.body.items)).toContain('第十五条');
    });

    it('publishes the catalogue after the party committee agreed', async () => {
      const c = await clerk.post(CATALOGUES, {
        title: '青石镇2026年度重大行政决策事项目录',
        orgId: townId,
        year: 2026,
        compiledOn: '2026-01-06',
        itemCount: 1,
        items: '青石镇农贸市场改造提升项目',
      });
      expect(c.status).toBe(201);
      const early = await clerk.post(`${CATALOGUES}/${c.body.id}/transitions/publish_catalogue`, {
        fields: { publishedOn: '2026-01-20', publishChannel: '政府网站' },
      });
      expect(early.status).toBe(409);
      expect(early.body.error.basis).toBe(`${REG}第三条第三款`);
      await clerk.post(`${CATALOGUES}/${c.body.id}/transitions/approve_catalogue`, {
        fields: { approvedOn: '2026-01-16', approvalMeeting: '镇党委会议' },
      });
      const p = await clerk.post(`${CATALOGUES}/${c.body.id}/transitions/publish_catalogue`, {
        fields: { publishedOn: '2026-01-20', publishChannel: '政府网站' },
      });
      expect(p.body.stateLabel).toBe('已公布');
    });

    it('computes the indicators, each openable to its records', async () => {
      const r = await leader.get('/api/indicators?year=2026');
      const byId = Object.fromEntries(
        r.body.items.map((i: { id: string; value: number }) => [i.id, i.value]),
      );
      expect(byId).toMatchObject({
        'decisions.total': 1,
        'decisions.participation': 1,
        'decisions.legality_reviewed': 1,
        'decisions.post_evaluated': 0,
        'decisions.comments': 1,
        'decisions.comments_adopted': 1,
      });
      const drill = await leader.get('/api/indicators/decisions.comments_adopted/records?year=2026');
      expect(drill.body.type).toBe('comment');
      expect(drill.body.items[0].id).toBe(commentId);
    });

    it('exports masked XLSX, serves a template, and imports all rows or none', async () => {
      const exp = await download(clerk, `${COMMENTS}/export.xlsx`);
      expect(exp.status).toBe(200);
      const table = await xlsxRows(exp.bytes);
      expect(table[0]).toEqual(expect.arrayContaining(['提出人', '采纳情况', '状态']));
      expect(table.flat().join('')).not.toContain('王建国');
      expect(table.flat()).toContain('王*国');
      const tpl = await xlsxRows((await download(clerk, `${DECISIONS}/template.xlsx`)).bytes);
      expect(tpl[0]).toEqual(expect.arrayContaining(['决策事项名称（必填）', '决策启动日期（必填）']));
      expect(tpl[0]).not.toContain('合法性审查结论');

      const rows = async (bad?: number) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('重大行政决策');
        ws.addRow([
          '决策事项名称（必填）',
          '决策机关（必填）',
          '决策启动日期（必填）',
          '事项类别（必填）',
          '列入年度决策事项目录',
          '决策承办单位（必填）',
        ]);
        for (let i = 0; i < 20; i++)
          ws.addRow([
            `导入决策${i + 1}`,
            '青石镇',
            '2026-03-02',
            i === bad ? '重大事项' : '经济和社会发展等方面的重要规划',
            '是',
            '党政综合办公室',
          ]);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const refused = await uploadFile(clerk, `${DECISIONS}/import`, '决策.xlsx', await rows(7));
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.errors).toEqual([expect.objectContaining({ row: 9, column: '事项类别' })]);
      expect((await clerk.get(`${DECISIONS}?q=${encodeURIComponent('导入决策')}`)).body.total).toBe(0);
      const ok = await uploadFile(clerk, `${DECISIONS}/import`, '决策.xlsx', await rows());
      expect(ok.status).toBe(201);
      expect(ok.body.imported).toBe(20);
      const list = await clerk.get(`${DECISIONS}?q=${encodeURIComponent('导入决策')}`);
      expect(list.body.total).toBe(20);
      expect(list.body.items[0].display.category).toBe('经济和社会发展等方面的重要规划');
    });

    it('denies another township (404), the advisor beyond its review (403) and administrators (403)', async () => {
      expect((await other.get(`${DECISIONS}/${id}`)).status).toBe(404);
      expect((await other.get(`${COMMENTS}/${commentId}`)).status).toBe(404);
      expect((await other.patch(`${DECISIONS}/${id}`, { title: '越权' })).status).toBe(404);
      expect((await other.post(`${COMMENTS}/${commentId}/reveal/commenterPhone`, {})).status).toBe(404);
      expect((await other.get(DECISIONS)).body.items.some((x: { id: number }) => x.id === id)).toBe(false);
      const into = await other.post(DECISIONS, {
        title: '越权',
        orgId: townId,
        startedOn: today,
        category: 'other',
        sponsor: '办公室',
      });
      expect(into.status).toBe(400);
      expect(into.body.error.fields.orgId).toBe('所选机构不在您的管辖范围内');
      expect((await advisor.post(`${COMMENTS}/${commentId}/reveal/commenterPhone`, {})).status).toBe(403);
      expect((await advisor.patch(`${DECISIONS}/${id}`, { title: '改' })).status).toBe(403);
      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        for (const call of [
          () => a.get(DECISIONS),
          () => a.get(`${DECISIONS}/${id}`),
          () => a.get(`${COMMENTS}/export.xlsx`),
          () => a.post(`${DECISIONS}/${id}/transitions/legal_review`, {}),
        ])
          expect((await call()).status, admin).toBe(403);
      }
    });
  });
}
