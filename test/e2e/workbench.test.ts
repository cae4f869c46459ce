// Issue 14's workbench defects in a real browser, on the demo county: the header's organisation
// switcher narrows the open list and the board. One server for the whole file (the demo takes the
// longest); each test signs in on its own context. Screenshots: /tmp/fazhi-shots/workbench-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/workbench.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = process.env.FAZHI_SHOTS ?? '/tmp/fazhi-shots';
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `workbench-${name}.png`) });

/** Chooses an organisation in the header switcher. */
async function switchOrg(page: Page, name: string): Promise<void> {
  await page.getByTestId('org-switcher').click();
  await page.locator('.ant-select-tree-title', { hasText: name }).first().click();
}

/** The texts of one column of the visible table (by its header). */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allInnerTexts();
  const i = headers.findIndex((h) => h.trim() === header);
  if (i < 0) throw new Error(`no column ${header} in ${headers.join('|')}`);
  return page.locator(`.ant-table-tbody tr.ant-table-row td:nth-child(${i + 1})`).allInnerTexts();
}

describe.skipIf(!hasChromium)('workbench defects of issue 14 in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('workbench');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('narrows the open list and the board to the township chosen in the header', async () => {
    const page = await wb.signIn('supervisor');
    await page.goto(`${wb.baseUrl}/ledgers/enforcement/case`);
    await page.locator('.ant-table-row').first().waitFor();
    // The county sees every township, and which township each row belongs to.
    const before = new Set(await columnTexts(page, '乡镇（街道）'));
    expect(before.size).toBeGreaterThan(1);

    await switchOrg(page, '桃坪乡');
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).not.toBeNull();
    await expect.poll(async () => [...new Set(await columnTexts(page, '办案机关'))]).toEqual(['桃坪乡']);
    await shot(page, 'org-list');

    await page.getByRole('menuitem', { name: '待办预警' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/deadlines');
    expect(new URL(page.url()).searchParams.get('org')).not.toBeNull();
    await page.getByTestId('county-group').first().waitFor();
    await expect.poll(() => page.getByTestId('county-group').count()).toBe(1);
    expect(await page.getByTestId('county-group').locator('.ant-pro-card-title').innerText()).toBe('桃坪乡');
    await shot(page, 'org-board');
    await page.context().close();
  });
});
