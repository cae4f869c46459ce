// The working-day calendar: years covered, their arrangements, adding a year, and the public
// deadline calculator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarStatus as calendarStatusResponse,
  calendarYear,
  calendarYearAdded,
  calendarYearList,
  deadlineResult,
  parsedNotice,
} from '../../shared/api/calendar.ts';
import {
  addPeriod,
  CalendarYearMissingError,
  calendarYearSchema,
  isIsoDate,
  parseHolidayNotice,
} from '../../shared/calendar/index.ts';
import { addCalendarYear, calendarStatus, loadCalendar, loadCalendarYears } from '../core/calendar.ts';
import { authorize, scopePaths } from '../core/policy.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';

const isoDate = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');

const errorBody = (extra: z.ZodRawShape = {}) =>
  z.object({ error: z.object({ code: z.string(), message: z.string(), ...extra }) });

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/years',
    { schema: { tags: ['工作日历'], summary: '已收录的年度', response: { 200: calendarYearList } } },
    async () => {
      const years = await loadCalendarYears(app.db.k);
      return { items: years.map((y) => ({ year: y.year, source: y.source, builtIn: y.builtIn })) };
    },
  );

  app.get(
    '/calendar/status',
    {
      schema: {
        tags: ['工作日历'],
        summary: '下一年度节假日安排是否已录入，以及暂按法定节假日推算的期限数',
        response: {
          200: calendarStatusResponse,
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
        response: { 200: calendarYear },
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
    {
      schema: {
        tags: ['工作日历'],
        summary: '补充年度节假日安排（系统管理员）',
        body: calendarYearSchema,
        response: { 201: calendarYearAdded },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'calendar.manage');
      const { moved } = await addCalendarYear(app.db, actor, req.body, app.clock.today());
      return reply.status(201).send({ year: req.body.year, moved: moved.length });
    },
  );

  app.post(
    '/calendar/years/parse',
    {
      schema: {
        tags: ['工作日历'],
        summary: '解析国务院办公厅节假日安排通知（系统管理员）',
        description:
          '粘贴《国务院办公厅关于××××年部分节假日安排的通知》全文，返回解析出的年度安排供确认；' +
          '确认后仍以 POST /api/calendar/years 添加。无法完整解析时返回 422，message 指明无法识别的行。',
        body: z.object({
          // The length is the parser's to refuse (422 NOTICE_TOO_LONG, over NOTICE_MAX_LENGTH), with
          // the other refusals; the body limit caps what reaches it.
          text: z.string({ error: '请粘贴通知全文' }),
          year: z.number().int().min(1900).max(2999).optional(),
        }),
        response: {
          200: parsedNotice,
          403: errorBody(),
          422: errorBody({ line: z.number().int().nullable(), lineText: z.string().nullable() }),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'calendar.manage');
      const result = parseHolidayNotice(req.body.text, { expectedYear: req.body.year });
      if (!result.ok) {
        const { code, message, line, lineText } = result.error;
        throw new AppError(code, 422, message, { line, lineText });
      }
      // The parser checks what calendarYearSchema checks; this keeps the two from drifting apart.
      const checked = calendarYearSchema.safeParse(result.data);
      if (!checked.success) {
        const detail = checked.error.issues[0]?.message ?? '';
        throw new AppError('NOTICE_INVALID', 422, `解析结果未通过校验：${detail}`, {
          line: null,
          lineText: null,
        });
      }
      const found = (await loadCalendarYears(app.db.k)).find((y) => y.year === result.data.year);
      const existing = found ? (found.builtIn ? ('builtIn' as const) : ('added' as const)) : null;
      return {
        data: result.data,
        title: result.title,
        documentNumber: result.documentNumber,
        publishedOn: result.publishedOn,
        otherYear: result.otherYear,
        warnings: result.warnings,
        existing,
      };
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
          200: deadlineResult,
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
