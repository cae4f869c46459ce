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
    // the workbench reloads into the login page of its own: let that load finish before going on
    await page.getByLabel('用户名').waitFor();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('sends a visitor without a session to the login page before the workbench loads', async () => {
    const res = await fetch(`${baseUrl}/admin/users?tab=1`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?next=%2Fadmin%2Fusers%3Ftab%3D1');

    // The login page is its own small entry: none of the workbench's scripts are fetched.
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(scripts.some((s) => /\/assets\/login-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.filter((s) => /\/assets\/(index|vendor-react)-/.test(s))).toEqual([]);

    // An empty form is refused at the fields, in Chinese.
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.locator('#username-help').innerText()).toBe('请输入用户名');
    expect(await page.locator('#password-help').innerText()).toBe('请输入密码');
    await page.context().close();
  });

  it('holds a user who must change the password at the change form after signing in', async () => {
    await wb.app.db.k
      .updateTable('appUser')
      .set({ mustChangePassword: 1 })
      .where('username', '=', 'chengguan.clerk')
      .execute();
    const page = await newPage();
    await page.goto(`${baseUrl}/calendar`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await submitLogin(page, 'chengguan.clerk', DEMO_PASSWORD);
    await page.getByText('请设置您本人的新密码').waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);

    const newPassword = 'Qingyuan#2027-xz';
    await page.getByLabel('当前密码或一次性验证码').fill(DEMO_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: /确认修改/ }).click();
    await page.getByTestId('user-menu').waitFor();
    expect(new URL(page.url()).pathname).toBe('/calendar');
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
