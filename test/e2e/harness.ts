// What every browser suite shares: the built web app served by the real server on a random port
// with a fresh SQLite data folder and the demo county, and the Debian Chromium driven through
// playwright-core with the flags this machine needs.
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createDemoDb } from '../demo-template.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Fazhi@Demo2026';
export const root = resolve(import.meta.dirname, '../..');
export const webIndex = join(root, 'dist/web/index.html');
export const hasChromium = existsSync(CHROMIUM);

/** Says why a suite is skipped, once, in Chinese. */
export function warnSkipped(file: string, reasons: string[]): void {
  if (reasons.length) console.warn(`[fazhi] ${reasons.join('；')}：浏览器端到端测试（${file}）已跳过。`);
}

export interface Workbench {
  app: FastifyInstance;
  browser: Browser;
  baseUrl: string;
  dataDir: string;
  newPage(viewport?: { width: number; height: number }, opts?: PageOptions): Promise<Page>;
  /** A new browser context signed in as a demo account, waiting for the workbench. */
  signIn(username: string, viewport?: { width: number; height: number }, opts?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** Let the clerk's first-login tour show (shell/HelpMenu.tsx); by default a suite's pages have
   * seen it, so that it covers nothing a suite clicks. */
  tour?: boolean;
}

/**
 * Prints what a failing browser step usually hides: API answers refused by the flood guard or
 * failing on the server, requests that never completed, slow API answers and script errors, so a
 * time-out in CI names its cause.
 */
function watch(page: Page): void {
  page.on('response', (r) => {
    const url = r.url();
    if (!url.includes('/api/')) return;
    const status = r.status();
    const t = r.request().timing();
    const ms = t.responseEnd > 0 ? Math.round(t.responseEnd) : -1;
    if (status === 429 || status >= 500 || ms > 5_000)
      console.log(`[e2e] ${status} ${r.request().method()} ${url} ${ms} ms`);
  });
  page.on('requestfailed', (r) => {
    if (r.url().includes('/api/'))
      console.log(`[e2e] request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('pageerror', (e) => console.log(`[e2e] page error: ${e.message}`));
}

/** The day the browser suites run on (the server's clock; the web app takes "today" from it). */
export const E2E_TODAY = '2026-11-16';

export async function startWorkbench(
  _name: string,
  opts: { buildWeb?: boolean; today?: string } = {},
): Promise<Workbench> {
  // The server serves dist/web; build it when this checkout has not been built yet.
  if ((opts.buildWeb ?? true) && !existsSync(webIndex)) {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  // the demo county, seeded once per run and copied for each suite (test/demo-template.ts)
  const demo = await createDemoDb('sqlite', opts.today ?? E2E_TODAY);
  await demo.db.destroy();
  const dataDir = demo.dataDir;
  const config = loadConfig({ FAZHI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, {
    demo: true,
    today: opts.today ?? E2E_TODAY,
  });
  const app = await buildApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
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
  const newPage = async (viewport = { width: 1366, height: 900 }, pageOpts: PageOptions = {}) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport });
    if (!pageOpts.tour) {
      // every user has seen the tour: its mark (fazhi.tour.v1.<user id>) reads as set
      await context.addInitScript(() => {
        const get = Storage.prototype.getItem;
        Storage.prototype.getItem = function (key: string) {
          const v = get.call(this, key);
          return v === null && key.startsWith('fazhi.tour.') ? 'e2e' : v;
        };
      });
    }
    const page = await context.newPage();
    watch(page);
    return page;
  };
  return {
    app,
    browser,
    baseUrl,
    dataDir,
    newPage,
    async signIn(username, viewport, pageOpts) {
      const page = await newPage(viewport, pageOpts);
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('user-menu').waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
