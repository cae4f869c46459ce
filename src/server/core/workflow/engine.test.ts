// The workflow engine on each dialect, with a toy workflow (core never needs a ledger): a fixed-date
// clock is not moved by a recomputation with the calendar while a counted one is; a guard's refusal
// cites its article and is kept — one workflow_refusal row and one audit event, in one transaction —
// while the refused step is rolled back.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { makeTree, makeUser } from '../../../../test/factories.ts';
import { loadCalendar } from '../calendar.ts';
import { openDeadline, openFixedDeadline, recomputeDeadlines } from './deadlines.ts';
import { applyStep, recordRefusal, runStep, WorkflowRefused } from './engine.ts';
import type { FixedClockDef, PeriodClockDef, TransitionDef } from './types.ts';

interface Ctx {
  on: string;
  witnesses: number;
}

const BASIS = '《测试条例》第七条';
const close: TransitionDef<Ctx> = {
  id: 'close',
  label: '办结',
  from: ['open'],
  to: 'closed',
  roles: ['clerk'],
  guards: [({ witnesses }) => (witnesses < 2 ? { rule: '办结需有两名见证人', basis: BASIS } : null)],
};

describeEachDialect('workflow engine', (ctx) => {
  it('keeps a fixed-date clock where the rule puts it when the clocks are recomputed', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k);
    // 2026-03-01 is a Sunday: a counted period ending there rolls to Monday, a fixed date does not.
    const fixed: FixedClockDef<{ year: number }> = {
      id: 'submit',
      label: '报送',
      basis: '《测试规定》第三条：每年3月1日前报送',
      warnDays: 15,
      until: ['submit'],
      fixed: ({ year }) => ({ start: `${year}-12-31`, due: `${year + 1}-03-01`, explain: ['3月1日前'] }),
    };
    const counted: PeriodClockDef = {
      id: 'reply',
      label: '答复',
      from: { event: 'create' },
      days: 60,
      unit: 'calendar',
      basis: '《测试规定》第四条',
      warnDays: 5,
      until: ['reply'],
    };
    const rec = {
      recordType: 'thing',
      recordId: 1,
      orgId: tree.town.id,
      title: '测试事项',
      assigneeId: null,
    };
    const today = '2025-12-31';
    await db.k.transaction().execute(async (tx) => {
      const calendar = await loadCalendar({ k: tx }, today);
      await openFixedDeadline(tx, fixed, { year: 2025 }, { ...rec, ledger: 'toy' });
      await openDeadline(tx, calendar, counted, { ...rec, ledger: 'toy', start: '2025-12-31' });
      // a stale stored due date for the counted clock, as if computed on an older calendar
      await tx.updateTable('deadline').set({ due: '2026-02-27' }).where('deadlineId', '=', 'reply').execute();
    });
    const clocks = () =>
      db.k
        .selectFrom('deadline')
        .select(['deadlineId', 'due', 'fixedDue', 'days', 'explainJson'])
        .where('ledger', '=', 'toy')
        .orderBy('deadlineId')
        .execute();
    const before = await clocks();
    expect(before.find((c) => c.deadlineId === 'submit')).toMatchObject({
      due: '2026-03-01',
      fixedDue: 1,
      days: 60,
    });
    expect(JSON.parse(before.find((c) => c.deadlineId === 'submit')!.explainJson)).toEqual([
      '3月1日前',
      '依据：《测试规定》第三条：每年3月1日前报送',
    ]);
    const moved = await db.k
      .transaction()
      .execute(async (tx) => recomputeDeadlines(tx, await loadCalendar({ k: tx }, today), today));
    const after = await clocks();
    expect(after.find((c) => c.deadlineId === 'submit')).toEqual(
      before.find((c) => c.deadlineId === 'submit'),
    );
    // the counted clock is recomputed (2025-12-31 + 60 days = 2026-03-01, a Sunday → Monday 2 March)
    expect(moved.map((m) => [m.label, m.to])).toEqual([['答复', '2026-03-02']]);
  });

  it('refuses a step by a guard citing its article, keeping the refusal in workflow_refusal and the audit log together', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k);
    const u = await makeUser(db.k, tree.town.id, ['clerk']);
    let written = 0;
    const step = (witnesses: number) =>
      runStep(db, u.actor, (tx) =>
        applyStep(tx, {
          actor: u.actor,
          subject: {
            ledger: 'toy',
            recordType: 'thing',
            recordId: 7,
            orgId: tree.town.id,
            entityType: 'toy.thing',
          },
          state: 'open',
          transition: close,
          wrongState: () => ({ rule: '状态不对', basis: BASIS }),
          prepare: () => ({ on: '2026-05-01', witnesses }),
          write: async () => {
            written++;
          },
          audit: () => ({ before: { state: 'open' }, after: { state: 'closed' } }),
        }),
      );
    const err = await step(1).catch((e) => e);
    expect(err).toBeInstanceOf(WorkflowRefused);
    expect(err.status).toBe(409);
    expect(err.code).toBe('WORKFLOW_REFUSED');
    expect(err.message).toBe(`办结需有两名见证人（依据：${BASIS}）`);
    expect(err.extra).toEqual({ rule: '办结需有两名见证人', basis: BASIS });
    expect(written).toBe(0);
    const refusals = await db.k
      .selectFrom('workflowRefusal')
      .selectAll()
      .where('ledger', '=', 'toy')
      .execute();
    expect(refusals).toEqual([
      expect.objectContaining({
        actorId: u.id,
        orgId: tree.town.id,
        recordType: 'thing',
        recordId: 7,
        transition: 'close',
        rule: '办结需有两名见证人',
        basis: BASIS,
        status: 409,
      }),
    ]);
    const events = await db.k
      .selectFrom('auditEvent')
      .select(['action', 'at', 'afterJson', 'entityType', 'entityId'])
      .where('action', 'like', 'toy.%')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'toy.refused',
      at: refusals[0].at,
      entityType: 'toy.thing',
      entityId: '7',
    });
    expect(JSON.parse(events[0].afterJson!)).toEqual({
      transition: 'close',
      rule: '办结需有两名见证人',
      basis: BASIS,
    });

    // one transaction: when it rolls back, neither the row nor the event remains
    await db.k
      .transaction()
      .execute(async (tx) => {
        await recordRefusal(tx, u.actor, err);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(
      await db.k.selectFrom('workflowRefusal').select('id').where('ledger', '=', 'toy').execute(),
    ).toHaveLength(1);
    expect(
      await db.k.selectFrom('auditEvent').select('seq').where('action', '=', 'toy.refused').execute(),
    ).toHaveLength(1);

    // a step that passes its guard writes once and audits `<workflow>.<transition>`
    await step(2);
    expect(written).toBe(1);
    const done = await db.k
      .selectFrom('auditEvent')
      .select('action')
      .where('action', '=', 'toy.close')
      .execute();
    expect(done).toHaveLength(1);
  });
});
