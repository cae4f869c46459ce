// The search box, the county's 同比 and the digest settings in a real browser, on the demo county:
// a township clerk searches from the header and gets results grouped by ledger with the words
// highlighted; the results page on a phone; an administrator has no search box; the county
// supervisor reads 2026 against 2025 per township and downloads it; the clerk's 邮件提醒 page.
// Screenshots: /work/shots/search/*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/search.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/shots/search';
const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium)('search box, year over year and digest settings in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('search');
  }, 900_000);
  afterAll(async () => {
    await wb?.close();
  });

  const shot = async (page: Page, name: string, fullPage = false) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  };
  const noEnglish = async (page: Page) => {
    const text = (await page.locator('body').innerText()).replace(/XLSX|CSV/g, '');
    expect(text).not.toMatch(/\b[A-Za-z]{4,}\b/);
  };

  it('a township clerk searches every ledger from the header', async () => {
    const page = await wb.signIn('chengguan.clerk');
    // a word from one of the township's dispute titles
    const title = await page.evaluate(async () => {
      const r = await fetch('/api/ledgers/disputes/dispute?page=1&pageSize=1');
      return (await r.json()).items[0].title as string;
    });
    const word = [...title].slice(0, 4).join('');
    const box = page.getByTestId('header-search');
    await box.fill(word);
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const group = page.getByTestId('search-group-disputes-dispute');
    await group.waitFor();
    await expect(group.locator('mark').first().innerText()).resolves.toBe(word);
    await noEnglish(page);
    await shot(page, 'search-results', true);
    // the group's link opens the list filtered by the word
    await group.getByRole('link', { name: /在台账中查看/ }).click();
    await page.waitForURL(/\/ledgers\/disputes\/dispute\?q=/);
    await page.locator('.ant-table-row').first().waitFor();
    await expect(page.locator('input#q').inputValue()).resolves.toBe(word);
    await shot(page, 'search-list-filtered');
    await page.context().close();
  });

  it('on a phone, and nothing found', async () => {
    const page = await wb.signIn('qingshi.clerk', PHONE);
    await page.goto(`${wb.baseUrl}/search?q=${encodeURIComponent('无此内容的关键词')}`);
    await page.getByText(/没有找到与/).waitFor();
    await noEnglish(page);
    await shot(page, 'search-none-phone');
    // the header fits the phone: the search is an entry of the user menu, the avatar inside the screen
    const avatar = await page.locator('.ant-pro-global-header-header-actions-avatar').boundingBox();
    expect((avatar?.x ?? 0) + (avatar?.width ?? 999)).toBeLessThanOrEqual(PHONE.width);
    // the header settles (breakpoint, run-time menu, lazy bell) before its menu is opened; a click
    // that lands while it re-renders is tried again, as a user would
    await page.goto(`${wb.baseUrl}/`, { waitUntil: 'networkidle' });
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '全局搜索' }).click();
      const moved = await page.waitForURL(/\/search/, { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (moved) break;
      if (attempt === 3) throw new Error('全局搜索 in the user menu did not open the search page');
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('an administrator has no search box', async () => {
    const page = await wb.signIn('sysadmin');
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('header-search').count()).toBe(0);
    await page.context().close();
  });

  it('the county supervisor reads each indicator against last year, per township', async () => {
    const page = await wb.signIn('supervisor');
    await page.goto(`${wb.baseUrl}/county-reports?year=2026`);
    const table = page.getByTestId('county-yoy');
    await table.waitFor({ timeout: 60_000 });
    await table.locator('.ant-table-row').first().waitFor();
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'yoy-county');
    await page.getByTestId('yoy-org').click();
    await page.locator('.ant-select-item-option').nth(1).click();
    await table.locator('.ant-table-row').first().waitFor();
    await table.scrollIntoViewIfNeeded();
    await noEnglish(page);
    await shot(page, 'yoy-township');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('yoy-export').getByRole('button').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026年与2025年指标同比.xlsx');
    await page.context().close();
  });

  it('the clerk sets the daily e-mail digest', async () => {
    const page = await wb.signIn('qingshi.clerk');
    await page.getByTestId('user-menu').hover();
    await page.getByRole('menuitem', { name: '邮件提醒' }).click();
    await page.waitForURL(/\/account\/digest/);
    const email = page.getByTestId('digest-email');
    await email.waitFor({ timeout: 60_000 });
    await email.fill('wang@qingshi.example.gov.cn');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText('已保存').first().waitFor();
    await noEnglish(page);
    await shot(page, 'digest-settings');
    await page.context().close();
  });
});
