// The working-day calendar as the server uses it: the shipped years plus the years the sysadmin
// added (stored in calendar_year), and, until its notice is entered, next year computed from the
// statutory holidays (暂定). Cached per process under the database's `calendar` stamp
// (cache-stamp.ts): adding a year renews the stamp in its transaction, so every process of a
// multi-process deployment sees the new year on its next read.
import {
  type Calendar,
  type CalendarYearData,
  createCalendar,
  shippedYears,
  yearOf,
} from '../../shared/calendar/index.ts';
import type { Db, Kdb, Tx } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { readStamp, renewStamp, stampedCache } from './cache-stamp.ts';
import { countProvisional, type MovedDeadline, recomputeDeadlines } from './workflow/deadlines.ts';

export type LoadedYear = CalendarYearData & { builtIn: boolean };

/** From this day of the year on, a missing arrangement for next year is warned about. */
export const WARN_FROM_MONTH_DAY = '11-01';

const yearsCache = stampedCache<readonly LoadedYear[]>();
const calendarCache = stampedCache<Calendar>();

/** The calendar's years (shared copies: never change them). */
export async function loadCalendarYears(k: Kdb | Tx): Promise<readonly LoadedYear[]> {
  // the stamp first: a year added between the two reads is then cached under the old stamp, which
  // no reader asks for once the new one is committed
  const stamp = await readStamp(k, 'calendar');
  const hit = stamp ? yearsCache.get(stamp) : undefined;
  if (hit) return hit;
  const years = await readYears(k);
  return stamp ? yearsCache.set(stamp, years) : years;
}

async function readYears(k: Kdb | Tx): Promise<LoadedYear[]> {
  const rows = await k.selectFrom('calendarYear').select(['year', 'dataJson']).execute();
  const added = rows.map((r) => ({ ...(JSON.parse(r.dataJson) as CalendarYearData), builtIn: false }));
  const addedYears = new Set(added.map((y) => y.year));
  const builtIn = shippedYears.filter((y) => !addedYears.has(y.year)).map((y) => ({ ...y, builtIn: true }));
  return [...builtIn, ...added].sort((a, b) => a.year - b.year);
}

/**
 * Years after the last published one are computed provisionally up to next year as seen on
 * `today` (at least the year after the last published one); later years are refused.
 */
export function provisionalThrough(years: readonly { year: number }[], today: string): number {
  const last = years.reduce((m, y) => Math.max(m, y.year), 0);
  return Math.max(last, yearOf(today)) + 1;
}

export function calendarOf(years: readonly CalendarYearData[], today: string): Calendar {
  return createCalendar(years, { provisionalThrough: provisionalThrough(years, today) });
}

export async function loadCalendar(db: Db | { k: Kdb | Tx }, today: string): Promise<Calendar> {
  const stamp = await readStamp(db.k, 'calendar');
  if (!stamp) return calendarOf(await readYears(db.k), today);
  const years = yearsCache.get(stamp) ?? yearsCache.set(stamp, await readYears(db.k));
  const key = `${stamp}|${provisionalThrough(years, today)}`;
  return calendarCache.get(key) ?? calendarCache.set(key, calendarOf(years, today));
}

export interface CalendarStatus {
  today: string;
  nextYear: number;
  /** Next year's arrangement is neither shipped nor entered. */
  nextYearMissing: boolean;
  /** From 1 November while it is missing: say so to the sysadmin and on every board. */
  warn: boolean;
  /** Years computed provisionally now. */
  provisionalYears: number[];
  /** Open clocks whose due date is provisional, in the caller's scope. */
  provisionalOpen: number;
  message: string | null;
}

/** Whether next year's holiday arrangement is in, and how many open clocks wait for it. */
export async function calendarStatus(
  k: Kdb | Tx,
  today: string,
  paths: readonly string[] | null,
): Promise<CalendarStatus> {
  const calendar = calendarOf(await loadCalendarYears(k), today);
  const nextYear = yearOf(today) + 1;
  const nextYearMissing = !calendar.covers(nextYear);
  const warn = nextYearMissing && today.slice(5) >= WARN_FROM_MONTH_DAY;
  const provisionalOpen = await countProvisional(k, paths);
  let message: string | null = null;
  if (warn || provisionalOpen > 0) {
    const missing = nextYearMissing
      ? `${nextYear}年节假日安排尚未录入`
      : `${calendar.provisionalYears.join('、')}年节假日安排尚未录入`;
    message =
      provisionalOpen > 0
        ? `${missing}，${provisionalOpen} 项期限暂按法定节假日推算（标“暂定”），国务院办公厅通知发布后请系统管理员在“工作日历”中录入，期限将自动重新计算`
        : `${missing}，国务院办公厅通知发布后请系统管理员在“工作日历”中录入`;
  }
  return {
    today,
    nextYear,
    nextYearMissing,
    warn,
    provisionalYears: [...calendar.provisionalYears],
    provisionalOpen,
    message,
  };
}

/**
 * Adds a year not shipped with Fazhi and recomputes, in the same transaction, every open clock
 * the calendar counts (a provisional due date becomes final and may move); one audit event for the
 * year and one for the recomputation name the clocks that moved.
 */
export async function addCalendarYear(
  db: Db,
  actor: Actor | null,
  data: CalendarYearData,
  today: string,
): Promise<{ moved: MovedDeadline[] }> {
  if (shippedYears.some((y) => y.year === data.year)) {
    throw new AppError('CALENDAR_YEAR_SHIPPED', 409, `${data.year}年的节假日安排已随系统发布，不能覆盖`);
  }
  return db.k.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('calendarYear')
      .select('year')
      .where('year', '=', data.year)
      .executeTakeFirst();
    if (existing) throw new AppError('CALENDAR_YEAR_EXISTS', 409, `${data.year}年的节假日安排已存在`);
    const stored: CalendarYearData = {
      year: data.year,
      source: data.source,
      ...(data.note ? { note: data.note } : {}),
      holidays: data.holidays,
      workdays: data.workdays,
    };
    await tx
      .insertInto('calendarYear')
      .values({
        year: data.year,
        source: data.source,
        dataJson: JSON.stringify(stored),
        createdBy: actor?.userId ?? null,
        createdAt: new Date().toISOString(),
      })
      .execute();
    await renewStamp(tx, 'calendar');
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
    // Statutory clocks that run into the new year (provisional until now) are recomputed.
    const moved = await recomputeDeadlines(tx, await loadCalendar({ k: tx }, today), today);
    await recordAudit(tx, actor, {
      action: 'calendar.recompute_deadlines',
      entityType: 'calendar_year',
      entityId: String(data.year),
      after: {
        year: data.year,
        moved: moved.length,
        clocks: moved.slice(0, 200).map((m) => ({
          ledger: m.ledger,
          recordType: m.recordType,
          recordId: m.recordId,
          deadline: m.label,
          from: m.from,
          to: m.to,
        })),
      },
    });
    return { moved };
  });
}
