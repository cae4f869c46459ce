// The leadership ledger (第一责任人) in a real browser through the generic ledger pages: a township
// clerk opens the meetings list from the 台账 menu (the demo year's meetings shown with their
// Chinese labels) and the new-meeting form. Screenshots go to /work/notes/shots/leadership-*.png.
// Skipped (with a message) where /usr/bin/chromium is not installed.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/leadership.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/notes/shots';

describe.skipIf(!hasChromium)('leadership ledger pages in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('leadership');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('lists the meetings and opens the form', async () => {
    const page = await wb.signIn('chengguan.clerk', { width: 1366, height: 1200 });
    // A ledger with two record types is a submenu of its record types; open it unless it already is
    // (clicking an open submenu closes it).
    const submenu = page.getByRole('menuitem', { name: '第一责任人台账' });
    const item = page.getByRole('menuitem', { name: '研究法治工作会议' });
    await submenu.waitFor();
    if ((await submenu.getAttribute('aria-expanded')) !== 'true') await submenu.click();
    await item.click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/ledgers/leadership/meeting');
    const body = await page.locator('.ant-table-tbody').innerText();
    expect(body).toMatch(/党委会议|政府常务会议/);
    expect(body).toMatch(/专题研究法治建设|听取法治政府建设工作汇报/);
    await page.screenshot({ path: `${SHOTS}/leadership-list.png` });

    await page.getByRole('button', { name: /新\s*建/ }).click();
    await page.getByLabel('会议议题').waitFor();
    for (const label of ['会议日期', '会议类型', '主持人', '研究方式', '研究决定和工作部署'])
      await page.getByLabel(label).waitFor();
    await page.screenshot({ path: `${SHOTS}/leadership-form.png` });
  }, 120_000);
});
