// The workbench shell in a real browser: the built web app served by the real server on a random
// port, with a fresh SQLite data folder and the demo county. Drives the Debian Chromium through
// playwright-core; skipped (with a message) where /usr/bin/chromium is not installed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';

const CHROMIUM = '/usr/bin/chromium';
const DEMO_PASSWORD = 'Fazhi@Demo2026';
const root = resolve(import.meta.dirname, '../..');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`[fazhi] 未找到 ${CHROMIUM}：浏览器端到端测试（test/e2e/shell.test.ts）已跳过。`);

describe.skipIf(!hasChromium)('workbench shell in Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    // The server serves dist/web; build it when this checkout has not been built yet.
    if (!existsSync(join(root, 'dist/web/index.html'))) {
      const { build } = await import('vite');
      await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
    }
    dataDir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
    const config = loadConfig({ FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, {
      demo: true,
    });
    app = await buildApp(config, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    return context.newPage();
  }

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
