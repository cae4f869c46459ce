// Print (issue 14): a record with its history, the board as filtered and a ledger list as filtered,
// each printed by Chromium to an A4 PDF whose pages are rendered to PNG and looked at; on paper only
// the sheet shows (no menu, header or buttons). Screenshots: /work/shots/steps/ (FAZHI_SHOTS).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';
import { pdfToPngs } from './pdf-pages.ts';

if (!hasChromium) warnSkipped('test/e2e/print.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = process.env.FAZHI_SHOTS ?? '/work/shots/steps';
/** A4 in PDF points. */
const A4 = { width: 595.92, height: 842.88 };

describe.skipIf(!hasChromium)('print in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('print');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  /** Prints the page to A4 and renders its pages; returns their text. */
  async function printed(page: Page, name: string): Promise<string[]> {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SHOTS, `print-${name}-media.png`), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = await pdfToPngs(wb.browser, pdf, join(SHOTS, `print-${name}`));
    for (const p of pages) {
      expect(Math.abs(p.width - A4.width)).toBeLessThan(2);
      expect(Math.abs(p.height - A4.height)).toBeLessThan(2);
    }
    return pages.map((p) => p.text);
  }

  /** The text of a printed PDF is read with NFKC (pdf-pages.ts): so are the words looked for. */
  const nfkc = (words: string) => words.normalize('NFKC');

  it('prints a record: its fields, clocks, steps and audit trail, without the workbench', async () => {
    const page = await wb.signIn('chengguan.clerk');
    const list = await (
      await page.request.get(`${wb.baseUrl}/api/ledgers/disputes/dispute?state=succeeded&pageSize=1`)
    ).json();
    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute/${list.items[0].id}`);
    await page.getByTestId('print-button').waitFor();
    const text = (await printed(page, 'record')).join('\n');
    expect(text).toContain(nfkc(list.items[0].title));
    for (const words of ['记录信息', '办理过程', '审计记录', '调解成功', '打印人：'])
      expect(text).toContain(nfkc(words));
    // the menu, the header and the step buttons are not on paper
    for (const words of ['工作台首页', '当前组织', '标记民转刑风险']) expect(text).not.toContain(nfkc(words));
    // personal information stays masked on paper
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    await page.context().close();
  });

  it('prints the board with its filter', async () => {
    const page = await wb.signIn('chengguan.clerk');
    await page.goto(`${wb.baseUrl}/deadlines`);
    await page.getByTestId('board-ledger').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '矛盾纠纷' })
      .first()
      .click();
    await page.getByTestId('print-button').waitFor();
    const text = (await printed(page, 'board')).join('\n');
    expect(text).toContain(nfkc('待办预警'));
    expect(text).toContain(nfkc('筛选：台账为“矛盾纠纷台账”'));
    expect(text).toContain(nfkc('红牌（逾期）'));
    expect(text).not.toContain(nfkc('行政执法台账'));
    await page.context().close();
  });

  it('prints a ledger list as filtered', async () => {
    const page = await wb.signIn('chengguan.clerk');
    await page.goto(`${wb.baseUrl}/ledgers/disputes/dispute`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByLabel('状态').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '调解成功' })
      .first()
      .click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('print-button').click();
    await page.getByTestId('print-sheet').waitFor({ state: 'attached' });
    const text = (await printed(page, 'list')).join('\n');
    expect(text).toContain(nfkc('筛选：状态为“调解成功”'));
    expect(text).toMatch(/共 \d+ 条/);
    expect(text).not.toContain(nfkc('调解中'));
    await page.context().close();
  });
});
