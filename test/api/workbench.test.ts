// Issue 14's workbench defects seen from the API, on each dialect: the board narrowed to the
// organisation chosen in the header; document numbers unique per organisation, kind and year; the
// report's review offering only the steps possible now, a withdrawal, and a reason for a return.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar/dates.ts';
import { type Client, createTestApp, TEST_TODAY, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const DISPUTES = '/api/ledgers/disputes/dispute';
const CASES = '/api/ledgers/enforcement/case';
const today = TEST_TODAY;

interface Card {
  kind: string;
  title: string;
  orgId: number;
  colour: string;
}

for (const dialect of dialects()) {
  describe(`workbench defects [${dialect}]`, () => {
    let t: TestApp;
    let qingshi: Client;
    let baima: Client;
    let sup: Client;
    let orgs: Array<{ id: number; code: string; path: string }>;
    const orgId = (code: string) => orgs.find((o) => o.code === code)!.id;

    const dispute = (title: string, orgCode: string, acceptedOn: string) => ({
      title,
      orgId: orgId(orgCode),
      acceptedOn,
      source: 'screening',
      category: 'neighbour',
      method: 'people',
      applicantName: '张晓明',
      respondentName: '李四',
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      qingshi = await t.login('qingshi.clerk');
      baima = await t.login('baima.clerk');
      sup = await t.login('supervisor');
      orgs = (await sup.get('/api/orgs')).body.items;
      const overdue = addDays(today, -40);
      for (const [c, title, code] of [
        [qingshi, '青石逾期纠纷', '511099101201'],
        [baima, '白马逾期纠纷', '511099102201'],
      ] as const) {
        expect((await c.post(DISPUTES, dispute(title, code, overdue))).status).toBe(201);
      }
      const risky = await qingshi.post(DISPUTES, dispute('青石风险纠纷', '511099101201', today));
      const mediator = await t.login('qingshi.mediator');
      const flagged = await mediator.post(`${DISPUTES}/${risky.body.id}/transitions/flag_risk`, {
        fields: { riskNote: '一方扬言报复，已报告派出所', reportedToPolice: true },
      });
      expect(flagged.status).toBe(200);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('narrows the board to the organisation chosen in the header (?org=), never widening it', async () => {
      const all = (await sup.get('/api/deadlines')).body.items as Card[];
      expect(all.map((c) => c.title)).toEqual(expect.arrayContaining(['青石逾期纠纷', '白马逾期纠纷']));

      const qingshiTown = orgId('511099101');
      const narrowed = await sup.get(`/api/deadlines?org=${qingshiTown}`);
      expect(narrowed.status).toBe(200);
      const titles = (narrowed.body.items as Card[]).map((c) => c.title);
      expect(titles).toContain('青石逾期纠纷');
      expect(titles).not.toContain('白马逾期纠纷');
      const qingshiPath = orgs.find((o) => o.id === qingshiTown)!.path;
      for (const c of narrowed.body.items as Card[])
        expect(orgs.find((o) => o.id === c.orgId)!.path.startsWith(qingshiPath)).toBe(true);

      // A township clerk asking for another township's board gets nothing from it.
      const foreign = await baima.get(`/api/deadlines?org=${qingshiTown}`);
      expect(foreign.status).toBe(200);
      expect(foreign.body.items).toEqual([]);
      // Their own village narrows their own board.
      const village = await baima.get(`/api/deadlines?org=${orgId('511099102201')}`);
      expect((village.body.items as Card[]).map((c) => c.title)).toEqual(['白马逾期纠纷']);
      expect((await sup.get('/api/deadlines?org=999999')).body.items).toEqual([]);

      // The red total counts overdue clocks; the 风险预警 alert is counted apart.
      const q = (await qingshi.get('/api/deadlines')).body;
      const red = (q.items as Card[]).filter((c) => c.kind === 'deadline' && c.colour === 'red').length;
      expect(q.counts.red).toBe(red);
      expect(q.counts.alerts).toBe(1);
      expect((q.items as Card[]).some((c) => c.kind === 'alert' && c.title === '青石风险纠纷')).toBe(true);
    });
    it('refuses a document number the organisation already used that year, and offers the next free one', async () => {
      const officer = await t.login('qingshi.officer');
      const lead = (await officer.get('/api/auth/me')).body.user.id;
      const town = orgId('511099101');
      const kase = (caseNo: string, filedOn = today) => ({
        caseNo,
        title: '未经批准非法占用土地建住宅案',
        orgId: town,
        filedOn,
        source: 'inspection',
        isMajor: false,
        leadOfficerId: lead,
        partyType: 'person',
        partyName: '王大明',
      });
      const next = await officer.get(`${CASES}/numbers/caseNo?org=${town}&on=${today}`);
      expect(next.status).toBe(200);
      expect(next.body).toEqual({ field: 'caseNo', next: '青石综执罚立〔2026〕1号' });

      // Typed with full-width digits and square brackets: stored in the canonical spelling.
      const first = await officer.post(CASES, kase('青石综执罚立[２０２６]００１号'));
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      expect(first.body.fields.caseNo).toBe('青石综执罚立〔2026〕1号');
      expect((await officer.post(CASES, kase('青石综执罚立〔2026〕2号'))).status).toBe(201);
      expect((await officer.get(`${CASES}/numbers/caseNo?org=${town}`)).body.next).toBe(
        '青石综执罚立〔2026〕3号',
      );

      const dup = await officer.post(CASES, kase('青石综执罚立〔2026〕1号'));
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe('DOC_NO_TAKEN');
      expect(dup.body.error.fields.caseNo).toMatch(
        /已被本单位另一条记录使用.*下一个可用编号为青石综执罚立〔2026〕3号/,
      );
      expect(dup.body.error.next).toBe('青石综执罚立〔2026〕3号');

      // Another year, another kind, another township: free.
      expect((await officer.post(CASES, kase('青石综执罚立〔2025〕1号', '2025-12-30'))).status).toBe(201);
      const baimaOfficer = await t.login('baima.officer');
      const baimaLead = (await baimaOfficer.get('/api/auth/me')).body.user.id;
      const other = await baimaOfficer.post(CASES, {
        ...kase('青石综执罚立〔2026〕1号'),
        orgId: orgId('511099102'),
        leadOfficerId: baimaLead,
      });
      expect(other.status, JSON.stringify(other.body)).toBe(201);
      expect((await baimaOfficer.get(`${CASES}/numbers/caseNo`)).body.next).toBe('青石综执罚立〔2026〕2号');
      expect((await baimaOfficer.get(`${CASES}/numbers/caseNo?org=${town}`)).status).toBe(404);

      // Changing a record to a number taken is refused the same way; keeping its own is not.
      const second = (await officer.get(`${CASES}?q=${encodeURIComponent('〔2026〕2号')}`)).body.items[0];
      const edit = await officer.patch(`${CASES}/${second.id}`, { caseNo: '青石综执罚立〔2026〕1号' });
      expect(edit.status).toBe(409);
      expect(
        (await officer.patch(`${CASES}/${second.id}`, { caseNo: '青石综执罚立〔2026〕2号', title: '改' }))
          .status,
      ).toBe(200);
      expect((await officer.get(`${CASES}/numbers/title`)).status).toBe(404);
    });
    it('offers only the review steps possible now; the clerk withdraws; a return needs its reason', async () => {
      const base = `/api/annual-reports/${orgId('511099102')}/2025`;
      const leader = await t.login('baima.leader');
      const ids = (v: { transitions: Array<{ id: string }> }) => v.transitions.map((x) => x.id).sort();
      expect((await baima.post(base)).status).toBe(201);
      expect((await baima.post(`${base}/transitions/submit_review`, {})).status).toBe(200);
      expect(ids((await baima.get(base)).body)).toEqual(['withdraw']);
      // Before approval the leader approves or returns; 签发 is not offered yet.
      expect(ids((await leader.get(base)).body)).toEqual(['approve', 'return']);

      // The clerk takes the submission back to change it, then submits again.
      const withdrawn = await baima.post(`${base}/transitions/withdraw`, {});
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.state).toBe('drafting');
      expect(withdrawn.body.editable).toBe(true);
      expect((await baima.post(`${base}/transitions/submit_review`, {})).status).toBe(200);

      const approved = await leader.post(`${base}/transitions/approve`, {});
      expect(approved.status).toBe(200);
      expect(ids(approved.body)).toEqual(['return', 'sign']);
      expect(ids((await baima.get(base)).body)).toEqual([]);
      const again = await leader.post(`${base}/transitions/approve`, {});
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('已审核通过');
      const late = await baima.post(`${base}/transitions/withdraw`, {});
      expect(late.status).toBe(409);
      expect(late.body.error.message).toContain('不能撤回');

      // 退回修改 without a reason is refused; with one, the clerk sees who returned it and why.
      const bare = await leader.post(`${base}/transitions/return`, {});
      expect(bare.status).toBe(400);
      expect(bare.body.error.fields.reason).toMatch(/退回理由/);
      expect((await leader.post(`${base}/transitions/return`, { reason: '   ' })).status).toBe(400);
      const returned = await leader.post(`${base}/transitions/return`, {
        reason: '第二部分存在的不足写得过简，请补充',
      });
      expect(returned.status).toBe(200);
      const seen = (await baima.get(base)).body;
      expect(seen.state).toBe('drafting');
      expect(seen.returned).toMatchObject({ reason: '第二部分存在的不足写得过简，请补充', on: today });
      expect(seen.returned.by).toBeTruthy();
      expect(ids(seen)).toEqual(['submit_review']);
    });
  });
}
