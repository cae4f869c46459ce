// Indicators the disputes ledger computes (src/shared/indicators.ts): disputes accepted in the year
// (受理日期), those mediated successfully, and the success rate — each openable to its records.

import { sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

function ofYear(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('dispute')
    .where((eb) => inOrgSubtree(eb, 'dispute.orgId', paths))
    .where('dispute.acceptedOn', '>=', `${year}-01-01`)
    .where('dispute.acceptedOn', '<=', `${year}-12-31`);
}

async function count(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
  succeeded: boolean,
): Promise<number> {
  let q = ofYear(k, paths, year);
  if (succeeded) q = q.where('dispute.state', '=', 'succeeded');
  const r = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function ids(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
  succeeded: boolean,
): Promise<number[]> {
  let q = ofYear(k, paths, year);
  if (succeeded) q = q.where('dispute.state', '=', 'succeeded');
  const rows = await q.select('dispute.id').orderBy('dispute.acceptedOn').orderBy('dispute.id').execute();
  return rows.map((r) => r.id);
}

export const DISPUTE_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'disputes.total',
    compute: (k, paths, year) => count(k, paths, year, false),
    drill: async (k, paths, year) => ({ type: 'dispute', ids: await ids(k, paths, year, false) }),
  },
  {
    id: 'disputes.resolved',
    compute: (k, paths, year) => count(k, paths, year, true),
    drill: async (k, paths, year) => ({ type: 'dispute', ids: await ids(k, paths, year, true) }),
  },
  {
    // 调解成功率 = 调解成功件数 ÷ 受理件数 × 100, one decimal (the way the reports state it).
    id: 'disputes.success_rate',
    compute: async (k, paths, year) => {
      const total = await count(k, paths, year, false);
      if (total === 0) return 0;
      return Math.round((1000 * (await count(k, paths, year, true))) / total) / 10;
    },
    drill: async (k, paths, year) => ({ type: 'dispute', ids: await ids(k, paths, year, false) }),
  },
];

/** The three in one query: the year's disputes counted, those mediated successfully among them. */
export const DISPUTE_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: ['disputes.total', 'disputes.resolved', 'disputes.success_rate'],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'disputes.0', paths, year, (year) =>
        ofYear(k, paths, year).select((eb) => [
          eb.fn.countAll().as('total'),
          eb.fn
            .count(eb.case().when('dispute.state', '=', 'succeeded').then(sql.lit(1)).end())
            .as('resolved'),
        ]),
      );
      const total = Number(r.total);
      const resolved = Number(r.resolved);
      return {
        'disputes.total': total,
        'disputes.resolved': resolved,
        'disputes.success_rate': total === 0 ? 0 : Math.round((1000 * resolved) / total) / 10,
      };
    },
  },
];
