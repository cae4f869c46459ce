// Indicators the disputes ledger computes (src/shared/indicators.ts): disputes accepted in the year
// (受理日期), those mediated successfully, and the success rate — each openable to its records.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';

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
