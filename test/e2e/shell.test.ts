// The workbench shell in a real browser: the built web app served by the real server on a random
// port, with a fresh SQLite data folder and the demo county. Drives the Debian Chromium through
// playwright-core; skipped (with a message) where /usr/bin/chromium is not installed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/shell.test.ts', ['未找到 /usr/bin/chromium']);

describe.skipIf(!hasChromium)('workbench shell in Chromium', () => {
  let wb: Workbench;
  let baseUrl: string;

  beforeAll(async () => {
    wb = await startWorkbench('shell');
    baseUrl = wb.baseUrl;
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  const newPage = (): Promise<Page> => wb.newPage({ width: 1366, height: 860 });

  async function submitLogin(page: Page, username: string, password: string): Promise<void> {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
  }

  it('logs the demo sysadmin in and shows only the sysadmin menu', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/admin/users`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect(page.title()).resolves.toBe('法治政府建设工作台');
    await submitLogin(page, 'sysadmin', DEMO_PASSWORD);

    // Back where the user was going, inside the workbench.
    await page.getByRole('menuitem', { name: '用户管理' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    const menu = await page.locator('.ant-layout-sider').innerText();
    for (const entry of ['工作台首页', '工作日历', '系统管理', '用户管理', '组织机构'])
      expect(menu).toContain(entry);
    for (const entry of ['角色授权', '审计日志']) expect(menu).not.toContain(entry);
    expect(menu).not.toMatch(/[A-Za-z]/);

    // The user list is real data from the server.
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('secadmin');

    // Home page: name, organisation and roles of the signed-in user.
    await page.getByRole('menuitem', { name: '工作台首页' }).click();
    const account = page.getByTestId('home-account');
    await account.waitFor();
    expect(await account.innerText()).toContain('系统管理员');

    // Logging out ends the session: the workbench sends the browser back to the login page.
    await page.getByTestId('user-menu').hover();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('shows the tries left, then the lockout, after five wrong passwords', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/login`);
    const notice = page.getByTestId('login-notice');
    const seen: string[] = [];
    for (let i = 1; i <= 5; i++) {
      await submitLogin(page, 'auditor', `wrong-password-${i}`);
      await expect
        .poll(async () => (await notice.count()) > 0 && (await notice.innerText()) !== seen.at(-1))
        .toBe(true);
      seen.push(await notice.innerText());
    }
    expect(seen[0]).toContain('还可尝试4次');
    expect(seen[3]).toContain('还可尝试1次');
    expect(seen[4]).toMatch(/账号已锁定.*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    // Even the right password is refused while the account is locked.
    await submitLogin(page, 'auditor', DEMO_PASSWORD);
    await expect.poll(() => notice.innerText()).toContain('账号已锁定');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });
});
