// The enforcement ledger on each dialect: a case walked from 立案 to 归档 with its evidence hashes,
// the working-day clocks across the 2025 National Day holiday and its 调休 Sunday, the disclosure
// queue, the inspection cap, indicators on seeded data and the cross-organisation denial.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import {
  caseRt,
  type EnforcementPeople,
  enforcementFixture,
  inspectionRt,
  TODAY,
} from '../../../../test/enforcement-fixture.ts';
import type { Tree } from '../../../../test/factories.ts';
import { inTx } from '../../../../test/factories.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { createRecord, loadRecord, updateRecord } from '../store.ts';
import { timelineOf } from '../workflow.ts';
import { enforcementLedger as ledger } from './index.ts';
import { disclosureQueue, enforcementAlerts, enterpriseCounts } from './queries.ts';

describeEachDialect('enforcement ledger', (ctx) => {
  const fx = enforcementFixture(ctx);
  const { runtime, k, newCase, evidence, step, refused, walkTo } = fx;
  let tree: Tree;
  let calendar: Calendar;
  let officerA: EnforcementPeople['officerA'];
  let officerB: EnforcementPeople['officerB'];
  let leader: EnforcementPeople['leader'];
  let advisor: EnforcementPeople['advisor'];
  let outsider: EnforcementPeople['outsider'];
  beforeAll(() => {
    ({ tree, calendar, officerA, officerB, leader, advisor, outsider } = fx.people());
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
    // The advisor reads no case and takes no step of its own: its review comes through a task.
    expect(ledger.policy(advisor.actor, 'read', { orgPath: tree.town.path })).toBe(false);
    expect(
      ledger.policy(advisor.actor, 'transition:legal_review', { orgPath: tree.town.path, state: 'notified' }),
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
