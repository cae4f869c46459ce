// The enforcement ledger's statutory refusals on each dialect, each with its article: two officers
// with valid certificates, evidence, the hearing's working-day periods, 法制审核 and collective
// discussion for 重大 cases, the 90-day decision clock, outcomes that must agree with amounts.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import {
  caseRt,
  type EnforcementPeople,
  enforcementFixture,
  TODAY,
} from '../../../../test/enforcement-fixture.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import type { Pii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { runTransition, timelineOf } from '../workflow.ts';
import { enforcementLedger as ledger } from './index.ts';

describeEachDialect('enforcement guards', (ctx) => {
  const fx = enforcementFixture(ctx);
  const { runtime, k, newCase, evidence, step, refused, walkTo } = fx;
  let pii: Pii;
  let calendar: Calendar;
  let officerA: EnforcementPeople['officerA'];
  let lapsed: EnforcementPeople['lapsed'];
  let leader: EnforcementPeople['leader'];
  let advisor: EnforcementPeople['advisor'];
  beforeAll(() => {
    ({ pii, calendar, officerA, lapsed, leader, advisor } = fx.people());
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
});
