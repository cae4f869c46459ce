// 公开门户 search, lists and feeds in Chromium on the demo county: the header's search box (a GET
// form, with and without JavaScript), highlighted results and their pages, the paged and filtered
// enforcement list, an item page with its 内容校验值, the Atom feed parsed as XML — at 1366×900,
// 375×812 and 320 px, with axe-core (no serious or critical violation) and no horizontal scroll.
// Screenshots go to /work/shots/portal-search/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPortal } from '../../src/server/portal/integrity.ts';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';
import { axeViolations, publishReport, serious } from './portal-kit.ts';

const SHOTS = '/work/shots/portal-search';
const CODE = '511099101';
const YEAR = 2025;

warnSkipped('test/e2e/portal-search.test.ts', hasChromium ? [] : ['未找到 /usr/bin/chromium']);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('portal search, lists and feeds in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('portal-search', { buildWeb: false });
    await publishReport(wb.baseUrl, CODE, YEAR);
    // what the scheduled self-check does first: the demo's published records enter the index
    await syncPortal(wb.app.db.k, wb.app.clock.today(), wb.app.clock.now().toISOString());
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('searches from the header on a desktop: highlighted results, paging, axe-clean', async () => {
    const page = await wb.newPage({ width: 1366, height: 900 });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${wb.baseUrl}/gk/`);
    await page.getByRole('searchbox', { name: '搜索公开信息' }).fill('法治政府建设');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/gk\/search\?q=/);
    expect(await page.locator('[role="status"]').first().textContent()).toMatch(
      /找到与“法治政府建设”相关的公开信息\d+条/,
    );
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/search-desktop.png`, fullPage: true });
    const v = await axeViolations(page);
    console.log(`[portal-search] axe on the search page: ${JSON.stringify(v)}`);
    expect(serious(v)).toEqual([]);

    // a wide search pages through its results with 下一页
    await page.goto(`${wb.baseUrl}/gk/search?q=${encodeURIComponent('决')}`);
    const status = await page.locator('[role="status"]').first().textContent();
    console.log(`[portal-search] ${status}`);
    if (await page.getByRole('link', { name: '下一页' }).count()) {
      await page.getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(/page=2/);
      expect(await page.locator('.pager [aria-current="page"]').textContent()).toBe('2');
      await page.screenshot({ path: `${SHOTS}/search-page2-desktop.png`, fullPage: true });
      expect(serious(await axeViolations(page))).toEqual([]);
    }
    // a result leads to its page, which shows its 内容校验值
    await page.locator('.results a').first().click();
    await page.waitForLoadState();
    expect(await page.locator('.checksum').last().textContent()).toMatch(/内容校验值 SM3：[0-9a-f]{64}/);
    await page.screenshot({ path: `${SHOTS}/item-desktop.png`, fullPage: true });
    expect(serious(await axeViolations(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pages and filters the enforcement list; item pages axe-clean', async () => {
    const page = await wb.newPage({ width: 1366, height: 900 });
    await page.goto(`${wb.baseUrl}/gk/${CODE}/enforcement`);
    await page.screenshot({ path: `${SHOTS}/enforcement-desktop.png`, fullPage: true });
    const v = await axeViolations(page);
    console.log(`[portal-search] axe on the enforcement list: ${JSON.stringify(v)}`);
    expect(serious(v)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/enforcement-desktop-top.png` });
    const count = await page.locator('#part-case .count').textContent();
    if (await page.locator('#part-case .pager').count()) {
      await page.locator('#part-case .pager').screenshot({ path: `${SHOTS}/enforcement-pager.png` });
    }
    console.log(`[portal-search] enforcement decisions listed: ${count}`);
    if (await page.locator('#part-case .pager').count()) {
      await page.locator('#part-case').getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(/part=case&page=2/);
      expect(await page.locator('#part-case .pager [aria-current="page"]').textContent()).toBe('2');
    }
    if (await page.locator('#f-year option').count()) {
      const year = await page.locator('#f-year option').nth(1).getAttribute('value');
      await page.selectOption('#f-year', year!);
      await page.getByRole('button', { name: '筛选' }).click();
      await page.waitForURL(new RegExp(`year=${year}`));
      await page.screenshot({ path: `${SHOTS}/enforcement-filtered-desktop.png`, fullPage: true });
      expect(serious(await axeViolations(page))).toEqual([]);
    }
    await page.context().close();
  });

  for (const width of [375, 320]) {
    it(`fits ${width} px: search, lists, item and report pages without horizontal scroll`, async () => {
      const page = await wb.newPage({ width, height: 812 });
      await page.goto(`${wb.baseUrl}/gk/search?q=${encodeURIComponent('法治政府建设')}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/search-${width}.png`, fullPage: true });
      expect(serious(await axeViolations(page))).toEqual([]);
      await page.goto(`${wb.baseUrl}/gk/${CODE}/enforcement`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/enforcement-${width}.png` });
      await page.goto(`${wb.baseUrl}/gk/${CODE}/catalogue`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/catalogue-${width}.png`, fullPage: true });
      // the report page: the hidden QR code leaves no blank gap under the downloads
      await page.goto(`${wb.baseUrl}/gk/${CODE}/annual-reports/${YEAR}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const gap = await page.evaluate(() => {
        const actions = document.querySelector('.actions')!.getBoundingClientRect();
        const last = document.querySelector('.downloads')!.getBoundingClientRect();
        return actions.bottom - last.bottom;
      });
      console.log(`[portal-search] ${width}px: space under the downloads ${gap}px`);
      expect(gap).toBeLessThan(60);
      await page.screenshot({ path: `${SHOTS}/report-${width}.png` });
      await page.getByRole('button', { name: '放大字号' }).click();
      expect(await page.locator('#size-toggle').textContent()).toBe('恢复标准字号');
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 8)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      );
      expect(wide).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/report-${width}-large.png` });
      await page.getByRole('button', { name: '恢复标准字号' }).click();
      await page.context().close();
    });
  }

  it('searches without JavaScript and serves a well-formed Atom feed', async () => {
    const context = await wb.browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${wb.baseUrl}/gk/${CODE}/`);
    await page.getByRole('searchbox', { name: '搜索公开信息' }).fill('报告');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/gk\/search\?q=/);
    expect(await page.locator('.results li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/search-nojs-375.png`, fullPage: true });
    await context.close();

    const feedPage = await wb.newPage();
    await feedPage.goto(`${wb.baseUrl}/gk/${CODE}/`);
    expect(await feedPage.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(1);
    const xml = await (await fetch(`${wb.baseUrl}/gk/${CODE}/feed.xml`)).text();
    const parsed = await feedPage.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagNameNS(ns, 'entry').length,
        withIds: [...doc.getElementsByTagNameNS(ns, 'entry')].every(
          (e) =>
            e.getElementsByTagNameNS(ns, 'id').length === 1 &&
            e.getElementsByTagNameNS(ns, 'updated').length === 1,
        ),
      };
    }, xml);
    console.log(`[portal-search] feed: ${JSON.stringify(parsed)}, ${xml.length} bytes`);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.entries).toBeGreaterThan(0);
    expect(parsed.entries).toBeLessThanOrEqual(50);
    expect(parsed.withIds).toBe(true);
    const sitemap = await (await fetch(`${wb.baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/gk/${CODE}/annual-reports/${YEAR}</loc>`);
    await feedPage.context().close();
  });
});
