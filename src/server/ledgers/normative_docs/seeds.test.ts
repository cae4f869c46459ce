// The demo year of the normative documents ledger, on both dialects: every township has documents
// in each indicator of the previous year, open clocks (合法性审核, 备案, 有效期), the refusals a clerk
// meets, and nothing after today.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx } from '../../../../test/factories.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { normativeDocsLedger } from './index.ts';

describeEachDialect('normative documents demo seeds', (ctx) => {
  it('seeds every township with documents in each indicator, open clocks and refusals, nothing after today', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const today = '2026-11-16';
    const cal = await loadCalendar(db, today);
    await inTx(db.k, (tx) =>
      normativeDocsLedger.seeds!({
        ledger: normativeDocsLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar: cal,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    const towns = await db.k
      .selectFrom('org')
      .select(['path', 'name'])
      .where('kind', 'in', ['township', 'street'])
      .execute();
    expect(towns.length).toBe(7);
    for (const t of towns) {
      for (const def of normativeDocsLedger.indicators) {
        expect(await def.compute(db.k, [t.path], 2025), `${t.name} ${def.id}`).toBeGreaterThan(0);
      }
    }
    const open = await db.k
      .selectFrom('deadline')
      .select(['deadlineId'])
      .where('ledger', '=', 'normative_docs')
      .where('state', '=', 'open')
      .execute();
    const ids = new Set(open.map((d) => d.deadlineId));
    for (const c of ['legal_review', 'filing', 'validity_after_clean']) expect(ids.has(c), c).toBe(true);
    const refused = await db.k
      .selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'normative_docs.refused')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.some((r) => String(r.afterJson).includes('下一个可用编号'))).toBe(true);
    expect(refused.some((r) => String(r.afterJson).includes('未经合法性审核'))).toBe(true);
    const steps = await db.k
      .selectFrom('workflowStep')
      .select('onDate')
      .where('ledger', '=', 'normative_docs')
      .execute();
    expect(steps.every((s) => s.onDate <= today)).toBe(true);
    const states = await db.k.selectFrom('normativeDoc').select('state').distinct().execute();
    expect(states.map((s) => s.state).sort()).toEqual(
      expect.arrayContaining(['expired', 'filed', 'published', 'repealed', 'soliciting', 'under_review']),
    );
  }, 600_000);
});
