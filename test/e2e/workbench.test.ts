// Issue 14's workbench defects in a real browser, on the demo county: the header's organisation
// switcher narrows the open list and the board; the case form offers the next free 案号; the
// report's review offers only the steps possible now and asks what each needs; unsaved edits ask
// before they are lost. One server for the whole file (the demo takes the
// longest); each test signs in on its own context. Screenshots: /tmp/fazhi-shots/workbench-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/workbench.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = process.env.FAZHI_SHOTS ?? '/tmp/fazhi-shots';
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `workbench-${name}.png`) });

/** Chooses an organisation in the header switcher. */
async function switchOrg(page: Page, name: string): Promise<void> {
  await page.getByTestId('org-switcher').click();
  await page.locator('.ant-select-tree-title', { hasText: name }).first().click();
}

/** The texts of one column of the visible table (by its header). */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const i = headers.findIndex((h) => h.trim() === header);
  if (i < 0) throw new Error(`no column ${header} in ${headers.join('|')}`);
  return page.locator(`.ant-table-tbody tr.ant-table-row td:nth-child(${i + 1})`).allInnerTexts();
}

describe.skipIf(!hasChromium)('workbench defects of issue 14 in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('workbench');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('narrows the open list and the board to the township chosen in the header', async () => {
    const page = await wb.signIn('supervisor');
    await page.goto(`${wb.baseUrl}/ledgers/enforcement/case`);
    await page.locator('.ant-table-row').first().waitFor();
    // The county sees every township, and which township each row belongs to.
    const before = new Set(await columnTexts(page, '乡镇（街道）'));
    expect(before.size).toBeGreaterThan(1);

    await switchOrg(page, '桃坪乡');
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).not.toBeNull();
    await expect.poll(async () => [...new Set(await columnTexts(page, '办案机关'))]).toEqual(['桃坪乡']);
    await shot(page, 'org-list');

    await page.getByRole('menuitem', { name: '待办预警' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/deadlines');
    expect(new URL(page.url()).searchParams.get('org')).not.toBeNull();
    await page.getByTestId('county-group').first().waitFor();
    await expect.poll(() => page.getByTestId('county-group').count()).toBe(1);
    expect(await page.getByTestId('county-group').locator('.ant-pro-card-title').innerText()).toBe('桃坪乡');
    await shot(page, 'org-board');
    await page.context().close();
  });
  it('offers the next free case number in the form', async () => {
    const page = await wb.signIn('chengguan.officer');
    const next = await page.request.get(`${wb.baseUrl}/api/ledgers/enforcement/case/numbers/caseNo`);
    const { next: expected } = (await next.json()) as { next: string };
    expect(expected).toMatch(/^城关综执罚立〔\d{4}〕\d+号$/);
    await page.goto(`${wb.baseUrl}/ledgers/enforcement/case/new`);
    await expect.poll(() => page.getByLabel('案件编号').inputValue()).toBe(expected);
    await page.context().close();
  });

  it('asks before submitting with error-level findings, lets the clerk withdraw, and wants a reason to return', async () => {
    const clerk = await wb.signIn('taoping.clerk', { width: 1440, height: 1000 });
    await clerk.goto(`${wb.baseUrl}/reports`);
    await clerk.getByTestId('transition-submit_review').click();
    const confirm = clerk.getByTestId('submit-confirm');
    await confirm.waitFor();
    const view = await (await clerk.request.get(`${wb.baseUrl}/api/annual-reports`)).json();
    const report = (await (
      await clerk.request.get(`${wb.baseUrl}/api/annual-reports/${view.items[0].orgId}/${view.year}`)
    ).json()) as { findings: Array<{ severity: string }> };
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(await confirm.innerText()).toContain(
      errors > 0 ? `还有${errors}个错误级问题` : '未发现错误级问题',
    );
    await shot(clerk, 'submit-confirm');
    await clerk.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => clerk.getByTestId('report-state').textContent()).toContain('审核');

    // Before the leader approves, the clerk can take it back.
    await clerk.getByTestId('transition-withdraw').click();
    await clerk.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => clerk.getByTestId('report-state').textContent()).toContain('起草');
    await clerk.getByTestId('transition-submit_review').click();
    await clerk.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => clerk.getByTestId('report-state').textContent()).toContain('审核');

    // The leader sees 审核通过 and 退回修改, not 签发; returning asks why.
    const leader = await wb.signIn('taoping.leader', { width: 1440, height: 1000 });
    await leader.goto(`${wb.baseUrl}/reports`);
    await leader.getByTestId('transition-approve').waitFor();
    expect(await leader.getByTestId('transition-sign').count()).toBe(0);
    await shot(leader, 'review-steps');
    await leader.getByTestId('transition-return').click();
    const dialog = leader.locator('.ant-modal', { hasText: '退回理由' });
    await dialog
      .getByRole('button', { name: '退 回' })
      .or(dialog.getByRole('button', { name: '退回' }))
      .click();
    await expect.poll(() => dialog.innerText()).toContain('请写明退回理由');
    await dialog.locator('textarea').fill('存在的不足写得过简，请对照台账补充逾期事项和整改措施');
    await shot(leader, 'return-reason');
    const returned = leader.waitForResponse((r) => r.url().includes('/transitions/return'));
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    expect((await returned).status()).toBe(200);

    await clerk.reload();
    const notice = clerk.getByTestId('report-returned');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('存在的不足写得过简');
    await shot(clerk, 'returned');
    await leader.context().close();

    // Unsaved edits: leaving by the menu asks first; staying keeps them.
    const doc = clerk.getByTestId('report-document');
    const paragraph = doc
      .getByTestId('report-paragraph')
      .filter({ has: clerk.locator('button') })
      .first();
    await paragraph.hover();
    await paragraph.locator('button').first().click();
    const input = clerk.getByTestId('paragraph-input');
    await input.fill(`${await input.inputValue()}（修改中）`);
    await clerk.getByTestId('report-save').and(clerk.locator(':enabled')).waitFor();
    await clerk.getByRole('menuitem', { name: '待办预警' }).click();
    const leave = clerk.locator('.ant-modal-confirm', { hasText: '有未保存的修改' });
    await leave.waitFor();
    await shot(clerk, 'leave-confirm');
    await leave.getByRole('button', { name: '留在本页' }).click();
    expect(new URL(clerk.url()).pathname).toBe('/reports');
    expect(await doc.textContent()).toContain('（修改中）');
    await clerk.getByRole('menuitem', { name: '待办预警' }).click();
    await clerk.locator('.ant-modal-confirm').getByRole('button', { name: '放弃修改并离开' }).click();
    await expect.poll(() => new URL(clerk.url()).pathname).toBe('/deadlines');
    await clerk.context().close();
  });
  it('keeps the report year in the URL, and the phone header on one line', async () => {
    const clerk = await wb.signIn('chengguan.clerk');
    await clerk.goto(`${wb.baseUrl}/reports`);
    // the editor's first load drafts and checks the report: slow on a loaded machine
    await clerk.getByTestId('report-year').waitFor({ timeout: 90_000 });
    await clerk.getByTestId('report-year').click();
    await clerk.locator('.ant-select-item-option', { hasText: '2024 年度' }).click();
    await expect.poll(() => new URL(clerk.url()).searchParams.get('year')).toBe('2024');
    await clerk.reload();
    await expect.poll(() => clerk.getByTestId('report-year').textContent()).toContain('2024');
    await clerk.context().close();

    const phone = await wb.signIn('supervisor', { width: 390, height: 844 });
    await phone.goto(`${wb.baseUrl}/county-reports?year=2024`);
    await expect.poll(() => phone.getByTestId('county-year').textContent()).toContain('2024');
    // No 当前组织 label to wrap one character per line; the select keeps one line.
    expect(await phone.getByTestId('org-current').innerText()).not.toContain('当前组织');
    const box = await phone.getByTestId('org-switcher').boundingBox();
    expect(box?.height).toBeLessThan(40);
    await shot(phone, 'phone-header');
    await phone.context().close();
  });
});
