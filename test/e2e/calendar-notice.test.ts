// 从通知导入 in a real browser: the demo sysadmin pastes a notice on the 工作日历 page, a wrong
// weekday is refused with its line selected, the fictional 2027 notice is shown on the year grid
// for confirmation and added; the 2023 notice shows its 2022 day apart and cannot overwrite the
// shipped year. Screenshots: /work/notes/shots/calendar-notice-*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeFixture } from '../fixtures/calendar/notices.ts';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/calendar-notice.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/notes/shots';

describe.skipIf(!hasChromium)('calendar notice import in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('calendar-notice');
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  async function openImport(viewport = { width: 1366, height: 900 }): Promise<Page> {
    const page = await wb.signIn('sysadmin', viewport);
    await page.goto(`${wb.baseUrl}/calendar`);
    await page.getByRole('button', { name: '从通知导入' }).click();
    await page.getByTestId('notice-text').waitFor();
    // The dialog zooms in; screenshots wait until it has finished.
    await expect.poll(() => page.locator('.ant-modal[class*="ant-zoom"]').count()).toBe(0);
    return page;
  }

  const modalText = (page: Page) => page.locator('.ant-modal-content').innerText();
  const kind = (page: Page, date: string) =>
    page.locator(`.ant-modal-content [data-date="${date}"]`).getAttribute('data-kind');

  it('refuses a wrong weekday, naming and selecting the line', async () => {
    const page = await openImport();
    const text = noticeFixture(2027).replace('4月3日（周六）', '4月3日（周五）');
    await page.getByTestId('notice-text').fill(text);
    await page.getByTestId('notice-parse').click();
    const error = page.getByTestId('notice-parse-error');
    await error.waitFor();
    const shown = await error.innerText();
    expect(shown).toContain('通知无法完整解析，未导入任何日期（第 8 行）');
    expect(shown).toContain('2027-04-03 是星期六，括号中写的是“周五”');
    const selected = await page
      .getByTestId('notice-text')
      .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('三、清明节：4月3日（周五）至5日（周一）放假，共3天。');
    expect(await modalText(page)).not.toMatch(/[A-Za-z]{2,}/);
    await page.screenshot({ path: `${SHOTS}/calendar-notice-refused.png` });
    await page.context().close();
  });

  it('shows the 2027 notice on the year grid and adds it on confirmation', async () => {
    const page = await openImport();
    await page.getByTestId('notice-text').fill(noticeFixture(2027));
    await page.screenshot({ path: `${SHOTS}/calendar-notice-pasted.png` });
    await page.getByTestId('notice-parse').click();
    await page.getByTestId('notice-parsed').waitFor();

    const shown = await modalText(page);
    expect(shown).toContain('2027 年节假日安排（待确认）');
    expect(shown).toContain('国办发明电〔2026〕9号');
    expect(shown).toContain('2026-11-06');
    expect(shown).toContain('放假 29 天，调休上班 6 天');
    expect(shown).toContain('2027-02-05 至 2027-02-13（9天）');
    expect(shown).not.toMatch(/[A-Za-z]{2,}/);
    expect(await page.getByTestId('notice-source').inputValue()).toBe(
      '《国务院办公厅关于2027年部分节假日安排的通知》（国办发明电〔2026〕9号，2026年11月6日公布）',
    );
    expect(await kind(page, '2027-02-05')).toBe('holiday');
    expect(await kind(page, '2027-01-31')).toBe('workday');
    expect(await kind(page, '2027-02-14')).toBe('weekend');
    expect(await kind(page, '2027-06-10')).toBe('day');
    expect(await page.locator('.ant-modal-content [data-kind="holiday"]').count()).toBe(29);
    expect(await page.locator('.ant-modal-content [data-kind="workday"]').count()).toBe(6);
    expect(await page.getByTestId('notice-confirm').isEnabled()).toBe(true);
    // The modal fits the window: nothing runs off to the right.
    const box = await page.locator('.ant-modal-content').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: `${SHOTS}/calendar-notice-parsed.png` });
    // The whole dialog, in a window tall enough to hold it.
    await page.setViewportSize({ width: 1366, height: 2400 });
    await page.screenshot({ path: `${SHOTS}/calendar-notice-parsed-full.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByTestId('notice-confirm').click();
    await page.getByText('年度日历已添加').waitFor();
    await expect.poll(() => page.locator('.ant-modal-content').count()).toBe(0);
    const years = await page.request.get(`${wb.baseUrl}/api/calendar/years/2027`);
    expect(years.status()).toBe(200);
    expect((await years.json()).holidays).toHaveLength(29);
    // The page shows the new year, marked as added by the administrator.
    await page.getByText('2027 年日历').waitFor();
    const row = page.locator('.ant-table-row', { hasText: '国办发明电〔2026〕9号' });
    expect(await row.innerText()).toContain('自定义');
    await page.screenshot({ path: `${SHOTS}/calendar-notice-added.png`, fullPage: true });
    await page.context().close();
  });

  it('shows the dates of another year apart and does not overwrite a shipped year', async () => {
    const page = await openImport({ width: 1366, height: 1000 });
    await page.getByTestId('notice-text').fill(noticeFixture(2023));
    await page.getByTestId('notice-parse').click();
    await page.getByTestId('notice-parsed').waitFor();
    expect(await page.getByTestId('notice-other-year').innerText()).toContain(
      '第 5 行：2022-12-31（元旦放假）属于2022年，不计入2023年的数据',
    );
    expect(await page.getByTestId('notice-existing').innerText()).toContain(
      '2023 年的节假日安排已随系统发布，不能覆盖',
    );
    expect(await page.getByTestId('notice-confirm').isDisabled()).toBe(true);
    expect(await modalText(page)).not.toMatch(/[A-Za-z]{2,}/);
    await page.screenshot({ path: `${SHOTS}/calendar-notice-other-year.png` });
    // Back to the text, which is kept.
    await page.getByRole('button', { name: '返回修改' }).click();
    expect(await page.getByTestId('notice-text').inputValue()).toBe(noticeFixture(2023));
    await page.context().close();
  });
});
