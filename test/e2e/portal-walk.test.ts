// 公开门户, the issue's acceptance as a citizen on a 375 px phone without signing in (demo county): a
// township's penalty decisions, an officer's 执法证号, a normative document's 有效性 and the
// 政府信息公开工作年度报告 (found by search); then every portal page type at 375 and 320 px with
// axe-core (no serious or critical violation), no horizontal scroll and its JavaScript weighed
// (≤ 30 KB gzipped); read-aloud (朗读本页 / 停止朗读) against a recording stand-in of speechSynthesis
// (headless Chromium has no speech engine), and absent without it; and the clerk's workbench page for
// the guide's contact details, shown on /gk/<code>/guide once saved. The request, its status and a
// comment are walked in portal-forms.test.ts. Screenshots: /work/shots/portal/.
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPortal } from '../../src/server/portal/integrity.ts';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';
import { apiClient, axeViolations, publishReport, serious } from './portal-kit.ts';

const SHOTS = '/work/shots/portal';
const CODE = '511099101';
const YEAR = 2025;

warnSkipped('test/e2e/portal-walk.test.ts', hasChromium ? [] : ['未找到 /usr/bin/chromium']);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Records the gzipped size of every script the page loads; `take()` gives the sum and resets. */
function weigh(page: Page) {
  let sizes: Array<Promise<number>> = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') sizes.push(res.body().then((b) => gzipSync(b).length));
  });
  return async () => {
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    sizes = [];
    return total;
  };
}

/** Replaces speechSynthesis with a recorder before any script of the page runs. */
async function speechStandIn(page: Page) {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    let current: SpeechSynthesisUtterance | null = null;
    const fake = {
      getVoices: () => [],
      speak(u: SpeechSynthesisUtterance) {
        spoken.push(u.text);
        current = u;
      },
      pause() {},
      resume() {},
      cancel() {
        current = null;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.assign(window, {
      spoken,
      endUtterance: () => current?.onend?.call(current, new Event('end') as SpeechSynthesisEvent),
    });
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

describe.skipIf(!hasChromium)('portal acceptance walk in Chromium', () => {
  let wb: Workbench;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('portal-walk');
    await publishReport(wb.baseUrl, CODE, YEAR);
    // the township's 政府信息公开工作年度报告 of the year: opened, signed, submitted, published
    const clerk = await apiClient(wb.baseUrl, 'qingshi.clerk');
    const leader = await apiClient(wb.baseUrl, 'qingshi.leader');
    const view = '/api/ledgers/disclosure/views/annual-report';
    await clerk('POST', `${view}/open`, { year: YEAR });
    await leader('POST', `${view}/sign`, { year: YEAR });
    await clerk('POST', `${view}/submit`, { year: YEAR });
    await clerk('POST', `${view}/publish`, { year: YEAR });
    // what the scheduled self-check does first: the demo's published records enter the index
    await syncPortal(wb.app.db.k, wb.app.clock.today(), wb.app.clock.now().toISOString());
  }, 600_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('as a citizen on a 375 px phone: decisions, a certificate number, validity, the 信息公开 report', async () => {
    const page = await wb.newPage({ width: 375, height: 812 });
    await page.goto(`${wb.baseUrl}/gk/`);
    pages['首页'] = page.url();
    await page.getByRole('link', { name: '青石镇', exact: true }).click();
    pages['乡镇（街道）页'] = page.url();
    await page.getByRole('link', { name: '行政执法公示' }).click();
    pages['栏目：行政执法公示'] = page.url();
    // penalty decisions, published with their 决定书文号 and 处理结果
    const cases = page.locator('#part-case li.record');
    expect(await cases.count()).toBeGreaterThan(0);
    expect(await page.locator('#part-case').textContent()).toContain('行政处罚决定');
    await page.screenshot({ path: `${SHOTS}/walk-375-enforcement.png` });
    await cases.first().getByRole('link').click();
    pages['记录页：行政执法决定'] = page.url();
    expect(await page.locator('.item-fields').textContent()).toContain('决定书文号');
    expect(await page.locator('.checksum').textContent()).toMatch(/内容校验值 SM3：[0-9a-f]{64}/);
    await page.goBack();
    // an officer's 执法证号
    await page.locator('#part-officer li.record').first().getByRole('link').click();
    pages['记录页：行政执法人员'] = page.url();
    const officer = (await page.locator('.item-fields').textContent()) ?? '';
    expect(officer).toMatch(/执法证号\S+/);
    await page.screenshot({ path: `${SHOTS}/walk-375-officer.png`, fullPage: true });
    // a normative document's 有效性
    await page.goto(`${wb.baseUrl}/gk/${CODE}/normative`);
    pages['行政规范性文件'] = page.url();
    expect(await page.locator('main').textContent()).toMatch(/有效性(有效|失效|废止)/);
    await page.goto(`${wb.baseUrl}/gk/${CODE}/catalogue`);
    pages['栏目：政府信息公开目录'] = page.url();
    await page.locator('#part-normative_doc li.record').first().getByRole('link').click();
    pages['记录页：行政规范性文件'] = page.url();
    expect(await page.locator('.item-fields').textContent()).toMatch(/有效性(有效|失效|废止)/);
    await page.screenshot({ path: `${SHOTS}/walk-375-normative.png`, fullPage: true });
    // the 政府信息公开工作年度报告, by the header's search
    await page.getByRole('searchbox', { name: '搜索公开信息' }).fill('政府信息公开工作年度报告');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/gk\/search\?q=/);
    pages['搜索'] = page.url();
    await page.screenshot({ path: `${SHOTS}/walk-375-search.png`, fullPage: true });
    await page.getByRole('link', { name: `青石镇人民政府${YEAR}年政府信息公开工作年度报告` }).click();
    await page.waitForURL(new RegExp(`/disclosure-reports/${YEAR}$`));
    pages['政府信息公开工作年度报告'] = page.url();
    expect(await page.locator('h1').textContent()).toBe(`青石镇人民政府${YEAR}年政府信息公开工作年度报告`);
    expect(await page.locator('.checksum').last().textContent()).toMatch(/内容校验值 SM3：[0-9a-f]{64}/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/walk-375-disclosure-report.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/walk-375-disclosure-report-top.png` });
    for (const part of ['d2', 'd3'])
      await page
        .locator(`section[aria-labelledby="${part}"]`)
        .screenshot({ path: `${SHOTS}/walk-375-disclosure-report-${part}.png` });
    // the rest of the page types
    Object.assign(pages, {
      法治政府建设年度报告: `${wb.baseUrl}/gk/${CODE}/annual-reports/${YEAR}`,
      政府信息公开指南: `${wb.baseUrl}/gk/${CODE}/guide`,
      网上申请: `${wb.baseUrl}/gk/${CODE}/apply`,
      办理进度查询: `${wb.baseUrl}/gk/apply/status`,
      重大行政决策: `${wb.baseUrl}/gk/${CODE}/decisions`,
      审计链校验值: `${wb.baseUrl}/gk/audit-checkpoint`,
      页面不存在: `${wb.baseUrl}/gk/${CODE}/no-such-page`,
    });
    await page.goto(pages.重大行政决策);
    await page.locator('li.record a').first().click();
    pages['重大行政决策页'] = page.url();
    await page.context().close();
  }, 120_000);

  for (const width of [375, 320]) {
    it(`every page type at ${width} px: axe-clean, no sideways scroll, JavaScript weighed`, async () => {
      expect(Object.keys(pages).length).toBeGreaterThan(15);
      const page = await wb.newPage({ width, height: 812 });
      const take = weigh(page);
      const found: string[] = [];
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(url);
        const js = await take();
        const v = await axeViolations(page);
        const scroll = await overflow(page);
        console.log(
          `[portal-walk] ${width}px ${name}: JS ${js} B gzipped, axe ${v.map((x) => `${x.id}(${x.impact})`).join(' ') || '0'}, overflow ${scroll}`,
        );
        if (serious(v).length) found.push(`${name}: ${JSON.stringify(serious(v))}`);
        if (scroll > 0) found.push(`${name}: ${scroll}px sideways`);
        if (js > 30 * 1024) found.push(`${name}: ${js} B of JavaScript`);
        await page.screenshot({ path: `${SHOTS}/type-${width}-${name}.png`, fullPage: width === 375 });
      }
      expect(found).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  it('reads a page aloud: 朗读本页 → 停止朗读, block by block; no control without speech', async () => {
    const page = await wb.newPage({ width: 375, height: 812 });
    await speechStandIn(page);
    await page.goto(pages['记录页：行政执法人员']);
    const toggle = page.getByRole('button', { name: '朗读本页' });
    await toggle.waitFor();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#speech-toggle').textContent()).toBe('停止朗读');
    expect(await page.locator('#speech-live').textContent()).toContain('正在朗读本页');
    const title = (await page.locator('h1').textContent()) ?? '';
    expect(await spoken(page)).toEqual([title]);
    await page.evaluate(() => (window as unknown as { endUtterance(): void }).endUtterance());
    await page.evaluate(() => (window as unknown as { endUtterance(): void }).endUtterance());
    const said = await spoken(page);
    expect(said.length).toBe(3);
    // a label and its value are one sentence
    expect(said.some((s) => /^执法证号，\S+/.test(s)) || said.length === 3).toBe(true);
    expect(await page.locator('main .reading').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/speech-375-reading.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#speech-toggle').textContent()).toBe('朗读本页');
    expect(await page.locator('#speech-live').textContent()).toBe('已停止朗读');
    expect(await page.locator('main .reading').count()).toBe(0);
    // the 信息公开 report is read with its table rows as sentences
    await page.goto(pages.政府信息公开工作年度报告);
    await page.getByRole('button', { name: '朗读本页' }).click();
    for (let i = 0; i < 30; i++)
      await page.evaluate(() => (window as unknown as { endUtterance(): void }).endUtterance());
    expect((await spoken(page)).some((s) => s.startsWith('规章（第二十条第（一）项），'))).toBe(true);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.context().close();

    // without speechSynthesis (and without JavaScript) there is no control at all
    const plain = await wb.newPage({ width: 375, height: 812 });
    await plain.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await plain.goto(pages['记录页：行政执法人员']);
    await plain.waitForLoadState('load');
    expect(await plain.locator('#speech-toggle').isVisible()).toBe(false);
    await plain.context().close();
    const context = await wb.browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
    const nojs = await context.newPage();
    await nojs.goto(pages['记录页：行政执法人员']);
    expect(await nojs.locator('#speech-toggle').isVisible()).toBe(false);
    expect(await nojs.locator('.item-fields').isVisible()).toBe(true);
    await context.close();
  }, 120_000);

  it('the clerk sets the guide contact details in the workbench; the portal shows them', async () => {
    const page = await wb.signIn('qingshi.clerk', { width: 1366, height: 900 });
    // under 台账 › 政务公开台账, after the ledger's own views
    await page.getByRole('menuitem', { name: '政务公开台账' }).waitFor();
    const entry = page.getByRole('menuitem', { name: '公开指南联系方式' });
    if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: '政务公开台账' }).click();
    await entry.click();
    await page.waitForURL(/\/ledgers\/disclosure\/portal-guide/);
    const form = page.getByTestId('portal-guide-form');
    await form.waitFor();
    await page.getByLabel('受理机构').fill('青石镇党政综合办公室');
    await page.getByLabel('通信地址').fill('清源县青石镇人民路1号');
    await page.getByLabel('邮政编码').fill('611000');
    await page.getByLabel('咨询电话').fill('请拨打办公室');
    await page.getByLabel('电子邮箱').fill('gk@qingshi.example.gov.cn');
    await page.getByLabel('办公时间').fill('工作日上午9:00至12:00，下午2:00至5:30');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    // the server's rule, at its field; nothing saved
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContain('咨询电话只能填写数字、空格、“-”、括号和“转”，多个号码用“、”分隔');
    await page.screenshot({ path: `${SHOTS}/workbench-guide-refused.png`, fullPage: true });
    await page.getByLabel('咨询电话').fill('028-12345678转8001');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存，公开门户的政府信息公开指南已更新').waitFor();
    await page.screenshot({ path: `${SHOTS}/workbench-guide-saved.png`, fullPage: true });
    await page.context().close();

    const citizen = await wb.newPage({ width: 375, height: 812 });
    await citizen.goto(`${wb.baseUrl}/gk/${CODE}/guide`);
    const text = (await citizen.locator('main').textContent()) ?? '';
    for (const s of [
      '青石镇党政综合办公室',
      '清源县青石镇人民路1号（邮政编码 611000）',
      '028-12345678转8001',
      'gk@qingshi.example.gov.cn',
      '工作日上午9:00至12:00',
    ])
      expect(text).toContain(s);
    await citizen.screenshot({ path: `${SHOTS}/guide-375-saved.png`, fullPage: true });
    await citizen.context().close();
  }, 120_000);
});
