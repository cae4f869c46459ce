// 工作台首页 in a real browser, on the demo county: the township clerk sees the red and yellow cards
// with the most urgent items, last year's annual report and this year's key figures; the county
// supervisor the townships' report status and red cards; the system administrator only the account
// and page links, with no business request refused. Every figure is compared with what the API
// answers for the same account. Screenshots: /work/notes/shots/home-*.png (1366×900).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TODAY, hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/home.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/notes/shots';
const VIEWPORT = { width: 1366, height: 900 };
const fmt = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

describe.skipIf(!hasChromium)('home page in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('home');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  // biome-ignore lint/suspicious/noExplicitAny: API bodies in a test
  const apiGet = async (page: Page, path: string): Promise<any> => {
    const res = await page.request.get(`${wb.baseUrl}${path}`);
    expect(res.status(), path).toBe(200);
    return res.json();
  };

  async function openHome(username: string): Promise<{ page: Page; refused: string[] }> {
    const page = await wb.signIn(username, VIEWPORT);
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${wb.baseUrl}/`);
    await page.getByTestId('home-account').waitFor();
    return { page, refused };
  }

  const noOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it('shows a township clerk the cards, the report and the figures the API computes', async () => {
    const { page, refused } = await openHome('chengguan.clerk');
    const me = (await apiGet(page, '/api/auth/me')).user;
    const year = Number(E2E_TODAY.slice(0, 4));

    // 待办预警: the counts and the most urgent items, in the board's order.
    const board = await apiGet(page, '/api/deadlines');
    await page.getByTestId('home-red').waitFor();
    expect(await page.getByTestId('home-red').innerText()).toContain(String(board.counts.red));
    expect(await page.getByTestId('home-yellow').innerText()).toContain(String(board.counts.yellow));
    const urgent = board.items.filter((c: { colour: string }) => c.colour === 'red' || c.colour === 'yellow');
    const rows = page.getByTestId('home-urgent');
    expect(await rows.count()).toBe(Math.min(5, urgent.length));
    expect(urgent.length).toBeGreaterThan(0);
    expect(await rows.first().innerText()).toContain(urgent[0].title);
    const first = urgent[0];
    const href = await rows.first().locator('a').getAttribute('href');
    if (first.kind === 'deadline' && first.ledger !== 'annual_report')
      expect(href).toBe(`/ledgers/${first.ledger}/${first.recordType}/${first.recordId}`);

    // 年度报告: last year's report of the clerk's township, with its two due dates.
    const reports = await apiGet(page, `/api/annual-reports?year=${year - 1}`);
    const report = reports.items.find((i: { orgId: number }) => i.orgId === me.orgId) ?? reports.items[0];
    const card = page.getByTestId('home-report');
    expect(await card.innerText()).toContain(`${year - 1}年度法治政府建设年度报告`);
    expect(await page.getByTestId('home-report-state').innerText()).toBe(report.stateLabel);
    const submit = await page.getByTestId('home-report-submit').innerText();
    expect(submit).toContain(report.submitBy);
    expect(submit).toContain(report.submissionLabel);
    const publish = await page.getByTestId('home-report-publish').innerText();
    expect(publish).toContain(report.publishBy);
    expect(publish).toContain(report.publicationLabel);

    // 工作指标: this year's key figures, as /api/indicators computes them.
    const values = await apiGet(page, `/api/indicators?org=${me.orgId}&year=${year}`);
    const tiles = page.getByTestId('home-indicator');
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(Math.min(6, values.items.length));
    for (const tile of await tiles.all()) {
      const id = await tile.getAttribute('data-indicator');
      const v = values.items.find((i: { id: string }) => i.id === id);
      expect(v, `indicator ${id}`).toBeTruthy();
      const text = await tile.innerText();
      expect(text).toContain(v.label);
      expect(text).toContain(fmt(v.value));
    }
    expect(await page.getByTestId('home-indicators').innerText()).toContain('行政执法案件');

    for (const id of ['home-deadlines', 'home-report', 'home-indicators']) {
      expect(await page.getByTestId(id).innerText()).not.toMatch(/[A-Za-z]/);
    }
    expect(await noOverflow(page)).toBe(true);
    expect(refused).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-clerk.png` });

    // The figures link to this year's indicators page; the report button to the report page.
    await page.getByRole('link', { name: '查看全部指标' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/indicators');
    await expect.poll(() => page.getByTestId('indicator-year').innerText()).toContain(`${year} 年`);
    await page.goBack();
    await page.getByTestId('home-report-open').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reports');
    await page.context().close();
  });

  it('shows a quiet message, not a crash, when a request fails', async () => {
    const page = await wb.signIn('chengguan.clerk', VIEWPORT);
    await page.route('**/api/indicators?*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{}' }),
    );
    await page.goto(`${wb.baseUrl}/`);
    const card = page.getByTestId('home-indicators');
    await card.getByTestId('home-load-failed').waitFor();
    expect(await card.innerText()).toContain('暂时无法加载');
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await page.getByTestId('home-red').waitFor();
    await page.context().close();
  });

  it('shows the county supervisor the townships’ reports and red cards', async () => {
    const { page, refused } = await openHome('supervisor');
    const year = Number(E2E_TODAY.slice(0, 4)) - 1;
    const county = await apiGet(page, `/api/annual-reports/county?year=${year}`);
    const board = await apiGet(page, '/api/deadlines');
    const t = county.totals;

    await page.getByTestId('home-county-on-time').waitFor();
    const stat = (id: string) => page.getByTestId(`home-county-${id}`).innerText();
    expect(await stat('on-time')).toContain(String(t.submittedOnTime));
    expect(await stat('late')).toContain(String(t.submittedLate));
    expect(await stat('overdue')).toContain(String(t.submissionOverdue));
    expect(await stat('published')).toContain(String(t.publishedOnTime + t.publishedLate));
    const reports = await page.getByTestId('home-county-reports').innerText();
    expect(reports).toContain(`共 ${t.townships} 个乡镇（街道）`);
    for (const i of county.items.filter((x: { submission: string }) => x.submission === 'overdue'))
      expect(await page.getByTestId('home-county-overdue-list').innerText()).toContain(i.orgName);

    await page.getByTestId('home-county-red-total').waitFor();
    expect(await stat('red-total')).toContain(String(board.counts.red));
    expect(Number(await stat('red-townships').then((s) => s.replace(/\D/g, '')))).toBeGreaterThan(0);

    // This year's county-wide figures.
    const me = (await apiGet(page, '/api/auth/me')).user;
    const values = await apiGet(page, `/api/indicators?org=${me.orgId}&year=${year + 1}`);
    const tile = page.getByTestId('home-indicator').first();
    await tile.waitFor();
    const v = values.items.find((i: { id: string }) => i.id === 'enforcement.cases');
    expect(await tile.getAttribute('data-indicator')).toBe('enforcement.cases');
    expect(await tile.innerText()).toContain(fmt(v.value));

    for (const id of ['home-county-reports', 'home-county-red', 'home-indicators']) {
      expect(await page.getByTestId(id).innerText()).not.toMatch(/[A-Za-z]/);
    }
    expect(await page.getByTestId('home-deadlines').count()).toBe(0);
    expect(await noOverflow(page)).toBe(true);
    expect(refused).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-supervisor.png` });

    await page.getByRole('button', { name: '打开年度报告汇总' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/county-reports');
    await page.context().close();
  });

  it('narrows the supervisor’s cards to the township chosen in the header', async () => {
    const page = await wb.signIn('supervisor', VIEWPORT);
    const orgs: { id: number; name: string; path: string }[] = (await apiGet(page, '/api/orgs')).items;
    const board = await apiGet(page, '/api/deadlines');
    const township = orgs.find((o) => o.name === '柳溪乡')!;
    const inside = new Set(orgs.filter((o) => o.path.startsWith(township.path)).map((o) => o.id));
    const red = board.items.filter(
      (c: { colour: string; kind: string; orgId: number }) =>
        c.colour === 'red' && c.kind === 'deadline' && inside.has(c.orgId),
    );

    await page.goto(`${wb.baseUrl}/?org=${township.id}`);
    await page.getByTestId('home-county-red-total').waitFor();
    expect(await page.getByTestId('home-county-reports').innerText()).toContain('共 1 个乡镇（街道）');
    expect(await page.getByTestId('home-county-red-total').innerText()).toContain(String(red.length));
    expect(await page.getByTestId('home-county-red-townships').innerText()).toContain(red.length ? '1' : '0');
    expect(await page.getByTestId('home-indicators').innerText()).toContain('柳溪乡');
    await page.context().close();
  });

  it('keeps the administrator’s account and page links, with no business request', async () => {
    const { page, refused } = await openHome('sysadmin');
    expect(await page.getByTestId('home-account').innerText()).toContain('系统管理员');
    expect(await page.locator('.ant-pro-page-container').innerText()).toContain('可用功能');
    for (const id of ['home-deadlines', 'home-report', 'home-county-reports', 'home-load-failed'])
      expect(await page.getByTestId(id).count()).toBe(0);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    expect(await noOverflow(page)).toBe(true);
    expect(refused).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-sysadmin.png` });
    await page.context().close();
  });
});
