// Indicators the disclosure ledger computes (src/shared/indicators.ts): items published in the year
// (发布日期) and requests received in the year (收到申请之日) — each openable to its records.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';

const published = (k: Kdb | Tx, paths: readonly string[], year: number) =>
  k
    .selectFrom('disclosureItem')
    .where((eb) => inOrgSubtree(eb, 'disclosureItem.orgId', paths))
    .where('disclosureItem.state', '=', 'published')
    .where('disclosureItem.publishedOn', '>=', `${year}-01-01`)
    .where('disclosureItem.publishedOn', '<=', `${year}-12-31`);

const received = (k: Kdb | Tx, paths: readonly string[], year: number) =>
  k
    .selectFrom('disclosureRequest')
    .where((eb) => inOrgSubtree(eb, 'disclosureRequest.orgId', paths))
    .where('disclosureRequest.receivedOn', '>=', `${year}-01-01`)
    .where('disclosureRequest.receivedOn', '<=', `${year}-12-31`);

export const DISCLOSURE_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'disclosure.published',
    compute: async (k, paths, year) =>
      Number(
        (
          await indicatorRow(k, 'disclosure.published', paths, year, (year) =>
            published(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
          )
        ).n,
      ),
    drill: async (k, paths, year) => ({
      type: 'disclosure_item',
      ids: (
        await published(k, paths, year)
          .select('disclosureItem.id')
          .orderBy('disclosureItem.publishedOn')
          .orderBy('disclosureItem.id')
          .execute()
      ).map((r) => r.id),
    }),
  },
  {
    id: 'disclosure.requests',
    compute: async (k, paths, year) =>
      Number(
        (
          await indicatorRow(k, 'disclosure.requests', paths, year, (year) =>
            received(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
          )
        ).n,
      ),
    drill: async (k, paths, year) => ({
      type: 'disclosure_request',
      ids: (
        await received(k, paths, year)
          .select('disclosureRequest.id')
          .orderBy('disclosureRequest.receivedOn')
          .orderBy('disclosureRequest.id')
          .execute()
      ).map((r) => r.id),
    }),
  },
];
