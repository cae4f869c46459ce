// Indicators the normative documents ledger computes (src/shared/indicators.ts), each placing a
// document in a year by the day of the step it counts: 公布 (issued), 合法性审核 (reviewed), 备案
// (filed), 清理 (cleaned), 废止 (repealed); in force: issued on or before the year's last day and not
// ended by then (废止 on or before it, or 有效期 ended before it).

import { type Expression, type SqlBool, sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

type DateColumn = 'publishedOn' | 'reviewedOn' | 'filedOn' | 'cleanedOn';

function scoped(k: Kdb | Tx, paths: readonly string[]) {
  return k.selectFrom('normativeDoc').where((eb) => inOrgSubtree(eb, 'normativeDoc.orgId', paths));
}

/** Documents whose step `column` falls in the year (and, for 废止, whose 清理 repealed them). */
function inYear(k: Kdb | Tx, paths: readonly string[], year: number, column: DateColumn, repealed = false) {
  let q = scoped(k, paths)
    .where(`normativeDoc.${column}`, '>=', `${year}-01-01`)
    .where(`normativeDoc.${column}`, '<=', `${year}-12-31`);
  if (repealed) q = q.where('normativeDoc.state', '=', 'repealed');
  return q;
}

function inForce(k: Kdb | Tx, paths: readonly string[], year: number) {
  const end = `${year}-12-31`;
  return scoped(k, paths)
    .where('normativeDoc.publishedOn', '<=', end)
    .where((eb) =>
      eb.or([eb('normativeDoc.validUntil', 'is', null), eb('normativeDoc.validUntil', '>=', end)]),
    )
    .where((eb) =>
      eb.not(eb.and([eb('normativeDoc.state', '=', 'repealed'), eb('normativeDoc.cleanedOn', '<=', end)])),
    );
}

type Query = ReturnType<typeof scoped>;

async function count(q: Query): Promise<number> {
  const r = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function ids(q: Query, column: DateColumn): Promise<{ type: string; ids: number[] }> {
  const rows = await q
    .select('normativeDoc.id')
    .orderBy(`normativeDoc.${column}`)
    .orderBy('normativeDoc.id')
    .execute();
  return { type: 'normative_doc', ids: rows.map((r) => r.id) };
}

const byStep = (id: string, column: DateColumn, repealed = false): IndicatorDef => ({
  id,
  compute: (k, paths, year) => count(inYear(k, paths, year, column, repealed)),
  drill: (k, paths, year) => ids(inYear(k, paths, year, column, repealed), column),
});

export const NORMATIVE_DOC_INDICATORS: readonly IndicatorDef[] = [
  byStep('normative_docs.issued', 'publishedOn'),
  byStep('normative_docs.reviewed', 'reviewedOn'),
  byStep('normative_docs.filed', 'filedOn'),
  byStep('normative_docs.cleaned', 'cleanedOn'),
  byStep('normative_docs.repealed', 'cleanedOn', true),
  {
    id: 'normative_docs.in_force',
    compute: (k, paths, year) => count(inForce(k, paths, year)),
    drill: (k, paths, year) => ids(inForce(k, paths, year), 'publishedOn'),
  },
];

/** The six in one query over the organisations' documents, each counted by its own condition. */
export const NORMATIVE_DOC_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: NORMATIVE_DOC_INDICATORS.map((d) => d.id),
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'normative_docs.0', paths, year, (year) => {
        const [from, end] = [`${year}-01-01`, `${year}-12-31`];
        return scoped(k, paths).select((eb) => {
          const counted = (cond: Expression<SqlBool>) =>
            eb.fn.count(eb.case().when(cond).then(sql.lit(1)).end());
          const step = (column: DateColumn) =>
            eb.and([eb(`normativeDoc.${column}`, '>=', from), eb(`normativeDoc.${column}`, '<=', end)]);
          return [
            counted(step('publishedOn')).as('issued'),
            counted(step('reviewedOn')).as('reviewed'),
            counted(step('filedOn')).as('filed'),
            counted(step('cleanedOn')).as('cleaned'),
            counted(eb.and([step('cleanedOn'), eb('normativeDoc.state', '=', 'repealed')])).as('repealed'),
            counted(
              eb.and([
                eb('normativeDoc.publishedOn', '<=', end),
                eb.or([eb('normativeDoc.validUntil', 'is', null), eb('normativeDoc.validUntil', '>=', end)]),
                eb.not(
                  eb.and([
                    eb('normativeDoc.state', '=', 'repealed'),
                    eb('normativeDoc.cleanedOn', '<=', end),
                  ]),
                ),
              ]),
            ).as('inForce'),
          ];
        });
      });
      return {
        'normative_docs.issued': Number(r.issued),
        'normative_docs.reviewed': Number(r.reviewed),
        'normative_docs.filed': Number(r.filed),
        'normative_docs.cleaned': Number(r.cleaned),
        'normative_docs.repealed': Number(r.repealed),
        'normative_docs.in_force': Number(r.inForce),
      };
    },
  },
];
