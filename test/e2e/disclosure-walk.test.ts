// Issue 11's acceptance as a clerk in the 政务公开 ledger (依申请公开), every step by clicks and form
// fills in Chromium: an online request confirmed on Friday 2025-09-26, the Friday before 国庆; a
// 补正 sent and answered (the answer clock restarts, the shown explanation says why, 第三十条); the
// third party consulted and silent (第三十二条: its 15 working days are not counted); the extension
// approved (第三十三条: +20 working days); the answer 部分公开 (第三十七条). After each step the test
// reads the due dates the record page shows and checks them against the dates computed by hand
// below. Screenshots: /work/shots/walks/.
//
// The calendar (国办发明电〔2024〕12号 and 国办发明电〔2025〕7号):
//   2025 国庆节、中秋节: 10-01 to 10-08 off; Sunday 09-28 and Saturday 10-11 are working days.
//   2026 元旦: 01-01 to 01-03 off; Sunday 01-04 is a working day.
//   2026 春节: 02-15 to 02-23 off; Saturday 02-14 and Saturday 02-28 are working days.
// A period "within N working days" counts from the day after its event (the event day not counted).
//
// Hand computation:
// (1) Received 2025-09-26 (Fri, online: the day both sides confirm, 第三十一条第三项).
//     补正 notice, 7 working days: 09-28(Sun,调休)=1, 09-29=2, 09-30=3, [10-01..10-08 off], 10-09=4,
//     10-10=5, 10-11(Sat,调休)=6, 10-13=7                                     → due 2025-10-13.
//     Answer, 20 working days: 09-28=1, 09-29=2, 09-30=3, 10-09=4, 10-10=5, 10-11=6, 10-13..10-17=7..11,
//     10-20..10-24=12..16, 10-27..10-30=17..20                               → due 2025-10-30.
// (2) 补正 notified 2025-09-29 (within 2025-10-13); the answer clock stops.
// (3) 补正 received 2025-12-10 (Wed): the answer period starts again (第三十条), 20 working days:
//     12-11=1, 12-12=2, 12-15..12-19=3..7, 12-22..12-26=8..12, 12-29..12-31=13..15, [01-01..01-03 off],
//     01-04(Sun,调休)=16, 01-05=17, 01-06=18, 01-07=19, 01-08=20            → due 2026-01-08.
// (4) 征求意见书 served on the third party 2025-12-15 (Mon). Its 15 working days: 12-16..12-19=1..4,
//     12-22..12-26=5..9, 12-29..12-31=10..12, 01-04=13, 01-05=14, 01-06=15   → due 2026-01-06.
//     The answer clock pauses 12-16..01-06 (15 working days not counted): counted before the pause
//     12-11, 12-12, 12-15 = 3; after it 01-07=4, 01-08=5, 01-09=6, 01-12..01-16=7..11,
//     01-19..01-23=12..16, 01-26..01-29=17..20                              → due 2026-01-29.
// (5) The third party gives no opinion by 2026-01-06 (recorded 2026-01-07): the pause stays
//     12-16..01-06                                                         → due 2026-01-29.
// (6) Extension approved 2026-01-20 (before 01-29), 20 working days after 01-29: 01-30=1,
//     02-02..02-06=2..6, 02-09..02-13=7..11, 02-14(Sat,调休)=12, [02-15..02-23 off], 02-24..02-27=13..16,
//     02-28(Sat,调休)=17, 03-02=18, 03-03=19, 03-04=20                         → due 2026-03-04.
// (7) Answered 2026-02-27 (部分公开), within the extended period.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { date, fill, LONG, menu, openStep, pick, saveNew, submitStep } from './form-kit.ts';
import { hasChromium, startWorkbench, type Workbench, warnSkipped } from './harness.ts';

if (!hasChromium) warnSkipped('test/e2e/disclosure-walk.test.ts', ['未找到 /usr/bin/chromium']);

const SHOTS = '/work/shots/walks';
const TITLE = '石牛村2025年村道硬化工程招标文件及施工合同';
const CONTRACTOR = '清源县宏达建筑工程有限公司';

describe.skipIf(!hasChromium)('issue 11 walk: a 依申请公开 request across the 2025–2026 holidays', () => {
  let wb: Workbench;
  let clerk: Page;
  const shot = async (name: string) => {
    await clerk.evaluate(() => window.scrollTo(0, 0));
    await clerk.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  /** The card of a clock shown on the record page (the open one unless `state` says otherwise). */
  const clockCard = (id: string, state = 'open'): Locator =>
    clerk.locator(`[data-testid="deadline-${id}"][data-state="${state}"]`).first();
  /** The due date a clock's card shows in its header, and the card's whole text. */
  const shown = async (id: string, state = 'open') => {
    const card = clockCard(id, state);
    await card.waitFor(LONG);
    const text = await card.innerText();
    return { due: /届满日\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1], text };
  };
  /** Expands a collapsed clock card so that its explanation is on the screenshot. */
  const expand = async (id: string, state: string) => {
    const card = clockCard(id, state);
    if (!(await card.getByText('计算过程').isVisible()))
      await card.locator('.ant-pro-card-title').first().click();
    await card.getByText('计算过程').waitFor(LONG);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    wb = await startWorkbench('disclosure-walk');
    clerk = await wb.signIn('qingshi.clerk');
  }, 400_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('registers an online request confirmed on the Friday before 国庆: 补正 by 10-13, answer by 10-30', async () => {
    await menu(clerk, '政务公开台账', '依申请公开');
    await clerk
      .getByRole('button', { name: /新\s*建/ })
      .first()
      .click();
    await clerk.getByLabel('申请公开的政府信息', { exact: true }).waitFor(LONG);
    await fill(clerk, '申请公开的政府信息', TITLE);
    await pick(clerk, clerk, '申请人类型', '自然人');
    await fill(clerk, '申请人姓名或者名称', '王德明');
    await fill(clerk, '申请人联系电话', '13990861234');
    await pick(clerk, clerk, '提交方式', '互联网渠道');
    await date(clerk, '申请人提交日期', '2025-09-25');
    await date(clerk, '收到申请之日', '2025-09-26');
    await fill(clerk, '申请内容描述', '申请公开石牛村村道硬化工程的招标文件、中标通知书和施工合同。');
    await saveNew(clerk);

    const correction = await shown('correction');
    expect(correction.due).toBe('2025-10-13');
    const answer = await shown('answer');
    expect(answer.due).toBe('2025-10-30');
    // the explanation: the receipt rule of the online channel, the 国庆 days skipped
    expect(answer.text).toContain('双方确认之日');
    expect(answer.text).toContain('国庆节');
    await shot('11-01-request-received');
  }, 300_000);

  it('sends the 补正 on 09-29; the supplement of 12-10 restarts the clock: due 2026-01-08, the reason shown', async () => {
    let dialog = await openStep(clerk, 'request_correction');
    await fill(dialog, '需要补正的事项', '请写明所需招标文件和合同的具体名称或者文号等特征描述。');
    await date(dialog, '补正期限', '2025-12-12');
    await date(dialog, '办理日期', '2025-09-29');
    await submitStep(clerk, '一次性告知补正', '待补正');
    await shot('11-02-correction-sent');

    dialog = await openStep(clerk, 'supplement');
    await date(dialog, '收到补正之日', '2025-12-10');
    await date(dialog, '办理日期', '2025-12-10');
    await submitStep(clerk, '收到补正', '办理中');
    const answer = await shown('answer');
    expect(answer.due).toBe('2026-01-08');
    expect(answer.text).toContain('2025-12-10');
    expect(answer.text).toContain('重新计算（第三十条）');
    expect(answer.text).toContain('元旦');
    await shot('11-03-supplement-clock-restarted');
  }, 300_000);

  it('consults the contractor on 12-15: its 15 working days are not counted, the answer due 2026-01-29', async () => {
    let dialog = await openStep(clerk, 'consult');
    await pick(clerk, dialog, '征求意见对象', '第三方');
    await fill(dialog, '被征求意见的第三方或机关', CONTRACTOR);
    await date(dialog, '征求意见书送达之日', '2025-12-15');
    await date(dialog, '办理日期', '2025-12-15');
    await submitStep(clerk, '征求第三方或其他机关意见', '征求意见中');
    const third = await shown('third_party');
    expect(third.due).toBe('2026-01-06');
    let answer = await shown('answer');
    expect(answer.due).toBe('2026-01-29');
    expect(answer.text).toContain('第三十二条');
    await shot('11-04-consultation-paused');

    dialog = await openStep(clerk, 'consult_reply');
    await pick(clerk, dialog, '意见', '逾期未提出意见');
    await date(dialog, '办理日期', '2026-01-07');
    await submitStep(clerk, '收到意见（或第三方逾期未提出意见）', '办理中');
    answer = await shown('answer');
    expect(answer.due).toBe('2026-01-29');
    expect(answer.text).toContain(`征求第三方“${CONTRACTOR}”意见（第三十二条）`);
    expect(answer.text).toContain('2025-12-16');
    expect(answer.text).toContain('2026-01-06');
  }, 300_000);

  it('extends the answer period by 20 working days on 01-20 across 春节: due 2026-03-04', async () => {
    const dialog = await openStep(clerk, 'extend');
    await fill(dialog, '延长工作日数', '20');
    await fill(dialog, '批准延长的负责人', '青石镇人民政府镇长 罗永刚');
    await fill(dialog, '延长理由', '申请公开的合同涉及第三方商业秘密，需逐页审查区分处理。');
    await date(dialog, '办理日期', '2026-01-20');
    await submitStep(clerk, '延长答复期限');
    await clerk
      .locator('[data-testid="deadline-answer"][data-state="open"]', { hasText: '2026-03-04' })
      .waitFor(LONG);
    const answer = await shown('answer');
    expect(answer.due).toBe('2026-03-04');
    expect(answer.text).toContain('第三十三条第一款');
    expect(answer.text).toContain('春节');
    await shot('11-05-extension-approved');
  }, 300_000);

  it('answers 部分公开 on 2026-02-27, the request closed within its extended period', async () => {
    const dialog = await openStep(clerk, 'answer');
    await pick(clerk, dialog, '办理结果', '部分公开');
    await date(dialog, '答复日期', '2026-02-27');
    await fill(
      dialog,
      '答复内容及理由',
      '公开招标文件和中标通知书；施工合同中的单价分析表涉及第三方商业秘密，依照第三十七条作区分处理后公开其余部分。',
    );
    await date(dialog, '办理日期', '2026-02-27');
    await submitStep(clerk, '作出答复', '已办结');
    const text = await clerk.locator('main').innerText();
    expect(text).toContain('部分公开');
    // the answer clock is closed on time, its due date still shown
    const closed = clerk.locator('[data-testid="deadline-answer"]:not([data-state="open"])', {
      hasText: '2026-03-04',
    });
    await closed.first().waitFor(LONG);
    await expand('answer', (await closed.first().getAttribute('data-state')) ?? 'done');
    await shot('11-06-answered-partial');
  }, 300_000);
});
