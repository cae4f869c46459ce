// Indicators the publicity ledger computes (src/shared/indicators.ts), each openable to its records:
// activities of the year (宣传活动 counts every activity but new-media posts, which are counted as
// posts), 宣讲 and 讲座, the sums of materials, audience, banners, posts and consultations, and the
// 法律明白人 on the roster at the end of the year.
import { sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';
import { TALK_KINDS } from './labels.ts';

type Sum = 'audience' | 'materials' | 'banners' | 'onlinePosts' | 'consultations';

function activities(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('publicityActivity as a')
    .where((eb) => inOrgSubtree(eb, 'a.orgId', paths))
    .where('a.heldOn', '>=', `${year}-01-01`)
    .where('a.heldOn', '<=', `${year}-12-31`);
}

const countOf = async (q: ReturnType<typeof activities>) =>
  Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const idsOf = async (q: ReturnType<typeof activities>) => ({
  type: 'activity',
  ids: (await q.select('a.id').orderBy('a.heldOn').orderBy('a.id').execute()).map((r) => r.id),
});

function counted(
  id: string,
  narrow: (q: ReturnType<typeof activities>) => ReturnType<typeof activities>,
): IndicatorDef {
  return {
    id,
    compute: (k, paths, year) => countOf(narrow(activities(k, paths, year))),
    drill: (k, paths, year) => idsOf(narrow(activities(k, paths, year))),
  };
}

function summed(id: string, column: Sum): IndicatorDef {
  return {
    id,
    compute: async (k, paths, year) => {
      const r = await activities(k, paths, year)
        .select((eb) => eb.fn.sum<number>(`a.${column}`).as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n ?? 0);
    },
    drill: (k, paths, year) => idsOf(activities(k, paths, year).where(`a.${column}`, '>', 0)),
  };
}

/** On the roster on 31 December: confirmed by then and not left by then. */
function roster(k: Kdb | Tx, paths: readonly string[], year: number) {
  const end = `${year}-12-31`;
  return k
    .selectFrom('legalLiaison as l')
    .where((eb) => inOrgSubtree(eb, 'l.orgId', paths))
    .where('l.appointedOn', '<=', end)
    .where((eb) => eb.or([eb('l.leftOn', 'is', null), eb('l.leftOn', '>', end)]));
}

export const PUBLICITY_INDICATORS: readonly IndicatorDef[] = [
  counted('publicity.events', (q) => q.where('a.kind', '!=', 'online')),
  counted('publicity.talks', (q) => q.where('a.kind', 'in', [...TALK_KINDS])),
  summed('publicity.materials', 'materials'),
  summed('publicity.audience', 'audience'),
  summed('publicity.banners', 'banners'),
  summed('publicity.online_posts', 'onlinePosts'),
  summed('publicity.consultations', 'consultations'),
  {
    id: 'publicity.legal_liaisons',
    compute: async (k, paths, year) =>
      Number(
        (
          await indicatorRow(k, 'publicity.legal_liaisons', paths, year, (year) =>
            roster(k, paths, year).select((eb) => eb.fn.countAll().as('n')),
          )
        ).n,
      ),
    drill: async (k, paths, year) => ({
      type: 'liaison',
      ids: (await roster(k, paths, year).select('l.id').orderBy('l.id').execute()).map((r) => r.id),
    }),
  },
];

/** The seven indicators of the year's activities in one query; the roster is one query of its own. */
export const PUBLICITY_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: [
      'publicity.events',
      'publicity.talks',
      'publicity.materials',
      'publicity.audience',
      'publicity.banners',
      'publicity.online_posts',
      'publicity.consultations',
    ],
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'publicity.0', paths, year, (year) =>
        activities(k, paths, year).select((eb) => [
          eb.fn.count(eb.case().when('a.kind', '!=', 'online').then(sql.lit(1)).end()).as('events'),
          eb.fn
            .count(
              eb
                .case()
                .when('a.kind', 'in', [...TALK_KINDS])
                .then(sql.lit(1))
                .end(),
            )
            .as('talks'),
          eb.fn.sum<number>('a.materials').as('materials'),
          eb.fn.sum<number>('a.audience').as('audience'),
          eb.fn.sum<number>('a.banners').as('banners'),
          eb.fn.sum<number>('a.onlinePosts').as('onlinePosts'),
          eb.fn.sum<number>('a.consultations').as('consultations'),
        ]),
      );
      return {
        'publicity.events': Number(r.events),
        'publicity.talks': Number(r.talks),
        'publicity.materials': Number(r.materials ?? 0),
        'publicity.audience': Number(r.audience ?? 0),
        'publicity.banners': Number(r.banners ?? 0),
        'publicity.online_posts': Number(r.onlinePosts ?? 0),
        'publicity.consultations': Number(r.consultations ?? 0),
      };
    },
  },
];
