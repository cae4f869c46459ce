// Issue 10's acceptance as a clerk and the legal advisor would do it, every step by clicks and form
// fills in Chromium (no API call from the page): 青石镇's clerk registers a 规范性文件, is refused
// 公布 before 合法性审核 (the rule and article shown), sends the document to review and the review
// task to the township's legal advisor; the advisor (qingshi.advisor, 林书恒) signs in, finds the
// task among its own and gives the opinion, which completes the document's 合法性审核; the clerk
// signs in again, records the 集体审议, numbers, publishes — the 备案 clock is on the board — and
// files with the county. Then a 重大行政决策's comment period of 15 days is refused without a legal
// reason and accepted with one. Screenshots: /work/shots/walks/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsOfLedger } from '../../src/shared/indicators.ts';
import { date, fill, LONG, menu, openStep, pick, saveNew, search, submitStep } from './form-kit.ts';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/normative-walk.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/shots/walks';
const TITLE = '青石镇农村集体经济组织财务公开办法';
const WAVE_TWO = [
  'normative_docs',
  'decisions',
  'advisor',
  'disclosure',
  'review_litigation',
  'emergency',
] as const;

describe.skipIf(!hasChromium)('issue 10 walk: a 规范性文件 through the advisor to 备案', () => {
  let wb: Workbench;
  let docId = 0;
  /** A screenshot of the whole page, or of the window while a dialog is open. */
  const shot = async (page: Page, name: string, fullPage = true) => {
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
  };
  const mainText = (page: Page) => page.locator('main').innerText();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('normative-walk');
  }, 400_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('registers the document as the clerk, is refused 公布 before review, and sends it to the advisor', async () => {
    const clerk = await wb.signIn('qingshi.clerk');
    await menu(clerk, '行政规范性文件台账', '行政规范性文件台账');
    await clerk
      .getByRole('button', { name: /新\s*建/ })
      .first()
      .click();
    await clerk.getByLabel('文件名称', { exact: true }).waitFor(LONG);
    await fill(clerk, '文件名称', TITLE);
    await date(clerk, '起草日期', '2026-10-12');
    await pick(clerk, clerk, '起草单位', '党政办公室');
    await fill(clerk, '起草人', '胡春梅');
    await fill(clerk, '主要内容', '规范村集体经济组织财务收支、资产资源和债权债务的公开内容、时间和程序。');
    docId = await saveNew(clerk);
    await shot(clerk, '10-01-normative-registered');

    // 公布 before 合法性审核: the step is disabled, its reason shown on the page before anyone presses
    // it — the rule and 国办发〔2018〕115号 (the server still refuses it: test/api/step-readiness)
    const publish = clerk.getByTestId('transition-publish');
    await publish.waitFor(LONG);
    expect(await publish.isDisabled()).toBe(true);
    const refused = await clerk.getByTestId('step-blocked-publish').innerText();
    expect(refused).toContain('合法性审核');
    expect(refused).toContain('国办发〔2018〕115号');
    await shot(clerk, '10-02-normative-publish-refused', false);

    // 送合法性审核 to the legal advisor
    const dialog = await openStep(clerk, 'submit_review');
    await pick(clerk, dialog, '审核机构', '法律顾问');
    // the field's hint says where the advisor's task is sent from
    await dialog.locator('.ant-form-item', { hasText: '审核机构' }).locator('.ant-form-item-tooltip').hover();
    await clerk.getByRole('tooltip').filter({ hasText: '审查任务' }).waitFor(LONG);
    await shot(clerk, '10-03a-submit-review-hint', false);
    // the draft goes with it: the advisor reads it through its task
    await dialog.locator('input[type=file]').setInputFiles({
      name: '财务公开办法（送审稿）.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('村级财务公开办法（送审稿）\n第一条 为规范村级财务公开……'),
    });
    await dialog.getByText('财务公开办法（送审稿）.txt').waitFor(LONG);
    await submitStep(clerk, '送合法性审核', '合法性审核中');

    // the review task, linked to the document, to the township's advisor 林书恒
    await menu(clerk, '法律顾问台账', '审查任务');
    await clerk
      .getByRole('button', { name: /新\s*建/ })
      .first()
      .click();
    await clerk.getByLabel('事项名称', { exact: true }).waitFor(LONG);
    await fill(clerk, '事项名称', `《${TITLE}》合法性审核`);
    await pick(clerk, clerk, '任务类别', '规范性文件合法性审核');
    await pick(clerk, clerk, '法律顾问', '林书恒');
    await search(clerk, clerk, '关联规范性文件', '财务公开办法', TITLE);
    await fill(clerk, '审查或咨询内容', '请对文件的制定主体、内容和程序进行合法性审核并出具书面意见。');
    await saveNew(clerk);
    expect(await mainText(clerk)).toContain(TITLE);
    await shot(clerk, '10-03-advisor-task-sent');
    await clerk.context().close();
  }, 300_000);

  it('signs in as the advisor, who sees the task among its own and gives the opinion', async () => {
    const advisor = await wb.signIn('qingshi.advisor');
    // the advisor reads only its tasks: the ledger's menu entry opens them directly
    await menu(advisor, '法律顾问台账', '法律顾问台账');
    await advisor.getByText('审查任务').first().waitFor(LONG);
    const row = advisor.getByRole('link', { name: `《${TITLE}》合法性审核` });
    await row.waitFor(LONG);
    await shot(advisor, '10-04-advisor-task-list');
    await row.click();
    await advisor.getByText('记录信息').first().waitFor(LONG);
    // the document's title is shown as text: the advisor may not open the document's own page,
    // but reads the document and its draft through the task (查阅)
    await advisor.getByText(TITLE, { exact: true }).first().waitFor(LONG);
    expect(await advisor.getByRole('link', { name: TITLE, exact: true }).count()).toBe(0);
    await advisor.getByTestId('linked-normativeDocId').click();
    const drawer = advisor.getByTestId('linked-drawer');
    await drawer.getByText('财务公开办法（送审稿）.txt').waitFor(LONG);
    expect(await drawer.innerText()).toContain('合法性审核中');
    // the link downloads the draft with the advisor's own session
    const href = await drawer.getByRole('link', { name: /财务公开办法（送审稿）\.txt/ }).getAttribute('href');
    const draft = await advisor.context().request.get(new URL(href!, wb.baseUrl).toString());
    expect(draft.status()).toBe(200);
    expect(await draft.text()).toContain('送审稿');
    await shot(advisor, '10-04a-advisor-reads-document', false);
    await advisor.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const dialog = await openStep(advisor, 'answer');
    await pick(advisor, dialog, '审查意见', '同意');
    await fill(
      dialog,
      '意见或答复内容',
      '制定主体适格，内容不违反上位法规定，未设定行政许可、行政处罚等事项，程序符合规定。',
    );
    await shot(advisor, '10-05-advisor-answer-dialog', false);
    await submitStep(advisor, '出具意见', '已出具意见');
    await shot(advisor, '10-06-advisor-answered');
    await advisor.context().close();
  }, 300_000);

  it('signs in again as the clerk: the review is recorded; deliberates, numbers, publishes and files', async () => {
    const clerk = await wb.signIn('qingshi.clerk');
    await menu(clerk, '行政规范性文件台账', '行政规范性文件台账');
    await clerk.getByRole('link', { name: TITLE }).click();
    await clerk.getByText('记录信息').first().waitFor(LONG);
    expect(new URL(clerk.url()).pathname).toBe(`/ledgers/normative_docs/normative_doc/${docId}`);
    await clerk.getByText('林书恒').first().waitFor(LONG);
    const reviewed = await mainText(clerk);
    expect(reviewed).toContain('合法性审核结论');
    expect(reviewed).toContain('合法');
    await shot(clerk, '10-07-normative-reviewed');

    let dialog = await openStep(clerk, 'deliberate');
    await fill(dialog, '审议会议', '青石镇人民政府常务会议（第21次）');
    await date(dialog, '审议日期', '2026-11-16');
    await pick(clerk, dialog, '审议结果', '审议通过');
    await submitStep(clerk, '集体审议', '已集体审议');

    dialog = await openStep(clerk, 'register');
    await fill(dialog, '发文机关代字', '青石府规');
    await fill(dialog, '文号年度', '2026');
    await fill(dialog, '文号序号', '9');
    await submitStep(clerk, '统一登记编号印发', '已统一登记编号');

    dialog = await openStep(clerk, 'publish');
    await pick(clerk, dialog, '公布载体', '政府网站');
    await date(dialog, '公布日期', '2026-11-16');
    await date(dialog, '施行日期', '2026-12-16');
    await date(dialog, '有效期至', '2031-12-15');
    await submitStep(clerk, '公布', '已公布（待备案）');
    await clerk.getByText('报送备案期限').first().waitFor(LONG);
    await shot(clerk, '10-08-normative-published');

    // the 备案 clock on the board: 30 calendar days from 公布 on 11-16 (14 days left in November,
    // then 16 in December) → due 2026-12-16, in the 正常 group
    await menu(clerk, '待办预警', '待办预警');
    await clerk.getByRole('tab', { name: /^正常/ }).click();
    const words = clerk.getByTestId('board-words');
    await words.fill('财务公开办法');
    await words.press('Enter');
    const card = clerk.locator('.ant-table-row', { hasText: TITLE }).first();
    await card.waitFor(LONG);
    const cardText = await card.innerText();
    expect(cardText).toContain('报送备案期限');
    expect(cardText).toContain('2026-12-16');
    await card.getByTestId('board-how').click();
    await clerk.getByText('计算过程').first().waitFor(LONG);
    await shot(clerk, '10-09-board-filing-clock');

    await menu(clerk, '行政规范性文件台账', '行政规范性文件台账');
    await clerk.getByRole('link', { name: TITLE }).click();
    dialog = await openStep(clerk, 'file');
    await fill(dialog, '备案机关', '清源县人民政府');
    await fill(dialog, '备案登记号', '清府备〔2026〕31号');
    await date(dialog, '报送备案日期', '2026-11-16');
    await submitStep(clerk, '报送备案', '已备案（有效）');
    const filed = await mainText(clerk);
    expect(filed).toContain('青石府规〔2026〕9号');
    expect(filed).toContain('清府备〔2026〕31号');
    await shot(clerk, '10-10-normative-filed');
    await clerk.context().close();
  }, 300_000);

  it('refuses a decision comment period under 30 days unless the legal reason is recorded', async () => {
    const clerk = await wb.signIn('qingshi.clerk');
    await menu(clerk, '重大行政决策台账', '重大行政决策');
    await clerk
      .getByRole('button', { name: /新\s*建/ })
      .first()
      .click();
    await clerk.getByLabel('决策事项名称', { exact: true }).waitFor(LONG);
    await fill(clerk, '决策事项名称', '青石镇场镇生活垃圾分类收运方案');
    await date(clerk, '决策启动日期', '2026-11-02');
    await pick(clerk, clerk, '事项类别', '重大公共政策和措施');
    await fill(clerk, '决策承办单位', '青石镇社会事务办公室');
    await saveNew(clerk);

    const dialog = await openStep(clerk, 'open_comment');
    await date(dialog, '征求意见起始日期', '2026-11-16');
    await fill(dialog, '征求意见期限（日）', '15');
    await fill(dialog, '征求意见途径', '青石镇人民政府网站、场镇公示栏');
    await dialog.getByRole('button', { name: '公开征求意见' }).click();
    const refusal = clerk.getByTestId('workflow-refusal');
    await refusal.waitFor(LONG);
    const refused = await refusal.innerText();
    expect(refused).toContain('30');
    expect(refused).toContain('重大行政决策程序暂行条例');
    await shot(clerk, '10-11-decision-short-period-refused', false);
    await fill(
      dialog,
      '缩短征求意见期限的理由',
      '垃圾清运合同于2026年12月31日到期，须在到期前确定新的收运方式，依照《重大行政决策程序暂行条例》第十五条第二款缩短期限。',
    );
    await submitStep(clerk, '公开征求意见', '公开征求意见中');
    const text = await mainText(clerk);
    expect(text).toContain('缩短征求意见期限的理由');
    await shot(clerk, '10-12-decision-comment-opened');
    await clerk.context().close();
  }, 300_000);
  it('shows the county the wave-two indicators of 2025 side by side, township by township', async () => {
    const supervisor = await wb.signIn('supervisor');
    await supervisor.getByRole('menuitem', { name: '年度报告汇总' }).click();
    const table = supervisor.getByTestId('county-indicators');
    await table.locator('.ant-table-row').first().waitFor(LONG);
    expect(await supervisor.getByTestId('county-year').innerText()).toContain('2025年度');
    const header = await table.locator('thead').innerText();
    for (const town of ['城关街道', '东城街道', '青石镇', '白马镇', '龙泉镇', '柳溪乡', '桃坪乡'])
      expect(header).toContain(town);
    for (const ledger of WAVE_TWO) {
      for (const ind of indicatorsOfLedger(ledger)) {
        if (ind.unit === '%') continue;
        const row = table.locator('.ant-table-row', { hasText: ind.label }).first();
        await row.waitFor(LONG);
        // each township's cell shows the ledger's figure: 台账 n
        const ledgerFigures = (await row.innerText()).match(/台账 [\d.]+/g) ?? [];
        expect(ledgerFigures.length, ind.label).toBeGreaterThanOrEqual(7);
      }
    }
    // the chart of one of them: 规范性文件合法性审核
    await supervisor.getByTestId('county-indicator').click();
    await supervisor.keyboard.type('规范性文件合法性审核');
    await supervisor
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '规范性文件合法性审核' })
      .first()
      .click();
    await supervisor.getByTestId('county-chart').locator('canvas').waitFor(LONG);
    await supervisor.getByTestId('county-chart').scrollIntoViewIfNeeded();
    await shot(supervisor, '10-13-county-side-by-side', false);
    await table
      .locator('.ant-table-row', { hasText: '规范性文件合法性审核' })
      .first()
      .scrollIntoViewIfNeeded();
    await shot(supervisor, '10-14-county-indicator-table', false);
    await supervisor.context().close();
  }, 300_000);
});
