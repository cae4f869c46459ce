// The decisions ledger on both dialects: every guard refusing with its article of 《重大行政决策程序
// 暂行条例》 (a comment period under 30 days without a reason, a step neither done nor skipped with a
// reason, too little time for the reviewer, a draft found unlawful, a catalogue published before the
// party committee agreed, comments outside the period, 采纳情况 published before the decision); the
// comment period and the review time on the calendar (国庆, 春节, 调休); the advisor's part; the
// indicators on known records (the demo year: seeds.test.ts).
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { runStep } from '../../core/workflow/engine.ts';
import type { Db } from '../../db/connect.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, runTransition } from '../workflow.ts';
import { decisionsLedger as ledger } from './index.ts';

const [decisionType, commentType, catalogueType] = ledger.recordTypes;
const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';
const REG = '《重大行政决策程序暂行条例》';

describeEachDialect('decisions ledger', (ctx) => {
  let tree: Tree;
  let clerk: Actor;
  let leader: Actor;
  let advisor: Actor;
  let runtime: LedgerRuntime;
  const db = (): Db => ctx().db;

  const setup = async () => {
    if (tree) return;
    tree = await makeTree(db().k, '决策');
    clerk = (await makeUser(db().k, tree.town.id, ['clerk'])).actor;
    leader = (await makeUser(db().k, tree.town.id, ['leader'])).actor;
    advisor = (await makeUser(db().k, tree.town.id, ['advisor'])).actor;
    runtime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
  };
  const create = async (rt: typeof decisionType, values: Record<string, unknown>, actor?: Actor) => {
    await setup();
    return inTx(db().k, (tx) => createRecord(tx, actor ?? clerk, ledger, rt, values, runtime));
  };
  const newDecision = async (startedOn: string, title = '镇农贸市场改造提升项目') => {
    await setup();
    return create(decisionType, {
      title,
      orgId: tree.town.id,
      startedOn,
      category: 'project',
      inCatalogue: true,
      sponsor: '镇经济发展办公室',
    });
  };
  const step = (
    rt: typeof decisionType,
    id: number,
    transition: string,
    on: string,
    fields: Record<string, unknown> = {},
    actor?: Actor,
  ) =>
    actor === advisor
      ? // the advisor's review arrives as the answer of its task (the advisor ledger's linked step)
        runStep(db(), advisor, (tx) =>
          applyTransition(tx, advisor, ledger, rt, id, transition, { on, fields }, runtime, {
            delegated: true,
          }),
        )
      : runTransition(db(), actor ?? clerk, ledger, rt, id, transition, { on, fields }, runtime);
  const refused = async (p: Promise<unknown>, basis: string, message?: RegExp) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'WORKFLOW_REFUSED', status: 409, extra: { basis } });
    if (message) expect((err as Error).message).toMatch(message);
  };
  const clock = async (id: number, deadlineId: string) => {
    const all = await deadlinesOfRecord(db().k, calendar, TODAY, {
      ledger: 'decisions',
      recordType: 'decision',
      recordId: id,
    });
    const d = all.find((x) => x.deadlineId === deadlineId);
    if (!d) throw new Error(`no clock ${deadlineId}`);
    return d;
  };
  const row = async (table: 'decision' | 'decisionComment', id: number) =>
    db().k.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of ledger.indicators) {
      expect(await def.compute(db().k, ['/'], 2025)).toBe(0);
      expect((await def.drill(db().k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('refuses a comment period under 30 days without a reason (第十五条); the period ends after 国庆', async () => {
    const d = await newDecision('2025-09-01');
    const base = { commentFrom: '2025-09-05', commentChannel: '政府网站' };
    await refused(
      step(decisionType, d.id, 'open_comment', '2025-09-05', { ...base, commentDays: 20 }),
      `${REG}第十五条`,
      /一般不少于30日（本次为20日）/,
    );
    // With the reason recorded, a shorter period is accepted; here the default of 30 days is used.
    const opened = await step(decisionType, d.id, 'open_comment', '2025-09-05', base);
    expect(opened.commentDays).toBe(30);
    // 09-05 + 30 = 10-05, inside 国庆节、中秋节 (10-01 … 10-08): the period ends on 10-09.
    expect(opened.commentUntil).toBe('2025-10-09');
    const c = await clock(d.id, 'comment_period');
    expect(c.due).toBe('2025-10-09');
    expect(c.basis).toBe(`${REG}第十五条`);
    await refused(
      step(decisionType, d.id, 'close_comment', '2025-10-08', { participationSummary: '收到意见3条' }),
      `${REG}第十五条`,
      /2025-10-09届满/,
    );
    await step(decisionType, d.id, 'close_comment', '2025-10-09', { participationSummary: '收到意见3条' });
    expect((await clock(d.id, 'comment_period')).state).toBe('met');

    const urgent = await newDecision('2025-09-01', '防汛应急排涝设施建设方案');
    const short = await step(decisionType, urgent.id, 'open_comment', '2025-09-05', {
      ...base,
      commentDays: 20,
      commentShortReason: '主汛期临近，排涝设施须在汛前建成，情况紧急',
    });
    expect(short.commentUntil).toBe('2025-09-25');
    expect((await clock(urgent.id, 'comment_period')).due).toBe('2025-09-25');
    const longer = await newDecision('2025-09-01', '镇国土空间规划编制');
    await step(decisionType, longer.id, 'open_comment', '2025-09-05', { ...base, commentDays: 45 });
    expect((await clock(longer.id, 'comment_period')).due).toBe('2025-10-20');
  });

  it('sends to review only when each step is done or skipped with its reason, giving 7 working days (第二十六条)', async () => {
    const d = await newDecision('2025-09-01', '镇生活垃圾分类实施方案');
    const send = (fields: Record<string, unknown> = {}) =>
      step(decisionType, d.id, 'send_review', '2025-09-26', { reviewSentOn: '2025-09-26', ...fields });
    await refused(send(), `${REG}第十四条`, /公众参与/);
    await refused(step(decisionType, d.id, 'skip_participation', '2025-09-10', {}), `${REG}第十四条`);
    await step(decisionType, d.id, 'skip_participation', '2025-09-10', {
      participationSkipReason: '决策事项涉及依法不予公开的内容',
    });
    await refused(send(), `${REG}第十九条`, /专家论证/);
    await refused(step(decisionType, d.id, 'skip_expert', '2025-09-10', {}), `${REG}第十九条`);
    await step(decisionType, d.id, 'skip_expert', '2025-09-10', {
      expertSkipReason: '不属于专业性、技术性较强的决策事项',
    });
    await refused(send(), `${REG}第二十二条`, /风险评估/);
    await step(decisionType, d.id, 'risk_assessment', '2025-09-15', {
      riskOn: '2025-09-15',
      riskLevel: 'controllable',
      riskOpinion: '风险可控',
    });
    await refused(send({ reviewDays: 5 }), `${REG}第二十六条`, /一般不少于7个工作日（本次为5个工作日）/);
    const sent = await send();
    expect(sent.state).toBe('reviewing');
    // 09-26 + 7 working days: 09-28 (调休上班), 09-29, 09-30, 10-09, 10-10, 10-11 (调休上班), 10-13.
    const review = await clock(d.id, 'legal_review');
    expect(review.due).toBe('2025-10-13');
    expect(review.basis).toBe(`${REG}第二十六条`);

    // The reviewer's conclusion decides whether the draft may go to the meeting (第二十五条).
    await refused(
      step(decisionType, d.id, 'legal_review', '2025-10-10', {
        reviewConclusion: '不合法',
        reviewedOn: '2025-09-20',
        reviewOpinion: '无',
        reviewer: '孙立新',
      }),
      `${REG}第二十六条`,
      /审查日期不能早于送审日期/,
    );
    await step(
      decisionType,
      d.id,
      'legal_review',
      '2025-10-10',
      {
        reviewConclusion: '不合法',
        reviewedOn: '2025-10-10',
        reviewOpinion: '草案增设收费项目无法律依据',
        reviewer: '孙立新',
      },
      advisor,
    );
    expect((await clock(d.id, 'legal_review')).state).toBe('met');
    expect((await row('decision', d.id)).reviewConclusion).toBe('unlawful');
    const meeting = { decidedOn: '2025-10-20', meetingKind: 'executive', meetingMinutes: '同意' };
    await refused(
      step(decisionType, d.id, 'decide', '2025-10-20', meeting, leader),
      `${REG}第二十五条`,
      /不合法/,
    );
    // Amended and sent again; this time with a recorded reason for a shorter review.
    await step(decisionType, d.id, 'send_review', '2026-02-06', {
      reviewSentOn: '2026-02-06',
      reviewDays: 3,
      reviewShortReason: '上级要求春节前完成，情况紧急',
    });
    expect((await row('decision', d.id)).reviewConclusion).toBeNull();
    // 02-06 + 3 working days (02-09 … 02-11).
    expect((await clock(d.id, 'legal_review')).due).toBe('2026-02-11');
    await step(
      decisionType,
      d.id,
      'legal_review',
      '2026-02-10',
      {
        reviewConclusion: 'lawful',
        reviewedOn: '2026-02-10',
        reviewOpinion: '修改后合法',
        reviewer: '孙立新',
      },
      advisor,
    );
    await refused(
      step(
        decisionType,
        d.id,
        'decide',
        '2026-02-12',
        { ...meeting, decidedOn: '2026-02-12', meetingMinutes: '' },
        leader,
      ),
      `${REG}第三十条`,
    );
    await step(decisionType, d.id, 'decide', '2026-02-12', { ...meeting, decidedOn: '2026-02-12' }, leader);
    await step(decisionType, d.id, 'publish', '2026-02-13', {
      publishedOn: '2026-02-13',
      publishChannel: '政府网站',
    });
    await refused(
      step(decisionType, d.id, 'evaluate', '2026-10-12', { evaluatedOn: '2026-10-12' }),
      `${REG}第三十五条`,
    );
    const done = await step(decisionType, d.id, 'evaluate', '2026-10-12', {
      evaluatedOn: '2026-10-12',
      evaluationSummary: '达到预期效果',
    });
    expect(done.state).toBe('evaluated');
  });

  it('lets the advisor give the legality review and nothing else; refuses a draft whose risk is not controllable', async () => {
    const d = await newDecision('2025-03-03', '镇集中式饮用水水源地保护方案');
    const policy = (action: string, state?: string) =>
      ledger.policy(advisor, action as never, { orgPath: tree.town.path, state });
    // the advisor reads no decision: it reviews through its task, with the step's delegated authority
    expect(policy('read')).toBe(false);
    expect(policy('create')).toBe(false);
    expect(policy('transition:decide', 'reviewed')).toBe(false);
    await step(decisionType, d.id, 'skip_participation', '2025-03-04', {
      participationSkipReason: '依法不予公开',
    });
    await step(decisionType, d.id, 'expert_review', '2025-03-10', {
      expertOn: '2025-03-10',
      expertOpinion: '可行',
    });
    await step(decisionType, d.id, 'risk_assessment', '2025-03-12', {
      riskOn: '2025-03-12',
      riskLevel: 'uncontrollable',
      riskOpinion: '征地补偿争议大',
    });
    await step(decisionType, d.id, 'send_review', '2025-03-14', { reviewSentOn: '2025-03-14' });
    await step(
      decisionType,
      d.id,
      'legal_review',
      '2025-03-25',
      {
        reviewConclusion: 'amend',
        reviewedOn: '2025-03-25',
        reviewOpinion: '修改后合法',
        reviewer: '孙立新',
      },
      advisor,
    );
    await refused(
      step(decisionType, d.id, 'decide', '2025-03-28', {
        decidedOn: '2025-03-28',
        meetingKind: 'joint',
        meetingMinutes: '同意',
      }),
      `${REG}第二十四条`,
    );
    await expect(
      step(decisionType, d.id, 'terminate', '2025-03-28', { terminationReason: '暂缓' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    const t = await step(
      decisionType,
      d.id,
      'terminate',
      '2025-03-28',
      { terminationReason: '风险不可控，暂缓决策' },
      leader,
    );
    expect(t.state).toBe('terminated');
    expect(t.terminatedOn).toBe('2025-03-28');
  });

  it('publishes the catalogue only after the party committee agreed (第三条第三款)', async () => {
    await setup();
    const cat = await create(catalogueType, {
      title: '决策镇2025年度重大行政决策事项目录',
      orgId: tree.town.id,
      year: 2025,
      compiledOn: '2025-01-06',
      itemCount: 2,
      items: '镇农贸市场改造提升项目\n镇生活垃圾分类实施方案',
    });
    const publish = { publishedOn: '2025-01-20', publishChannel: '政府网站' };
    await refused(
      step(catalogueType, cat.id, 'publish_catalogue', '2025-01-20', publish),
      `${REG}第三条第三款`,
    );
    await step(catalogueType, cat.id, 'approve_catalogue', '2025-01-17', {
      approvedOn: '2025-01-17',
      approvalMeeting: '镇党委会议',
    });
    const p = await step(catalogueType, cat.id, 'publish_catalogue', '2025-01-20', publish);
    expect(p.state).toBe('published');
    expect(catalogueType.portal?.isPublic(p, '2025-01-20')).toBe(true);
  });

  it('moderates comments, and publishes their 采纳情况 only once the decision is made (第三十二条)', async () => {
    const d = await newDecision('2025-05-06', '镇公共停车场建设及收费管理方案');
    await step(decisionType, d.id, 'open_comment', '2025-05-08', {
      commentFrom: '2025-05-08',
      commentChannel: '政府网站',
    });
    const comment = (receivedOn: string, extra: Record<string, unknown> = {}) =>
      create(commentType, {
        topic: '关于收费标准',
        orgId: tree.town.id,
        decisionId: d.id,
        receivedOn,
        channel: 'portal',
        commenterName: '王建国',
        commenterPhone: '13912345678',
        content: '收费标准应当听取群众意见。',
        ...extra,
      });
    const good = await comment('2025-05-20');
    expect(String((await row('decisionComment', good.id)).commenterPhone)).toMatch(/^sm4v1:/);
    const late = await comment('2025-06-20');
    const wrong = await comment('2025-05-21', { decisionId: 999999 });
    await refused(
      step(commentType, late.id, 'accept_comment', '2025-06-20'),
      `${REG}第十五条`,
      /2025-05-08至2025-06-09/,
    );
    await refused(step(commentType, wrong.id, 'accept_comment', '2025-05-22'), `${REG}第十五条`, /不存在/);
    await refused(
      step(commentType, late.id, 'reject_comment', '2025-06-20', { rejectReason: 'abusive' }),
      '《网络信息内容生态治理规定》第六条',
    );
    const r = await step(commentType, late.id, 'reject_comment', '2025-06-20', {
      rejectReason: 'late',
      moderationNote: '超过公布的征求意见期限',
    });
    expect(r.state).toBe('rejected');
    await step(commentType, good.id, 'accept_comment', '2025-05-21');
    await step(commentType, good.id, 'reply_comment', '2025-06-12', {
      adoption: 'partial',
      replyText: '已部分采纳',
    });
    await refused(
      step(commentType, good.id, 'publish_reply', '2025-06-13'),
      `${REG}第三十二条`,
      /尚未作出决定/,
    );
    // Another township's clerk cannot take up a comment on this decision.
    const other = (await makeUser(db().k, tree.sibling.id, ['clerk'])).actor;
    await expect(step(commentType, good.id, 'publish_reply', '2025-06-13', {}, other)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('computes the indicators on known records, each openable to them', async () => {
    await setup();
    const paths = [tree.town.path];
    const value = async (id: string) =>
      ledger.indicators.find((i) => i.id === id)!.compute(db().k, paths, 2026);
    const drill = async (id: string) =>
      (await ledger.indicators.find((i) => i.id === id)!.drill(db().k, paths, 2026)).ids;
    // From the suites above: one decision decided (2026-02-12), without a comment period, evaluated
    // in 2026; its second legality review in 2026.
    expect(await value('decisions.total')).toBe(1);
    expect(await value('decisions.participation')).toBe(0);
    expect(await value('decisions.legality_reviewed')).toBe(1);
    expect(await value('decisions.post_evaluated')).toBe(1);
    expect((await drill('decisions.total')).length).toBe(1);
    const y2025 = async (id: string) =>
      ledger.indicators.find((i) => i.id === id)!.compute(db().k, paths, 2025);
    expect(await y2025('decisions.comments')).toBe(3);
    expect(await y2025('decisions.comments_adopted')).toBe(1);
    // A draft reviewed again counts in the year of its latest review (the first, in 2025, was unlawful).
    expect(await y2025('decisions.legality_reviewed')).toBe(1);
    expect(await value('decisions.total')).toBe(1);
    const none = await ledger.indicators[0].compute(db().k, [tree.sibling.path], 2026);
    expect(none).toBe(0);
  });
});
