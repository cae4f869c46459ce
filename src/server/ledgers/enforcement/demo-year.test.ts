// The enforcement demo year on each dialect: every township filled, every indicator equal to a raw
// count with its records, and the overdue work, disclosure queue and refusals a real year leaves.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import { parseDocNo } from '../../../shared/doc-number.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii, type Pii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { enforcementLedger as ledger } from './index.ts';
import { disclosureQueue, enforcementAlerts, enterpriseCounts } from './queries.ts';
import { seedEnforcement } from './seeds.ts';

describeEachDialect('enforcement demo year', (ctx) => {
  let pii: Pii;
  let calendar: Calendar;
  let countyPath: string;
  const today = '2026-03-31';

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, today);
    const demo = await loadDemo(db);
    await db.k.transaction().execute((tx) =>
      seedEnforcement({
        ledger,
        tx,
        pii,
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir: ctx().dataDir,
      }),
    );
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    countyPath = county.path;
  }, 240_000);

  it('fills the previous year and this year to date in every township', async () => {
    const k = ctx().db.k;
    const perOrg = await k
      .selectFrom('enforcementCase')
      .select(['orgId', (eb) => eb.fn.countAll().as('n')])
      .groupBy('orgId')
      .execute();
    expect(perOrg.length).toBe(7);
    const latest = await k
      .selectFrom('enforcementCase')
      .select((eb) => eb.fn.max('filedOn').as('d'))
      .executeTakeFirstOrThrow();
    expect(String(latest.d) <= today).toBe(true);
    expect(String(latest.d) >= '2026-03-01').toBe(true);
  });

  it('computes every indicator equal to a raw count, with the records behind it', async () => {
    const k = ctx().db.k;
    const raw = {
      'enforcement.cases': Number(
        (
          await k
            .selectFrom('enforcementCase')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('filedOn', '>=', '2025-01-01')
            .where('filedOn', '<=', '2025-12-31')
            .executeTakeFirstOrThrow()
        ).n,
      ),
      'enforcement.inspections': Number(
        (
          await k
            .selectFrom('enforcementInspection')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('inspectedOn', '>=', '2025-01-01')
            .where('inspectedOn', '<=', '2025-12-31')
            .executeTakeFirstOrThrow()
        ).n,
      ),
    };
    for (const ind of ledger.indicators) {
      const value = await ind.compute(k, [countyPath], 2025);
      const drill = await ind.drill(k, [countyPath], 2025);
      expect(value, ind.id).toBeGreaterThan(0);
      if (ind.id !== 'enforcement.fines') expect(drill.ids.length, ind.id).toBe(value);
      if (ind.id in raw) expect(value, ind.id).toBe(raw[ind.id as keyof typeof raw]);
    }
    expect(raw['enforcement.cases']).toBeGreaterThan(150);
  });

  it('leaves overdue and near-due work, a disclosure queue, warnings and refused attempts', async () => {
    const k = ctx().db.k;
    const open = await k
      .selectFrom('deadline')
      .select(['due', 'deadlineId'])
      .where('ledger', '=', 'enforcement')
      .where('state', '=', 'open')
      .execute();
    expect(open.some((d) => d.due !== null && d.due < today)).toBe(true);
    expect(open.some((d) => d.due !== null && d.due >= today)).toBe(true);
    expect((await disclosureQueue(k, calendar, today, [countyPath])).length).toBeGreaterThan(0);
    const alerts = await enforcementAlerts(k, [countyPath], today);
    expect(alerts.some((a) => a.type === 'officer')).toBe(true);
    const refusals = await k
      .selectFrom('auditEvent')
      .select('afterJson')
      .where('action', '=', 'enforcement.refused')
      .execute();
    const bases = refusals.map((r) => String(r.afterJson)).join('\n');
    expect(bases).toContain('第五十八条');
    expect(bases).toContain('第四十二条');
    expect(bases).toContain('第六十四条');
  });
  it('inspects firms as a real township could: one code per firm, an odd one over the cap (issue 14)', async () => {
    const k = ctx().db.k;
    const counts = await enterpriseCounts(k, [countyPath], 2025);
    const over = counts.filter((e) => e.overCap);
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThanOrEqual(7);
    expect(Math.max(...counts.map((e) => e.count))).toBeLessThanOrEqual(4);
    const parties = await k
      .selectFrom('enforcementCase')
      .select(['partyName as name', 'partyCreditCode as code'])
      .where('partyCreditCode', 'is not', null)
      .execute();
    const inspected = await k
      .selectFrom('enforcementInspection')
      .select(['enterpriseName as name', 'creditCode as code'])
      .execute();
    const codesOf = new Map<string, Set<string>>();
    const namesOf = new Map<string, Set<string>>();
    for (const r of [...parties, ...inspected]) {
      if (!r.code) continue;
      codesOf.set(r.name, (codesOf.get(r.name) ?? new Set()).add(r.code));
      namesOf.set(r.code, (namesOf.get(r.code) ?? new Set()).add(r.name));
    }
    expect([...codesOf].filter(([, c]) => c.size > 1)).toEqual([]);
    expect([...namesOf].filter(([, n]) => n.size > 1)).toEqual([]);
  });

  it('numbers each township’s cases and decisions from 1 each year, none repeated (issue 14)', async () => {
    const rows = await ctx()
      .db.k.selectFrom('enforcementCase')
      .select(['orgId', 'caseNo', 'decisionNo', 'filedOn'])
      .execute();
    for (const field of ['caseNo', 'decisionNo'] as const) {
      const seen = new Map<string, number[]>();
      for (const r of rows) {
        if (!r[field]) continue;
        const p = parseDocNo(r[field]);
        expect(p, String(r[field])).not.toBeNull();
        if (!p) continue;
        const key = `${r.orgId}|${p.prefix}|${p.year}`;
        seen.set(key, [...(seen.get(key) ?? []), p.seq]);
      }
      for (const [key, seqs] of seen) {
        expect(new Set(seqs).size, `${field} ${key}`).toBe(seqs.length);
        // Numbered from 1 with no more gaps than refused decisions leave.
        expect(Math.max(...seqs) - seqs.length, `${field} ${key}`).toBeLessThanOrEqual(3);
      }
    }
    const chengguan = rows.filter((r) => r.caseNo.startsWith('城关综执罚立〔2026〕'));
    expect(chengguan.length).toBeGreaterThan(5);
    const first = chengguan.sort((a, b) => a.filedOn.localeCompare(b.filedOn))[0];
    expect(first.caseNo).toBe('城关综执罚立〔2026〕1号');
  });
});
