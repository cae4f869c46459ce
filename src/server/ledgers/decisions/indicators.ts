// Indicators the decisions ledger computes (src/shared/indicators.ts), each openable to its records:
// decisions made in the year (决定日期), those made after a public comment period, legality reviews
// completed in the year (审查日期), post-decision evaluations (评估日期), and the public comments
// received in the year (收到日期) and adopted in whole or in part.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';

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
