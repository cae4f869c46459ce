// 年度报告汇总 in a real browser, on the demo county with its ledgers and the demo reports of the
// previous year: the county supervisor opens the page from the menu, sees each township's state
// with on-time and late tags, the indicator chart is drawn (a canvas), the XLSX export downloads,
// and a township's findings open in a drawer. Screenshots: /work/notes/shots/county-*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReportPlans } from '../../src/server/annual-report/seeds.ts';
import { E2E_TODAY, hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/annual-report-county.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/notes/shots';
const { year: YEAR, plans } = demoReportPlans(E2E_TODAY);

describe.skipIf(!hasChromium)('county view of the annual reports in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('county-reports');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('shows statuses, draws the chart, exports XLSX and opens findings', async () => {
    const page = await wb.signIn('supervisor');
    await page.getByRole('menuitem', { name: '年度报告汇总' }).click();
    await page.getByTestId('county-status').locator('.ant-table-row').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/county-reports');
    expect(await page.getByTestId('county-year').innerText()).toContain(`${YEAR}年度`);

    const status = page.getByTestId('county-status');
    await expect.poll(() => status.locator('.ant-table-row').count()).toBe(plans.length);
    const text = await status.innerText();
    expect(text).toContain('已公开');
    expect(text).toContain('按时');
    if (plans.some((p) => p.outcome === 'late' && p.submitOn)) expect(text).toContain('逾期完成');
    if (plans.some((p) => p.outcome === 'signed')) expect(text).toContain('已签发');
    expect(text).toContain('起草');

    // the chart of the chosen indicator: ECharts draws on a canvas
    const chart = page.getByTestId('county-chart');
    await chart.locator('canvas').waitFor();
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(await page.getByTestId('county-indicators').innerText()).toContain('台账');
    await page.screenshot({ path: `${SHOTS}/county-overview.png` });
    await page.getByTestId('county-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/county-indicators.png` });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('county-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${YEAR}年度法治政府建设报告汇总.xlsx`);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('报送情况')?.rowCount).toBe(1 + plans.length);
    expect(book.getWorksheet('指标对照')?.rowCount).toBeGreaterThan(20);

    await page.getByTestId('county-findings').first().click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('年度报告的体检问题').waitFor();
    await expect.poll(() => drawer.innerText()).toMatch(/第\d+版|本版本未发现问题/);
    await page.screenshot({ path: `${SHOTS}/county-findings.png` });
    await page.locator('.ant-drawer-close').click();

    await page.getByTestId('county-pairs').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/county-copying.png`, fullPage: false });

    // every word on the page is Chinese: no English leftovers outside the figures and the file formats
    const body = await page.locator('main').innerText();
    expect(body.match(/[A-Za-z]{3,}/g)?.filter((w) => w !== 'XLSX' && w !== 'CSV') ?? []).toEqual([]);
  }, 180_000);

  it('uploads the report of a township that does not use Fazhi and shows what the checker found', async () => {
    const year = YEAR - 1;
    const file = join(wb.dataDir, '桃坪乡年度报告.txt');
    writeFileSync(
      file,
      [
        `桃坪乡人民政府关于${year}年度法治政府建设情况的报告`,
        '清源县人民政府：',
        '一、主要举措和成效',
        `${year}年，党委理论学习中心组开展学法9次，开展普法宣传活动14场，全年共排查调解各类矛盾纠纷37件，调解成功35件。`,
        '二、存在的不足和原因',
        '个别村调解员业务能力不强，调解卷宗制作不够规范。',
        '三、党政主要负责人履行推进法治建设第一责任人职责情况',
        '党委会、政府常务会议专题研究法治建设工作4次。',
        '四、下一年度主要安排',
        '加强调解员培训，规范调解卷宗制作。',
        '桃坪乡人民政府',
        `${year + 1}年1月20日`,
      ].join('\n'),
    );
    const page = await wb.signIn('supervisor');
    await page.goto(`${wb.baseUrl}/county-reports`);
    await page.getByTestId('county-status').locator('.ant-table-row').first().waitFor();
    await page.getByTestId('county-year').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: `${year}年度` })
      .click();
    await expect.poll(() => page.getByTestId('county-status').innerText()).toContain('未录入');

    await page.getByRole('button', { name: '上传外部报告' }).click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByLabel('乡镇（街道）').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '桃坪乡' })
      .click();
    await modal.locator('input[type=file]').setInputFiles(file);
    await modal.getByRole('button', { name: '上传并体检' }).click();
    const result = page.getByTestId('county-upload-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('已保存桃坪乡的外部报告');
    expect(await result.innerText()).toContain('37');
    await page.screenshot({ path: `${SHOTS}/county-upload.png` });
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page.getByTestId('county-status').innerText()).toContain('外部报告');

    // the stored original comes back under its own name
    const original = page.getByTestId('county-original');
    expect(await original.count()).toBe(1);
    expect(await original.innerText()).toBe('下载原件');
    await page.screenshot({ path: `${SHOTS}/county-external.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), original.click()]);
    expect(download.suggestedFilename()).toBe('桃坪乡年度报告.txt');
  }, 120_000);

  it('is not in the menu of a township clerk', async () => {
    const page = await wb.signIn('qingshi.clerk');
    expect(await page.locator('.ant-layout-sider').innerText()).not.toContain('年度报告汇总');
  }, 60_000);
});
