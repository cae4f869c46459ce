// The emergency ledger on both dialects: a plan's approval, publication, filing within 20 working
// days across 国庆 and its three-yearly review as a fixed date, revision and 废止, each refusal citing
// its article; an event's 信息报送 against the configured limit; drills with their evaluation; the
// indicators on known records and the organisation scope.
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { storeAttachment } from '../../core/attachments.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadline-view.ts';
import type { Db } from '../../db/connect.ts';
import type { RecordTypeDef } from '../contract.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { runTransition } from '../workflow.ts';
import { emergencyLedger } from './index.ts';

const [planType, drillType, eventType] = emergencyLedger.recordTypes;
const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';

describeEachDialect('emergency ledger', (ctx) => {
  let tree: Tree;
  let clerk: { id: number; actor: Actor };
  let leader: { id: number; actor: Actor };
  let runtime: LedgerRuntime;
  const db = (): Db => ctx().db;

  const setup = async () => {
    if (tree) return;
    tree = await makeTree(db().k, '应急');
    clerk = await makeUser(db().k, tree.town.id, ['clerk']);
    leader = await makeUser(db().k, tree.town.id, ['leader']);
    runtime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
  };
  const create = async (rt: RecordTypeDef, values: Record<string, unknown>, actor?: Actor) => {
    await setup();
    return inTx(db().k, (tx) => createRecord(tx, actor ?? clerk.actor, emergencyLedger, rt, values, runtime));
  };
  const step = (
    rt: RecordTypeDef,
    id: number,
    transition: string,
    on: string,
    input: { fields?: Record<string, unknown>; note?: string; attachmentIds?: number[] } = {},
    actor?: Actor,
  ) =>
    runTransition(db(), actor ?? clerk.actor, emergencyLedger, rt, id, transition, { on, ...input }, runtime);
  const refused = async (p: Promise<unknown>, basis: string | RegExp, rule?: RegExp) => {
    const err = (await p.catch((e: unknown) => e)) as {
      code: string;
      extra: { basis: string };
      message: string;
    };
    expect(err.code).toBe('WORKFLOW_REFUSED');
    if (typeof basis === 'string') expect(err.extra.basis).toBe(basis);
    else expect(err.extra.basis).toMatch(basis);
    if (rule) expect(err.message).toMatch(rule);
  };
  const clocks = (rt: RecordTypeDef, id: number) =>
    deadlinesOfRecord(db().k, calendar, TODAY, { ledger: 'emergency', recordType: rt.type, recordId: id });
  const attachment = async (name: string) =>
    inTx(db().k, (tx) =>
      storeAttachment(tx, clerk.actor, {
        stream: Readable.from([Buffer.from(`${name}\n正文`, 'utf8')]),
        filename: `${name}.txt`,
        orgId: tree.town.id,
        dataDir: ctx().dataDir,
        maxBytes: 1024 * 1024,
      }),
    );
  const plan = (over: Record<string, unknown> = {}) =>
    create(planType, {
      name: '应急镇防汛抗旱应急预案',
      orgId: tree?.town.id ?? 0,
      planType: 'special',
      category: 'natural',
      draftedOn: '2025-08-04',
      ...over,
    });

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of emergencyLedger.indicators) {
      expect(await def.compute(db().k, ['/'], 2025)).toBe(0);
      expect((await def.drill(db().k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('takes a plan through approval and publication; filing is due 20 working days later, across 国庆', async () => {
    await setup();
    const p = await plan({ orgId: tree.town.id });
    expect(p.state).toBe('drafting');
    await refused(
      step(planType, p.id, 'submit', '2025-09-01'),
      '《突发事件应急预案管理办法》（国办发〔2024〕5号）第二十三条',
      /送审稿/,
    );
    const file = await attachment('送审稿及编制说明');
    await step(planType, p.id, 'submit', '2025-09-01', { attachmentIds: [file.id] });
    // Only the head approves.
    const byClerk = await step(planType, p.id, 'approve', '2025-09-10', {
      fields: { approvedBy: '党政联席会议', approvedOn: '2025-09-10' },
    }).catch((e: { status: number }) => e);
    expect((byClerk as { status: number }).status).toBe(403);
    await refused(
      step(
        planType,
        p.id,
        'approve',
        '2025-09-10',
        { fields: { approvedBy: '党政联席会议', approvedOn: '2025-08-01' } },
        leader.actor,
      ),
      /第二十五条/,
      /不能早于起草日期/,
    );
    await step(
      planType,
      p.id,
      'approve',
      '2025-09-10',
      { fields: { approvedBy: '党政联席会议', approvedOn: '2025-09-10' } },
      leader.actor,
    );
    const published = await step(planType, p.id, 'publish', '2025-09-26', {
      fields: { docNumber: '应急府发〔2025〕12号', publishedOn: '2025-09-26' },
    });
    expect(published.state).toBe('published');
    expect(published.nextReviewDue).toBe('2028-09-26');
    const all = await clocks(planType, p.id);
    const filing = all.find((c) => c.deadlineId === 'filing')!;
    // 09-28 (Sun) and 10-11 (Sat) are make-up working days; 10-01 … 10-08 is the holiday.
    expect(filing.due).toBe('2025-10-30');
    expect(filing.basis).toBe('《突发事件应急预案管理办法》（国办发〔2024〕5号）第二十六条');
    const review = all.find((c) => c.deadlineId === 'review')!;
    expect(review).toMatchObject({ due: '2028-09-26', state: 'open' });
    expect(review.basis).toMatch(/第三十四条/);
    expect(review.explain.join('\n')).toMatch(/原则上每3年评估一次/);

    await refused(
      step(planType, p.id, 'file', '2025-10-09', { fields: { filedOn: '2025-09-20' } }),
      /第二十六条/,
      /不能早于印发日期/,
    );
    await step(planType, p.id, 'file', '2025-10-09', { fields: { filedOn: '2025-10-09' } });
    expect((await clocks(planType, p.id)).find((c) => c.deadlineId === 'filing')!.state).toBe('met');
  });

  it('moves the review date with each evaluation and revision, asks re-approval for a major revision, stops it on 废止', async () => {
    await setup();
    const p = await plan({
      name: '应急镇突发事件总体应急预案',
      planType: 'overall',
      category: null,
      draftedOn: '2023-04-10',
    });
    const file = await attachment('总体预案送审稿');
    await step(planType, p.id, 'submit', '2023-05-04', { attachmentIds: [file.id] });
    await step(
      planType,
      p.id,
      'approve',
      '2023-05-12',
      { fields: { approvedBy: '党政联席会议', approvedOn: '2023-05-12' } },
      leader.actor,
    );
    await step(planType, p.id, 'publish', '2023-05-19', {
      fields: { docNumber: '应急府发〔2023〕5号', publishedOn: '2023-05-19' },
    });
    const evaluated = await step(planType, p.id, 'evaluate', '2026-04-20', {
      fields: { lastEvaluatedOn: '2026-04-20', evaluationConclusion: 'revise' },
    });
    expect(evaluated.nextReviewDue).toBe('2029-04-20');
    expect((await clocks(planType, p.id)).find((c) => c.deadlineId === 'review')!.due).toBe('2029-04-20');

    await step(planType, p.id, 'start_revision', '2026-05-06', {
      fields: { revisionReason: 'command_changed' },
    });
    const base = { lastRevisedOn: '2026-06-15', revisionScope: 'major', docNumber: '应急府发〔2026〕9号' };
    await refused(step(planType, p.id, 'republish', '2026-06-15', { fields: base }), /第三十六条/, /审批/);
    const revised = await step(planType, p.id, 'republish', '2026-06-15', {
      fields: { ...base, approvedBy: '党政联席会议', approvedOn: '2026-06-10' },
    });
    expect(revised).toMatchObject({
      state: 'published',
      nextReviewDue: '2029-06-15',
      lastRevisedOn: '2026-06-15',
    });
    const after = await clocks(planType, p.id);
    expect(after.find((c) => c.deadlineId === 'refiling')!.state).toBe('open');

    const ended = await step(
      planType,
      p.id,
      'abolish',
      '2026-11-02',
      { fields: { abolishedOn: '2026-11-02', abolishReason: '并入新的总体应急预案' } },
      leader.actor,
    );
    expect(ended.state).toBe('abolished');
    const stopped = await clocks(planType, p.id);
    expect(stopped.every((c) => c.state !== 'open')).toBe(true);
  });

  it('refuses a late first report without its reason, and records whether the report was on time', async () => {
    await setup();
    const e = await create(eventType, {
      title: '民房火灾',
      orgId: tree.village.id,
      occurredOn: '2025-01-20',
      occurredTime: '23:10',
      category: 'accident',
      level: 'general',
      measures: '组织先期扑救并配合消防救援站灭火',
      injuries: 1,
    });
    await refused(
      step(eventType, e.id, 'end', '2025-01-21', { fields: { endedOn: '2025-01-21' } }),
      /第六十一条/,
      /报送/,
    );
    const report = { reportedOn: '2025-01-21', reportedTime: '00:40', reportedTo: '县应急管理局' };
    await refused(
      step(eventType, e.id, 'report', '2025-01-21', { fields: report }),
      '《中华人民共和国突发事件应对法》第六十一条；《生产安全事故报告和调查处理条例》第九条',
      /超过规定时限（1小时）/,
    );
    const late = await step(eventType, e.id, 'report', '2025-01-21', {
      fields: { ...report, lateReason: '夜间通信中断' },
    });
    expect(late).toMatchObject({ reportMinutes: 90, reportTimely: 0 });
    await step(eventType, e.id, 'end', '2025-01-21', { fields: { endedOn: '2025-01-21' } });
    await step(eventType, e.id, 'evaluate', '2025-02-10', {
      fields: { evaluatedOn: '2025-02-10', evaluationSummary: '先期处置得当，线路老化隐患突出' },
    });

    const health = await create(eventType, {
      title: '疑似食物中毒',
      orgId: tree.village.id,
      occurredOn: '2025-08-10',
      occurredTime: '13:00',
      category: 'health',
      level: 'general',
      measures: '送医救治并封存食品',
    });
    // A public-health event has two hours (《突发公共卫生事件应急条例》第二十条).
    const onTime = await step(eventType, health.id, 'report', '2025-08-10', {
      fields: { reportedOn: '2025-08-10', reportedTime: '14:45', reportedTo: '县卫生健康局' },
    });
    expect(onTime).toMatchObject({ reportMinutes: 105, reportTimely: 1 });
    const bad = await create(eventType, {
      title: '暴雨',
      orgId: tree.village.id,
      occurredOn: '2025-07-01',
      occurredTime: '25:00',
      category: 'natural',
      measures: '转移群众',
    }).catch((x: { extra: { fields: Record<string, string> } }) => x);
    expect((bad as { extra: { fields: Record<string, string> } }).extra.fields).toMatchObject({
      occurredTime: expect.stringMatching(/时:分/),
      level: expect.stringMatching(/级别/),
    });
  });

  it('records drills with their evaluation and counts plans, drills, participants and events by year and subtree', async () => {
    await setup();
    const drill = (heldOn: string, participants: number, orgId = tree.village.id) =>
      create(drillType, {
        title: '防汛演练',
        orgId,
        heldOn,
        form: 'field',
        participants,
        planName: '防汛抗旱应急预案',
        evaluated: true,
        findings: '转移名册未更新',
      });
    const d1 = await drill('2025-05-20', 120);
    await drill('2025-11-09', 80, tree.town.id);
    await drill('2024-12-30', 50);
    const noFindings = await create(drillType, {
      title: '演练',
      orgId: tree.town.id,
      heldOn: '2025-06-01',
      form: 'tabletop',
      participants: 10,
      evaluated: true,
    }).catch((e: { extra: { fields: Record<string, string> } }) => e);
    expect((noFindings as { extra: { fields: Record<string, string> } }).extra.fields.findings).toMatch(
      /评估发现的问题/,
    );

    const value = (id: string, paths = [tree.town.path]) =>
      emergencyLedger.indicators.find((i) => i.id === id)!.compute(db().k, paths, 2025);
    expect(await value('emergency.drills')).toBe(2);
    expect(await value('emergency.drill_participants')).toBe(200);
    expect(await value('emergency.drill_participants', [tree.village.path])).toBe(120);
    expect(await value('emergency.drills', [tree.sibling.path])).toBe(0);
    // Plans published in 2025 (the 防汛 plan) and republished after revision (none in 2025).
    expect(await value('emergency.plans')).toBe(1);
    expect(await value('emergency.events')).toBe(2);
    const drillDown = await emergencyLedger.indicators
      .find((i) => i.id === 'emergency.drills')!
      .drill(db().k, [tree.village.path], 2025);
    expect(drillDown).toEqual({ type: 'drill', ids: [d1.id] });

    // Another township's clerk neither sees nor writes these records.
    const other = await makeUser(db().k, tree.sibling.id, ['clerk']);
    const list = await listRecords(
      db().k,
      other.actor,
      emergencyLedger,
      drillType,
      { page: 1, pageSize: 50 },
      runtime.pii,
    );
    expect(list.total).toBe(0);
    const outside = await create(
      drillType,
      { title: '越权', orgId: tree.town.id, heldOn: '2025-05-01', form: 'field', participants: 5 },
      other.actor,
    ).catch((e: { status: number }) => e);
    expect((outside as { status: number }).status).toBe(400);
  });
});
