// Indicators the decisions ledger computes (src/shared/indicators.ts), each openable to its records:
// decisions made in the year (决定日期), those made after a public comment period, legality reviews
// completed in the year (审查日期), post-decision evaluations (评估日期), and the public comments
// received in the year (收到日期) and adopted in whole or in part.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

type DecisionDate = 'decidedOn' | 'reviewedOn' | 'evaluatedOn';

function decisions(k: Kdb | Tx, paths: readonly string[], year: number, by: DecisionDate) {
  return k
    .selectFrom('decision')
    .where((eb) => inOrgSubtree(eb, 'decision.orgId', paths))
    .where(`decision.${by}`, '>=', `${year}-01-01`)
    .where(`decision.${by}`, '<=', `${year}-12-31`);
}

type DecisionQuery = ReturnType<typeof decisions>;

function comments(k: Kdb | Tx, paths: readonly string[], year: number, adopted: boolean) {
  let q = k
    .selectFrom('decisionComment')
    .where((eb) => inOrgSubtree(eb, 'decisionComment.orgId', paths))
    .where('decisionComment.receivedOn', '>=', `${year}-01-01`)
    .where('decisionComment.receivedOn', '<=', `${year}-12-31`);
  if (adopted) q = q.where('decisionComment.adoption', 'in', ['adopted', 'partial']);
  return q;
}

function decisionIndicator(
  id: string,
  by: DecisionDate,
  narrow: (q: DecisionQuery) => DecisionQuery = (q) => q,
): IndicatorDef {
  return {
    id,
    compute: async (k, paths, year) => {
      const r = await narrow(decisions(k, paths, year, by))
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await narrow(decisions(k, paths, year, by))
        .select('decision.id')
        .orderBy(`decision.${by}`)
        .orderBy('decision.id')
        .execute();
      return { type: 'decision', ids: rows.map((r) => r.id) };
    },
  };
}

function commentIndicator(id: string, adopted: boolean): IndicatorDef {
  return {
    id,
    compute: async (k, paths, year) => {
      const r = await comments(k, paths, year, adopted)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await comments(k, paths, year, adopted)
        .select('decisionComment.id')
        .orderBy('decisionComment.receivedOn')
        .orderBy('decisionComment.id')
        .execute();
      return { type: 'comment', ids: rows.map((r) => r.id) };
    },
  };
}

export const DECISION_INDICATORS: readonly IndicatorDef[] = [
  decisionIndicator('decisions.total', 'decidedOn'),
  decisionIndicator('decisions.participation', 'decidedOn', (q) =>
    q.where('decision.commentFrom', 'is not', null),
  ),
  decisionIndicator('decisions.legality_reviewed', 'reviewedOn', (q) =>
    q.where('decision.reviewConclusion', 'is not', null),
  ),
  decisionIndicator('decisions.post_evaluated', 'evaluatedOn'),
  commentIndicator('decisions.comments', false),
  commentIndicator('decisions.comments_adopted', true),
];

/**
 * Two queries instead of six: the organisations' decisions with a date of the year, each indicator
 * counted by its own date and condition; the comments received in the year, all and adopted.
 */
export const DECISION_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: [
      'decisions.total',
      'decisions.participation',
      'decisions.legality_reviewed',
      'decisions.post_evaluated',
    ],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'decisions.0', paths, year, (year) => {
        const [from, to] = [`${year}-01-01`, `${year}-12-31`];
        return k
          .selectFrom('decision')
          .where((eb) => inOrgSubtree(eb, 'decision.orgId', paths))
          .where((eb) =>
            eb.or(
              (['decidedOn', 'reviewedOn', 'evaluatedOn'] as const).map((by) =>
                eb.and([eb(`decision.${by}`, '>=', from), eb(`decision.${by}`, '<=', to)]),
              ),
            ),
          )
          .select((eb) => {
            const counted = (cond: Expression<SqlBool>) =>
              eb.fn.count(eb.case().when(cond).then(sql.lit(1)).end());
            const on = (by: DecisionDate) => [
              eb(`decision.${by}`, '>=', from),
              eb(`decision.${by}`, '<=', to),
            ];
            return [
              counted(eb.and(on('decidedOn'))).as('total'),
              counted(eb.and([...on('decidedOn'), eb('decision.commentFrom', 'is not', null)])).as(
                'participation',
              ),
              counted(eb.and([...on('reviewedOn'), eb('decision.reviewConclusion', 'is not', null)])).as(
                'reviewed',
              ),
              counted(eb.and(on('evaluatedOn'))).as('evaluated'),
            ];
          });
      });
      return {
        'decisions.total': Number(r.total),
        'decisions.participation': Number(r.participation),
        'decisions.legality_reviewed': Number(r.reviewed),
        'decisions.post_evaluated': Number(r.evaluated),
      };
    },
  },
  {
    ids: ['decisions.comments', 'decisions.comments_adopted'],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'decisions.1', paths, year, (year) =>
        comments(k, paths, year, false).select((eb) => [
          eb.fn.countAll().as('received'),
          eb.fn
            .count(
              eb.case().when('decisionComment.adoption', 'in', ['adopted', 'partial']).then(sql.lit(1)).end(),
            )
            .as('adopted'),
        ]),
      );
      return {
        'decisions.comments': Number(r.received),
        'decisions.comments_adopted': Number(r.adopted),
      };
    },
  },
];
