// Indicators the publicity ledger computes (src/shared/indicators.ts), each openable to its records:
// activities of the year (宣传活动 counts every activity but new-media posts, which are counted as
// posts), 宣讲 and 讲座, the sums of materials, audience, banners, posts and consultations, and the
// 法律明白人 on the roster at the end of the year.
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef } from '../contract.ts';
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
          await roster(k, paths, year)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    drill: async (k, paths, year) => ({
      type: 'liaison',
      ids: (await roster(k, paths, year).select('l.id').orderBy('l.id').execute()).map((r) => r.id),
    }),
  },
];
