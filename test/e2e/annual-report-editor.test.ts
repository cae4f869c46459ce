// 年度报告 editor in a real browser: the 城关镇 clerk drafts the 2025 report from the ledgers, states a
// bound figure wrongly and saves — the finding appears in place on that paragraph — puts it right
// and submits it for review; the leader approves, signs and submits it to the county; the signed
// report is read-only and downloads as DOCX. Uses the built web app (dist/web); builds nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startWorkbench, type Workbench, warnSkipped, webIndex } from './harness.ts';

const SHOTS = '/work/notes/shots';

const missing = [
  !existsSync(CHROMIUM) && `未找到 ${CHROMIUM}`,
  !existsSync(webIndex) && '未构建前端（dist/web），请先运行 npx vite build',
].filter((m): m is string => typeof m === 'string');
warnSkipped('test/e2e/annual-report-editor.test.ts', missing);

async function step(page: Page, id: string) {
  const done = page.waitForResponse((r) => r.url().includes(`/transitions/${id}`));
  // click only what is ready: the step's button, then the signing dialog's 确定 (timed out once in CI)
  const button = page.getByTestId(`transition-${id}`);
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  if (id === 'sign') {
    const ok = page.getByRole('button', { name: /确\s*定/ });
    await expect.poll(() => ok.isEnabled()).toBe(true);
    await ok.click();
  }
  // 提交审核 asks first, saying how many error-level findings remain.
  if (id === 'submit_review') await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  expect((await done).status()).toBe(200);
}

async function chooseYear(page: Page, year: number) {
  await page.getByTestId('report-year').click();
  await page.locator('.ant-select-item-option', { hasText: `${year} 年度` }).click();
}

describe.skipIf(missing.length > 0)('年度报告 editor in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench('annual-report', { buildWeb: false });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('drafts, shows a wrong figure in place, signs and downloads the report', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1440, height: 1000 });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.getByRole('menuitem', { name: /(^|\s)年度报告$/ }).click();
    await expect.poll(() => page.getByTestId('report-year').textContent()).toContain('2025');

    // A year without a report: drafted from the ledgers (the demo ledgers hold no 2024 records, so
    // every area is a gap to fill).
    await chooseYear(page, 2024);
    await page.getByTestId('report-create').click();
    const doc = page.getByTestId('report-document');
    await expect.poll(() => doc.textContent()).toContain('关于2024年度法治政府建设情况的报告');
    expect(await page.getByTestId('gap-hint').count()).toBeGreaterThan(0);

    // 2025: drafted here, or — where the demo county has already written and published it through
    // the workflow — corrected as a new draft version.
    await chooseYear(page, 2025);
    const create = page.getByTestId('report-create');
    const correct = page.getByTestId('transition-correct');
    await create.or(correct).waitFor();
    if (await create.isVisible()) await create.click();
    else await step(page, 'correct');
    await page.getByTestId('report-save').waitFor();
    await expect.poll(() => doc.textContent()).toContain('关于2025年度法治政府建设情况的报告');
    expect(await doc.textContent()).toContain('一、主要举措和成效');

    // A bound figure, stated wrongly: its paragraph gets the ledger-mismatch finding in place.
    const figure = doc.getByTestId('bound-figure').first();
    const stated = (await figure.textContent()) ?? '';
    const n = Number(/\d+(?:\.\d+)?/.exec(stated)?.[0]);
    expect(Number.isFinite(n)).toBe(true);
    const wrong = stated.replace(String(n), String(n + 7));
    const para = doc
      .getByTestId('report-paragraph')
      .filter({ has: page.getByTestId('bound-figure') })
      .first();
    await figure.hover();
    await expect.poll(() => page.locator('.ant-tooltip').last().textContent()).toContain('台账数值');
    await para.locator('button').first().click();
    const input = page.getByTestId('paragraph-input');
    const original = await input.inputValue();
    await input.fill(original.replace(stated, wrong));
    await page.getByTestId('report-save').click();
    const flagged = doc.locator('[data-testid="report-paragraph"][data-severity="error"]', {
      hasText: wrong,
    });
    await flagged.waitFor();
    expect(await flagged.getByTestId('paragraph-findings').textContent()).toContain('台账计算');
    expect(await flagged.locator('mark[data-severity="error"]').count()).toBeGreaterThan(0);
    // the summary lists it and scrolls to the paragraph
    await page
      .getByTestId('report-findings')
      .locator('[data-finding]', { hasText: '台账计算' })
      .first()
      .click();
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await flagged.screenshot({ path: join(SHOTS, 'annual-report-finding-paragraph.png') });
    await page.screenshot({ path: join(SHOTS, 'annual-report-editor-finding.png') });

    // Put it right, save, submit for review.
    await flagged.locator('button').first().click();
    await page.getByTestId('paragraph-input').fill(original);
    await page.getByTestId('report-save').click();
    await expect
      .poll(() => doc.locator('[data-testid="report-paragraph"][data-severity="error"]').count())
      .toBe(0);
    await step(page, 'submit_review');
    await expect.poll(() => page.getByTestId('report-state').textContent()).toContain('审核');
    expect(await page.getByTestId('report-save').count()).toBe(0);

    // The leader approves, signs and submits it.
    const leader = await wb.signIn('chengguan.leader', { width: 1440, height: 1000 });
    leader.on('pageerror', (e) => pageErrors.push(e.message));
    await leader.getByRole('menuitem', { name: /(^|\s)年度报告$/ }).click();
    await leader.getByTestId('report-document').waitFor();
    // only the steps possible now: 签发 comes after 审核通过, which is then gone
    await leader.getByTestId('transition-approve').waitFor();
    expect(await leader.getByTestId('transition-sign').count()).toBe(0);
    await step(leader, 'approve');
    await leader.getByTestId('transition-sign').waitFor();
    expect(await leader.getByTestId('transition-approve').count()).toBe(0);
    await step(leader, 'sign');
    await leader.getByTestId('report-signed').waitFor();
    expect(await leader.getByTestId('report-signed').textContent()).toContain('签发人');
    await step(leader, 'submit');
    await expect.poll(() => leader.getByTestId('report-state').textContent()).toContain('已报送');
    expect(await leader.getByTestId('signed-stamp').count()).toBe(1);
    expect(await leader.getByTestId('report-versions').textContent()).toContain('已签发');
    // read-only: no editing controls
    expect(await leader.getByTestId('report-save').count()).toBe(0);
    expect(await leader.getByRole('button', { name: '删除段落' }).count()).toBe(0);
    await leader.evaluate(() => window.scrollTo(0, 0));
    await leader.mouse.move(700, 600);
    await expect.poll(() => leader.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await leader.screenshot({ path: join(SHOTS, 'annual-report-signed.png') });
    await leader.screenshot({ path: join(SHOTS, 'annual-report-signed-full.png'), fullPage: true });

    const [download] = await Promise.all([
      leader.waitForEvent('download'),
      leader.getByTestId('download-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    expect(pageErrors).toEqual([]);
  });
});
