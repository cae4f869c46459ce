// The disclosure ledger on each dialect: the answer clock of a request against hand-computed dates
// across the 2025 National Day holiday (and its 调休 days) and 元旦 2026 — receipt by channel, 补正
// (the clock starts again), a third-party consultation (time not counted), an approved extension —
// every refusal with its article, the catalogue's index numbers and publication clock, indicators
// and the cross-organisation denial.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii, type Pii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { buildDisclosureReport, disclosureReportDocx } from '../../disclosure-report/index.ts';
import { REQUEST_COLUMNS, REQUEST_ROWS, requestTableErrors } from '../../disclosure-report/tables.ts';
import { AppError } from '../../errors.ts';
import type { LedgerRow, RecordTypeDef } from '../contract.ts';
import { createRecord, type LedgerRuntime, loadRecord, updateRecord } from '../store.ts';
import { applyTransition } from '../workflow.ts';
import { disclosureLedger as ledger } from './index.ts';

const rtOf = (type: string) => ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
const requestRt = rtOf('disclosure_request');
const itemRt = rtOf('disclosure_item');
const TODAY = '2026-03-31';

describeEachDialect('disclosure ledger', (ctx) => {
  let tree: Tree;
  let pii: Pii;
  let calendar: Calendar;
  let clerk: { id: number; actor: Actor };
  let outsider: { id: number; actor: Actor };
  const runtime = (): LedgerRuntime => ({ pii, calendar, today: TODAY });
  const k = () => ctx().db.k;

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, TODAY);
    tree = await makeTree(db.k, '公开');
    clerk = await makeUser(db.k, tree.town.id, ['clerk'], { displayName: '张办事' });
    outsider = await makeUser(db.k, tree.sibling.id, ['clerk', 'leader']);
  });

  const newRequest = (over: Record<string, unknown> = {}) =>
    inTx(k(), (tx) =>
      createRecord(
        tx,
        clerk.actor,
        ledger,
        requestRt,
        {
          title: '某村土地征收补偿安置方案',
          orgId: tree.town.id,
          applicantType: 'natural',
          applicantName: '李国民',
          applicantPhone: '13881234567',
          applicantIdcard: '11010519491231002X',
          channel: 'online',
          submittedOn: '2025-09-25',
          receivedOn: '2025-09-26',
          ...over,
        },
        runtime(),
      ),
    );
  const step = (id: number, transition: string, on: string, fields?: Record<string, unknown>) =>
    inTx(k(), (tx) =>
      applyTransition(tx, clerk.actor, ledger, requestRt, id, transition, { on, fields }, runtime()),
    );
  async function refused(id: number, transition: string, on: string, fields?: Record<string, unknown>) {
    try {
      await step(id, transition, on, fields);
    } catch (err) {
      if (err instanceof AppError && err.code === 'WORKFLOW_REFUSED')
        return { message: err.message, basis: String(err.extra.basis) };
      throw err;
    }
    throw new Error(`${transition} was not refused`);
  }
  const clocks = async (row: LedgerRow, type = 'disclosure_request') =>
    Object.fromEntries(
      (
        await deadlinesOfRecord(k(), calendar, TODAY, {
          ledger: 'disclosure',
          recordType: type,
          recordId: row.id,
        })
      ).map((d) => [d.deadlineId, d]),
    );

  it('counts the answer period of an online request received the Friday before 国庆 2025, through 补正, consultation and extension', async () => {
    const r = await newRequest();
    let c = await clocks(r);
    // Received Fri 26 Sep 2025 (双方确认之日). Working days: Sun 28 Sep (调休) 1, 29, 30 → 3; 1–8 Oct
    // holiday; 9, 10, Sat 11 Oct (调休) → 6; 13 Oct → 7: the 补正 notice is due 13 Oct.
    expect(c.correction.due).toBe('2025-10-13');
    // …and on to 20: 14–17 Oct → 11, 20–24 → 16, 27–30 → 20: Thu 30 Oct 2025.
    expect(c.answer.due).toBe('2025-10-30');
    expect(c.answer.explain[0]).toContain('通过互联网渠道提交的，以双方确认之日为收到申请之日');
    expect(c.answer.explain.join('\n')).toContain('国庆节');

    // 补正 after 7 working days is refused (第三十条); on 9 Oct it is in time.
    expect(
      await refused(r.id, 'request_correction', '2025-10-14', {
        correctionItems: '写明村民小组',
        correctionDueOn: '2025-10-24',
      }),
    ).toMatchObject({ basis: expect.stringContaining('第三十条') });
    await step(r.id, 'request_correction', '2025-10-09', {
      correctionItems: '写明村民小组',
      correctionDueOn: '2025-10-24',
    });
    c = await clocks(r);
    expect(c.answer.state).toBe('suspended');
    expect(c.answer.status).toContain('中止计时');
    expect(c.correction.state).toBe('met');

    // Supplement received Wed 15 Oct: 20 working days again from then — 16, 17 → 2; 20–24 → 7;
    // 27–31 → 12; 3–7 Nov → 17; 10, 11, 12 → 20: Wed 12 Nov 2025.
    await step(r.id, 'supplement', '2025-10-15', { supplementOn: '2025-10-15' });
    // Editing the request keeps the restarted clock where it is.
    await inTx(k(), (tx) =>
      updateRecord(tx, clerk.actor, ledger, requestRt, r.id, { description: '补正后的描述' }, runtime()),
    );
    c = await clocks(r);
    expect(c.answer.state).toBe('open');
    expect(c.answer.due).toBe('2025-11-12');
    expect(c.answer.explain[0]).toBe(
      '收到申请之日 2025-09-26，2025-10-09 一次性告知补正；申请人于 2025-10-15 提交补正，答复期限自收到补正之日起重新计算（第三十条）',
    );

    // Third party served Mon 20 Oct: its 15 working days end Mon 10 Nov; until it answers, the answer
    // clock does not count 21 Oct – 10 Nov: 16, 17, 20 → 3, then 11 Nov … 3 Dec → 20.
    await step(r.id, 'consult', '2025-10-20', {
      consultParty: 'third_party',
      consultee: '某建材公司',
      consultServedOn: '2025-10-20',
    });
    c = await clocks(r);
    expect(c.third_party.due).toBe('2025-11-10');
    expect(c.answer.due).toBe('2025-12-03');
    expect(c.answer.explain.join('\n')).toContain('尚未答复');
    // It answers Fri 31 Oct: 21–31 Oct do not count; from 3 Nov: 3–7 → 8, 10–14 → 13, 17–21 → 18,
    // 24, 25 → 20: Tue 25 Nov 2025.
    await step(r.id, 'consult_reply', '2025-10-31', {
      consultRepliedOn: '2025-10-31',
      consultOpinion: 'object',
    });
    c = await clocks(r);
    expect(c.answer.due).toBe('2025-11-25');
    expect(c.third_party.state).toBe('met');
    expect(c.answer.explain.join('\n')).toContain(
      '暂停 2025-10-21 至 2025-10-31（征求第三方“某建材公司”意见（第三十二条））',
    );

    // Extension: at most 20 working days; approved Thu 20 Nov, before the due date: 26 Nov … 23 Dec.
    expect(await refused(r.id, 'answer', '2025-11-21', { answerType: 'partial' })).toMatchObject({
      basis: expect.stringContaining('第三十七条'),
    });
    await expect(
      step(r.id, 'extend', '2025-11-20', {
        extensionDays: 21,
        extensionApprover: '主任',
        extensionReason: '核对',
      }),
    ).rejects.toMatchObject({ status: 400 });
    await step(r.id, 'extend', '2025-11-20', {
      extensionDays: 20,
      extensionApprover: '办公室主任王某',
      extensionReason: '涉及三个村民小组，需逐户核对',
    });
    c = await clocks(r);
    expect(c.answer.due).toBe('2025-12-23');
    expect(c.answer.explain.join('\n')).toContain('原定期限届满日 2025-11-25');
    expect(
      await refused(r.id, 'extend', '2025-11-21', {
        extensionDays: 5,
        extensionApprover: '主任',
        extensionReason: '再延',
      }),
    ).toMatchObject({ message: expect.stringContaining('只能延长一次') });

    // 部分公开 with the reasons for what is withheld; a reason of another type is refused.
    expect(
      await refused(r.id, 'answer', '2025-12-10', {
        answerType: 'withhold',
        answerReason: 'not_held',
        answerSummary: '无',
      }),
    ).toMatchObject({ message: expect.stringContaining('不属于“不予公开”') });
    expect(
      await refused(r.id, 'answer', '2025-12-10', { answerType: 'disclose', feeAmount: 100 }),
    ).toMatchObject({ basis: expect.stringContaining('第四十二条') });
    const done = await step(r.id, 'answer', '2025-12-10', {
      answerType: 'partial',
      answerSummary: '第三方经营信息区分处理后不予公开',
    });
    expect(done).toMatchObject({ state: 'answered', answeredOn: '2025-12-10' });
    c = await clocks(r);
    expect(c.answer).toMatchObject({ state: 'met', metOn: '2025-12-10' });
  });

  it('counts receipt by channel and across 元旦 2026, and refuses a receipt before submission', async () => {
    // By post, signed for Fri 26 Dec 2025: 29–31 Dec → 3; 1–3 Jan holiday; Sun 4 Jan (调休) → 4;
    // 5–9 → 9; 12–16 → 14; 19–23 → 19; 26 Jan → 20.
    const r = await newRequest({ channel: 'post', submittedOn: '2025-12-22', receivedOn: '2025-12-26' });
    const early = await newRequest({ channel: 'post', submittedOn: '2025-12-22', receivedOn: '2025-12-24' });
    // A corrected receipt date moves the clock and its note.
    await inTx(k(), (tx) =>
      updateRecord(tx, clerk.actor, ledger, requestRt, early.id, { receivedOn: '2025-12-26' }, runtime()),
    );
    expect((await clocks(early)).answer.due).toBe('2026-01-26');
    expect((await clocks(early)).answer.explain[0]).toContain('收到申请之日 2025-12-26');
    const c = await clocks(r);
    expect(c.answer.due).toBe('2026-01-26');
    expect(c.answer.explain[0]).toContain('签收之日');
    await expect(
      newRequest({ channel: 'in_person', submittedOn: '2025-12-22', receivedOn: '2025-12-23' }),
    ).rejects.toMatchObject({
      status: 400,
      extra: { fields: { receivedOn: expect.stringContaining('当面提交') } },
    });
    await expect(newRequest({ submittedOn: '2025-12-22', receivedOn: '2025-12-21' })).rejects.toMatchObject({
      status: 400,
    });
    // 逾期不补正 only after the 补正 period; then 其他处理.
    await step(r.id, 'request_correction', '2025-12-29', {
      correctionItems: '请明确',
      correctionDueOn: '2026-01-12',
    });
    expect(await refused(r.id, 'close_no_supplement', '2026-01-12')).toMatchObject({
      basis: expect.stringContaining('第三十条'),
    });
    expect(await step(r.id, 'close_no_supplement', '2026-01-13')).toMatchObject({
      answerType: 'other',
      answerReason: 'no_supplement',
    });
    // “补正后申请内容仍不明确” needs a 补正 that arrived.
    const s = await newRequest();
    expect(
      await refused(s.id, 'answer', '2025-10-10', {
        answerType: 'unavailable',
        answerReason: 'unclear',
        answerSummary: '不明确',
      }),
    ).toMatchObject({ basis: expect.stringContaining('第三十条') });
  });

  it('masks the applicant, and another township neither reads nor changes the request', async () => {
    const r = await newRequest();
    const seen = await loadRecord(k(), clerk.actor, ledger, requestRt, r.id);
    expect(String(seen.row.applicantPhone)).not.toContain('13881234567');
    await expect(loadRecord(k(), outsider.actor, ledger, requestRt, r.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      inTx(k(), (tx) =>
        updateRecord(tx, outsider.actor, ledger, requestRt, r.id, { title: '改' }, runtime()),
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      inTx(k(), (tx) =>
        applyTransition(tx, outsider.actor, ledger, requestRt, r.id, 'accept', {}, runtime()),
      ),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('publishes catalogue items with unique index numbers within 20 working days, and counts them', async () => {
    const newItem = (writtenOn: string) =>
      inTx(k(), (tx) =>
        createRecord(
          tx,
          clerk.actor,
          ledger,
          itemRt,
          {
            title: '2025年耕地地力保护补贴发放情况公示',
            orgId: tree.town.id,
            publisher: '公开镇人民政府',
            heading: 'agri_policy',
            topic: 'agriculture',
            genre: 'publicity',
            writtenOn,
          },
          runtime(),
        ),
      );
    const a = await newItem('2025-09-26');
    // 20 working days from Fri 26 Sep 2025, as for the request above: 30 Oct.
    expect((await clocks(a, 'disclosure_item')).publication.due).toBe('2025-10-30');
    const publish = (id: number, on: string) =>
      inTx(k(), (tx) => applyTransition(tx, clerk.actor, ledger, itemRt, id, 'publish', { on }, runtime()));
    const p1 = await publish(a.id, '2025-10-09');
    const b = await newItem('2025-10-10');
    const p2 = await publish(b.id, '2025-11-20');
    const org = await k()
      .selectFrom('org')
      .select('code')
      .where('id', '=', tree.town.id)
      .executeTakeFirstOrThrow();
    expect(p1.indexNo).toBe(`${org.code}/2025-00001`);
    expect(p2.indexNo).toBe(`${org.code}/2025-00002`);
    expect((await clocks(b, 'disclosure_item')).publication.state).toBe('overdue_met');
    const published = ledger.indicators.find((i) => i.id === 'disclosure.published')!;
    expect(await published.compute(k(), [tree.town.path], 2025)).toBe(2);
    expect(await published.compute(k(), [tree.sibling.path], 2025)).toBe(0);
    expect((await published.drill(k(), [tree.town.path], 2025)).ids).toEqual([a.id, b.id]);
    const requests = ledger.indicators.find((i) => i.id === 'disclosure.requests')!;
    expect(await requests.compute(k(), [tree.town.path], 2025)).toBeGreaterThanOrEqual(4);
    const repealed = await inTx(k(), (tx) =>
      applyTransition(
        tx,
        clerk.actor,
        ledger,
        itemRt,
        a.id,
        'change_validity',
        { on: '2026-01-05', fields: { validity: 'repealed' } },
        runtime(),
      ),
    );
    expect(repealed).toMatchObject({ validity: 'repealed', repealedOn: '2026-01-05' });
  });

  it('computes the annual report table from these requests, reconciled, and finds planted errors', async () => {
    const org = await k()
      .selectFrom('org')
      .select(['id', 'name', 'kind', 'path'])
      .where('id', '=', tree.town.id)
      .executeTakeFirstOrThrow();
    const y25 = await buildDisclosureReport(k(), org, 2025);
    const r25 = y25.tables.requests;
    // Five requests received in 2025 by natural persons: one answered 部分公开, four carried over.
    expect(r25.new).toMatchObject({ natural: 5, total: 5 });
    expect(r25.partial).toMatchObject({ natural: 1, total: 1 });
    expect(r25.total.total).toBe(1);
    expect(r25.next.total).toBe(4);
    expect(y25.errors).toEqual([]);
    const r26 = (await buildDisclosureReport(k(), org, 2026)).tables.requests;
    expect(r26.carried.total).toBe(r25.next.total);
    expect(r26['other.no_supplement'].natural).toBe(1);
    expect(r26.next.total).toBe(3);
    expect(y25.tables.facts.published).toBe(2);
    expect(y25.due).toMatchObject({ submitBy: '2026-01-31', publishBy: '2026-01-31' });
    // Every row and column: sums and the 勾稽关系 (一 + 二 = 三 + 四).
    for (const row of REQUEST_ROWS) {
      const sum = REQUEST_COLUMNS.filter((c) => c !== 'total').reduce((n, c) => n + r25[row.key][c], 0);
      expect(sum, row.label).toBe(r25[row.key].total);
    }
    const planted = structuredClone(r25);
    planted.partial.natural = 2;
    planted.next.commercial = 1;
    expect(requestTableErrors(planted).length).toBeGreaterThanOrEqual(3);
    const docx = await disclosureReportDocx(y25, '2026-01-15');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});
