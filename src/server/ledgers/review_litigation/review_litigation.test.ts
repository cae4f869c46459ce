// The reconsideration and litigation ledger on both dialects: the 答复 clock in working days
// (行政复议法 第四十八条、第八十八条; 五日 under the simplified procedure, 第五十四条) and the 答辩 clock
// in calendar days moved off holidays (行政诉讼法 第六十七条), against the 2025–2026 calendar; a
// late answer recorded and flagged; each guard refusing with its article; the indicators on known
// records; the organisation scope; the demo seeds.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import type { Db } from '../../db/connect.ts';
import { loadDemo } from '../../demo/seed.ts';
import { reviewTable } from '../../disclosure-report/tables.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime, loadRecord } from '../store.ts';
import { runTransition, WorkflowRefused } from '../workflow.ts';
import { reviewLitigationLedger as ledger } from './index.ts';

const [rt] = ledger.recordTypes;
const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';

describeEachDialect('review_litigation ledger', (ctx) => {
  let tree: Tree;
  let clerk: { id: number; actor: Actor };
  let runtime: LedgerRuntime;
  const db = (): Db => ctx().db;

  const newCase = async (caseType: string, receivedOn: string, extra: Record<string, unknown> = {}) => {
    if (!tree) {
      tree = await makeTree(db().k, '应诉');
      clerk = await makeUser(db().k, tree.town.id, ['clerk']);
      runtime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
    }
    return inTx(db().k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        ledger,
        rt,
        {
          caseType,
          caseNo: caseType === 'reconsideration' ? '清府复〔2025〕3号' : '（2025）川1099行初15号',
          orgId: tree.town.id,
          body: caseType === 'reconsideration' ? '清源县人民政府' : '清源县人民法院',
          receivedOn,
          claimantKind: 'natural',
          claimantName: '王德福',
          claimantPhone: '13812345678',
          act: '应诉综执罚决〔2025〕7号行政处罚决定',
          actCategory: 'penalty',
          enforcementCaseNo: '应诉综执罚立〔2025〕7号',
          ...extra,
        },
        runtime,
      ),
    );
  };
  const step = (id: number, transition: string, on: string, fields: Record<string, unknown> = {}) =>
    runTransition(db(), clerk.actor, ledger, rt, id, transition, { on, fields }, runtime);
  const refused = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkflowRefused);
    return (err as WorkflowRefused).refusal;
  };
  const clocks = (id: number) =>
    deadlinesOfRecord(db().k, calendar, TODAY, { ledger: ledger.kind, recordType: rt.type, recordId: id });

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of ledger.indicators) {
      expect(await def.compute(db().k, ['/'], 2025)).toBe(0);
      expect((await def.drill(db().k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('counts 十日 to answer a reconsideration in working days: over 国庆 and its make-up Saturday', async () => {
    // received Fri 2025-09-26: 09-28 (Sun, 调休 working day), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat,
    // working day), 10-13, 10-14, 10-15, 10-16
    const c = await newCase('reconsideration', '2025-09-26');
    const [reply] = await clocks(c.id);
    expect(reply).toMatchObject({ deadlineId: 'reply', due: '2025-10-16', days: 10, unit: 'working' });
    expect(reply.basis).toBe('《中华人民共和国行政复议法》第四十八条、第八十八条');
    const done = await step(c.id, 'answer', '2025-10-16');
    expect(done).toMatchObject({ state: 'answered', answeredOn: '2025-10-16', answerLate: 0 });
    expect((await clocks(c.id))[0].state).toBe('met');
  });

  it('counts 五日 under the simplified procedure, across 春节 2026', async () => {
    // received Thu 2026-02-12: 02-13, 02-14 (Sat, working day), 02-24, 02-25, 02-26
    const c = await newCase('reconsideration', '2026-02-12', { simplified: true });
    const all = await clocks(c.id);
    expect(all.map((d) => d.deadlineId)).toEqual(['reply_simple']);
    expect(all[0]).toMatchObject({ due: '2026-02-26', days: 5 });
    expect(all[0].basis).toContain('第五十四条');
  });

  it('counts 十五日 to answer a lawsuit in calendar days, a last day in a holiday moving to the next working day', async () => {
    const a = await newCase('first', '2025-09-20'); // 10-05 is in 国庆: due 10-09
    const [da] = await clocks(a.id);
    expect(da).toMatchObject({ deadlineId: 'defence', due: '2025-10-09', days: 15, unit: 'calendar' });
    expect(da.basis).toBe('《中华人民共和国行政诉讼法》第六十七条');
    const b = await newCase('first', '2026-02-01'); // 02-16 is in 春节 (02-15 … 02-23): due 02-24
    expect((await clocks(b.id))[0].due).toBe('2026-02-24');
    // no statutory clock binds the appellee of an appeal
    const c = await newCase('second', '2026-03-02', { body: '云岭市中级人民法院' });
    expect(await clocks(c.id)).toEqual([]);
  });

  it('records a late 答辩 and flags it, the clock met late, a red card on the board', async () => {
    const c = await newCase('first', '2025-09-20');
    const late = await step(c.id, 'answer', '2025-10-10');
    expect(late).toMatchObject({ state: 'answered', answeredOn: '2025-10-10', answerLate: 1 });
    expect((await clocks(c.id))[0].state).toBe('overdue_met');
    const cards = await ledger.alerts!(db().k, [tree.town.path]);
    expect(cards.find((x) => x.recordId === c.id)).toMatchObject({
      label: '逾期答复（答辩）',
      since: '2025-10-10',
    });
  });

  it('refuses each step against the law with its article', async () => {
    const c = await newCase('first', '2025-06-02');
    // an answer cannot be dated before the copy was received (the engine's own check of the step's day)
    await expect(step(c.id, 'answer', '2025-06-01')).rejects.toMatchObject({ status: 400 });
    // the hearing comes after the answer
    expect(
      (await refused(step(c.id, 'hearing', '2025-07-01', { hearingOn: '2025-07-01', leaderAppeared: true })))
        .rule,
    ).toMatch(/当前状态/);
    await step(c.id, 'answer', '2025-06-10');
    const noPost = await refused(
      step(c.id, 'hearing', '2025-07-01', {
        hearingOn: '2025-07-01',
        leaderAppeared: true,
        leaderName: '刘建华',
      }),
    );
    expect(noPost.basis).toBe(
      '《中华人民共和国行政诉讼法》第三条第三款，《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第六条',
    );
    expect(noPost.rule).toContain('姓名和职务');
    const noDelegate = await refused(
      step(c.id, 'hearing', '2025-07-01', {
        hearingOn: '2025-07-01',
        leaderAppeared: false,
        absenceReason: 'duty',
      }),
    );
    expect(noDelegate.basis).toContain('第八条、第九条、第十条');
    const early = await refused(
      step(c.id, 'hearing', '2025-07-01', {
        hearingOn: '2025-05-30',
        leaderAppeared: true,
        leaderName: '刘建华',
        leaderPost: '镇长',
      }),
    );
    expect(early.rule).toContain('不能早于');
    const heard = await step(c.id, 'hearing', '2025-07-01', {
      hearingOn: '2025-07-01',
      leaderAppeared: true,
      leaderName: '刘建华',
      leaderPost: '镇长',
    });
    expect(heard).toMatchObject({
      leaderAppeared: 1,
      leaderName: '刘建华',
      leaderPost: '镇长',
      state: 'answered',
    });

    const noOutcome = await refused(step(c.id, 'close', '2025-08-20', { decidedOn: '2025-08-18' }));
    expect(noOutcome).toMatchObject({
      rule: '行政诉讼案件审结应当记录人民法院的裁判结果',
      basis: '《中华人民共和国行政诉讼法》第六十九条至第七十八条',
    });
    expect(
      (await refused(step(c.id, 'close', '2025-08-20', { decidedOn: '2025-08-18', reviewOutcome: 'uphold' })))
        .rule,
    ).toMatch(/不能同时/);
    expect(
      (
        await refused(
          step(c.id, 'close', '2025-08-20', { decidedOn: '2025-08-18', courtOutcome: 'remanded' }),
        )
      ).basis,
    ).toBe('《中华人民共和国行政诉讼法》第八十九条');
    expect(
      (
        await refused(
          step(c.id, 'close', '2025-08-20', { decidedOn: '2025-06-30', courtOutcome: 'reject_claim' }),
        )
      ).rule,
    ).toMatch(/开庭/);
    const noNote = await refused(
      step(c.id, 'close', '2025-08-20', { decidedOn: '2025-08-18', courtOutcome: 'revoke' }),
    );
    expect(noNote.basis).toBe('《中华人民共和国行政诉讼法》第九十四条');
    const closed = await step(c.id, 'close', '2025-08-20', {
      decidedOn: '2025-08-18',
      courtOutcome: 'revoke',
      outcomeNote: '已重新作出处理决定',
    });
    expect(closed).toMatchObject({ state: 'closed', decidedOn: '2025-08-18', courtOutcome: 'revoke' });

    const r = await newCase('reconsideration', '2025-06-02');
    await step(r.id, 'answer', '2025-06-09');
    const absent = await refused(
      step(r.id, 'hearing', '2025-06-20', { hearingOn: '2025-06-20', leaderAppeared: false }),
    );
    expect(absent.basis).toBe('《中华人民共和国行政复议法》第五十一条');
    expect((await refused(step(r.id, 'close', '2025-07-20', { decidedOn: '2025-07-18' }))).basis).toBe(
      '《中华人民共和国行政复议法》第六十三条至第七十四条',
    );
    expect(
      (
        await refused(
          step(r.id, 'close', '2025-07-20', { decidedOn: '2025-07-18', reviewOutcome: 'illegal' }),
        )
      ).basis,
    ).toBe('《中华人民共和国行政复议法》第七十七条');
    const refusals = await db()
      .k.selectFrom('workflowRefusal')
      .select(['transition', 'basis'])
      .where('recordId', '=', c.id)
      .where('ledger', '=', 'review_litigation')
      .execute();
    expect(refusals.length).toBeGreaterThanOrEqual(1);
  });

  it('names a natural claimant (masked) or an organisation, as the kind says', async () => {
    await newCase('first', '2025-06-02');
    const org = await newCase('first', '2025-06-03', {
      claimantKind: 'organisation',
      claimantName: null,
      claimantOrg: '清源县绿源农业专业合作社',
    });
    expect(org.claimantOrg).toBe('清源县绿源农业专业合作社');
    await expect(
      newCase('first', '2025-06-03', { claimantKind: 'organisation', claimantName: null }),
    ).rejects.toMatchObject({ extra: { fields: { claimantOrg: expect.stringContaining('名称') } } });
    await expect(newCase('first', '2025-06-03', { claimantName: null })).rejects.toMatchObject({
      extra: { fields: { claimantName: expect.stringContaining('姓名') } },
    });
    const stored = await db()
      .k.selectFrom('reviewCase')
      .select('claimantPhone')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(stored.claimantPhone).toMatch(/^sm4v1:/);
  });

  it('computes the indicators and their records on known cases, and scopes them to the organisation', async () => {
    const t = await makeTree(db().k, '指标');
    const u = await makeUser(db().k, t.town.id, ['clerk']);
    const rt0: LedgerRuntime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
    const make = (caseType: string, receivedOn: string) =>
      inTx(db().k, (tx) =>
        createRecord(
          tx,
          u.actor,
          ledger,
          rt,
          {
            caseType,
            caseNo: `${caseType}-${receivedOn}`,
            orgId: t.town.id,
            body: '法院',
            receivedOn,
            claimantKind: 'natural',
            claimantName: '李四',
            act: '行政处罚决定',
            actCategory: 'penalty',
          },
          rt0,
        ),
      );
    const go = (id: number, tr: string, on: string, fields: Record<string, unknown> = {}) =>
      runTransition(db(), u.actor, ledger, rt, id, tr, { on, fields }, rt0);
    const r1 = await make('reconsideration', '2025-03-03');
    await make('reconsideration', '2024-12-30'); // the year before
    const l1 = await make('first', '2025-04-01');
    const l2 = await make('first', '2025-05-06');
    const l3 = await make('second', '2025-09-01');
    for (const l of [l1, l2, l3]) await go(l.id, 'answer', addDay(l.receivedOn as string, 7));
    await go(l1.id, 'hearing', '2025-05-20', {
      hearingOn: '2025-05-20',
      leaderAppeared: true,
      leaderName: '张三',
      leaderPost: '镇长',
    });
    await go(l2.id, 'hearing', '2025-06-20', {
      hearingOn: '2025-06-20',
      leaderAppeared: false,
      absenceReason: 'duty',
      delegateName: '李明（综合行政执法办公室）',
    });
    await go(l1.id, 'close', '2025-07-01', {
      decidedOn: '2025-07-01',
      courtOutcome: 'illegal',
      outcomeNote: '已整改',
    });
    await go(l2.id, 'close', '2025-08-01', { decidedOn: '2025-08-01', courtOutcome: 'reject_claim' });
    await go(l3.id, 'close', '2025-10-01', { decidedOn: '2025-10-01', courtOutcome: 'withdrawn' });
    const value = async (id: string, paths = [t.town.path]) => {
      const def = ledger.indicators.find((i) => i.id === id)!;
      return { n: await def.compute(db().k, paths, 2025), ids: (await def.drill(db().k, paths, 2025)).ids };
    };
    expect(await value('reconsideration.cases')).toEqual({ n: 1, ids: [r1.id] });
    expect(await value('litigation.cases')).toEqual({ n: 3, ids: [l1.id, l2.id, l3.id] });
    expect(await value('litigation.appearance_rate')).toEqual({ n: 50, ids: [l1.id, l2.id] });
    expect(await value('litigation.loss_rate')).toEqual({ n: 33.3, ids: [l1.id, l2.id, l3.id] });
    expect(await value('litigation.cases', [t.sibling.path])).toEqual({ n: 0, ids: [] });

    // another township's clerk neither lists nor opens them
    const stranger = await makeUser(db().k, t.sibling.id, ['clerk']);
    const list = await listRecords(db().k, stranger.actor, ledger, rt, { page: 1, pageSize: 50 }, rt0.pii);
    expect(list.items.map((x) => x.id)).not.toContain(l1.id);
    await expect(
      inTx(db().k, (tx) => loadRecord(tx, stranger.actor, ledger, rt, l1.id)),
    ).rejects.toMatchObject({ status: 404 });
  });
});

function addDay(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

describeEachDialect('review_litigation demo seeds', (ctx) => {
  it('seeds 0–4 cases a year per township, linked to real penalty decisions, with a running clock', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const today = '2026-12-03';
    const seedCtx = {
      tx: undefined as never,
      pii: createPii({ dataDir }),
      calendar,
      orgIds: demo.orgIds,
      userIds: demo.userIds,
      today,
      dataDir,
    };
    // penalty decisions of every township, as the enforcement ledger's demo would have made them
    // (written directly: that ledger's whole demo year is too slow for this test)
    const townships = await db.k
      .selectFrom('org')
      .select(['id', 'name'])
      .where('kind', 'in', ['township', 'street'])
      .execute();
    let n = 0;
    for (const town of townships) {
      for (const month of ['01', '03', '05', '07', '09']) {
        n++;
        await db.k
          .insertInto('enforcementCase')
          .values({
            orgId: town.id,
            state: 'closed',
            createdAt: `2025-${month}-01T00:00:00.000Z`,
            createdBy: null,
            updatedAt: `2025-${month}-01T00:00:00.000Z`,
            caseNo: `${town.name.slice(0, 2)}综执罚立〔2025〕${n}号`,
            title: '未经批准占用土地建住宅案',
            filedOn: `2025-${month}-01`,
            source: 'inspection',
            isMajor: 0,
            partyType: n % 2 ? 'person' : 'business',
            partyName: n % 2 ? '王德福' : '清源县丰禾农资经营部',
            decisionNo: `${town.name.slice(0, 2)}综执罚决〔2025〕${n}号`,
            decidedOn: `2025-${month}-10`,
          } as never)
          .execute();
      }
    }
    await inTx(db.k, (tx) => ledger.seeds!({ ...seedCtx, ledger, tx }));
    const rows = await db.k.selectFrom('reviewCase').selectAll().execute();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.receivedOn <= today && (r.decidedOn ?? '') <= today)).toBe(true);
    const perTownYear = new Map<string, number>();
    for (const r of rows.filter((x) => x.caseType !== 'second')) {
      const k = `${r.orgId}:${r.receivedOn.slice(0, 4)}`;
      perTownYear.set(k, (perTownYear.get(k) ?? 0) + 1);
    }
    // 0–4 a year, one more received shortly before today, and the 政府信息公开 review and its lawsuit
    expect(Math.max(...perTownYear.values())).toBeLessThanOrEqual(7);
    for (const town of townships)
      expect(perTownYear.get(`${town.id}:2025`), town.name).toBeGreaterThanOrEqual(1);
    const linked = rows.filter((r) => r.enforcementCaseNo);
    expect(linked.length).toBeGreaterThan(0);
    const cases = await db.k.selectFrom('enforcementCase').select('caseNo').execute();
    expect(linked.every((r) => cases.some((c) => c.caseNo === r.enforcementCaseNo))).toBe(true);
    expect(rows.some((r) => r.state !== 'closed')).toBe(true);
    const open = await db.k
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', 'review_litigation')
      .where('state', '=', 'open')
      .execute();
    expect(open.length).toBeGreaterThan(0);
    expect(
      rows.filter((r) => r.hearingOn).every((r) => (r.leaderAppeared === 1 ? r.leaderPost : r.delegateName)),
    ).toBe(true);
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    const cases2025 = await ledger.indicators
      .find((i) => i.id === 'litigation.cases')!
      .compute(db.k, [county.path], 2025);
    expect(cases2025).toBeGreaterThan(0);
    // every step in order: received, answered, heard, decided — none after the next
    for (const r of rows) {
      const dates = [r.receivedOn, r.answeredOn, r.hearingOn, r.decidedOn].filter((d): d is string => !!d);
      expect([...dates].sort(), r.caseNo).toEqual(dates);
    }
    // table 四 of each township's 2025 信息公开 report is not all zero; some lawsuits follow a review
    let afterReview = 0;
    for (const town of townships) {
      const path = (
        await db.k.selectFrom('org').select('path').where('id', '=', town.id).executeTakeFirstOrThrow()
      ).path;
      const t4 = await reviewTable(db.k, [path], 2025);
      expect(t4.review[4], town.name).toBeGreaterThanOrEqual(1);
      afterReview += t4.afterReview[4];
    }
    expect(afterReview).toBeGreaterThan(0);
    const refusals = await db.k
      .selectFrom('workflowRefusal')
      .select('basis')
      .where('ledger', '=', 'review_litigation')
      .execute();
    expect(refusals.map((r) => r.basis)).toContain(
      '《中华人民共和国行政诉讼法》第三条第三款，《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第六条',
    );
  }, 120_000);
});

describe('review_litigation rules', () => {
  it('keeps every clock with its article', () => {
    for (const d of rt.workflow.deadlines) expect(d.basis).toMatch(/^《中华人民共和国行政(复议|诉讼)法》第/);
  });
});
