// The supervision ledger's own read-only view, under /api/ledgers/supervision/views: the county's
// count of its notices per organisation for a year — issued, answered by the 办理期限 (the clock
// `reply_due` met), overdue (answered late, or unanswered past the date on the app's today) and
// still open — in the actor's reading scope.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { supervisionSummary } from '../../../shared/api/supervision.ts';
import type { Kdb } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import { requireActor } from '../../http/auth-hooks.ts';
import type { LedgerDef } from '../contract.ts';
import { assertLedgerAccess } from '../store.ts';

type Counts = { issued: number; onTime: number; overdue: number; open: number };
const zero = (): Counts => ({ issued: 0, onTime: 0, overdue: 0, open: 0 });

export async function summarise(k: Kdb, paths: readonly string[], year: number, today: string) {
  const rows = await k
    .selectFrom('supervisionNotice as n')
    .innerJoin('org', 'org.id', 'n.orgId')
    .leftJoin('deadline as d', (j) =>
      j
        .onRef('d.recordId', '=', 'n.id')
        .on('d.ledger', '=', 'supervision')
        .on('d.recordType', '=', 'notice')
        .on('d.deadlineId', '=', 'reply_due'),
    )
    .select(['n.orgId', 'org.name as orgName', 'n.state', 'n.dueOn', 'd.state as clock'])
    .where((eb) => inOrgSubtree(eb, 'n.orgId', paths))
    .where('n.issuedOn', '>=', `${year}-01-01`)
    .where('n.issuedOn', '<=', `${year}-12-31`)
    .orderBy('org.path')
    .execute();
  const total = zero();
  const byOrg = new Map<number, Counts & { orgId: number; orgName: string }>();
  for (const r of rows) {
    const c = byOrg.get(r.orgId) ?? { orgId: r.orgId, orgName: r.orgName, ...zero() };
    byOrg.set(r.orgId, c);
    const unanswered = r.state === 'issued' || r.state === 'returned';
    const add: Counts = {
      issued: 1,
      onTime: r.clock === 'met' ? 1 : 0,
      // answered after the date, or (first time or after a return) still unanswered past it
      overdue: r.clock === 'overdue_met' || (unanswered && r.dueOn < today) ? 1 : 0,
      open: r.state === 'closed' ? 0 : 1,
    };
    for (const key of Object.keys(add) as (keyof Counts)[]) {
      c[key] += add[key];
      total[key] += add[key];
    }
  }
  return { year, today, total, items: [...byOrg.values()] };
}

export function supervisionViews(ledger: () => LedgerDef): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/summary',
      {
        schema: {
          tags: ['台账'],
          summary: '督办统计：各单位督办通知的下发、按期回复、逾期和未办结件数',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: supervisionSummary },
        },
      },
      async (req) => {
        const paths = assertLedgerAccess(requireActor(req), ledger());
        const today = app.clock.today();
        return summarise(app.db.k, paths, req.query.year ?? Number(today.slice(0, 4)), today);
      },
    );
  };
}
