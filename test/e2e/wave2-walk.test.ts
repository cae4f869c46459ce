// The wave-two acceptance walk in a real browser, as 青石镇's clerk (the leader for the steps only a
// leader takes): a 规范性文件 refused publication before 合法性审核 (the article cited), then reviewed,
// deliberated, numbered, published and filed (备案) with its clock on the board; a 重大行政决策 through
// 公众参与, 风险评估, 合法性审查 and 集体讨论 to 公布; a 依申请公开 request whose 补正 moves its due date,
// with the explanation shown. The steps go through the workbench's own API from the signed-in page
// (the session and CSRF token of the browser); each record is then opened in the workbench and
// photographed to /work/shots/wave2/. The 信息公开年度报告 page shows its progress and 结转 check.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/wave2-walk.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/shots/wave2';
type Json = Record<string, unknown> & { id?: number; state?: string; error?: { message: string } };

/** A call to the workbench API from the signed-in page, with its CSRF token. */
async function call(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, url, body },
  );
}

describe.skipIf(!hasChromium)('wave two acceptance walk in Chromium', () => {
  let wb: Workbench;
  let clerk: Page;
  let leader: Page;
  let townId: number;

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const step = async (
    page: Page,
    base: string,
    id: number,
    transition: string,
    on: string,
    fields: object,
  ) => {
    const r = await call(page, 'POST', `${base}/${id}/transitions/${transition}`, { on, fields });
    expect(r.status, `${transition}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  };
  const open = async (page: Page, path: string) => {
    await page.goto(`${wb.baseUrl}${path}`);
    await page.getByText('记录信息').first().waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('wave2-walk');
    clerk = await wb.signIn('qingshi.clerk');
    leader = await wb.signIn('qingshi.leader');
    townId = ((await call(clerk, 'GET', '/api/auth/me')).body.user as { orgId: number }).orgId;
  }, 400_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('walks a 规范性文件: refused publication without 合法性审核, then review, deliberation, publication, 备案', async () => {
    const BASE = '/api/ledgers/normative_docs/normative_doc';
    const created = await call(clerk, 'POST', BASE, {
      title: '青石镇集镇农贸市场经营秩序管理规定',
      orgId: townId,
      draftedOn: '2026-09-01',
      draftingUnit: 'economy',
      drafter: '胡春梅',
      businessRelated: true,
      summary: '规范集镇农贸市场摊位设置和经营秩序。',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    const early = await call(clerk, 'POST', `${BASE}/${id}/transitions/publish`, {
      on: '2026-09-02',
      fields: { publishChannel: 'website', effectiveOn: '2026-09-02', validUntil: '2031-09-01' },
    });
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toMatch(/未经合法性审核.*依据：.*国办发〔2018〕115号/);
    // the same refusal in the workbench, on the record page
    await open(clerk, `/ledgers/normative_docs/normative_doc/${id}`);
    // shown before it is pressed: the step is disabled, the rule and its article on the page
    const publish = clerk.getByTestId('transition-publish');
    await publish.waitFor();
    expect(await publish.isDisabled()).toBe(true);
    expect(await clerk.getByTestId('step-blocked-publish').innerText()).toContain('国办发〔2018〕115号');
    await shot(clerk, '01-normative-refused');

    await step(clerk, BASE, id, 'submit_review', '2026-09-07', { reviewBody: 'justice' });
    await step(clerk, BASE, id, 'legal_review', '2026-09-15', {
      reviewConclusion: 'lawful',
      reviewOpinion: '制定主体适格，内容合法，程序符合规定。',
      reviewedOn: '2026-09-15',
      reviewer: '青石镇司法所',
    });
    await step(clerk, BASE, id, 'fair_review', '2026-09-18', { fairConclusion: 'compliant' });
    await step(leader, BASE, id, 'deliberate', '2026-09-21', {
      meeting: '青石镇人民政府常务会议（第9次）',
      deliberatedOn: '2026-09-20',
      deliberationResult: 'approved',
    });
    await step(clerk, BASE, id, 'register', '2026-09-24', {
      docPrefix: '青石府规',
      docYear: 2026,
      docSeq: 7,
    });
    const pub = await step(clerk, BASE, id, 'publish', '2026-09-25', {
      publishChannel: 'website',
      effectiveOn: '2026-10-26',
      validUntil: '2031-10-25',
    });
    expect(pub.state).toBe('published');
    // the 备案 clock is on the board until filed
    await clerk.goto(`${wb.baseUrl}/deadlines`);
    await clerk.getByText('青石镇集镇农贸市场经营秩序管理规定').first().waitFor();
    await shot(clerk, '02-board-filing-clock');
    const filed = await step(clerk, BASE, id, 'file', '2026-10-20', {
      filedWith: '清源县人民政府',
      filingNo: '清府备〔2026〕12号',
    });
    expect(filed.state).toBe('filed');
    await open(clerk, `/ledgers/normative_docs/normative_doc/${id}`);
    const text = await clerk.locator('main').innerText();
    expect(text).toContain('青石府规〔2026〕7号');
    expect(text).toContain('已备案');
    await shot(clerk, '03-normative-filed');
  }, 180_000);

  it('takes a 重大行政决策 through 公众参与 to 公布', async () => {
    const BASE = '/api/ledgers/decisions/decision';
    const created = await call(clerk, 'POST', BASE, {
      title: '青石镇集镇污水管网改造项目',
      orgId: townId,
      startedOn: '2026-08-03',
      category: 'project',
      inCatalogue: true,
      sponsor: '青石镇经济发展办公室',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    const short = await call(clerk, 'POST', `${BASE}/${id}/transitions/open_comment`, {
      on: '2026-08-05',
      fields: { commentFrom: '2026-08-05', commentDays: 15, commentChannel: '政府网站' },
    });
    expect(short.status).toBe(409);
    expect(short.body.error?.message).toContain('重大行政决策程序暂行条例');
    await step(clerk, BASE, id, 'open_comment', '2026-08-05', {
      commentFrom: '2026-08-05',
      commentChannel: '政府网站',
    });
    await step(clerk, BASE, id, 'close_comment', '2026-09-04', {
      participationSummary: '收到意见2条，采纳1条',
    });
    await step(clerk, BASE, id, 'skip_expert', '2026-09-04', {
      expertSkipReason: '不属于专业性、技术性较强的决策事项',
    });
    await step(clerk, BASE, id, 'risk_assessment', '2026-09-08', {
      riskOn: '2026-09-08',
      riskLevel: 'controllable',
      riskOpinion: '风险可控',
    });
    await step(clerk, BASE, id, 'send_review', '2026-09-10', { reviewSentOn: '2026-09-10' });
    await step(clerk, BASE, id, 'legal_review', '2026-09-18', {
      reviewConclusion: 'lawful',
      reviewOpinion: '决策主体适格，程序合法。',
      reviewedOn: '2026-09-18',
      reviewer: '青石镇司法所',
    });
    await step(leader, BASE, id, 'decide', '2026-09-25', {
      decidedOn: '2026-09-25',
      meetingKind: 'joint',
      meetingMinutes: '会议同意，无不同意见。',
    });
    const pub = await step(clerk, BASE, id, 'publish', '2026-09-28', {
      publishedOn: '2026-09-28',
      publishChannel: '县人民政府网站',
    });
    expect(String(pub.state)).not.toBe('drafting');
    await open(clerk, `/ledgers/decisions/decision/${id}`);
    expect(await clerk.locator('main').innerText()).toContain('县人民政府网站');
    await shot(clerk, '04-decision-published');
  }, 180_000);

  it('moves a request due date with its 补正, the explanation shown', async () => {
    const BASE = '/api/ledgers/disclosure/disclosure_request';
    const created = await call(clerk, 'POST', BASE, {
      title: '石牛村2026年村道硬化工程招标及验收资料',
      orgId: townId,
      applicantType: 'natural',
      applicantName: '李国民',
      applicantPhone: '13881234567',
      channel: 'in_person',
      submittedOn: '2026-11-02',
      receivedOn: '2026-11-02',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    const due = async () => {
      const d = (await call(clerk, 'GET', `${BASE}/${id}`)).body.deadlines as Array<{
        deadlineId: string;
        due: string;
        state: string;
      }>;
      return d.find((x) => x.deadlineId === 'answer' && x.state === 'open')?.due;
    };
    expect(await due()).toBe('2026-11-30');
    await step(clerk, BASE, id, 'request_correction', '2026-11-04', {
      correctionItems: '请写明所需信息的名称、文号或者其他特征',
      correctionDueOn: '2026-11-19',
    });
    await step(clerk, BASE, id, 'supplement', '2026-11-10', { supplementOn: '2026-11-10' });
    // 第三十条: 答复期限自收到补正的申请之日起计算 — 20 working days from 11-10
    expect(await due()).toBe('2026-12-08');
    await open(clerk, `/ledgers/disclosure/disclosure_request/${id}`);
    const text = await clerk.locator('main').innerText();
    expect(text).toContain('2026-12-08');
    expect(text).toContain('补正');
    await shot(clerk, '05-request-after-correction');
  }, 180_000);

  it('shows the 信息公开年度报告 with its progress and 结转 check', async () => {
    await clerk.goto(`${wb.baseUrl}/ledgers/disclosure/annual-report`);
    await clerk.getByTestId('disclosure-report-workflow').waitFor();
    await clerk.getByTestId('disclosure-carryover').waitFor();
    expect(await clerk.getByTestId('disclosure-carryover').innerText()).toContain('上年结转核对');
    await shot(clerk, '06-disclosure-report');
  }, 120_000);

  it('signs, submits and publishes the 2025 信息公开年度报告, listed on the portal', async () => {
    const VIEW = '/api/ledgers/disclosure/views/annual-report';
    expect((await call(leader, 'POST', `${VIEW}/sign`, { year: 2025 })).status).toBe(200);
    expect((await call(clerk, 'POST', `${VIEW}/submit`, { year: 2025 })).status).toBe(200);
    expect((await call(clerk, 'POST', `${VIEW}/publish`, { year: 2025 })).status).toBe(200);
    await clerk.goto(`${wb.baseUrl}/ledgers/disclosure/annual-report`);
    await clerk.getByTestId('disclosure-report-workflow').getByText('已公开').waitFor();
    await shot(clerk, '07-disclosure-report-published');
    const portal = await wb.newPage();
    await portal.goto(`${wb.baseUrl}/gk/511099101/`);
    await portal.getByText('政府信息公开工作年度报告').first().waitFor();
    expect(await portal.locator('body').innerText()).toContain('2025年政府信息公开工作年度报告');
    await shot(portal, '08-portal-disclosure-report');
    await portal.context().close();
  }, 120_000);
});
