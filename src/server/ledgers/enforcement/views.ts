// The enforcement ledger's own read-only views, served under /api/ledgers/enforcement/views:
// the disclosure queue and each enterprise's inspections in a year against the cap.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { disclosureQueue as disclosureQueueResponse, inspectionCounts } from '../../../shared/api/ledgers.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { pathInScope } from '../../db/scope.ts';
import { notFound } from '../../errors.ts';
import { requireActor } from '../../http/auth-hooks.ts';
import { sendTableFile, TABLE_FORMATS, tableFile } from '../../http/table-file.ts';
import type { LedgerDef } from '../contract.ts';
import { assertLedgerAccess, orgPathOf } from '../store.ts';
import { disclosureQueue, enterpriseCounts } from './queries.ts';
import { INSPECTION_CAP } from './rules.ts';

const orgQuery = z.object({ org: z.coerce.number().int().positive().optional() });

export function enforcementViews(ledger: () => LedgerDef): FastifyPluginAsyncZod {
  return async (app) => {
    /** The caller's read scope, narrowed to one organisation in it when asked. */
    const scope = async (actor: ReturnType<typeof requireActor>, org?: number): Promise<string[]> => {
      const paths = assertLedgerAccess(actor, ledger());
      if (org === undefined) return paths;
      const path = await orgPathOf(app.db.k, org);
      if (!path || !pathInScope(path, paths)) throw notFound('机构');
      return [path];
    };

    app.get(
      '/disclosure-queue',
      {
        schema: {
          tags: ['台账'],
          summary: '行政执法决定公开队列：已作出决定、尚待公开的案件及其公开期限',
          querystring: orgQuery,
          response: { 200: disclosureQueueResponse },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const paths = await scope(actor, req.query.org);
        const today = app.clock.today();
        return {
          today,
          items: await disclosureQueue(app.db.k, await loadCalendar(app.db, today), today, paths),
        };
      },
    );

    app.get(
      '/inspection-counts',
      {
        schema: {
          tags: ['台账'],
          summary: '涉企检查：每家企业当年被检查次数及超过上限的预警',
          querystring: orgQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: inspectionCounts },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const paths = await scope(actor, req.query.org);
        const year = req.query.year ?? Number(app.clock.today().slice(0, 4));
        const items = await enterpriseCounts(app.db.k, paths, year);
        return { year, cap: INSPECTION_CAP.perYear, basis: INSPECTION_CAP.basis, items };
      },
    );

    // 涉企检查统计 as a file, with the same year and organisation.
    for (const format of TABLE_FORMATS) {
      app.get(
        `/inspection-counts/export.${format}`,
        {
          schema: {
            tags: ['台账'],
            summary: `导出涉企检查统计 ${format.toUpperCase()}`,
            querystring: orgQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          },
        },
        async (req, reply) => {
          const actor = requireActor(req);
          const paths = await scope(actor, req.query.org);
          const year = req.query.year ?? Number(app.clock.today().slice(0, 4));
          const items = await enterpriseCounts(app.db.k, paths, year);
          const name = `${year}年涉企检查统计`;
          const table = {
            header: ['检查对象', '统一社会信用代码', '检查次数', '年度上限', '是否超过上限', '最近检查日期'],
            rows: items.map((e) => [
              e.enterpriseName,
              e.creditCode ?? '',
              e.count,
              e.cap,
              e.overCap ? '超过上限' : '未超过',
              e.lastInspectedOn,
            ]),
          };
          return sendTableFile(reply, format, name, await tableFile(format, name, table));
        },
      );
    }
  };
}
