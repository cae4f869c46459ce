// Help (issue 14): the header's 帮助 menu opens the page's manual (本页说明) — on a ledger page its
// purpose, its law and what each state means, from the manifest — and a township clerk sees the
// first-login tour once: skippable, not shown again on the next sign-in, re-opened from the menu.
// Screenshots: /work/shots/steps/ (FAZHI_SHOTS).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/help.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = process.env.FAZHI_SHOTS ?? '/work/shots/steps';
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `help-${name}.png`) });

/** Opens an entry of the help menu (it opens on hover: hover again while the page settles). */
async function helpItem(page: Page, name: string): Promise<void> {
  const item = page.getByRole('menuitem', { name });
  await expect
    .poll(async () => {
      await page.getByTestId('help-menu').hover();
      return item.isVisible();
    })
    .toBe(true);
  await item.click();
}

describe.skipIf(!hasChromium)('help and the first-login tour in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('help');
  }, 600_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('shows a clerk the tour once, skippable, and again from the help menu', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1366, height: 900 }, { tour: true });
    const tour = page.locator('.ant-tour');
    await tour.waitFor();
    expect(await tour.innerText()).toContain('欢迎使用法治政府建设工作台');
    await shot(page, '1-tour-welcome');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(async () => tour.innerText()).toContain('待办预警');
    await shot(page, '2-tour-board');
    await page.getByTestId('tour-skip').click();
    await expect.poll(() => tour.isVisible()).toBe(false);

    // Remembered for this user: not shown on the next visit.
    await page.reload();
    await page.getByTestId('user-menu').waitFor();
    await page.waitForTimeout(1500);
    expect(await page.locator('.ant-tour').isVisible()).toBe(false);

    await helpItem(page, '新手引导');
    await tour.waitFor();
    expect(await tour.innerText()).toContain('欢迎使用');
    await page.getByTestId('tour-skip').click();
    await page.context().close();
  });

  it('does not show the tour to the county supervisor', async () => {
    const page = await wb.signIn('supervisor', undefined, { tour: true });
    await page.waitForTimeout(1500);
    expect(await page.locator('.ant-tour').isVisible()).toBe(false);
    await page.context().close();
  });

  it('explains the page: the board, and a ledger with what each state means', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1366, height: 900 });
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('fazhi.tour')) localStorage.setItem(k, 'x');
    });
    await page
      .locator('.ant-tour')
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    if (await page.locator('.ant-tour').isVisible()) await page.getByTestId('tour-skip').click();

    await page.goto(`${wb.baseUrl}/deadlines`);
    await page.getByTestId('user-menu').waitFor();
    await helpItem(page, '本页说明');
    const drawer = page.locator('.ant-drawer-content');
    await drawer.waitFor();
    await expect.poll(() => drawer.innerText()).toContain('法律规定');
    expect(await drawer.innerText()).toContain('红牌');
    await shot(page, '3-board-help');
    await page.keyboard.press('Escape');

    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute`);
    await page.locator('.ant-table-row').first().waitFor();
    await helpItem(page, '本页说明');
    await page.getByTestId('help-states').waitFor();
    const text = await page.locator('.ant-drawer-content').innerText();
    expect(text).toContain('人民调解法');
    expect(text).toContain('调解中');
    expect(text).toContain('可办理“调解成功”（转为调解成功）');
    expect(text).toContain('调解期限：30个自然日');
    await shot(page, '4-ledger-help');
    await page.context().close();
  });
});
