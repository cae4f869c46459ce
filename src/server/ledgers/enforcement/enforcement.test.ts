// The enforcement ledger on each dialect: every statutory refusal with its article, a case walked
// from 立案 to 归档 with its evidence hashes, the working-day clocks across the 2025 National Day
// holiday and its 调休 Sunday, the disclosure queue, the inspection cap, indicators on seeded data
// and the cross-organisation denial.
import { Readable } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import { parseDocNo } from '../../../shared/doc-number.ts';
import type { Actor } from '../../core/actor.ts';
import { storeAttachment } from '../../core/attachments.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii, type Pii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { loadDemo } from '../../demo/seed.ts';
import { AppError } from '../../errors.ts';
import type { LedgerRow, RecordTypeDef } from '../contract.ts';
import { createRecord, type LedgerRuntime, loadRecord, updateRecord } from '../store.ts';
import { applyTransition, runTransition, timelineOf } from '../workflow.ts';
import { enforcementLedger as ledger } from './index.ts';
import { disclosureQueue, enforcementAlerts, enterpriseCounts } from './queries.ts';
import { seedEnforcement } from './seeds.ts';

const rtOf = (type: string) => ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
const caseRt = rtOf('case');
const officerRt = rtOf('officer');
const inspectionRt = rtOf('inspection');
const TODAY = '2025-12-31';

describeEachDialect('enforcement ledger', (ctx) => {
  let tree: Tree;
  let pii: Pii;
  let calendar: Calendar;
  let officerA: { id: number; actor: Actor };
  let officerB: { id: number; actor: Actor };
  let lapsed: { id: number; actor: Actor };
  let leader: { id: number; actor: Actor };
  let advisor: { id: number; actor: Actor };
  let outsider: { id: number; actor: Actor };
  let n = 0;
  let files = 0;

  const runtime = (today = TODAY): LedgerRuntime => ({ pii, calendar, today });
  const k = () => ctx().db.k;

  async function newCase(over: Record<string, unknown> = {}): Promise<LedgerRow> {
    n++;
    return inTx(k(), (tx) =>
      createRecord(
        tx,
        officerA.actor,
        ledger,
        caseRt,
        {
          caseNo: `测综执罚立〔2025〕${n}号`,
          title: '露天焚烧秸秆案',
          orgId: tree.town.id,
          filedOn: '2025-09-01',
          source: 'inspection',
          isMajor: false,
          leadOfficerId: officerA.id,
          secondOfficerId: officerB.id,
          partyType: 'person',
          partyName: '张晓明',
          partyPhone: '13812345678',
          partyIdcard: '11010519491231002X',
          facts: '在田间露天焚烧秸秆',
          ...over,
        },
        runtime(),
      ),
    );
  }

  async function evidence(name = '现场检查笔录.txt', text = `现场检查笔录 第${++files}份`): Promise<number> {
    const a = await storeAttachment(k(), officerA.actor, {
      stream: Readable.from([Buffer.from(text, 'utf8')]),
      filename: name,
      orgId: tree.town.id,
      dataDir: ctx().dataDir,
      maxBytes: 1 << 20,
    });
    return a.id;
  }

  function step(actor: Actor, id: number, transition: string, input: Record<string, unknown>, today = TODAY) {
    return inTx(k(), (tx) =>
      applyTransition(tx, actor, ledger, caseRt, id, transition, input, runtime(today)),
    );
  }

  /** Runs a step expected to be refused and returns the refusal's message and basis. */
  async function refused(
    actor: Actor,
    id: number,
    transition: string,
    input: Record<string, unknown>,
    today = TODAY,
  ) {
    try {
      await step(actor, id, transition, input, today);
    } catch (err) {
      if (err instanceof AppError && err.code === 'WORKFLOW_REFUSED') {
        return { message: err.message, basis: String(err.extra.basis) };
      }
      throw err;
    }
    throw new Error(`${transition} was not refused`);
  }

  async function walkTo(id: number, until: 'investigating' | 'notified', hearingOffered = false) {
    await step(officerA.actor, id, 'investigate', { on: '2025-09-02', attachmentIds: [await evidence()] });
    if (until === 'investigating') return;
    await step(officerA.actor, id, 'notify', { on: '2025-09-05', fields: { hearingOffered } });
  }

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, TODAY);
    tree = await makeTree(db.k, '执法');
    officerA = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '王执法' });
    officerB = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '李执法' });
    lapsed = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '赵过期' });
    leader = await makeUser(db.k, tree.town.id, ['leader'], { displayName: '刘镇长' });
    advisor = await makeUser(db.k, tree.town.id, ['advisor'], { displayName: '孙顾问' });
    outsider = await makeUser(db.k, tree.sibling.id, ['clerk', 'officer', 'leader'], {
      displayName: '邻乡人员',
    });
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const certs: Array<[number, string, string, string]> = [
      [officerA.id, '王执法', 'ZF001', '2030-12-31'],
      [officerB.id, '李执法', 'ZF002', '2027-12-31'],
      [lapsed.id, '赵过期', 'ZF003', '2025-06-30'],
    ];
    for (const [userId, name, certNo, validUntil] of certs) {
      await inTx(db.k, (tx) =>
        createRecord(
          tx,
          clerk.actor,
          ledger,
          officerRt,
          {
            name,
            orgId: tree.town.id,
            certNo,
            field: 'comprehensive',
            issuedOn: '2021-01-01',
            validUntil,
            userId,
          },
          runtime(),
        ),
      );
    }
  });

  it('stores party numbers SM4-encrypted and masks the name in lists', async () => {
    const c = await newCase();
    const raw = await k()
      .selectFrom('enforcementCase')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(raw.partyPhone).toMatch(/^sm4v1:/);
    expect(raw.partyIdcard).toMatch(/^sm4v1:/);
    expect(pii.decrypt(String(raw.partyPhone))).toBe('13812345678');
  });

  it('refuses a step with one officer, or with a certificate not valid that day (第42条)', async () => {
    const one = await newCase({ secondOfficerId: null });
    const r1 = await refused(officerA.actor, one.id, 'investigate', {
      on: '2025-09-02',
      attachmentIds: [await evidence()],
    });
    expect(r1.basis).toContain('《中华人民共和国行政处罚法》（2021年修订）第四十二条');
    expect(r1.message).toContain('不得少于两人');

    const expired = await newCase({ secondOfficerId: lapsed.id });
    const r2 = await refused(officerA.actor, expired.id, 'investigate', {
      on: '2025-09-02',
      attachmentIds: [await evidence()],
    });
    expect(r2.basis).toContain('第四十二条');
    expect(r2.message).toContain('赵过期');

    // The same officer on a day the certificate was valid may act.
    const early = await newCase({ secondOfficerId: lapsed.id, filedOn: '2025-05-06' });
    await step(officerA.actor, early.id, 'investigate', {
      on: '2025-05-07',
      attachmentIds: [await evidence()],
    });
  });

  it('refuses 调查取证 without evidence (第46、47条) and keeps each file with its SHA-256', async () => {
    const c = await newCase();
    const r = await refused(officerA.actor, c.id, 'investigate', { on: '2025-09-02' });
    expect(r.basis).toContain('第四十七条');
    const file = await evidence('询问笔录.txt', '询问笔录：当事人承认焚烧秸秆');
    await step(officerA.actor, c.id, 'investigate', { on: '2025-09-02', attachmentIds: [file] });
    const tl = await timelineOf(k(), ledger, caseRt, c.id);
    expect(tl.steps.at(-1)?.attachmentIds).toEqual([file]);
    const a = await k()
      .selectFrom('attachment')
      .select(['sha256', 'sm3'])
      .where('id', '=', file)
      .executeTakeFirstOrThrow();
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a hearing asked for after 5 working days, and a hearing notified less than 7 ahead (第64条)', async () => {
    const c = await newCase();
    await walkTo(c.id, 'notified', true);
    // Notice on Friday 2025-09-05: the five working days end on Friday 2025-09-12.
    const late = await refused(officerA.actor, c.id, 'request_hearing', {
      on: '2025-09-15',
      fields: { hearingRequestedOn: '2025-09-15' },
    });
    expect(late.basis).toContain('第六十四条第（一）项');
    expect(late.message).toContain('2025-09-12');
    await step(officerA.actor, c.id, 'request_hearing', {
      on: '2025-09-12',
      fields: { hearingRequestedOn: '2025-09-12' },
    });
    // Notified on 2025-09-12: the earliest hearing is seven working days later, 2025-09-23.
    const short = await refused(officerA.actor, c.id, 'hold_hearing', {
      on: '2025-09-22',
      fields: { hearingNoticeOn: '2025-09-12', hearingOn: '2025-09-22' },
    });
    expect(short.basis).toContain('第六十四条第（二）项');
    expect(short.message).toContain('2025-09-23');
    // No decision before the hearing that was asked for (第65条).
    const early = await refused(leader.actor, c.id, 'decide', {
      on: '2025-09-22',
      fields: { decisionNo: 'X1', outcome: 'warning' },
    });
    expect(early.basis).toContain('第六十五条');
  });

  it('refuses a decision while the party may still ask for a hearing (第64条)', async () => {
    const c = await newCase();
    await walkTo(c.id, 'notified', true);
    const r = await refused(leader.actor, c.id, 'decide', {
      on: '2025-09-10',
      fields: { decisionNo: 'X2', outcome: 'warning' },
    });
    expect(r.basis).toContain('第六十四条');
    await step(leader.actor, c.id, 'decide', {
      on: '2025-09-15',
      fields: { decisionNo: 'X2', outcome: 'warning' },
    });
  });

  it('refuses to decide a 重大 case before its 法制审核 passes (第58条) and its collective discussion (第57条)', async () => {
    const c = await newCase({ isMajor: true, title: '未经批准非法占用土地建住宅案' });
    await walkTo(c.id, 'notified');
    const decide = { on: '2025-09-16', fields: { decisionNo: 'X3', outcome: 'suspension' } };
    const r1 = await refused(leader.actor, c.id, 'decide', decide);
    expect(r1.basis).toContain('第五十八条');
    expect(r1.basis).toContain('国办发〔2018〕118号');
    // Refusals are audited in a transaction of their own.
    await expect(
      runTransition(ctx().db, leader.actor, ledger, caseRt, c.id, 'decide', decide, runtime()),
    ).rejects.toThrow(/法制审核/);
    const audit = await k()
      .selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'enforcement.refused')
      .where('entityId', '=', String(c.id))
      .execute();
    expect(audit.map((a) => JSON.parse(String(a.afterJson)).basis).join()).toContain('第五十八条');

    // The advisor, who may not write the ledger, reviews; 不同意 still blocks the decision.
    await step(advisor.actor, c.id, 'legal_review', {
      on: '2025-09-15',
      fields: { legalReviewer: '孙顾问', legalReviewOpinion: 'reject', legalReviewNote: '证据不足' },
    });
    const r2 = await refused(leader.actor, c.id, 'decide', decide);
    expect(r2.message).toContain('不同意');
    await step(advisor.actor, c.id, 'legal_review', {
      on: '2025-09-16',
      fields: { legalReviewer: '孙顾问', legalReviewOpinion: 'approve_modified' },
    });
    const r3 = await refused(leader.actor, c.id, 'decide', decide);
    expect(r3.basis).toContain('第五十七条第二款');
    await step(leader.actor, c.id, 'discuss', { on: '2025-09-16', fields: { discussionNote: '同意' } });
    const done = await step(leader.actor, c.id, 'decide', decide);
    expect(done.state).toBe('decided');
  });

  it('refuses a decision after 90 days; one extension approved in time, never a second (第60条)', async () => {
    const c = await newCase({ filedOn: '2025-06-02' });
    await step(officerA.actor, c.id, 'investigate', { on: '2025-06-03', attachmentIds: [await evidence()] });
    await step(officerA.actor, c.id, 'notify', { on: '2025-06-10', fields: { hearingOffered: false } });
    const [clock] = (
      await deadlinesOfRecord(k(), calendar, TODAY, {
        ledger: 'enforcement',
        recordType: 'case',
        recordId: c.id,
      })
    ).filter((d) => d.deadlineId === 'decision');
    // 90 calendar days from 2025-06-02 end on Sunday 2025-08-31, moved to Monday 2025-09-01 (民法典 第203条).
    expect(clock.due).toBe('2025-09-01');
    const late = await refused(leader.actor, c.id, 'decide', {
      on: '2025-09-02',
      fields: { decisionNo: 'X4', outcome: 'warning' },
    });
    expect(late.basis).toContain('第六十条');
    const noApproval = await refused(officerA.actor, c.id, 'extend', { on: '2025-08-20', fields: {} });
    expect(noApproval.basis).toContain('第六十条');
    await step(officerA.actor, c.id, 'extend', {
      on: '2025-08-20',
      fields: { extensionApprover: '刘镇长', extensionReason: '案情复杂，需补充鉴定' },
    });
    const twice = await refused(officerA.actor, c.id, 'extend', {
      on: '2025-08-25',
      fields: { extensionApprover: '刘镇长', extensionReason: '再次延长' },
    });
    expect(twice.message).toContain('只能经批准延长一次');
    const [extended] = (
      await deadlinesOfRecord(k(), calendar, TODAY, {
        ledger: 'enforcement',
        recordType: 'case',
        recordId: c.id,
      })
    ).filter((d) => d.deadlineId === 'decision');
    expect(extended.due).toBe('2025-10-09');
    expect(extended.extensions).toHaveLength(1);
    expect(extended.explain.join('\n')).toContain('30');
    expect(
      (
        await step(leader.actor, c.id, 'decide', {
          on: '2025-09-02',
          fields: { decisionNo: 'X4', outcome: 'warning' },
        })
      ).state,
    ).toBe('decided');
  });

  it('refuses outcomes that do not agree with their amounts (第9条) and 首违不罚 without its conditions (第33条)', async () => {
    const c = await newCase();
    await walkTo(c.id, 'notified');
    const fine = await refused(leader.actor, c.id, 'decide', {
      on: '2025-09-16',
      fields: { decisionNo: 'X5', outcome: 'fine' },
    });
    expect(fine.basis).toContain('第九条');
    const first = await refused(leader.actor, c.id, 'decide', {
      on: '2025-09-16',
      fields: { decisionNo: 'X5', outcome: 'first_offense', firstViolation: true },
    });
    expect(first.basis).toContain('第三十三条第一款');
    const row = await step(leader.actor, c.id, 'decide', {
      on: '2025-09-16',
      fields: {
        decisionNo: 'X5',
        outcome: 'first_offense',
        firstViolation: true,
        harmMinor: true,
        corrected: true,
      },
    });
    // 首违不罚 is not a 行政处罚 decision: published within 20 working days, not 7.
    expect(row.otherDecisionOn).toBe('2025-09-16');
    expect(row.penaltyDecisionOn).toBeNull();
    const clocks = await deadlinesOfRecord(k(), calendar, TODAY, {
      ledger: 'enforcement',
      recordType: 'case',
      recordId: c.id,
    });
    expect(clocks.map((d) => d.deadlineId).sort()).toEqual(['decision', 'disclosure_other', 'service']);
    const exempt = await refused(leader.actor, c.id, 'exempt_disclosure', { on: '2025-09-17', fields: {} });
    expect(exempt.basis).toContain('国办发〔2018〕118号');
    await step(leader.actor, c.id, 'exempt_disclosure', {
      on: '2025-09-17',
      fields: { disclosureExemptReason: 'privacy', disclosureExemptNote: '涉及个人隐私' },
    });
    const again = await refused(officerA.actor, c.id, 'publish', { on: '2025-09-18', fields: {} });
    expect(again.message).toContain('已公开或已登记不予公开');
  });

  it('walks a case from 立案 to 归档 with the 送达 and disclosure clocks in working days across 国庆', async () => {
    const c = await newCase({ isMajor: true });
    await walkTo(c.id, 'notified', true);
    await step(officerA.actor, c.id, 'request_hearing', {
      on: '2025-09-10',
      fields: { hearingRequestedOn: '2025-09-10' },
    });
    await step(officerA.actor, c.id, 'hold_hearing', {
      on: '2025-09-23',
      fields: { hearingNoticeOn: '2025-09-12', hearingOn: '2025-09-23' },
    });
    await step(advisor.actor, c.id, 'legal_review', {
      on: '2025-09-24',
      fields: {
        legalReviewer: '孙顾问',
        legalReviewOpinion: 'approve',
        legalReviewNote: '事实清楚，证据确凿',
      },
    });
    await step(leader.actor, c.id, 'discuss', { on: '2025-09-25', fields: { discussionNote: '同意罚款' } });
    await step(leader.actor, c.id, 'decide', {
      on: '2025-09-26',
      fields: { decisionNo: '测综执罚决〔2025〕1号', outcome: 'fine', fineAmount: 5000 },
    });
    const clocks = await deadlinesOfRecord(k(), calendar, TODAY, {
      ledger: 'enforcement',
      recordType: 'case',
      recordId: c.id,
    });
    const by = new Map(clocks.map((d) => [d.deadlineId, d]));
    // From Friday 2025-09-26: Sunday 09-28 is a 调休 working day, 10-01…10-08 are holidays,
    // Saturday 10-11 is a 调休 working day: seven working days end on Monday 2025-10-13.
    expect(by.get('disclosure_penalty')?.due).toBe('2025-10-13');
    expect(by.get('disclosure_penalty')?.unit).toBe('working');
    expect(by.get('disclosure_penalty')?.explain.join('\n')).toContain('国庆节');
    expect(by.get('service')?.due).toBe('2025-10-13');
    expect(by.get('decision')?.state).toBe('met');

    const queue = await disclosureQueue(k(), calendar, '2025-10-10', [tree.town.path]);
    const item = queue.find((q) => q.caseId === c.id);
    expect(item?.deadline.due).toBe('2025-10-13');
    expect(item?.outcomeLabel).toBe('罚款');
    expect(item?.deadline.colour).toBe('yellow');

    const refusedClose = await step(officerA.actor, c.id, 'serve', {
      on: '2025-09-28',
      fields: { serviceMethod: 'direct' },
    }).then(() => refused(officerA.actor, c.id, 'close', { on: '2025-10-09' }));
    expect(refusedClose.basis).toContain('第六十六条');
    await step(officerA.actor, c.id, 'publish', {
      on: '2025-10-09',
      fields: { publishedAt: '县政府门户网站' },
    });
    expect(
      (await disclosureQueue(k(), calendar, '2025-10-09', [tree.town.path])).some((q) => q.caseId === c.id),
    ).toBe(false);
    await step(officerA.actor, c.id, 'add_evidence', {
      on: '2025-10-10',
      attachmentIds: [await evidence('缴款凭证.txt')],
    });
    await step(officerA.actor, c.id, 'execute', { on: '2025-10-15', fields: { executionWay: 'voluntary' } });
    await step(officerA.actor, c.id, 'close', { on: '2025-10-16' });
    await step(officerA.actor, c.id, 'archive', { on: '2025-10-20', fields: { archiveNo: 'ZF-2025-001' } });
    const bad = await refused(advisor.actor, c.id, 'file_review', {
      on: '2025-11-05',
      fields: { fileReviewScore: 120, fileReviewer: '评查组' },
    });
    expect(bad.message).toContain('0至100');
    const final = await step(advisor.actor, c.id, 'file_review', {
      on: '2025-11-05',
      fields: { fileReviewScore: 92, fileReviewer: '评查组' },
    });
    expect(final.state).toBe('archived');
    expect(final.fileReviewGrade).toBe('excellent');
    const after = await deadlinesOfRecord(k(), calendar, TODAY, {
      ledger: 'enforcement',
      recordType: 'case',
      recordId: c.id,
    });
    expect(after.every((d) => d.state === 'met')).toBe(true);
    const tl = await timelineOf(k(), ledger, caseRt, c.id);
    expect(tl.steps.map((s) => s.action)).toEqual([
      'create',
      'investigate',
      'notify',
      'request_hearing',
      'hold_hearing',
      'legal_review',
      'discuss',
      'decide',
      'serve',
      'publish',
      'add_evidence',
      'execute',
      'close',
      'archive',
      'file_review',
    ]);
  });

  it('counts each enterprise’s inspections in the year and warns above the cap', async () => {
    const body = '91511099MA62X0001';
    const { validCreditCode, creditCheckChar } = await import('./inputs.ts');
    const valid = body + creditCheckChar(body);
    const wrong = body + (valid.endsWith('A') ? 'B' : 'A');
    expect(validCreditCode(valid)).toBe(true);
    expect(validCreditCode(wrong)).toBe(false);
    for (const on of ['2025-03-04', '2025-06-10', '2025-11-20', '2024-12-01']) {
      await inTx(k(), (tx) =>
        createRecord(
          tx,
          officerA.actor,
          ledger,
          inspectionRt,
          {
            enterpriseName: '清源县鑫源砂石有限公司',
            creditCode: valid,
            orgId: tree.town.id,
            inspectedOn: on,
            kind: 'routine',
            leadOfficerId: officerA.id,
            secondOfficerId: officerB.id,
            result: 'ok',
          },
          runtime(),
        ),
      );
    }
    const counts = await enterpriseCounts(k(), [tree.town.path], 2025);
    const e = counts.find((x) => x.creditCode === valid);
    expect(e).toMatchObject({ count: 3, cap: 2, overCap: true });
    expect(
      (await enterpriseCounts(k(), [tree.town.path], 2024)).find((x) => x.creditCode === valid)?.overCap,
    ).toBe(false);
    const alerts = await enforcementAlerts(k(), [tree.town.path], '2025-12-31');
    expect(alerts.find((a) => a.type === 'inspection')?.label).toContain('已被检查 3 次（上限 2 次）');
    // The lapsed certificate is a red card too.
    expect(alerts.find((a) => a.type === 'officer')?.label).toContain('2025-06-30');
    await expect(
      inTx(k(), (tx) =>
        createRecord(
          tx,
          officerA.actor,
          ledger,
          inspectionRt,
          {
            enterpriseName: '某公司',
            creditCode: wrong,
            orgId: tree.town.id,
            inspectedOn: '2025-03-04',
            kind: 'routine',
            result: 'ok',
          },
          runtime(),
        ),
      ),
    ).rejects.toThrow(/统一社会信用代码/);
  });

  it('denies another township its records, its steps and its organisation', async () => {
    const c = await newCase();
    await expect(loadRecord(k(), outsider.actor, ledger, caseRt, c.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(step(outsider.actor, c.id, 'investigate', { on: '2025-09-02' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      inTx(k(), (tx) => updateRecord(tx, outsider.actor, ledger, caseRt, c.id, { title: '改' }, runtime())),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(newCaseAs(outsider.actor, tree.town.id)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(ledger.policy(outsider.actor, 'read', { orgPath: tree.town.path })).toBe(false);
    // The advisor reviews in its own township only, and cannot write.
    expect(
      ledger.policy(advisor.actor, 'transition:legal_review', { orgPath: tree.town.path, state: 'notified' }),
    ).toBe(true);
    expect(
      ledger.policy(advisor.actor, 'transition:legal_review', {
        orgPath: tree.sibling.path,
        state: 'notified',
      }),
    ).toBe(false);
    expect(ledger.policy(advisor.actor, 'create', { orgPath: tree.town.path })).toBe(false);
  });

  function newCaseAs(actor: Actor, orgId: number) {
    return inTx(k(), (tx) =>
      createRecord(
        tx,
        actor,
        ledger,
        caseRt,
        {
          caseNo: 'X',
          title: '越权',
          orgId,
          filedOn: '2025-09-01',
          source: 'other',
          partyType: 'person',
          partyName: '某人',
        },
        runtime(),
      ),
    );
  }

  it('computes nothing for a township without records', async () => {
    for (const ind of ledger.indicators) {
      expect(await ind.compute(k(), [tree.sibling.path], 2025), ind.id).toBe(0);
      expect((await ind.drill(k(), [tree.sibling.path], 2025)).ids).toEqual([]);
    }
  });
});

describeEachDialect('enforcement demo year', (ctx) => {
  let pii: Pii;
  let calendar: Calendar;
  let countyPath: string;
  const today = '2026-03-31';

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, today);
    const demo = await loadDemo(db);
    await db.k.transaction().execute((tx) =>
      seedEnforcement({
        ledger,
        tx,
        pii,
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir: ctx().dataDir,
      }),
    );
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    countyPath = county.path;
  }, 240_000);

  it('fills the previous year and this year to date in every township', async () => {
    const k = ctx().db.k;
    const perOrg = await k
      .selectFrom('enforcementCase')
      .select(['orgId', (eb) => eb.fn.countAll().as('n')])
      .groupBy('orgId')
      .execute();
    expect(perOrg.length).toBe(7);
    const latest = await k
      .selectFrom('enforcementCase')
      .select((eb) => eb.fn.max('filedOn').as('d'))
      .executeTakeFirstOrThrow();
    expect(String(latest.d) <= today).toBe(true);
    expect(String(latest.d) >= '2026-03-01').toBe(true);
  });

  it('computes every indicator equal to a raw count, with the records behind it', async () => {
    const k = ctx().db.k;
    const raw = {
      'enforcement.cases': Number(
        (
          await k
            .selectFrom('enforcementCase')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('filedOn', '>=', '2025-01-01')
            .where('filedOn', '<=', '2025-12-31')
            .executeTakeFirstOrThrow()
        ).n,
      ),
      'enforcement.inspections': Number(
        (
          await k
            .selectFrom('enforcementInspection')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('inspectedOn', '>=', '2025-01-01')
            .where('inspectedOn', '<=', '2025-12-31')
            .executeTakeFirstOrThrow()
        ).n,
      ),
    };
    for (const ind of ledger.indicators) {
      const value = await ind.compute(k, [countyPath], 2025);
      const drill = await ind.drill(k, [countyPath], 2025);
      expect(value, ind.id).toBeGreaterThan(0);
      if (ind.id !== 'enforcement.fines') expect(drill.ids.length, ind.id).toBe(value);
      if (ind.id in raw) expect(value, ind.id).toBe(raw[ind.id as keyof typeof raw]);
    }
    expect(raw['enforcement.cases']).toBeGreaterThan(150);
  });

  it('leaves overdue and near-due work, a disclosure queue, warnings and refused attempts', async () => {
    const k = ctx().db.k;
    const open = await k
      .selectFrom('deadline')
      .select(['due', 'deadlineId'])
      .where('ledger', '=', 'enforcement')
      .where('state', '=', 'open')
      .execute();
    expect(open.some((d) => d.due !== null && d.due < today)).toBe(true);
    expect(open.some((d) => d.due !== null && d.due >= today)).toBe(true);
    expect((await disclosureQueue(k, calendar, today, [countyPath])).length).toBeGreaterThan(0);
    const alerts = await enforcementAlerts(k, [countyPath], today);
    expect(alerts.some((a) => a.type === 'officer')).toBe(true);
    expect(alerts.some((a) => a.type === 'inspection')).toBe(true);
    const refusals = await k
      .selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'enforcement.refused')
      .execute();
    const bases = refusals.map((r) => String(r.afterJson)).join('\n');
    expect(bases).toContain('第五十八条');
    expect(bases).toContain('第四十二条');
    expect(bases).toContain('第六十四条');
  });
  it('numbers each township’s cases and decisions from 1 each year, none repeated (issue 14)', async () => {
    const rows = await ctx()
      .db.k.selectFrom('enforcementCase')
      .select(['orgId', 'caseNo', 'decisionNo', 'filedOn'])
      .execute();
    for (const field of ['caseNo', 'decisionNo'] as const) {
      const seen = new Map<string, number[]>();
      for (const r of rows) {
        const p = r[field] ? parseDocNo(r[field]) : null;
        if (!r[field]) continue;
        expect(p, String(r[field])).not.toBeNull();
        const key = `${r.orgId}|${p!.prefix}|${p!.year}`;
        seen.set(key, [...(seen.get(key) ?? []), p!.seq]);
      }
      for (const [key, seqs] of seen) {
        expect(new Set(seqs).size, `${field} ${key}`).toBe(seqs.length);
        // Numbered from 1 with no more gaps than refused decisions leave.
        expect(Math.max(...seqs) - seqs.length, `${field} ${key}`).toBeLessThanOrEqual(3);
      }
    }
    const chengguan = rows.filter((r) => r.caseNo.startsWith('城关综执罚立〔2026〕'));
    expect(chengguan.length).toBeGreaterThan(5);
    const first = chengguan.sort((a, b) => a.filedOn.localeCompare(b.filedOn))[0];
    expect(first.caseNo).toBe('城关综执罚立〔2026〕1号');
  });
});
