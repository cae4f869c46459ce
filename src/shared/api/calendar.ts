// The working-day calendar (docs/api.md, "Calendar"; docs/calendar.md).
import { z } from 'zod';
import { items } from './common.ts';

export const calendarYearSummary = z.object({ year: z.number(), source: z.string(), builtIn: z.boolean() });
export type CalendarYearSummary = z.infer<typeof calendarYearSummary>;
export const calendarYearList = items(calendarYearSummary);
export type CalendarYearList = z.infer<typeof calendarYearList>;

export const calendarDay = z.object({ date: z.string(), name: z.string() });
export type CalendarDay = z.infer<typeof calendarDay>;

export const calendarYear = z.object({
  year: z.number(),
  source: z.string(),
  note: z.string().nullable().optional(),
  holidays: z.array(calendarDay),
  workdays: z.array(calendarDay),
});
export type CalendarYear = z.infer<typeof calendarYear>;

/** POST /calendar/years: the year added and how many open deadlines moved. */
export const calendarYearAdded = z.object({ year: z.number(), moved: z.number() });

export const deadlineResult = z.object({
  due: z.string(),
  explain: z.array(z.string()),
  /** The due date depends on a year whose holiday arrangement is not published yet (暂定). */
  provisional: z.boolean(),
});
export type DeadlineResult = z.infer<typeof deadlineResult>;

export const calendarStatus = z.object({
  today: z.string(),
  nextYear: z.number(),
  nextYearMissing: z.boolean(),
  warn: z.boolean(),
  provisionalYears: z.array(z.number()),
  provisionalOpen: z.number(),
  message: z.string().nullable(),
});
export type CalendarStatus = z.infer<typeof calendarStatus>;

/** POST /calendar/years/parse: the notice's year for the sysadmin to confirm, then to POST /calendar/years. */
export const parsedNotice = z.object({
  data: z.object({
    year: z.number().int(),
    source: z.string(),
    note: z.string().optional(),
    holidays: z.array(calendarDay),
    workdays: z.array(calendarDay),
  }),
  title: z.string(),
  documentNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  otherYear: z.array(
    z.object({
      date: z.string(),
      name: z.string(),
      kind: z.enum(['holiday', 'workday']),
      line: z.number().int(),
      explanation: z.string(),
    }),
  ),
  warnings: z.array(z.string()),
  /** Whether the year is already in the calendar: shipped (cannot be overwritten) or added before (409 on adding). */
  existing: z.enum(['builtIn', 'added']).nullable(),
});
export type ParsedNotice = z.infer<typeof parsedNotice>;
