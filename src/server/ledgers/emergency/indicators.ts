// Indicators the emergency ledger computes (src/shared/indicators.ts), each openable to its records:
// plans made or revised in the year (印发 or 修订印发 that year), drills held and their participants,
// and events handled (by 发生日期).
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

const first = (year: number) => `${year}-01-01`;
const last = (year: number) => `${year}-12-31`;

/** Plans published, or republished after a revision, in the year (废止 ones included: they were made). */
function plans(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('emergencyPlan')
    .where((eb) => inOrgSubtree(eb, 'emergencyPlan.orgId', paths))
    .where((eb) =>
      eb.or([
        eb.and([
          eb('emergencyPlan.publishedOn', '>=', first(year)),
          eb('emergencyPlan.publishedOn', '<=', last(year)),
        ]),
        eb.and([
          eb('emergencyPlan.lastRevisedOn', '>=', first(year)),
          eb('emergencyPlan.lastRevisedOn', '<=', last(year)),
        ]),
      ]),
    );
}

function drills(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('emergencyDrill')
    .where((eb) => inOrgSubtree(eb, 'emergencyDrill.orgId', paths))
    .where('emergencyDrill.heldOn', '>=', first(year))
    .where('emergencyDrill.heldOn', '<=', last(year));
}

function events(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('emergencyEvent')
    .where((eb) => inOrgSubtree(eb, 'emergencyEvent.orgId', paths))
    .where('emergencyEvent.occurredOn', '>=', first(year))
    .where('emergencyEvent.occurredOn', '<=', last(year));
}

async function drillIds(k: Kdb | Tx, paths: readonly string[], year: number) {
  const rows = await drills(k, paths, year)
    .select('emergencyDrill.id')
    .orderBy('emergencyDrill.heldOn')
    .orderBy('emergencyDrill.id')
    .execute();
  return { type: 'drill', ids: rows.map((r) => r.id) };
}

export const EMERGENCY_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'emergency.plans',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'emergency.plans', paths, year, (year) =>
        plans(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await plans(k, paths, year)
        .select('emergencyPlan.id')
        .orderBy('emergencyPlan.id')
        .execute();
      return { type: 'plan', ids: rows.map((r) => r.id) };
    },
  },
  {
    id: 'emergency.drills',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'emergency.drills', paths, year, (year) =>
        drills(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: drillIds,
  },
  {
    // 参演人员 (人次): the participants of the year's drills added up.
    id: 'emergency.drill_participants',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'emergency.drill_participants', paths, year, (year) =>
        drills(k, paths, year).select((eb) => eb.fn.sum<number>('emergencyDrill.participants').as('n')),
      );
      return Number(r.n ?? 0);
    },
    drill: drillIds,
  },
  {
    id: 'emergency.events',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'emergency.events', paths, year, (year) =>
        events(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await events(k, paths, year)
        .select('emergencyEvent.id')
        .orderBy('emergencyEvent.occurredOn')
        .orderBy('emergencyEvent.id')
        .execute();
      return { type: 'event', ids: rows.map((r) => r.id) };
    },
  },
];

/** The drills held and their participants in one query; plans and events are one query per table. */
export const EMERGENCY_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: ['emergency.drills', 'emergency.drill_participants'],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'emergency.0', paths, year, (year) =>
        drills(k, paths, year).select((eb) => [
          eb.fn.countAll().as('drills'),
          eb.fn.sum<number>('emergencyDrill.participants').as('participants'),
        ]),
      );
      return {
        'emergency.drills': Number(r.drills),
        'emergency.drill_participants': Number(r.participants ?? 0),
      };
    },
  },
];
