// 督办 in a real browser, on the demo county: the county supervisor issues a notice from a red card
// of its board (the form filled in from the card), the township clerk sees it in the header's bell,
// opens it and replies with an attachment, the supervisor finds the reply in its bell and closes
// the notice; the county's 督办 figures on the home page. Screenshots at 1366 px and 375 px:
// /work/shots/workbench/supervision-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TODAY, hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/supervision.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/shots/workbench';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium)('督办 and the notification bell in Chromium', () => {
  let wb: Workbench;
  let noticeUrl = '';
  let townshipName = '';
  let noticeTitle = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('supervision');
  }, 300_000);
  afterAll(async () => {
    await wb?.close();
  });

  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `supervision-${name}.png`) });
  };
  const noEnglish = async (page: Page) => {
    // (a file's name, the SHA-256 beside an attachment and the export formats are not words of the interface)
    const text = (await page.locator('body').innerText())
      .replace(/\S*\.txt/g, '')
      .replace(/SHA-256|XLSX|CSV|DOCX|PDF/g, '');
    // no English words a user would read (numbers, dates and the app's name aside)
    expect(text.match(/\b[A-Za-z]{3,}\b/g) ?? []).toEqual([]);
  };

  it('issues a notice from a red card of the county board', async () => {
    const page = await wb.signIn('supervisor', WIDE);
    await page.goto(`${wb.baseUrl}/deadlines`);
    const group = page.getByTestId('county-group').first();
    await group.waitFor();
    townshipName = (await group.locator('.ant-pro-card-title').first().innerText()).trim();
    const button = group.getByTestId('supervise').first();
    await button.waitFor();
    await shot(page, '01-county-board');
    await button.click();
    await page.getByLabel('督办要求').waitFor();
    // filled in from the card: the township, the kind, the link, a title
    noticeTitle = await page.getByLabel('督办事项').inputValue();
    expect(noticeTitle).toMatch(/^关于“.+”的督办$/);
    await page.getByLabel('办理期限').click();
    await page.getByLabel('办理期限').fill('2026-11-20');
    await page.keyboard.press('Enter');
    await page.getByLabel('督办要求').fill('该事项已逾期，请于期限内查明原因、依法办结，并报送整改情况。');
    await shot(page, '02-notice-form');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/ledgers\/supervision\/notice\/\d+/);
    await page.getByText('已下发').first().waitFor();
    noticeUrl = new URL(page.url()).pathname;
    expect(await page.getByText('打开关联事项').count()).toBe(1);
    await noEnglish(page);
    await shot(page, '03-notice-issued');
    await page.context().close();
  });

  it('shows the clerk the notice in the bell; the clerk replies with an attachment', async () => {
    const pinyin = await wb.app.db.k
      .selectFrom('org')
      .innerJoin('appUser', 'appUser.orgId', 'org.id')
      .select('appUser.username')
      .where('org.name', '=', townshipName)
      .where('appUser.username', 'like', '%.clerk')
      .executeTakeFirstOrThrow();
    const page = await wb.signIn(pinyin.username, WIDE);
    await page.goto(`${wb.baseUrl}/`);
    const bell = page.getByTestId('bell');
    await bell.waitFor();
    await bell.click();
    const item = page
      .getByTestId('notification-item')
      .filter({ hasText: '收到督办' })
      .filter({ hasText: noticeTitle })
      .first();
    await item.waitFor();
    await shot(page, '04-clerk-bell');
    await item.click();
    await page.waitForURL((u) => u.pathname === noticeUrl);
    await page.getByTestId('transition-reply').click();
    const dialog = page.locator('.ant-modal-content');
    await dialog.waitFor();
    await dialog
      .getByLabel('办理情况')
      .fill('已于11月18日依法作出决定并送达，逾期原因系当事人下落不明，已建立台账跟踪。');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '整改情况报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('整改情况报告'),
    });
    await dialog.getByText('整改情况报告.txt').waitFor();
    await page.waitForTimeout(500);
    await shot(page, '05-clerk-reply');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已回复').first().waitFor();
    await noEnglish(page);
    await shot(page, '06-replied');
    // on a phone: the header keeps the bell and the page reads without overflow
    const phone = await wb.signIn(pinyin.username, PHONE);
    await phone.goto(`${wb.baseUrl}${noticeUrl}`);
    await phone.getByText('已回复').first().waitFor();
    await phone.getByTestId('bell').waitFor();
    await shot(phone, '07-phone-notice');
    await phone.getByTestId('bell').click();
    await phone.getByTestId('notifications').waitFor();
    await shot(phone, '08-phone-bell');
    await phone.context().close();
    await page.context().close();
  });

  it('shows the supervisor the reply in its bell; the supervisor closes the notice', async () => {
    const page = await wb.signIn('supervisor', WIDE);
    await page.goto(`${wb.baseUrl}/`);
    await page.getByTestId('home-supervision').waitFor();
    await page.getByTestId('bell').click();
    const item = page
      .getByTestId('notification-item')
      .filter({ hasText: '督办已回复' })
      .filter({ hasText: noticeTitle })
      .first();
    await item.waitFor();
    await shot(page, '09-supervisor-bell');
    await item.click();
    await page.waitForURL((u) => u.pathname === noticeUrl);
    await page.getByText('整改情况报告.txt').first().waitFor();
    await page.getByTestId('transition-close').click();
    const dialog = page.locator('.ant-modal-content');
    await dialog.waitFor();
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已办结').first().waitFor();
    await shot(page, '10-closed');
    // the notice leads back to its subject, whose page offers the supervisor 督办 too
    await page.getByText('打开关联事项').click();
    await page.waitForURL((u) => u.pathname !== noticeUrl);
    await page.getByTestId('supervise').waitFor();
    await noEnglish(page);
    await shot(page, '12-subject-record');
    await page.goto(`${wb.baseUrl}/ledgers/supervision/notice`);
    await page.getByText(townshipName).first().waitFor();
    await noEnglish(page);
    await shot(page, '13-notice-list');
    await page.goto(`${wb.baseUrl}/`);
    const card = page.getByTestId('home-supervision');
    await card.getByText(townshipName).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, '11-county-home');
    const phone = await wb.signIn('supervisor', PHONE);
    await phone.goto(`${wb.baseUrl}/`);
    await phone.getByTestId('home-supervision').scrollIntoViewIfNeeded();
    await shot(phone, '14-phone-county-home');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await phone.context().close();
    expect(E2E_TODAY).toBe('2026-11-16');
    await page.context().close();
  });
});
