// 公开门户 citizen forms in Chromium, as a citizen on a phone (375 and 320 px) and on a desktop: the
// township's home links the new pages; a 依申请公开 request is submitted (with JavaScript off, too)
// and its status looked up with the receipt's number and code; a comment on an open decision is
// sent, stays hidden until the clerk accepts it through the API, then shows. Every new page passes
// axe-core (no serious or critical violation), has no horizontal scroll at 320 px and loads at most
// 30 KB of gzipped JavaScript. Screenshots: /work/shots/portal-form/e2e-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hasChromium, root, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

const SHOTS = '/work/shots/portal-form';
const CODE = '511099101';
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** A little more than the forms' minimum fill time (antispam.ts MIN_FILL_SECONDS). */
const FILL_MS = 5_500;

warnSkipped('test/e2e/portal-forms.test.ts', hasChromium ? [] : ['未找到 /usr/bin/chromium']);

async function axeSerious(page: Page) {
  await page.evaluate(AXE);
  return (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id} ${v.nodes[0]?.target.join(' ')}`,
      );
  })) as string[];
}

/** axe, horizontal scroll and a screenshot of the page as it stands. */
async function look(page: Page, name: string) {
  expect(await axeSerious(page), name).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: horizontal scroll`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/e2e-${name}.png`, fullPage: true });
}

async function answer(page: Page) {
  const label = (await page.locator('label[for="f-challengeAnswer"]').textContent()) ?? '';
  const m = /验证问题：(.)加(.)等于几/.exec(label);
  if (!m) throw new Error(`no question: ${label}`);
  await page.locator('#f-challengeAnswer').fill(String(DIGITS.indexOf(m[1]) + DIGITS.indexOf(m[2])));
}

async function fillRequest(page: Page) {
  await page.locator('input[name="applicantKind"][value="person"]').check();
  await page.locator('#f-name').fill('陈晓明');
  await page.locator('#f-idType').selectOption('resident_id');
  await page.locator('#f-idNo').fill('11010519491231002X');
  await page.locator('#f-phone').fill('13912345678');
  await page.locator('#f-address').fill('清源县青石镇和平街8号（邮政编码 611000）');
  await page.locator('#f-title').fill('2026年青石镇农村道路养护经费安排');
  await page.locator('#f-delivery').selectOption('paper_post');
  await answer(page);
}

describe.skipIf(!hasChromium)('portal citizen forms in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('portal-forms', { buildWeb: false });
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  for (const width of [375, 320]) {
    it(`on a ${width} px phone: the pages, a request and its status`, async () => {
      const page = await wb.newPage({ width, height: 800 });
      const scripts: Array<Promise<number>> = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script')
          scripts.push(res.body().then((b) => gzipSync(b).length));
      });
      await page.goto(`${wb.baseUrl}/gk/${CODE}/`);
      for (const name of ['政府信息公开指南', '网上申请政府信息公开', '重大行政决策', '行政规范性文件'])
        await expect.poll(() => page.getByRole('link', { name }).count()).toBe(1);
      for (const slug of ['guide', 'normative', 'decisions']) {
        await page.goto(`${wb.baseUrl}/gk/${CODE}/${slug}`);
        await look(page, `${width}-${slug}`);
      }
      // large text (the no-JavaScript address of the toggle) still fits
      await page.goto(`${wb.baseUrl}/gk/${CODE}/apply?size=large`);
      await look(page, `${width}-apply-large`);
      await page.goto(`${wb.baseUrl}/gk/${CODE}/apply`);
      await look(page, `${width}-apply`);
      await fillRequest(page);
      await page.waitForTimeout(FILL_MS);
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByRole('heading', { name: '申请已提交' }).waitFor();
      await look(page, `${width}-receipt`);
      const no = (await page.locator('.receipt dd strong').nth(0).textContent())?.trim() ?? '';
      const code = (await page.locator('.receipt dd strong').nth(1).textContent())?.trim() ?? '';
      expect(no).toMatch(/^YSQ\d{8}-\d{5}$/);

      await page.getByRole('link', { name: '查询办理进度' }).click();
      await page.locator('#f-receiptNo').fill(no);
      await page.locator('#f-code').fill(code);
      await answer(page);
      await page.waitForTimeout(FILL_MS);
      await page.getByRole('button', { name: '查询' }).click();
      await expect.poll(() => page.locator('.status-result').textContent()).toContain('已收到申请');
      await look(page, `${width}-status`);
      const js = (await Promise.all(scripts)).reduce((a, b) => Math.max(a, b), 0);
      console.log(`[portal-forms] largest script on a page: ${js} bytes gzipped`);
      expect(js).toBeLessThanOrEqual(30 * 1024);
    }, 120_000);
  }

  it('on a desktop: a comment waits for the clerk, then shows; a request works without JavaScript', async () => {
    const page = await wb.newPage({ width: 1366, height: 900 });
    await page.goto(`${wb.baseUrl}/gk/${CODE}/decisions`);
    await look(page, 'desktop-decisions');
    const open = page.locator('li.record:has(strong.open) a').first();
    expect(await open.count()).toBe(1);
    await open.click();
    await page.getByRole('heading', { name: '提出意见' }).waitFor();
    await look(page, 'desktop-decision');
    const text = `建议在施工期间设置临时便道，方便沿街商户经营。${Date.now()}`;
    await page.locator('#f-commenterName').fill('刘建国');
    await page.locator('#f-content').fill(text);
    await answer(page);
    await page.waitForTimeout(FILL_MS);
    await page.getByRole('button', { name: '提交意见' }).click();
    await page.getByRole('heading', { name: '意见已提交' }).waitFor();
    await look(page, 'desktop-comment-sent');
    await page.getByRole('link', { name: '返回决策页面' }).click();
    expect(await page.locator('main').textContent()).not.toContain(text);

    // the clerk accepts it in the workbench's API (the comment's accept_comment step)
    const login = await fetch(`${wb.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'qingshi.clerk', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const list = (await (
      await fetch(`${wb.baseUrl}/api/ledgers/decisions/comment?q=${encodeURIComponent(text)}`, { headers })
    ).json()) as { items: Array<{ id: number }> };
    expect(list.items).toHaveLength(1);
    const accepted = await fetch(
      `${wb.baseUrl}/api/ledgers/decisions/comment/${list.items[0].id}/transitions/accept_comment`,
      { method: 'POST', headers, body: JSON.stringify({ fields: {} }) },
    );
    expect(accepted.status).toBe(200);
    await page.reload();
    expect(await page.locator('main').textContent()).toContain(text);
    await look(page, 'desktop-comment-shown');

    // without JavaScript, the form is the same form
    const context = await wb.browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
    const nojs = await context.newPage();
    await nojs.goto(`${wb.baseUrl}/gk/${CODE}/apply`);
    await fillRequest(nojs);
    await nojs.waitForTimeout(FILL_MS);
    await nojs.getByRole('button', { name: '提交申请' }).click();
    await nojs.getByRole('heading', { name: '申请已提交' }).waitFor();
    await nojs.screenshot({ path: `${SHOTS}/e2e-nojs-receipt.png` });
    await context.close();
  }, 120_000);
});
