// The demo year of the decisions ledger, on each dialect: every township has published catalogues,
// decisions with comments, positive indicators for the previous year, open clocks and refusals.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import { verifyAudit } from '../../core/audit.ts';
import { createPii } from '../../core/pii.ts';
import type { Db } from '../../db/connect.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import { loadDemo } from '../../demo/seed.ts';
import { decisionsLedger as ledger } from './index.ts';
import { seedDecisions } from './seeds.ts';

const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';

describeEachDialect('decisions demo year', (ctx) => {
  const db = (): Db => ctx().db;
  it('loads a demo year for every township: published catalogues, decisions with comments, open clocks, refusals', async () => {
    const { dataDir } = ctx();
    const demo = await loadDemo(db());
    await db()
      .k.transaction()
      .execute((tx) =>
        seedDecisions({
          ledger,
          tx,
          pii: createPii({ dataDir }),
          calendar,
          orgIds: demo.orgIds,
          userIds: demo.userIds,
          today: TODAY,
          dataDir,
        }),
      );
    for (const code of DEMO_TOWNSHIPS.map((t) => t.code)) {
      const org = await db()
        .k.selectFrom('org')
        .select('path')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      for (const def of ledger.indicators) {
        const v = await def.compute(db().k, [org.path], 2025);
        expect(v, `${code} ${def.id}`).toBeGreaterThan(0);
      }
    }
    const rows = await db().k.selectFrom('decision').selectAll().execute();
    expect(rows.every((r) => r.startedOn <= TODAY && r.startedOn >= '2025-01-01')).toBe(true);
    expect(rows.every((r) => (r.decidedOn ?? '') <= TODAY && (r.evaluatedOn ?? '') <= TODAY)).toBe(true);
    const states = new Set(rows.map((r) => r.state));
    for (const s of ['consulting', 'reviewing', 'implementing', 'evaluated'])
      expect(states.has(s), s).toBe(true);
    const cats = await db().k.selectFrom('decisionCatalogue').selectAll().execute();
    expect(cats.filter((c) => c.state === 'published').length).toBeGreaterThanOrEqual(14);
    const open = await db()
      .k.selectFrom('deadline')
      .select(['deadlineId', 'due'])
      .where('ledger', '=', 'decisions')
      .where('state', '=', 'open')
      .execute();
    expect(new Set(open.map((d) => d.deadlineId))).toEqual(new Set(['comment_period', 'legal_review']));
    const refusals = await db()
      .k.selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'decisions.refused')
      .execute();
    expect(refusals.length).toBeGreaterThan(0);
    // Every planned refusal is refused by a rule of law, never by a wrong state.
    for (const r of refusals) expect(String(r.afterJson)).not.toContain('当前状态为');
    expect((await verifyAudit(db().k)).ok).toBe(true);
  }, 240_000);
});
