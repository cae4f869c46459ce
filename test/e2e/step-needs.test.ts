// What a step needs, shown before it is pressed (issue 14, item 4), in Chromium on the demo county:
// 开始调解 is disabled with its rule while no mediator is named; 调解成功 lists the written
// agreement's upload and the oral agreement's content; 回访's required date starts on today;
// 调查取证 is disabled until two officers are named. Reasons are visible text, not tooltips.
// Screenshots: /work/shots/steps/ (FAZHI_SHOTS overrides).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TODAY, hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/step-needs.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = process.env.FAZHI_SHOTS ?? '/work/shots/steps';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `steps-${name}.png`), fullPage: true });

/** A JSON call of the signed-in page's session (with its CSRF token on writes). */
export async function call(page: Page, base: string, method: string, url: string, data?: unknown) {
  const me = await (await page.request.get(`${base}/api/auth/me`)).json();
  const res = await page.request.fetch(`${base}${url}`, {
    method,
    data: data === undefined ? undefined : JSON.stringify(data),
    headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
  });
  return { status: res.status(), body: await res.json() };
}

describe.skipIf(!hasChromium)('step needs in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('steps');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('disables 开始调解 without a mediator and lists what 调解成功 needs', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1366, height: 900 });
    const orgs = (await call(page, wb.baseUrl, 'GET', '/api/orgs')).body.items as Array<{ id: number }>;
    const created = await call(page, wb.baseUrl, 'POST', '/api/ledgers/disputes/dispute', {
      title: '相邻通行纠纷',
      orgId: orgs[0]!.id,
      acceptedOn: E2E_TODAY,
      source: 'screening',
      category: 'neighbour',
      method: 'people',
      applicantName: '张晓明',
      respondentName: '李四',
    });
    expect(created.status).toBe(201);
    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute/${created.body.id}`);
    const start = page.getByTestId('transition-start');
    await start.waitFor();
    await expect.poll(() => start.isDisabled()).toBe(true);
    const blocked = page.getByTestId('step-blocked-start');
    await expect.poll(() => blocked.isVisible()).toBe(true);
    expect(await blocked.innerText()).toContain('开始调解前应当指定调解员');
    expect(await blocked.innerText()).toContain('人民调解法');
    expect(await page.getByTestId('transition-terminate').isDisabled()).toBe(false);
    await shot(page, '1-dispute-no-mediator');

    // A dispute under mediation: 调解成功 names the upload a written agreement needs.
    const list = await call(
      page,
      wb.baseUrl,
      'GET',
      '/api/ledgers/disputes/dispute?state=mediating&pageSize=1',
    );
    const mediating = list.body.items[0] as { id: number };
    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute/${mediating.id}`);
    const needs = page.getByTestId('step-needs-succeed');
    await needs.waitFor();
    const text = await needs.innerText();
    expect(text).toContain('填写协议形式');
    expect(text).toContain('协议形式为“书面调解协议”时');
    expect(text).toContain('请上传调解协议书');
    expect(text).toContain('协议形式为“口头协议”时');
    await shot(page, '2-dispute-succeed-needs');
    await page.getByTestId('transition-succeed').click();
    const modal = page.locator('.ant-modal-content');
    await modal.waitFor();
    expect(await modal.getByTestId('step-needs-succeed').innerText()).toContain('请上传调解协议书');
    await shot(page, '3-dispute-succeed-form');
    await page.context().close();
  });

  it('starts 回访’s required date on today', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1366, height: 900 });
    const list = await call(
      page,
      wb.baseUrl,
      'GET',
      '/api/ledgers/disputes/dispute?state=succeeded&pageSize=1',
    );
    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute/${list.body.items[0].id}`);
    await page.getByTestId('transition-follow_up').click();
    const modal = page.locator('.ant-modal-content');
    await modal.waitFor();
    await expect.poll(() => modal.getByLabel('最近回访日期').inputValue()).toBe(E2E_TODAY);
    expect(await modal.getByTestId('step-needs-follow_up').innerText()).toContain(
      '填写最近回访日期、回访结果',
    );
    await shot(page, '4-follow-up-date');
    await page.context().close();
  });

  it('disables 调查取证 until two officers are named', async () => {
    const page = await wb.signIn('chengguan.officer', { width: 1366, height: 900 });
    const me = (await call(page, wb.baseUrl, 'GET', '/api/auth/me')).body.user as {
      id: number;
      orgId: number;
    };
    const next = (await call(page, wb.baseUrl, 'GET', '/api/ledgers/enforcement/case/numbers/caseNo')).body;
    const orgs = (await call(page, wb.baseUrl, 'GET', '/api/orgs')).body.items as Array<{ id: number }>;
    const created = await call(page, wb.baseUrl, 'POST', '/api/ledgers/enforcement/case', {
      caseNo: next.next,
      title: '占道经营案',
      orgId: orgs[0]!.id,
      filedOn: E2E_TODAY,
      source: 'inspection',
      isMajor: false,
      leadOfficerId: me.id,
      partyType: 'person',
      partyName: '王大明',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await page.goto(`${wb.baseUrl}/ledgers/enforcement/case/${created.body.id}`);
    const investigate = page.getByTestId('transition-investigate');
    await investigate.waitFor();
    expect(await investigate.isDisabled()).toBe(true);
    const blocked = await page.getByTestId('step-blocked-investigate').innerText();
    expect(blocked).toContain('执法人员不得少于两人');
    expect(blocked).toContain('第四十二条');
    expect(await page.getByTestId('step-needs-investigate').innerText()).toContain('调查取证应当附证据材料');
    await shot(page, '5-case-one-officer');
    // On a tablet the reason is on the page, not in a tooltip.
    await page.setViewportSize({ width: 820, height: 1180 });
    await expect.poll(() => page.getByTestId('step-blocked-investigate').isVisible()).toBe(true);
    await shot(page, '6-case-tablet');
    await page.context().close();
  });
});
