// The 政府信息公开工作年度报告's workflow and its 上年结转 check, through the HTTP API on each dialect:
// opening the report puts its 报送/公开 clocks on the board; without last year's report the 结转 is
// unchecked until a clerk enters last year's figure by hand (stated as such; a mismatch blocks
// 签发); with last year's signed report, a mismatch is an error naming both numbers and hand entry
// is refused; 签发 is the leader's, makes an immutable version; 报送 before 公开; the published
// report is listed on the portal with a page of its own (found by search, SM3-hashed) and
// downloadable, an unpublished one is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const REQ = '/api/ledgers/disclosure/disclosure_request';
const VIEW = '/api/ledgers/disclosure/views/annual-report';
const CODE = '511099101';
const today = '2026-01-12';

for (const dialect of dialects()) {
  describe(`disclosure annual report workflow [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let advisor: Client;

    const report = async (year: number) => {
      const r = await clerk.get(`${VIEW}?year=${year}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    const step = (c: Client, s: string, year: number, on?: string) =>
      c.post(`${VIEW}/${s}`, { year, ...(on ? { on } : {}) });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      advisor = await t.login('qingshi.advisor');
      const orgId = (await clerk.get('/api/auth/me')).body.user.orgId;
      for (const [title, on] of [['某村土地征收补偿安置方案', '2024-12-23']] as const) {
        const r = await clerk.post(REQ, {
          title,
          orgId,
          applicantType: 'natural',
          applicantName: '李国民',
          applicantPhone: '13881234567',
          channel: 'in_person',
          submittedOn: on,
          receivedOn: on,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
    });
    afterAll(async () => {
      await t?.close();
    });

    it('says 上年结转 is unchecked without last year report, then checks a figure entered by hand', async () => {
      const r = await report(2025);
      expect(r.tables.requests.carried.natural).toBe(1);
      expect(r.carryover.source).toBe('none');
      expect(r.carryover.note).toContain('系统中没有2024年度政府信息公开工作年度报告');
      expect(r.workflow).toBeNull();
      const put = await clerk.req('PUT', `${VIEW}/carried`, { year: 2025, figures: { natural: 0 } });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const m = await report(2025);
      expect(m.carryover.source).toBe('manual');
      expect(m.errors).toContain(
        '二、上年结转政府信息公开申请数量（自然人）为1，与经办人手工录入的2024年度报告数（系统中没有该年度报告）“四、结转下年度继续办理”0不一致',
      );
      const refused = await step(leader, 'sign', 2025);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('不能签发');
      expect(refused.body.error.message).toContain('为1');
      await clerk.req('PUT', `${VIEW}/carried`, { year: 2025, figures: { natural: 1 } });
      const ok = await report(2025);
      expect(ok.errors).toEqual([]);
      expect(ok.carryover.note).toContain('手工录入');
      expect(ok.workflow.state).toBe('drafting');
    });

    it('puts the report clocks on the board, and not on the advisor board', async () => {
      const cards = (await clerk.get('/api/deadlines')).body.items as Array<Record<string, unknown>>;
      const mine = cards.filter((c) => c.ledger === 'disclosure_report');
      // one card per report (its earliest clock): 报送 and 公开 both fall on 1月31日
      expect(mine.map((c) => [c.title, c.due, c.colour])).toEqual([
        ['青石镇2025年政府信息公开工作年度报告', '2026-01-31', 'green'],
      ]);
      const clocks = await t.app.db.k
        .selectFrom('deadline')
        .select(['deadlineId', 'due'])
        .where('ledger', '=', 'disclosure_report')
        .orderBy('deadlineId')
        .execute();
      expect(clocks).toEqual([
        { deadlineId: 'publish', due: '2026-01-31' },
        { deadlineId: 'submit', due: '2026-01-31' },
      ]);
      expect(mine[0].basis).toContain('第四十九条');
      const adv = (await advisor.get('/api/deadlines')).body.items as Array<Record<string, unknown>>;
      expect(adv.some((c) => c.ledger === 'disclosure_report')).toBe(false);
    });

    it('checks 上年结转 against last year signed report, naming both numbers', async () => {
      expect((await step(clerk, 'sign', 2024)).status).toBe(403);
      const s = await step(leader, 'sign', 2024);
      expect(s.status, JSON.stringify(s.body)).toBe(200);
      expect(s.body.state).toBe('signed');
      const r = await report(2025);
      expect(r.carryover.source).toBe('report');
      expect(r.carryover.lastYear.natural).toBe(1);
      expect(r.errors).toEqual([]);
      // hand entry is refused once last year's report exists
      const put = await clerk.req('PUT', `${VIEW}/carried`, { year: 2025, figures: { natural: 5 } });
      expect(put.status).toBe(409);
      expect(put.body.error.message).toContain('系统中已有2024年度报告');
      // a request of 2024 entered late: this year's 结转 no longer matches last year's report
      const orgId = (await clerk.get('/api/auth/me')).body.user.orgId;
      const late = await clerk.post(REQ, {
        title: '村道硬化工程招标及验收资料',
        orgId,
        applicantType: 'natural',
        applicantName: '王建华',
        channel: 'in_person',
        submittedOn: '2024-12-30',
        receivedOn: '2024-12-30',
      });
      expect(late.status, JSON.stringify(late.body)).toBe(201);
      const bad = await report(2025);
      expect(bad.errors).toContain(
        '二、上年结转政府信息公开申请数量（自然人）为2，与2024年度报告“四、结转下年度继续办理”1不一致',
      );
      expect((await step(leader, 'sign', 2025)).status).toBe(409);
      // last year's report corrected before 报送: a new signed version, and the check passes
      const again = await step(leader, 'sign', 2024);
      expect(again.status).toBe(200);
      const fixed = await report(2025);
      expect(fixed.errors).toEqual([]);
      const y24 = await report(2024);
      expect(y24.workflow.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    });

    it('signs, submits and publishes in order; the signed version is immutable', async () => {
      const early = await step(clerk, 'publish', 2025);
      expect(early.status).toBe(409);
      expect(early.body.error.message).toContain('不能公开');
      expect((await step(leader, 'sign', 2025, '2026-01-13')).status).toBe(400);
      expect((await step(leader, 'sign', 2025, '2026-01-12')).status).toBe(200);
      expect((await step(clerk, 'publish', 2025)).status).toBe(409);
      expect((await step(clerk, 'submit', 2025)).body.state).toBe('submitted');
      const pub = await step(clerk, 'publish', 2025);
      expect(pub.status, JSON.stringify(pub.body)).toBe(200);
      const r = await report(2025);
      expect(r.workflow).toMatchObject({ state: 'published', publishedOn: today, publishedVersion: 1 });
      // the clocks are met and leave the board
      const cards = (await clerk.get('/api/deadlines')).body.items as Array<Record<string, unknown>>;
      expect(
        cards.some((c) => c.ledger === 'disclosure_report' && c.title?.toString().includes('2025')),
      ).toBe(false);
      // the database refuses to change a signed version
      await expect(
        t.app.db.k.updateTable('disclosureReportVersion').set({ signedOn: '2026-01-01' }).execute(),
      ).rejects.toThrow();
      await expect(t.app.db.k.deleteFrom('disclosureReportVersion').execute()).rejects.toThrow();
    });

    it('lists the published report on the portal, and only that one', async () => {
      const page = await t.anon().get(`/gk/${CODE}/`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('政府信息公开工作年度报告');
      expect(page.body).toContain(`/gk/${CODE}/disclosure-reports/2025.docx`);
      expect(page.body).not.toContain(`/gk/${CODE}/disclosure-reports/2024.docx`);
      const docx = await t.app.inject({ method: 'GET', url: `/gk/${CODE}/disclosure-reports/2025.docx` });
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const hidden = await t.app.inject({ method: 'GET', url: `/gk/${CODE}/disclosure-reports/2024.docx` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).toContain('<h1>页面不存在</h1>');
      // its own page: the text and tables as signed, and the SM3 hash taken at 公开
      expect(page.body).toContain(`href="/gk/${CODE}/disclosure-reports/2025"`);
      const shown = await t.anon().get(`/gk/${CODE}/disclosure-reports/2025`);
      expect(shown.status).toBe(200);
      expect(shown.body).toContain('<h1 id="item-title">青石镇人民政府2025年政府信息公开工作年度报告</h1>');
      expect(shown.body).toContain('三、收到和处理政府信息公开申请情况');
      const item = await t.app.db.k
        .selectFrom('portalItem')
        .select(['ref', 'sm3', 'path'])
        .where('kind', '=', 'disclosure_report')
        .execute();
      expect(item).toHaveLength(1);
      expect(item[0].path).toBe(`/gk/${CODE}/disclosure-reports/2025`);
      expect(item[0].sm3).toMatch(/^[0-9a-f]{64}$/);
      expect(shown.body).toContain(`内容校验值 SM3：<code>${item[0].sm3}</code>`);
      expect((await t.anon().get(`/gk/${CODE}/disclosure-reports/2024`)).status).toBe(404);
      // found by the portal's search, filtered by its type; the unpublished year is not
      const found = await t.anon().get(`/gk/search?q=${encodeURIComponent('政府信息公开工作年度报告')}`);
      expect(found.body).toContain(`href="/gk/${CODE}/disclosure-reports/2025"`);
      expect(found.body).not.toContain('2024年政府信息公开工作年度报告');
      const typed = await t
        .anon()
        .get(`/gk/search?q=${encodeURIComponent('依申请公开')}&type=disclosure_report`);
      expect(typed.body).toContain('找到与“依申请公开”相关的公开信息1条');
      // and `fazhi portal verify`'s check sees it unchanged
      const { checkPortal } = await import('../../src/server/portal/integrity.ts');
      expect(await checkPortal(t.app.db.k, today)).toEqual([]);
    });
  });
}

for (const dialect of dialects()) {
  describe(`the demo county's 2025 信息公开 reports [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgers: true });
    }, 600_000); // the first suite of a run seeds the demo template
    afterAll(async () => {
      await t?.close();
    });

    it('are written through the workflow in January, one late, one drafting, one not begun', async () => {
      const rows = await t.app.db.k
        .selectFrom('disclosureReport as r')
        .innerJoin('org', 'org.id', 'r.orgId')
        .select(['org.code', 'r.state', 'r.submittedOn', 'r.publishedOn', 'r.publishBy'])
        .where('r.year', '=', 2025)
        .execute();
      const by = new Map(rows.map((r) => [r.code, r]));
      expect(by.get('511099001')).toMatchObject({
        state: 'published',
        submittedOn: '2026-01-19',
        publishedOn: '2026-01-22',
        publishBy: '2026-01-31',
      });
      const late = rows.filter((r) => r.publishedOn !== null && r.publishedOn > r.publishBy);
      expect(late).toHaveLength(1);
      expect(rows.filter((r) => r.state === 'drafting')).toHaveLength(1);
      expect(by.has(CODE)).toBe(false); // 青石镇: the walk-throughs write its report
      // every published one is on the portal, with its own page
      for (const r of rows.filter((x) => x.state === 'published')) {
        const page = await t.anon().get(`/gk/${r.code}/disclosure-reports/2025`);
        expect(page.status, r.code).toBe(200);
      }
      const signed = await t.app.db.k
        .selectFrom('disclosureReportVersion as v')
        .innerJoin('disclosureReport as r', 'r.id', 'v.reportId')
        .select(['v.signedOn', 'v.signedAt', 'r.publishedOn'])
        .where('r.year', '=', 2025)
        .execute();
      for (const v of signed) {
        expect(v.signedOn <= (v.publishedOn ?? '9999')).toBe(true);
        expect(v.signedAt.slice(0, 10) <= '2026-11-16').toBe(true);
      }
    });
  });
}
