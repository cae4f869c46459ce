// Indicators the legal advisor ledger computes (src/shared/indicators.ts), each openable to its
// records: advisors engaged in the year, contracts reviewed, major decisions reviewed, and the
// consultations answered. Tasks count in the year they were sent (交办日期) once answered.
import { sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

/** Advisors whose contract period overlaps the year (engaged at some time in it). */
function advisorsOf(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('legalAdvisor')
    .where((eb) => inOrgSubtree(eb, 'legalAdvisor.orgId', paths))
    .where('legalAdvisor.contractFrom', '<=', `${year}-12-31`)
    .where('legalAdvisor.contractTo', '>=', `${year}-01-01`)
    .where((eb) =>
      eb.or([eb('legalAdvisor.endedOn', 'is', null), eb('legalAdvisor.endedOn', '>=', `${year}-01-01`)]),
    );
}

function answered(k: Kdb | Tx, paths: readonly string[], year: number, kinds: readonly string[]) {
  return k
    .selectFrom('advisorTask')
    .where((eb) => inOrgSubtree(eb, 'advisorTask.orgId', paths))
    .where('advisorTask.state', '=', 'answered')
    .where('advisorTask.kind', 'in', [...kinds])
    .where('advisorTask.sentOn', '>=', `${year}-01-01`)
    .where('advisorTask.sentOn', '<=', `${year}-12-31`);
}

function taskIndicator(id: string, kinds: readonly string[]): IndicatorDef {
  return {
    id,
    compute: async (k, paths, year) => {
      const r = await answered(k, paths, year, kinds)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await answered(k, paths, year, kinds)
        .select('advisorTask.id')
        .orderBy('advisorTask.sentOn')
        .orderBy('advisorTask.id')
        .execute();
      return { type: 'task', ids: rows.map((r) => r.id) };
    },
  };
}

export const ADVISOR_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'advisor.count',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'advisor.count', paths, year, (year) =>
        advisorsOf(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await advisorsOf(k, paths, year)
        .select('legalAdvisor.id')
        .orderBy('legalAdvisor.contractFrom')
        .orderBy('legalAdvisor.id')
        .execute();
      return { type: 'advisor', ids: rows.map((r) => r.id) };
    },
  },
  taskIndicator('advisor.contracts_reviewed', ['contract']),
  taskIndicator('advisor.decisions', ['decision']),
  taskIndicator('advisor.consultations', ['consultation']),
];

/** The three kinds of answered tasks in one query; the advisors are one query of their own. */
export const ADVISOR_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: ['advisor.contracts_reviewed', 'advisor.decisions', 'advisor.consultations'],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'advisor.0', paths, year, (year) =>
        answered(k, paths, year, ['contract', 'decision', 'consultation']).select((eb) => {
          const ofKind = (kind: string) =>
            eb.fn.count(eb.case().when('advisorTask.kind', '=', kind).then(sql.lit(1)).end());
          return [
            ofKind('contract').as('contracts'),
            ofKind('decision').as('decisions'),
            ofKind('consultation').as('consultations'),
          ];
        }),
      );
      return {
        'advisor.contracts_reviewed': Number(r.contracts),
        'advisor.decisions': Number(r.decisions),
        'advisor.consultations': Number(r.consultations),
      };
    },
  },
];
