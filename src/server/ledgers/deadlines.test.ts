// Clocks of ledger records on each dialect: a period the calendar does not cover yet is computed
// when its year is added; a refused step is rolled back but stays in the audit trail.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { makeTree, makeUser } from '../../../test/factories.ts';
import { verifyAudit } from '../core/audit.ts';
import { addCalendarYear, loadCalendar } from '../core/calendar.ts';
import { createPii } from '../core/pii.ts';
import { disputesLedger } from './disputes/index.ts';
import { createRecord, type LedgerRuntime } from './store.ts';
import { runTransition, WorkflowRefused } from './workflow.ts';

describeEachDialect('ledger deadlines and refusals', (ctx) => {
  const rt = disputesLedger.recordTypes[0];
  const input = (orgId: number, acceptedOn: string) => ({
    title: '土地承包边界纠纷',
    orgId,
    acceptedOn,
    source: 'grid',
    category: 'land',
    method: 'people',
    applicantName: '王建国',
  });

  it('marks a clock that runs into an unpublished year provisional and recomputes it when the year is entered', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k);
    const u = await makeUser(db.k, tree.town.id, ['mediator']);
    const run: LedgerRuntime = {
      pii: createPii({ dataDir }),
      calendar: await loadCalendar(db, '2026-12-20'),
      today: '2026-12-20',
    };
    const row = await db.k
      .transaction()
      .execute((tx) =>
        createRecord(tx, u.actor, disputesLedger, rt, input(tree.village.id, '2026-12-20'), run),
      );
    const before = await db.k
      .selectFrom('deadline')
      .selectAll()
      .where('recordId', '=', row.id)
      .executeTakeFirstOrThrow();
    // 30 days from 2026-12-20, computed on the statutory holidays of 2027 until its notice is in.
    expect(before).toMatchObject({ due: '2027-01-19', provisional: 1, dueWas: null });
    expect(before.explainJson).toMatch(/2027年放假安排尚未发布/);
    expect(before.explainJson).toMatch(/暂定/);
    // A fictional notice that makes 2027-01-19 a day off: the last day rolls to the 20th.
    const { moved } = await addCalendarYear(
      db,
      null,
      {
        year: 2027,
        source: '测试用安排',
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-19', name: '测试假日' },
        ],
        workdays: [],
      },
      '2026-12-22',
    );
    expect(moved.map((m) => [m.recordId, m.from, m.to])).toEqual([[row.id, '2027-01-19', '2027-01-20']]);
    const after = await db.k
      .selectFrom('deadline')
      .selectAll()
      .where('recordId', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      due: '2027-01-20',
      provisional: 0,
      dueWas: '2027-01-19',
      dueMovedOn: '2026-12-22',
    });
    expect(JSON.parse(after.explainJson).join('\n')).toMatch(/第三十三条/);
    expect(after.explainJson).not.toMatch(/暂定/);
    const audit = await db.k
      .selectFrom('auditEvent')
      .select(['action', 'afterJson'])
      .where('action', '=', 'calendar.recompute_deadlines')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.afterJson!)).toMatchObject({ year: 2027, moved: 1 });
  });

  it('rolls a refused step back and keeps the refusal in the audit trail', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k);
    const u = await makeUser(db.k, tree.town.id, ['mediator']);
    const run: LedgerRuntime = {
      pii: createPii({ dataDir }),
      calendar: await loadCalendar(db, '2026-06-10'),
      today: '2026-06-10',
    };
    const row = await db.k
      .transaction()
      .execute((tx) =>
        createRecord(tx, u.actor, disputesLedger, rt, input(tree.village.id, '2026-06-01'), run),
      );
    const err = await runTransition(db, u.actor, disputesLedger, rt, row.id, 'start', {}, run).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(WorkflowRefused);
    expect(err.refusal.basis).toBe('《中华人民共和国人民调解法》第十九条');
    const state = await db.k
      .selectFrom('dispute')
      .select('state')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('accepted');
    const refused = await db.k
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', '=', 'disputes.refused')
      .where('entityId', '=', String(row.id))
      .execute();
    expect(refused).toHaveLength(1);
    expect(JSON.parse(refused[0].afterJson ?? '{}')).toMatchObject({ transition: 'start' });
    expect((await verifyAudit(db.k)).ok).toBe(true);
  });
});
