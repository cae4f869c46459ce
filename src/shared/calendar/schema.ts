// Input schemas: a year's arrangement submitted by the sysadmin, and a deadline query.
import { z } from 'zod';
import { isIsoDate, parseIsoDate, weekday } from './dates.ts';
import { schemaMessages as msg, weekdayNames } from './labels.ts';

const isoDate = z.string().refine((v) => isIsoDate(v), { message: msg.date });

const calendarDaySchema = z.object({
  date: isoDate,
  name: z.string().trim().min(1, { message: msg.name }).max(20, { message: msg.name }),
});

export const calendarYearSchema = z
  .object({
    year: z
      .number({ error: msg.year })
      .int({ message: msg.year })
      .min(1900, { message: msg.year })
      .max(2999, {
        message: msg.year,
      }),
    source: z
      .string({ error: msg.source })
      .trim()
      .min(1, { message: msg.source })
      .max(500, { message: msg.source }),
    note: z.string().trim().max(2000).optional(),
    holidays: z.array(calendarDaySchema).min(1, { message: msg.holidaysEmpty }),
    workdays: z.array(calendarDaySchema),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, 'holidays' | 'workdays'>();
    for (const list of ['holidays', 'workdays'] as const) {
      value[list].forEach((entry, index) => {
        const parts = parseIsoDate(entry.date);
        if (!parts) return; // already reported by the field schema
        const path = [list, index, 'date'];
        if (parts.year !== value.year) {
          ctx.addIssue({ code: 'custom', path, message: msg.notInYear(entry.date, value.year) });
          return;
        }
        const previous = seen.get(entry.date);
        if (previous === list) ctx.addIssue({ code: 'custom', path, message: msg.duplicate(entry.date) });
        else if (previous) ctx.addIssue({ code: 'custom', path, message: msg.both(entry.date) });
        seen.set(entry.date, list);
        const day = weekday(entry.date);
        if (list === 'workdays' && day !== 0 && day !== 6) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: msg.makeupNotWeekend(entry.date, weekdayNames[day]),
          });
        }
      });
    }
  });

export type CalendarYearInput = z.input<typeof calendarYearSchema>;

const reason = z.string().trim().min(1, { message: msg.reason }).max(200, { message: msg.reason });
const unit = z.enum(['working', 'calendar'], { error: msg.unit });
const days = z
  .number({ error: msg.days })
  .int({ message: msg.days })
  .min(1, { message: msg.days })
  .max(3650, { message: msg.days });

/** The input of `addPeriod`, for routes that take it from a request. */
export const periodInputSchema = z.object({
  start: isoDate,
  days,
  unit,
  pauses: z
    .array(
      z
        .object({ from: isoDate, to: isoDate, reason })
        .refine((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from <= p.to, {
          message: msg.pauseOrder,
          path: ['to'],
        }),
    )
    .optional(),
  extensions: z
    .array(z.object({ days, unit: unit.optional(), reason, approvedAt: isoDate.optional() }))
    .optional(),
});
