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

  it('computes a clock when the calendar gains the year it runs into', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k);
    const u = await makeUser(db.k, tree.town.id, ['mediator']);
    const run: LedgerRuntime = {
      pii: createPii({ dataDir }),
      calendar: await loadCalendar(db),
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
    expect(before.due).toBeNull();
    expect(before.explainJson).toMatch(/工作日历未包含/);
    await addCalendarYear(db, null, {
      year: 2027,
      source: '测试用安排',
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      workdays: [],
    });
    const after = await db.k
      .selectFrom('deadline')
      .selectAll()
      .where('recordId', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.due).toBe('2027-01-19');
    expect(JSON.parse(after.explainJson).join('\n')).toMatch(/第三十三条/);
  });

  it('rolls a refused step back and keeps the refusal in the audit trail', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k);
    const u = await makeUser(db.k, tree.town.id, ['mediator']);
    const run: LedgerRuntime = {
      pii: createPii({ dataDir }),
      calendar: await loadCalendar(db),
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
