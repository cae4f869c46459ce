// The demo's reports are a coherent past (issue 14): each signed on its day, before it was
// submitted and published, and no audit event stamped after the moment the demo was loaded.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { loadDemo } from '../demo/seed.ts';
import { demoReportPlans, seedAnnualReports } from './seeds.ts';

// Loaded on the day 城关 publishes, early in the morning: its 公开 step would be stamped later.
const TODAY = '2026-03-20';
const NOW = '2026-03-20T00:10:00.000Z';
const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

describeEachDialect('demo annual reports dates', (ctx) => {
  it('signs before submitting and publishing, on the planned days, never after now', async () => {
    const { db } = ctx();
    const demo = await loadDemo(db);
    const before = await db.k
      .selectFrom('auditEvent')
      .select('seq')
      .orderBy('seq', 'desc')
      .executeTakeFirst();
    await db.k
      .transaction()
      .execute((tx) =>
        seedAnnualReports(tx, { orgIds: demo.orgIds, userIds: demo.userIds, today: TODAY, now: NOW }),
      );
    const rows = await db.k
      .selectFrom('annualReport as r')
      .innerJoin('org as o', 'o.id', 'r.orgId')
      .innerJoin('annualReportVersion as v', (j) =>
        j.onRef('v.reportId', '=', 'r.id').onRef('v.version', '=', 'r.currentVersion'),
      )
      .select(['o.code', 'r.submittedOn', 'r.publishedOn', 'v.signedAt', 'v.createdAt'])
      .execute();
    const { plans } = demoReportPlans(TODAY);
    const signed = rows.filter((r) => r.signedAt !== null);
    expect(signed.length).toBeGreaterThan(0);
    for (const r of signed) {
      const signedOn = chinaDay(r.signedAt!);
      expect(plans.map((p) => p.signOn)).toContain(signedOn);
      if (r.submittedOn) expect(signedOn <= r.submittedOn).toBe(true);
      if (r.publishedOn) expect(signedOn <= r.publishedOn).toBe(true);
      expect(r.signedAt! <= NOW).toBe(true);
    }
    for (const r of rows) expect(r.createdAt <= NOW).toBe(true);
    const events = await db.k
      .selectFrom('auditEvent')
      .select(['at', 'action'])
      .where('seq', '>', before?.seq ?? 0)
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.at > NOW)).toEqual([]);
    // 城关 published on the day of loading, stamped no later than the loading itself.
    expect(events.some((e) => e.action === 'annual_report.publish' && e.at === NOW)).toBe(true);
  });
});
