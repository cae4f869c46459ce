// The working-day calendar: years covered, their arrangements, adding a year, and the public
// deadline calculator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addPeriod,
  CalendarYearMissingError,
  calendarYearSchema,
  isIsoDate,
} from '../../shared/calendar/index.ts';
import { addCalendarYear, calendarStatus, loadCalendar, loadCalendarYears } from '../core/calendar.ts';
import { authorize, scopePaths } from '../core/policy.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';

const isoDate = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/calendar/years', { schema: { tags: ['工作日历'], summary: '已收录的年度' } }, async () => {
    const years = await loadCalendarYears(app.db.k);
    return { items: years.map((y) => ({ year: y.year, source: y.source, builtIn: y.builtIn })) };
  });

  app.get(
    '/calendar/status',
    {
      schema: {
        tags: ['工作日历'],
        summary: '下一年度节假日安排是否已录入，以及暂按法定节假日推算的期限数',
        response: {
          200: z.object({
            today: z.string(),
            nextYear: z.number(),
            nextYearMissing: z.boolean(),
            warn: z.boolean(),
            provisionalYears: z.array(z.number()),
            provisionalOpen: z.number(),
            message: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // The sysadmin manages the calendar and sees every provisional clock; others count their own scope.
      const business = scopePaths(actor, 'business');
      const paths = actor.roles.some((r) => r.role === 'sysadmin') ? null : business;
      return calendarStatus(app.db.k, app.clock.today(), paths);
    },
  );

  app.get(
    '/calendar/years/:year',
    {
      schema: {
        tags: ['工作日历'],
        summary: '某年度的节假日与调休上班日',
        params: z.object({ year: z.coerce.number().int().min(1949).max(2200) }),
      },
    },
    async (req) => {
      const y = (await loadCalendarYears(app.db.k)).find((c) => c.year === req.params.year);
      if (!y) throw new AppError('CALENDAR_YEAR_MISSING', 404, `日历未包含${req.params.year}年的节假日安排`);
      return {
        year: y.year,
        source: y.source,
        note: y.note ?? null,
        holidays: y.holidays,
        workdays: y.workdays,
      };
    },
  );

  app.post(
    '/calendar/years',
    { schema: { tags: ['工作日历'], summary: '补充年度节假日安排（系统管理员）', body: calendarYearSchema } },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'calendar.manage');
      const { moved } = await addCalendarYear(app.db, actor, req.body, app.clock.today());
      return reply.status(201).send({ year: req.body.year, moved: moved.length });
    },
  );

  app.get(
    '/calendar/deadline',
    {
      schema: {
        tags: ['工作日历'],
        summary: '计算期限届满日（公开）',
        querystring: z.object({
          start: isoDate,
          days: z.coerce.number().int().min(0).max(3650),
          unit: z.enum(['working', 'calendar']).default('working'),
        }),
        response: {
          200: z.object({ due: z.string(), explain: z.array(z.string()), provisional: z.boolean() }),
        },
      },
    },
    async (req) => {
      const calendar = await loadCalendar(app.db, app.clock.today());
      try {
        const r = addPeriod(calendar, { start: req.query.start, days: req.query.days, unit: req.query.unit });
        return { due: r.due, explain: r.explain, provisional: r.provisional.length > 0 };
      } catch (err) {
        if (err instanceof CalendarYearMissingError) {
          throw new AppError('CALENDAR_YEAR_MISSING', 422, err.message);
        }
        throw err;
      }
    },
  );
};
