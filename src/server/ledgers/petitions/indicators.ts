// Indicators the petitions ledger computes (src/shared/indicators.ts): petitions registered in the
// year (登记日期) and hotline tickets dispatched to the township in the year (派单日期), leaving out
// the tickets it returned as outside its duties — each openable to its records.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

function petitions(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('petition')
    .where((eb) => inOrgSubtree(eb, 'petition.orgId', paths))
    .where('petition.receivedOn', '>=', `${year}-01-01`)
    .where('petition.receivedOn', '<=', `${year}-12-31`);
}

function tickets(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('hotlineTicket')
    .where((eb) => inOrgSubtree(eb, 'hotlineTicket.orgId', paths))
    .where('hotlineTicket.receivedOn', '>=', `${year}-01-01`)
    .where('hotlineTicket.receivedOn', '<=', `${year}-12-31`)
    .where('hotlineTicket.state', '!=', 'returned');
}

export const PETITION_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'petitions.total',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'petitions.total', paths, year, (year) =>
        petitions(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await petitions(k, paths, year)
        .select('petition.id')
        .orderBy('petition.receivedOn')
        .orderBy('petition.id')
        .execute();
      return { type: 'petition', ids: rows.map((r) => r.id) };
    },
  },
  {
    id: 'hotline.total',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'hotline.total', paths, year, (year) =>
        tickets(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
      );
      return Number(r.n);
    },
    drill: async (k, paths, year) => {
      const rows = await tickets(k, paths, year)
        .select('hotlineTicket.id')
        .orderBy('hotlineTicket.receivedOn')
        .orderBy('hotlineTicket.id')
        .execute();
      return { type: 'ticket', ids: rows.map((r) => r.id) };
    },
  },
];
