// The petitions ledger on both dialects: the 《信访工作条例》 clocks over weekends, holidays and 调休
// working days; the one approved extension of at most 30 days, refused otherwise with its article;
// the 复查/复核 windows; hotline clocks per channel; indicators on empty and seeded data; the
// organisation scope and the reveal permission; the demo seeds.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord, presentDeadline } from '../../core/workflow/deadlines.ts';
import type { Db } from '../../db/connect.ts';
import { loadDemo } from '../../demo/seed.ts';
import type { LedgerRow } from '../contract.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime, loadRecord, reveal } from '../store.ts';
import { runTransition } from '../workflow.ts';
import { petitionsLedger } from './index.ts';

const [petitionType, ticketType] = petitionsLedger.recordTypes;
const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';

describeEachDialect('petitions ledger', (ctx) => {
  let tree: Tree;
  let clerk: { id: number; actor: Actor };
  let runtime: LedgerRuntime;
  const db = (): Db => ctx().db;

  const newPetition = async (receivedOn: string, extra: Record<string, unknown> = {}): Promise<LedgerRow> => {
    if (!tree) {
      tree = await makeTree(db().k, '信访');
      clerk = await makeUser(db().k, tree.town.id, ['clerk']);
      runtime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
    }
    return inTx(db().k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        petitionsLedger,
        petitionType,
        {
          title: '反映承包地被他人占用',
          orgId: tree.village.id,
          receivedOn,
          channel: 'visit',
          category: 'land',
          petitionerName: '王德福',
          petitionerPhone: '13812345678',
          petitionerIdcard: '11010519491231002X',
          ...extra,
        },
        runtime,
      ),
    );
  };
  const step = (
    rt: typeof petitionType,
    id: number,
    transition: string,
    on: string,
    fields: Record<string, unknown> = {},
    actor?: Actor,
  ) =>
    runTransition(db(), actor ?? clerk.actor, petitionsLedger, rt, id, transition, { on, fields }, runtime);
  const clock = async (rt: typeof petitionType, id: number, deadlineId: string) => {
    const all = await deadlinesOfRecord(db().k, calendar, TODAY, {
      ledger: 'petitions',
      recordType: rt.type,
      recordId: id,
    });
    const d = all.find((x) => x.deadlineId === deadlineId);
    if (!d) throw new Error(`no clock ${deadlineId}`);
    return d;
  };

  it('computes both indicators as zero on an empty database', async () => {
    for (const def of petitionsLedger.indicators) {
      expect(await def.compute(db().k, ['/'], 2025)).toBe(0);
      expect((await def.drill(db().k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('registers within 15 days: a last day on a 调休 Saturday stays, one in 国庆 moves to the next working day', async () => {
    const a = await newPetition('2025-09-26');
    const ca = await clock(petitionType, a.id, 'register');
    expect(ca.due).toBe('2025-10-11'); // a make-up working Saturday
    expect(ca.basis).toBe('《信访工作条例》第二十二条、第二十三条');
    const b = await newPetition('2025-09-20');
    const cb = await clock(petitionType, b.id, 'register');
    expect(cb.due).toBe('2025-10-09'); // 10-05 falls in 国庆节、中秋节 (10-01 … 10-08)
    expect(cb.explain.join('\n')).toContain('顺延');
    await step(petitionType, b.id, 'notify', '2025-10-10', {
      notice: '已书面告知信访人向县人民法院提起诉讼',
    });
    const met = await clock(petitionType, b.id, 'register');
    expect(met.state).toBe('overdue_met');
  });

  it('handles within 60 days of 受理, extended once by at most 30 days with approval, refusals citing 第三十四条', async () => {
    const p = await newPetition('2025-07-28');
    await step(petitionType, p.id, 'accept', '2025-08-02', { handlingUnit: '镇农业综合服务中心' });
    expect((await clock(petitionType, p.id, 'register')).state).toBe('met');
    const handling = await clock(petitionType, p.id, 'handling');
    // 08-02 + 60 days = 10-01, in the 国庆 holiday: the period ends on 10-09.
    expect(handling.due).toBe('2025-10-09');
    expect(handling.basis).toBe('《信访工作条例》第三十四条');

    const base = {
      extensionDays: 20,
      extensionReason: '涉及多个部门，需进一步调查核实',
      extensionApprover: '刘建华',
      extensionApprovedOn: '2025-09-25',
    };
    const refused = async (fields: Record<string, unknown>, on: string, rule: RegExp) => {
      const err = await step(petitionType, p.id, 'extend', on, fields).catch((e: unknown) => e);
      expect(err).toMatchObject({
        code: 'WORKFLOW_REFUSED',
        status: 409,
        extra: { basis: '《信访工作条例》第三十四条' },
      });
      expect((err as Error).message).toMatch(rule);
    };
    await refused({ ...base, extensionDays: 31 }, '2025-09-25', /延长期限不得超过30日/);
    await refused({ ...base, extensionApprover: null }, '2025-09-25', /负责人批准/);
    await refused({ ...base, extensionApprovedOn: '2025-10-10' }, '2025-10-10', /2025-10-09 届满/);
    await step(petitionType, p.id, 'extend', '2025-09-25', base);
    const extended = await clock(petitionType, p.id, 'handling');
    // 20 more days after the original last day (10-09): 10-29, a Wednesday.
    expect(extended.due).toBe('2025-10-29');
    expect(extended.extensions).toHaveLength(1);
    expect(extended.explain.join('\n')).toContain('经刘建华批准');
    await refused(
      { ...base, extensionDays: 5, extensionApprovedOn: '2025-10-15' },
      '2025-10-15',
      /只能延长一次/,
    );
    const audit = await db()
      .k.selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'petitions.refused')
      .where('entityId', '=', String(p.id))
      .execute();
    expect(audit).toHaveLength(4);
    expect(audit.every((a) => String(a.afterJson).includes('第三十四条'))).toBe(true);

    await step(petitionType, p.id, 'answer', '2025-10-28', {
      opinion: 'partial',
      opinionText: '部分支持',
      deliveredOn: '2025-10-30',
    });
    expect((await clock(petitionType, p.id, 'handling')).state).toBe('met');
  });

  it('opens 复查 within 30 days of the reply and answers it within 30 (第三十五条), then 复核 (第三十六条)', async () => {
    const p = await newPetition('2025-11-03');
    await step(petitionType, p.id, 'accept', '2025-11-05');
    await step(petitionType, p.id, 'answer', '2025-12-18', { opinion: 'reject', deliveredOn: '2025-12-19' });
    // Concluding before the window closes is refused unless the petitioner is satisfied.
    await expect(step(petitionType, p.id, 'conclude', '2025-12-22')).rejects.toMatchObject({
      status: 409,
      extra: { basis: '《信访工作条例》第三十五条' },
    });
    // 12-19 + 30 = 2026-01-18, a Sunday: the petitioner's window runs to Monday 01-19.
    await expect(
      step(petitionType, p.id, 'request_review', '2026-01-20', { reviewRequestedOn: '2026-01-20' }),
    ).rejects.toMatchObject({
      status: 409,
      extra: { basis: '《信访工作条例》第三十五条' },
      message: expect.stringContaining('2026-01-19'),
    });
    await step(petitionType, p.id, 'request_review', '2026-01-19', { reviewRequestedOn: '2026-01-19' });
    const review = await clock(petitionType, p.id, 'review');
    // 01-19 + 30 = 02-18, in the 2026 春节 holiday (02-15 … 02-23): due 02-24.
    expect(review.due).toBe('2026-02-24');
    expect(review.basis).toBe('《信访工作条例》第三十五条');
    await step(petitionType, p.id, 'answer_review', '2026-02-24', {
      reviewOpinion: 'upheld',
      reviewDeliveredOn: '2026-02-25',
    });
    expect((await clock(petitionType, p.id, 'review')).state).toBe('met');
    await expect(
      step(petitionType, p.id, 'request_recheck', '2026-03-30', { recheckRequestedOn: '2026-03-30' }),
    ).rejects.toMatchObject({
      status: 409,
      extra: { basis: '《信访工作条例》第三十六条' },
    });
    await step(petitionType, p.id, 'request_recheck', '2026-03-20', { recheckRequestedOn: '2026-03-20' });
    const recheck = await clock(petitionType, p.id, 'recheck');
    // 03-20 + 30 = 04-19, a Sunday after 清明 (04-04 … 04-06): due Monday 04-20.
    expect(recheck.due).toBe('2026-04-20');
    await step(petitionType, p.id, 'answer_recheck', '2026-04-16', { recheckOpinion: 'upheld' });
    await step(petitionType, p.id, 'evaluate', '2026-04-20', { satisfaction: 'basic' });
    const row = (await loadRecord(db().k, clerk.actor, petitionsLedger, petitionType, p.id)).row;
    expect(row.state).toBe('rechecked');
    expect(row.satisfaction).toBe('basic');
  });

  it('concludes at once when the petitioner is satisfied', async () => {
    const p = await newPetition('2026-03-02');
    await step(petitionType, p.id, 'accept', '2026-03-03');
    await step(petitionType, p.id, 'answer', '2026-03-20', { opinion: 'support' });
    await step(petitionType, p.id, 'evaluate', '2026-03-23', { satisfaction: 'satisfied' });
    const done = await step(petitionType, p.id, 'conclude', '2026-03-23');
    expect(done.state).toBe('closed');
  });

  it('runs hotline clocks per channel on working days, with 调休', async () => {
    await newPetition('2026-01-05'); // makes the tree
    const ticket = (channel: string, receivedOn: string, no: string) =>
      inTx(db().k, (tx) =>
        createRecord(
          tx,
          clerk.actor,
          petitionsLedger,
          ticketType,
          {
            ticketNo: no,
            title: '路灯损坏请求维修',
            orgId: tree.town.id,
            receivedOn,
            channel,
            category: 'help',
            callerPhone: '13900001111',
          },
          runtime,
        ),
      );
    const t1 = await ticket('12345', '2025-09-30', 'GD202509300001');
    // Dispatched the day before 国庆: signed by 10-09, answered within 5 working days counting
    // the make-up Saturday 10-11.
    expect((await clock(ticketType, t1.id, 'sign')).due).toBe('2025-10-09');
    expect((await clock(ticketType, t1.id, 'reply')).due).toBe('2025-10-14');
    const t2 = await ticket('mailbox', '2025-09-30', 'XX202509300001');
    expect((await clock(ticketType, t2.id, 'sign')).due).toBe('2025-10-10');
    const reply2 = await clock(ticketType, t2.id, 'reply');
    expect(reply2.days).toBe(10);
    expect(reply2.basis).toContain('书记、县长信箱');
    await step(ticketType, t1.id, 'sign', '2025-10-09');
    await step(ticketType, t1.id, 'reply', '2025-10-15', { replyText: '已修复' });
    expect((await clock(ticketType, t1.id, 'sign')).state).toBe('met');
    expect((await clock(ticketType, t1.id, 'reply')).state).toBe('overdue_met');
    const rated = await step(ticketType, t1.id, 'rate', '2025-10-16', { satisfaction: 'satisfied' });
    expect(rated.state).toBe('evaluated');
    await expect(step(ticketType, t2.id, 'return', '2025-10-09', {})).rejects.toMatchObject({ status: 409 });
    await step(ticketType, t2.id, 'return', '2025-10-09', { returnReason: '属县级部门职责' });
    expect((await clock(ticketType, t2.id, 'reply')).state).toBe('met');
  });

  it('counts petitions and (not returned) tickets by year and subtree', async () => {
    const paths = [tree.town.path];
    const value = (id: string, y: number, p = paths) =>
      petitionsLedger.indicators.find((i) => i.id === id)!.compute(db().k, p, y);
    expect(await value('petitions.total', 2025)).toBe(4);
    expect(await value('petitions.total', 2026)).toBe(2);
    expect(await value('hotline.total', 2025)).toBe(1);
    expect(await value('petitions.total', 2025, [tree.sibling.path])).toBe(0);
    const drill = await petitionsLedger.indicators
      .find((i) => i.id === 'hotline.total')!
      .drill(db().k, paths, 2025);
    expect(drill.type).toBe('ticket');
    expect(drill.ids).toHaveLength(1);
  });

  it('masks petitioners in lists, reveals to the clerk with an audit event, denies the supervisor and other townships', async () => {
    const p = await newPetition('2026-04-01');
    const listed = await listRecords(
      db().k,
      clerk.actor,
      petitionsLedger,
      petitionType,
      { page: 1, pageSize: 100 },
      runtime.pii,
    );
    const item = listed.items.find((i) => i.id === p.id)!;
    expect(item.fields.petitionerName).toBe('王*福');
    expect(item.fields.petitionerPhone).toBe('138****5678');
    const stored = await db()
      .k.selectFrom('petition')
      .select(['petitionerPhone', 'petitionerIdcard'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(stored.petitionerPhone).not.toContain('13812345678');
    const shown = await inTx(db().k, (tx) =>
      reveal(tx, clerk.actor, petitionsLedger, petitionType, p.id, 'petitionerIdcard', runtime.pii),
    );
    expect(shown.value).toBe('11010519491231002X');
    const supervisor = await makeUser(db().k, tree.county.id, ['supervisor']);
    await expect(
      inTx(db().k, (tx) =>
        reveal(tx, supervisor.actor, petitionsLedger, petitionType, p.id, 'petitionerPhone', runtime.pii),
      ),
    ).rejects.toMatchObject({ status: 403 });
    const other = await makeUser(db().k, tree.sibling.id, ['clerk', 'leader']);
    await expect(loadRecord(db().k, other.actor, petitionsLedger, petitionType, p.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(step(petitionType, p.id, 'accept', '2026-04-02', {}, other.actor)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      inTx(db().k, (tx) =>
        reveal(tx, other.actor, petitionsLedger, petitionType, p.id, 'petitionerPhone', runtime.pii),
      ),
    ).rejects.toMatchObject({ status: 404 });
    // The supervisor reads but does not act.
    await expect(
      step(petitionType, p.id, 'accept', '2026-04-02', {}, supervisor.actor),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describeEachDialect('petitions ledger demo seeds', (ctx) => {
  it('seeds petitions and tickets with open, near-due and overdue clocks and refused extensions', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const today = '2026-11-21';
    await inTx(db.k, (tx) =>
      petitionsLedger.seeds!({
        ledger: petitionsLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    const value = (id: string, y: number) =>
      petitionsLedger.indicators.find((i) => i.id === id)!.compute(db.k, [county.path], y);
    const p2025 = await value('petitions.total', 2025);
    expect(p2025).toBeGreaterThan(150);
    expect(p2025).toBeLessThan(400);
    expect(await value('hotline.total', 2025)).toBeGreaterThan(350);
    expect(await value('petitions.total', 2026)).toBeGreaterThan(100);
    const open = await db.k
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', 'petitions')
      .where('state', '=', 'open')
      .execute();
    const views = open.map((d) => presentDeadline(d, calendar, today));
    expect(views.some((v) => v.colour === 'red' && v.deadlineId === 'register')).toBe(true);
    expect(views.some((v) => v.colour === 'red' && v.deadlineId === 'handling')).toBe(true);
    expect(views.some((v) => v.colour === 'yellow' || (v.remaining !== null && v.remaining <= 10))).toBe(
      true,
    );
    const refused = await db.k
      .selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'petitions.refused')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => String(r.afterJson).includes('信访工作条例'))).toBe(true);
    const extended = await db.k
      .selectFrom('petition')
      .select('extensionDays')
      .where('extensionDays', 'is not', null)
      .execute();
    expect(extended.length).toBeGreaterThan(0);
    expect(extended.every((r) => (r.extensionDays ?? 0) <= 30)).toBe(true);
    const reviewed = await db.k
      .selectFrom('petition')
      .select('id')
      .where('reviewRequestedOn', 'is not', null)
      .execute();
    expect(reviewed.length).toBeGreaterThan(0);
    const late = await db.k.selectFrom('petition').select('id').where('receivedOn', '>', today).execute();
    expect(late).toEqual([]);
    // Thousands of records go through the real commands: give a loaded machine time.
  }, 600_000);
});

describe('petitions ledger manifest', () => {
  it('has transition ids unique across its record types (the policy looks them up by id)', () => {
    const ids = petitionsLedger.recordTypes.flatMap((rt) => rt.workflow.transitions.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
