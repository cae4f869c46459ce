// Ledger pages in a real browser: the built web app served by the real server on a random port,
// with a fresh SQLite data folder and the demo county. A township clerk opens the disputes ledger
// from the 台账 menu, creates a dispute (a server validation error shown at its field first), finds
// it in the list, and a mediator is refused a step with the rule and the article cited. Skipped
// (with a message) where /usr/bin/chromium is not installed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/ledgers.test.ts', ['未找到 /usr/bin/chromium']);

describe.skipIf(!hasChromium)('ledger pages in Chromium', () => {
  let wb: Workbench;
  let baseUrl: string;

  beforeAll(async () => {
    wb = await startWorkbench('ledgers');
    baseUrl = wb.baseUrl;
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  const signIn = (username: string): Promise<Page> => wb.signIn(username);

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  it('creates a dispute from the 台账 menu and finds it in the list', async () => {
    const page = await signIn('chengguan.clerk');
    const menu = page.locator('.ant-layout-sider');
    // The ledger entries come with the manifests (GET /api/ledgers), after the static menu.
    await page.getByRole('menuitem', { name: '矛盾纠纷台账' }).waitFor();
    for (const entry of ['待办预警', '台账', '矛盾纠纷台账', '工作指标'])
      expect(await menu.innerText()).toContain(entry);

    await page.getByRole('menuitem', { name: '矛盾纠纷台账' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/ledgers/disputes/dispute');
    // Parties' names are masked in the list.
    expect(await page.locator('.ant-table-tbody').innerText()).toMatch(/[\u4e00-\u9fa5]\*/);

    await page.getByRole('button', { name: /新\s*建/ }).click();
    await page.getByLabel('纠纷事由').waitFor();
    const title = `端到端测试纠纷${Date.now()}`;
    await page.getByLabel('纠纷事由').fill(title);
    await choose(page, '纠纷来源', '来访');
    await choose(page, '纠纷类别', '邻里纠纷');
    await choose(page, '调解方式', '人民调解');
    await page.getByLabel('申请人', { exact: true }).fill('王小明');
    await page.getByLabel('申请人联系电话').fill('12345');
    await page.getByRole('button', { name: /保\s*存/ }).click();

    // The server refuses the number; its message is shown under that field.
    const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('申请人联系电话') });
    await expect.poll(() => phoneItem.locator('.ant-form-item-explain').innerText()).toContain('手机号码');

    await page.getByLabel('申请人联系电话').fill('13800138000');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('记录信息').first().waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/ledgers\/disputes\/dispute\/\d+$/);
    const detail = await page.locator('.ant-descriptions').first().innerText();
    expect(detail).toContain(title);
    expect(detail).toContain('138****8000');
    expect(detail).not.toContain('13800138000');
    expect(await page.getByTestId('timeline-step').first().innerText()).toContain('登记');

    await page.goto(`${baseUrl}/ledgers/disputes/dispute`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByLabel('关键字').fill(title);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.locator('.ant-table-tbody').innerText()).toContain(title);
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('王*');
    await page.context().close();
  });

  it('shows a refused workflow step with its rule and the article cited', async () => {
    const page = await signIn('chengguan.mediator');
    await page.goto(`${baseUrl}/ledgers/disputes/dispute`);
    await page.locator('.ant-table-row').first().waitFor();
    await choose(page, '状态', '调解中');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.locator('.ant-table-tbody').innerText()).toContain('调解中');
    await page.locator('.ant-table-row a').first().click();
    await page.getByTestId('transition-succeed').click();
    const dialog = page.locator('.ant-modal-content');
    await choose(page, '协议形式', '书面调解协议');
    await dialog.getByRole('button', { name: /调解成功/ }).click();
    const refusal = page.getByTestId('workflow-refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain('调解协议书');
    expect(text).toContain('《中华人民共和国人民调解法》');
    await page.context().close();
  });
});
