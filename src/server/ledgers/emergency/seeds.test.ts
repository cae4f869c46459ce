// The demo year of the emergency ledger, on each dialect: deterministic, a coherent past, audited.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { addDays } from '../../../shared/calendar/dates.ts';
import { verifyAudit } from '../../core/audit.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { emergencyLedger } from './index.ts';
import { seedEmergency } from './seeds.ts';

describeEachDialect('emergency demo year', (ctx) => {
  it('loads a demo year: every township has plans, drills and events, review cards ahead and overdue, a coherent audit chain', async () => {
    const { db: d, dataDir } = ctx();
    const today = '2026-11-16';
    const demo = await loadDemo(d);
    const cal = await loadCalendar(d, today);
    await d.k.transaction().execute((tx) =>
      seedEmergency({
        ledger: emergencyLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar: cal,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    const plans = await d.k.selectFrom('emergencyPlan').selectAll().execute();
    const drills = await d.k.selectFrom('emergencyDrill').selectAll().execute();
    const events = await d.k.selectFrom('emergencyEvent').selectAll().execute();
    expect(plans.length).toBeGreaterThanOrEqual(21);
    expect(drills.length).toBeGreaterThan(40);
    expect(events.length).toBeGreaterThan(7);
    const dates = [
      ...plans.flatMap((p) => [p.draftedOn, p.publishedOn, p.lastRevisedOn, p.lastEvaluatedOn, p.filedOn]),
      ...drills.map((x) => x.heldOn),
      ...events.flatMap((e) => [e.occurredOn, e.reportedOn, e.evaluatedOn]),
    ];
    expect(dates.every((x) => x === null || x <= today)).toBe(true);
    expect(new Set(plans.map((p) => p.state))).toEqual(new Set(['submitted', 'published']));
    expect(events.every((e) => e.state === 'evaluated' && e.reportedOn !== null)).toBe(true);
    expect(events.some((e) => e.reportTimely === 0 && e.lateReason)).toBe(true);
    const reviews = await d.k
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', 'emergency')
      .where('deadlineId', '=', 'review')
      .execute();
    expect(reviews.some((r) => r.due! < today)).toBe(true);
    expect(reviews.some((r) => r.due! >= today && r.due! <= addDays(today, 60))).toBe(true);
    for (const p of plans.filter((x) => x.nextReviewDue))
      expect(reviews.some((r) => r.recordId === p.id && r.due === p.nextReviewDue)).toBe(true);
    const numbers = plans.flatMap((p) => (p.docNumber ? [p.docNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    const refusals = await d.k
      .selectFrom('workflowRefusal')
      .selectAll()
      .where('ledger', '=', 'emergency')
      .execute();
    expect(refusals.length).toBeGreaterThan(0);
    expect((await verifyAudit(d.k)).ok).toBe(true);
  }, 120_000);
});
