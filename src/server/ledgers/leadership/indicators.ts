// Indicators the leadership ledger computes (src/shared/indicators.ts), each openable to its records:
// the meetings at which the party committee or the government studied rule-of-law work or heard a
// briefing on it, and the principal leaders' 述法.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

function meetings(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('leadershipMeeting')
    .where((eb) => inOrgSubtree(eb, 'leadershipMeeting.orgId', paths))
    .where('leadershipMeeting.heldOn', '>=', `${year}-01-01`)
    .where('leadershipMeeting.heldOn', '<=', `${year}-12-31`);
}

function shufa(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('leadershipShufa')
    .where((eb) => inOrgSubtree(eb, 'leadershipShufa.orgId', paths))
    .where('leadershipShufa.heldOn', '>=', `${year}-01-01`)
    .where('leadershipShufa.heldOn', '<=', `${year}-12-31`);
}

export const LEADERSHIP_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'leadership.meetings',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'leadership.meetings', paths, year, (year) =>
        meetings(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await meetings(k, paths, year)
        .select('leadershipMeeting.id')
        .orderBy('leadershipMeeting.heldOn')
        .orderBy('leadershipMeeting.id')
        .execute();
      return { type: 'meeting', ids: rows.map((r) => r.id) };
    },
  },
  {
    id: 'leadership.shufa',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'leadership.shufa', paths, year, (year) =>
        shufa(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await shufa(k, paths, year)
        .select('leadershipShufa.id')
        .orderBy('leadershipShufa.heldOn')
        .orderBy('leadershipShufa.id')
        .execute();
      return { type: 'shufa', ids: rows.map((r) => r.id) };
    },
  },
];
