// Indicators the reconsideration and litigation ledger computes (src/shared/indicators.ts), each
// openable to its records. A case belongs to the year its copy was received (收到副本日期):
// - reconsideration.cases, litigation.cases: the cases of the year (every instance of a lawsuit is
//   a case, as the courts count them);
// - litigation.appearance_rate: of the year's lawsuits that were heard (开庭), those where a
//   负责人 appeared (出庭应诉), × 100;
// - litigation.loss_rate: of the year's lawsuits that are closed (审结), those lost (败诉: the act
//   revoked, varied, declared illegal or void, or the township ordered to perform or pay), × 100.

import { type Expression, type SqlBool, sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';
import { LITIGATION_TYPES, LOSSES } from './labels.ts';

type Subset = 'reconsideration' | 'litigation' | 'heard' | 'appeared' | 'closed' | 'lost';

function ofYear(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('reviewCase')
    .where((eb) => inOrgSubtree(eb, 'reviewCase.orgId', paths))
    .where('reviewCase.receivedOn', '>=', `${year}-01-01`)
    .where('reviewCase.receivedOn', '<=', `${year}-12-31`);
}

function query(k: Kdb | Tx, paths: readonly string[], year: number, subset: Subset) {
  let q = ofYear(k, paths, year);
  if (subset === 'reconsideration') return q.where('reviewCase.caseType', '=', 'reconsideration');
  q = q.where('reviewCase.caseType', 'in', LITIGATION_TYPES);
  if (subset === 'heard') q = q.where('reviewCase.hearingOn', 'is not', null);
  if (subset === 'appeared')
    q = q.where('reviewCase.hearingOn', 'is not', null).where('reviewCase.leaderAppeared', '=', 1);
  if (subset === 'closed') q = q.where('reviewCase.state', '=', 'closed');
  if (subset === 'lost')
    q = q.where('reviewCase.state', '=', 'closed').where('reviewCase.courtOutcome', 'in', LOSSES);
  return q;
}

async function count(k: Kdb | Tx, paths: readonly string[], year: number, subset: Subset): Promise<number> {
  const r = await query(k, paths, year, subset)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function drill(k: Kdb | Tx, paths: readonly string[], year: number, subset: Subset) {
  const rows = await query(k, paths, year, subset)
    .select('reviewCase.id')
    .orderBy('reviewCase.receivedOn')
    .orderBy('reviewCase.id')
    .execute();
  return { type: 'review_case', ids: rows.map((r) => r.id) };
}

/** part ÷ whole × 100 with one decimal, the way reports state a rate; 0 when there is no whole. */
async function rate(k: Kdb | Tx, paths: readonly string[], year: number, part: Subset, whole: Subset) {
  const total = await count(k, paths, year, whole);
  if (total === 0) return 0;
  return Math.round((1000 * (await count(k, paths, year, part))) / total) / 10;
}

export const REVIEW_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'litigation.cases',
    compute: (k, paths, year) => count(k, paths, year, 'litigation'),
    drill: (k, paths, year) => drill(k, paths, year, 'litigation'),
  },
  {
    id: 'litigation.appearance_rate',
    compute: (k, paths, year) => rate(k, paths, year, 'appeared', 'heard'),
    drill: (k, paths, year) => drill(k, paths, year, 'heard'),
  },
  {
    id: 'litigation.loss_rate',
    compute: (k, paths, year) => rate(k, paths, year, 'lost', 'closed'),
    drill: (k, paths, year) => drill(k, paths, year, 'closed'),
  },
  {
    id: 'reconsideration.cases',
    compute: (k, paths, year) => count(k, paths, year, 'reconsideration'),
    drill: (k, paths, year) => drill(k, paths, year, 'reconsideration'),
  },
];

const rateOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** The four in one query: the year's cases counted by each subset the indicators use. */
export const REVIEW_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: REVIEW_INDICATORS.map((d) => d.id),
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'review_litigation.0', paths, year, (year) =>
        ofYear(k, paths, year).select((eb) => {
          const counted = (cond: Expression<SqlBool>) =>
            eb.fn.count(eb.case().when(cond).then(sql.lit(1)).end());
          const litigation = eb('reviewCase.caseType', 'in', LITIGATION_TYPES);
          const heard = eb.and([litigation, eb('reviewCase.hearingOn', 'is not', null)]);
          const closed = eb.and([litigation, eb('reviewCase.state', '=', 'closed')]);
          return [
            counted(eb('reviewCase.caseType', '=', 'reconsideration')).as('reconsideration'),
            counted(litigation).as('litigation'),
            counted(heard).as('heard'),
            counted(eb.and([heard, eb('reviewCase.leaderAppeared', '=', 1)])).as('appeared'),
            counted(closed).as('closed'),
            counted(eb.and([closed, eb('reviewCase.courtOutcome', 'in', LOSSES)])).as('lost'),
          ];
        }),
      );
      const n = (v: unknown) => Number(v);
      return {
        'litigation.cases': n(r.litigation),
        'litigation.appearance_rate': rateOf(n(r.appeared), n(r.heard)),
        'litigation.loss_rate': rateOf(n(r.lost), n(r.closed)),
        'reconsideration.cases': n(r.reconsideration),
      };
    },
  },
];
