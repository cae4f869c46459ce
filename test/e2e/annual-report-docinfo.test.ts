// 发文信息 in the 年度报告 editor, in a real browser: the 青石镇 clerk drafts the 2024 report, types a
// 发文字号 with square brackets (the card says what is wrong and puts the year into 〔〕), adds two
// 抄送机关 as tags and the 印发机关, saves them with the paragraphs, and after submitting for review
// sees them read-only, the 签发人 to be written in at signing. Uses the built web app (dist/web).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startWorkbench, type Workbench, warnSkipped, webIndex } from './harness.ts';

const SHOTS = '/work/notes/shots';

const missing = [
  !existsSync(CHROMIUM) && `未找到 ${CHROMIUM}`,
  !existsSync(webIndex) && '未构建前端（dist/web），请先运行 npx vite build',
].filter((m): m is string => typeof m === 'string');
warnSkipped('test/e2e/annual-report-docinfo.test.ts', missing);

describe.skipIf(missing.length > 0)('年度报告 发文信息 in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench('annual-report-docinfo', { buildWeb: false });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('edits 发文字号, 抄送 and 印发机关 while drafting and shows them read-only afterwards', async () => {
    const page = await wb.signIn('qingshi.clerk', { width: 1440, height: 1000 });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.getByRole('menuitem', { name: /(^|\s)年度报告$/ }).click();
    await page.getByTestId('report-year').click();
    await page.locator('.ant-select-item-option', { hasText: '2024 年度' }).click();
    await page.getByTestId('report-create').click();
    const card = page.getByTestId('report-docinfo');
    await card.waitFor();

    await page.getByTestId('docinfo-number').fill('青政发[2025]3号');
    await expect.poll(() => card.textContent()).toContain('六角括号');
    await card.getByRole('button', { name: '改用六角括号〔〕' }).click();
    expect(await page.getByTestId('docinfo-number').inputValue()).toBe('青政发〔2025〕3号');
    await expect.poll(() => card.locator('.ant-form-item-explain-error').count()).toBe(0);

    const cc = page.getByTestId('docinfo-cc').locator('input');
    for (const organ of ['清源县司法局', '清源县人民政府办公室']) {
      await cc.fill(organ);
      await cc.press('Enter');
    }
    await page.getByTestId('docinfo-printer').fill('青石镇党政办公室');
    await page.getByTestId('docinfo-printer').click();

    const saved = page.waitForResponse((r) => r.url().endsWith('/draft') && r.request().method() === 'PUT');
    await page.getByTestId('report-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByTestId('docinfo-number').inputValue()).toBe('青政发〔2025〕3号');
    expect(await card.textContent()).toContain('清源县人民政府办公室');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'report-docinfo.png') });

    // submitted for review: read-only, 签发人 and 印发日期 to come at signing
    const submit = page.getByTestId('transition-submit_review');
    await expect.poll(() => submit.isEnabled(), { timeout: 30_000 }).toBe(true);
    await submit.click();
    const confirm = page.locator('.ant-modal-confirm .ant-btn-primary');
    await confirm.waitFor();
    const [done] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/transitions/submit_review'), { timeout: 60_000 }),
      confirm.click(),
    ]);
    expect(done.status()).toBe(200);
    await expect.poll(() => card.textContent()).toContain('签发时填入签发领导');
    expect(await card.textContent()).toContain('青政发〔2025〕3号');
    expect(await card.textContent()).toContain('清源县司法局、清源县人民政府办公室');
    expect(await page.getByTestId('docinfo-number').count()).toBe(0);
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await card.screenshot({ path: join(SHOTS, 'report-docinfo-readonly.png') });

    expect(pageErrors).toEqual([]);
  });
});
