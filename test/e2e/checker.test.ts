// 报告体检 in a real browser: a township clerk uploads one corpus report and sees the findings list
// and the figures table, then a batch of all corpus reports and sees the comparison table. Uses the
// built web app (dist/web) served by the real server; builds nothing itself. Skipped, with a
// message, where /usr/bin/chromium, the shared corpus or dist/web is missing.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  DEMO_PASSWORD,
  root,
  startWorkbench,
  type Workbench,
  warnSkipped,
  webIndex,
} from './harness.ts';

const corpus = resolve(root, '../shared/corpus/reports');

const missing = [
  !existsSync(CHROMIUM) && `未找到 ${CHROMIUM}`,
  !existsSync(corpus) && `未找到语料目录 ${corpus}`,
  !existsSync(webIndex) && '未构建前端（dist/web），请先运行 npx vite build',
].filter((m): m is string => typeof m === 'string');
warnSkipped('test/e2e/checker.test.ts', missing);

const reports = missing.length
  ? []
  : readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(corpus, f));

describe.skipIf(missing.length > 0 || reports.length === 0)('报告体检 page in Chromium', () => {
  let wb: Workbench;
  let baseUrl: string;

  beforeAll(async () => {
    wb = await startWorkbench('checker', { buildWeb: false });
    baseUrl = wb.baseUrl;
  }, 120_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('checks one report, then a batch', async () => {
    const page = await wb.newPage({ width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${baseUrl}/checker`);
    await page.getByLabel('用户名').fill('chengguan.clerk');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('menuitem', { name: '报告体检' }).waitFor();
    await page.getByTestId('checker-drop').waitFor();

    // One report: header, marked text, findings by severity, outline and figures.
    await page.locator('input[type=file]').setInputFiles(reports[0]);
    const findings = page.getByTestId('checker-findings');
    await findings.waitFor({ timeout: 30_000 });
    expect(await findings.textContent()).toMatch(/(错误|警告|提示)\s*\d+\s*项/);
    expect(await page.locator('[data-finding]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="checker-text"] mark').count()).toBeGreaterThan(0);

    const figures = page.getByTestId('checker-figures');
    const figureRows = figures.locator('.ant-table-row');
    await figureRows.first().waitFor();
    expect(await figureRows.count()).toBeGreaterThan(0);
    const figuresText = (await figures.textContent()) ?? '';
    expect(figuresText).toContain('指标');
    expect(figuresText).toMatch(/确数|余\/以上|约/);

    const outline = (await page.getByTestId('checker-outline').textContent()) ?? '';
    expect(outline).toContain('主要举措和成效');
    expect(outline).toMatch(/已具备/);

    // A finding's rule opens its doc page, rendered from markdown.
    await page.locator('[data-finding] .ant-btn').first().click();
    const doc = page.getByTestId('rule-doc');
    await doc.waitFor();
    expect(await doc.textContent()).toContain('正确');
    await page.keyboard.press('Escape');
    await doc.waitFor({ state: 'detached' });

    // A batch: one row per report, a findings column, the copying section.
    await page.locator('input[type=file]').setInputFiles(reports);
    const batch = page.getByTestId('checker-batch');
    await batch.waitFor({ timeout: 60_000 });
    await expect.poll(() => batch.locator('.ant-table-row').count()).toBe(reports.length);
    expect(await batch.textContent()).toContain('问题数');
    await page.getByTestId('checker-pairs').waitFor();

    // No English is left on the page outside the uploaded files' own names and text.
    const chrome = await page
      .locator('.ant-layout-sider, .ant-page-header, .ant-pro-page-container-warp')
      .allTextContents();
    for (const t of chrome) expect(t).not.toMatch(/[A-Za-z]{3,}/);

    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
