// The demo year of the disputes ledger, on each dialect: deterministic, realistic, audited.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { addDays } from '../../../shared/calendar/dates.ts';
import { verifyAudit } from '../../core/audit.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { disputesLedger } from './index.ts';
import { seedDisputes } from './seeds.ts';

describeEachDialect('disputes demo year', (ctx) => {
  it('loads the previous year and this year to date, with open, overdue, risky and refused items', async () => {
    const { db, dataDir } = ctx();
    const today = '2026-11-21';
    // Only this ledger's seeds (the demo loader runs every registered ledger's).
    const demo = await loadDemo(db);
    const calendar = await loadCalendar(db, today);
    const pii = createPii({ dataDir });
    await db.k.transaction().execute((tx) =>
      seedDisputes({
        ledger: disputesLedger,
        tx,
        pii,
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    const rows = await db.k.selectFrom('dispute').selectAll().execute();
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.some((r) => r.acceptedOn.startsWith('2025-01'))).toBe(true);
    expect(rows.every((r) => r.acceptedOn <= today && r.acceptedOn >= '2025-01-01')).toBe(true);
    expect(rows.every((r) => r.applicantPhone === null || r.applicantPhone.startsWith('sm4v1:'))).toBe(true);
    const states = new Set(rows.map((r) => r.state));
    for (const s of ['mediating', 'succeeded', 'failed', 'terminated']) expect(states.has(s), s).toBe(true);
    const open = await db.k.selectFrom('deadline').selectAll().where('state', '=', 'open').execute();
    expect(open.some((d) => d.due !== null && d.due < today)).toBe(true);
    expect(open.some((d) => d.due !== null && d.due >= today && d.due <= addDays(today, 5))).toBe(true);
    expect(rows.some((r) => r.risk === 1)).toBe(true);
    const refused = await db.k
      .selectFrom('auditEvent')
      .select('id')
      .where('action', '=', 'disputes.refused')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    const written = rows.filter((r) => r.agreementForm === 'written').map((r) => r.id);
    const steps = await db.k
      .selectFrom('workflowStep')
      .select(['recordId', 'attachmentIds'])
      .where('action', '=', 'succeed')
      .execute();
    for (const s of steps)
      if (written.includes(s.recordId)) expect(JSON.parse(s.attachmentIds)).toHaveLength(1);
    expect((await verifyAudit(db.k)).ok).toBe(true);
  }, 180_000);
});
