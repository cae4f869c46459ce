// GET /api/indicators and /api/indicators/:id/records: the ledgers' indicators and their drill-down.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  indicatorRecords as indicatorRecordsSchema,
  indicatorValues as indicatorValuesSchema,
} from '../../shared/api/indicators.ts';
import { piiFor } from '../core/pii.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { exactJson } from '../http/serializer.ts';
import { sendTableFile, TABLE_FORMATS, tableFile } from '../http/table-file.ts';
import { findLedger } from '../ledgers/registry.ts';
import { indicatorRecords, indicatorValues } from './indicators.ts';

const TAG = ['指标'];
const indicatorQuery = z.object({
  org: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const thisYear = () => Number(app.clock.today().slice(0, 4));

  app.get(
    '/indicators',
    {
      schema: {
        tags: TAG,
        summary: '某机构某年度的台账指标',
        querystring: indicatorQuery,
        // indicatorValues builds exactly the schema: no zod encoding (checked in tests).
        response: { 200: exactJson(indicatorValuesSchema) },
      },
    },
    async (req) =>
      indicatorValues(app.db.k, requireActor(req), {
        org: req.query.org,
        year: req.query.year ?? thisYear(),
      }),
  );

  app.get(
    '/indicators/:id/records',
    {
      schema: {
        tags: TAG,
        summary: '指标所计记录',
        params: z.object({ id: z.string().max(60) }),
        querystring: indicatorQuery.extend({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: indicatorRecordsSchema },
      },
    },
    async (req) =>
      indicatorRecords(
        app.db.k,
        requireActor(req),
        req.params.id,
        { ...req.query, year: req.query.year ?? thisYear() },
        piiFor({ secret: app.config.secret, dataDir: app.config.dataDir }),
      ),
  );

  // 工作指标 as a file: the ledger, the indicator, its value and unit, for the organisation and year.
  for (const format of TABLE_FORMATS) {
    app.get(
      `/indicators/export.${format}`,
      { schema: { tags: TAG, summary: `导出工作指标 ${format.toUpperCase()}`, querystring: indicatorQuery } },
      async (req, reply) => {
        const actor = requireActor(req);
        const year = req.query.year ?? thisYear();
        const { items } = await indicatorValues(app.db.k, actor, { org: req.query.org, year });
        const org = await app.db.k
          .selectFrom('org')
          .select('name')
          .where('id', '=', req.query.org ?? actor.orgId)
          .executeTakeFirst();
        const name = `${org?.name ?? ''}${year}年工作指标`;
        const table = {
          header: ['台账', '指标', '数值', '单位'],
          rows: items.map((i) => [findLedger(i.ledger)?.label ?? i.ledger, i.label, i.value, i.unit]),
        };
        return sendTableFile(reply, format, name, await tableFile(format, name, table));
      },
    );
  }
};
