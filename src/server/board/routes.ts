// GET /api/deadlines: the deadline board (board.ts) over every board source (sources.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { board } from '../../shared/api/board.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { deadlineBoard } from './board.ts';
import { BOARD_SOURCES } from './sources.ts';

export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/deadlines',
    {
      schema: {
        tags: ['待办预警'],
        summary: '待办预警：每条未办结记录的最近期限（黄牌临期、红牌逾期）',
        querystring: z.object({
          mine: z.enum(['0', '1']).optional(),
          org: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: board },
      },
    },
    async (req) =>
      deadlineBoard(app.db, requireActor(req), BOARD_SOURCES, {
        today: app.clock.today(),
        mine: req.query.mine === '1',
        org: req.query.org,
      }),
  );
};
