// GET /api/search?q=…[&org=…]: the workbench's one search box (search.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchResult } from '../../shared/api/search.ts';
import { piiFor } from '../core/pii.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { SEARCH_TEXT as T } from './labels.ts';
import { searchRecords } from './search.ts';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['全局搜索'],
        summary: T.summary,
        querystring: z.object({
          q: z.string().max(100, '关键词不能超过100个字'),
          org: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: searchResult },
      },
    },
    async (req) =>
      searchRecords(
        app.db,
        requireActor(req),
        piiFor({ secret: app.config.secret, dataDir: app.config.dataDir }),
        { q: req.query.q, org: req.query.org },
      ),
  );
};
