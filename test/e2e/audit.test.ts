// The auditor's page in a real browser, on the demo county: every action the demo database holds
// is shown with its Chinese label (none as a raw key such as `annual_report.save`), filtering by
// each action finds its events, and React reports no error on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/audit.test.ts', ['未找到 /usr/bin/chromium']);

describe.skipIf(!hasChromium)('audit page in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench('audit');
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('labels every action the demo wrote in Chinese, and filters by each', { timeout: 400_000 }, async () => {
    const rows = await wb.app.db.k.selectFrom('auditEvent').select('action').distinct().execute();
    const actions = rows.map((r) => r.action).sort();
    expect(actions.length).toBeGreaterThan(20);

    const page = await wb.signIn('auditor');
    // an error React cannot recover from (such as #185, too many nested updates) reaches the page
    // as an uncaught error or on the console, and the table may still look right
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${wb.baseUrl}/admin/audit`);
    await page.locator('.ant-table-row').first().waitFor();
    const catalogue = await page.evaluate(async () => {
      const res = await fetch('/api/audit/catalogue');
      return (await res.json()) as { actions: Array<{ value: string; label: string }> };
    });
    const label = new Map(catalogue.actions.map((a) => [a.value, a.label]));
    expect(actions.filter((a) => !label.has(a))).toEqual([]);

    const select = page.locator('.ant-form-item').filter({ hasText: '操作' }).locator('.ant-select').first();
    for (const action of actions) {
      await select.click();
      // the key in one input event, as a paste or an input method gives it. Typed key by key, its
      // 10–30 keystrokes reach a busy runner's page back to back, each commit leaves an update of
      // the dropdown's effects pending, and React counts the run as one nested update chain: past
      // 50 it throws #185 (seen in CI); a person's keystrokes have idle time between them.
      await select.locator('input').fill(action);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: `（${action}）` })
        .first()
        .click();
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await expect
        .poll(async () => page.locator('.ant-table-row').first().locator('.ant-tag').first().innerText(), {
          timeout: 20_000,
        })
        .toBe(label.get(action)!);
      expect(await page.getByTestId('audit-raw-action').count(), action).toBe(0);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
