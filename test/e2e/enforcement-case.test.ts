// The enforcement acceptance walk in a real browser (issue 4): the built web app served by the real
// server with a fresh SQLite data folder and the demo county. A township clerk registers a 重大 case
// with one officer (picked from the certified officers), attaches evidence and is refused 调查取证
// (第四十二条); with a second officer the evidence is taken and shown with its SHA-256; the leader is
// refused the decision before 法制审核 (第五十八条); the legal advisor reviews (through its task), the leaders discuss and
// decide, the clerk serves the decision and finds it in the disclosure queue with its due date.
// Screenshots go to $FAZHI_E2E_SHOTS when set. Skipped (with a message) without /usr/bin/chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

const TOWN = 'chengguan';
const shotsDir = process.env.FAZHI_E2E_SHOTS;
if (!hasChromium) warnSkipped('test/e2e/enforcement-case.test.ts', ['未找到 /usr/bin/chromium']);

/** A one-page PDF: the evidence file (笔录) the clerk uploads. */
function evidencePdf(): Buffer {
  const stream = 'BT /F1 12 Tf 20 50 Td (Evidence) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe.skipIf(!hasChromium)('an enforcement case in Chromium (acceptance walk)', () => {
  let wb: Workbench;
  let baseUrl: string;
  let pdf: string;
  let shotNo = 0;

  beforeAll(async () => {
    wb = await startWorkbench('enforcement');
    baseUrl = wb.baseUrl;
    pdf = join(wb.dataDir, '现场勘验笔录.pdf');
    writeFileSync(pdf, evidencePdf());
    if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await wb?.close();
  });

  async function shot(page: Page, name: string): Promise<void> {
    if (!shotsDir) return;
    shotNo += 1;
    await page.waitForTimeout(300);
    await page.screenshot({
      path: join(shotsDir, `acceptance-${String(shotNo).padStart(2, '0')}-${name}.png`),
    });
  }

  const signIn = (username: string): Promise<Page> => wb.signIn(username, { width: 1366, height: 1000 });

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    const item = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}`) })
      .first();
    await item.waitFor();
    await page.waitForTimeout(250);
    await item.click();
  }

  /** Opens a workflow step of the record, fills it and submits it. */
  async function step(page: Page, id: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
    await page.getByTestId(`transition-${id}`).click();
    const dialog = page.locator('.ant-modal-content');
    await dialog.waitFor();
    if (fill) await fill(dialog);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  }

  async function stepDone(page: Page): Promise<void> {
    await page.locator('.ant-modal-content').waitFor({ state: 'detached' });
  }

  async function openCase(page: Page, id: number): Promise<void> {
    await page.goto(`${baseUrl}/ledgers/enforcement/case/${id}`);
    await page.getByText('记录信息').first().waitFor();
  }

  it('walks a 重大 case from 立案 to the disclosure queue, refused where the law says so', async () => {
    const stamp = String(Date.now()).slice(-6);
    const caseNo = `城综执罚立〔2026〕E${stamp}号`;
    const decisionNo = `城综执罚决〔2026〕E${stamp}号`;

    // 立案: the clerk opens the cases from the menu and registers a 重大 case with one officer.
    const clerk = await signIn(`${TOWN}.clerk`);
    await clerk.getByRole('menuitem', { name: '行政执法台账' }).waitFor();
    const cases = clerk.getByRole('menuitem', { name: '行政执法案件' });
    if (!(await cases.isVisible())) await clerk.getByRole('menuitem', { name: '行政执法台账' }).click();
    for (const entry of ['处罚决定公开', '涉企检查统计'])
      await clerk.getByRole('menuitem', { name: entry }).waitFor();
    await cases.click();
    await clerk.locator('.ant-table-row').first().waitFor();
    await clerk.getByRole('button', { name: /新\s*建/ }).click();
    await clerk.getByLabel('案由').waitFor();
    await clerk.getByLabel('案件编号').fill(caseNo);
    await clerk.getByLabel('案由').fill(`未经批准占用耕地建房案（${stamp}）`);
    await choose(clerk, '案件来源', '监督检查发现');
    await clerk.getByLabel('重大执法决定').click();
    // The people picker offers the township's officers whose certificate is valid today.
    await clerk.getByLabel('主办执法人员').click();
    // Scope to the officer dropdown: the 案件来源 dropdown may still be closing.
    const offered = clerk
      .locator('.ant-select-dropdown:visible')
      .filter({ hasText: '执法证号' })
      .locator('.ant-select-item-option');
    // The list can be drawn again while it opens (the record's organisation settles, its own
    // query): read it once it holds people.
    let people: string[] = [];
    await expect
      .poll(async () => {
        people = await offered.allInnerTexts();
        return people.length;
      })
      .toBeGreaterThan(0);
    for (const p of people) expect(p).toContain('执法证号');
    await shot(clerk, 'officer-picker');
    await offered.filter({ hasText: '执法人员' }).first().click();
    await choose(clerk, '当事人类型', '自然人');
    await clerk.getByLabel('当事人', { exact: true }).fill('王大明');
    await clerk.getByLabel('当事人联系电话').fill('13912345678');
    await clerk.getByLabel('违法事实简述').fill('当事人未经批准占用耕地约120平方米建设住宅');
    await clerk.getByRole('button', { name: /保\s*存/ }).click();
    await clerk.getByText('记录信息').first().waitFor();
    const caseId = Number(new URL(clerk.url()).pathname.split('/').pop());
    expect(caseId).toBeGreaterThan(0);
    await shot(clerk, 'created');

    // 调查取证 with one officer: shown before it is pressed — disabled, 第四十二条 cited on the page.
    const investigate = clerk.getByTestId('transition-investigate');
    await investigate.waitFor();
    expect(await investigate.isDisabled()).toBe(true);
    await shot(clerk, 'refused-one-officer');
    const one = await clerk.getByTestId('step-blocked-investigate').innerText();
    expect(one).toContain('执法人员不得少于两人');
    expect(one).toContain('第四十二条');

    // The second officer is added; the evidence is taken and named in the timeline with its hash.
    await clerk.getByRole('button', { name: /编\s*辑/ }).click();
    await clerk.getByLabel('协办执法人员').click();
    await offered.first().waitFor();
    await offered.filter({ hasText: '执法人员' }).nth(1).click();
    await clerk.getByRole('button', { name: /保\s*存/ }).click();
    await clerk.getByText('记录信息').first().waitFor();
    await step(clerk, 'investigate', async (dialog) => {
      await dialog.locator('input[type=file]').setInputFiles(pdf);
      await dialog.locator('.ant-upload-list-item-done').first().waitFor();
    });
    await stepDone(clerk);
    const evidence = clerk.getByTestId('timeline-attachments');
    await evidence.waitFor();
    expect(await evidence.innerText()).toMatch(/现场勘验笔录\.pdf[\s\S]*SHA-256：[0-9a-f]{64}/);
    await shot(clerk, 'evidence');
    await step(clerk, 'notify');
    await stepDone(clerk);
    await clerk.context().close();

    // The leader may not decide the 重大 case before its 法制审核: 第五十八条 cited.
    const leader = await signIn(`${TOWN}.leader`);
    await openCase(leader, caseId);
    // shown on the page before it is pressed: 作出决定 disabled, the rule and 第五十八条
    const decideButton = leader.getByTestId('transition-decide');
    await decideButton.waitFor();
    expect(await decideButton.isDisabled()).toBe(true);
    await shot(leader, 'refused-before-legal-review');
    const early = await leader.getByTestId('step-blocked-decide').innerText();
    expect(early).toContain('法制审核');
    expect(early).toContain('第五十八条');

    // The leader sends the case to the legal advisor as a review task linked to it; the advisor,
    // who reads no case, answers the task, and its opinion completes the case's 法制审核.
    const taskId = await leader.evaluate(
      async ({ caseId, advisorName }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const people = await (await fetch('/api/ledgers/advisor/task/options/advisorId')).json();
        const advisorId = people.items.find((p: { label: string }) => p.label === advisorName)?.value;
        const res = await fetch('/api/ledgers/advisor/task', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            title: '重大执法决定法制审核',
            orgId: me.user.orgId,
            kind: 'case',
            advisorId,
            sentOn: me.today,
            caseId,
          }),
        });
        return (await res.json()).id as number;
      },
      { caseId, advisorName: '孙立新' },
    );
    const advisor = await signIn(`${TOWN}.advisor`);
    await advisor.goto(`${baseUrl}/ledgers/advisor/task/${taskId}`);
    await advisor.getByText('记录信息').first().waitFor();
    expect(await advisor.getByText('行政执法台账').count()).toBe(0);
    await step(advisor, 'answer', async (dialog) => {
      await choose(advisor, '审查意见', '同意');
      await dialog.getByLabel('意见或答复内容').fill('事实清楚，证据确凿，适用依据正确，程序合法');
      await shot(advisor, 'legal-review');
    });
    await stepDone(advisor);
    await advisor.context().close();

    // 集体讨论, then the decision.
    await openCase(leader, caseId);
    await step(leader, 'discuss', async (dialog) => {
      await dialog.getByLabel('集体讨论意见').fill('同意罚款2000元');
    });
    await stepDone(leader);
    await step(leader, 'decide', async (dialog) => {
      await dialog.getByLabel('决定书文号').fill(decisionNo);
      await choose(leader, '处理结果', '罚款');
      await dialog.getByLabel('罚款金额（元）').fill('2000');
    });
    await stepDone(leader);
    await shot(leader, 'decided');
    await leader.context().close();

    // 送达, and the decision waits in the disclosure queue with its due date.
    const clerk2 = await signIn(`${TOWN}.clerk`);
    await openCase(clerk2, caseId);
    await step(clerk2, 'serve', async () => choose(clerk2, '送达方式', '直接送达'));
    await stepDone(clerk2);
    await clerk2.locator('.ant-tag').filter({ hasText: '已送达' }).first().waitFor();
    await clerk2.getByRole('menuitem', { name: '处罚决定公开' }).click();
    await clerk2.getByTestId('disclosure-item').first().waitFor();
    const row = clerk2.locator('.ant-table-row').filter({ hasText: decisionNo });
    const text = await row.innerText();
    expect(text).toContain(caseNo);
    expect(text).toContain('行政处罚决定公开期限');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}[\s\S]*剩余 \d+ 个工作日/);
    await row.locator('.ant-table-row-expand-icon').click();
    expect(await clerk2.locator('.ant-table-expanded-row').first().innerText()).toContain(
      '国办发〔2018〕118号',
    );
    await shot(clerk2, 'disclosure-queue');

    await clerk2.getByRole('menuitem', { name: '涉企检查统计' }).click();
    // Wait for the new page itself: the disclosure queue's rows and alert are still on screen.
    await clerk2.locator('.ant-alert').filter({ hasText: '每年被行政检查不超过' }).first().waitFor();
    await clerk2.locator('.ant-table-row').first().waitFor();
    await shot(clerk2, 'inspection-counts');
    await clerk2.context().close();
  }, 240_000);
});
