// The working-day calendar as the server uses it: the shipped years plus the years the sysadmin
// added (stored in calendar_year). Read on every use: the table is tiny, and every process of a
// multi-process deployment sees a new year at once.
import {
  type Calendar,
  type CalendarYearData,
  createCalendar,
  shippedYears,
} from '../../shared/calendar/index.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { recomputeDeadlines } from '../ledgers/deadlines.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';

export type LoadedYear = CalendarYearData & { builtIn: boolean };

export async function loadCalendarYears(db: Db): Promise<LoadedYear[]> {
  const rows = await db.k.selectFrom('calendarYear').select(['year', 'dataJson']).execute();
  const added = rows.map((r) => ({ ...(JSON.parse(r.dataJson) as CalendarYearData), builtIn: false }));
  const addedYears = new Set(added.map((y) => y.year));
  const builtIn = shippedYears.filter((y) => !addedYears.has(y.year)).map((y) => ({ ...y, builtIn: true }));
  return [...builtIn, ...added].sort((a, b) => a.year - b.year);
}

export async function loadCalendar(db: Db): Promise<Calendar> {
  return createCalendar(await loadCalendarYears(db));
}

/** Adds a year not shipped with Fazhi. Shipped years cannot be overwritten. */
export async function addCalendarYear(db: Db, actor: Actor | null, data: CalendarYearData): Promise<void> {
  if (shippedYears.some((y) => y.year === data.year)) {
    throw new AppError('CALENDAR_YEAR_SHIPPED', 409, `${data.year}年的节假日安排已随系统发布，不能覆盖`);
  }
  await db.k.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('calendarYear')
      .select('year')
      .where('year', '=', data.year)
      .executeTakeFirst();
    if (existing) throw new AppError('CALENDAR_YEAR_EXISTS', 409, `${data.year}年的节假日安排已存在`);
    await tx
      .insertInto('calendarYear')
      .values({
        year: data.year,
        source: data.source,
        dataJson: JSON.stringify(data),
        createdBy: actor?.userId ?? null,
        createdAt: new Date().toISOString(),
      })
      .execute();
    await recordAudit(tx, actor, {
      action: 'calendar.add_year',
      entityType: 'calendar_year',
      entityId: String(data.year),
      after: {
        year: data.year,
        source: data.source,
        holidays: data.holidays.length,
        workdays: data.workdays.length,
      },
    });
  });
  // Statutory clocks that run into the new year (or could not be computed without it) change.
  await recomputeDeadlines(db.k, await loadCalendar(db));
}
