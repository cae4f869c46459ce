// Clocks as people read them: a deadline row with its colour, the days left, 暂定 and a moved due
// date; the open clocks of a record or of a ledger in an actor's scope (the board, the record
// page), and how many are provisional (the missing-year notice).

import { sql } from 'kysely';
import type { Colour, DeadlineView } from '../../../shared/api/board.ts';
import { diffDays } from '../../../shared/calendar/dates.ts';
import {
  type Calendar,
  CalendarYearMissingError,
  daysRemaining,
  unitLabels,
} from '../../../shared/calendar/index.ts';
import type { PeriodExtension, PeriodPause, PeriodUnit } from '../../../shared/calendar/types.ts';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import { BOARD_LABELS, CLOCK_MESSAGES as M } from './messages.ts';
import type { DeadlineRow } from './tables.ts';

/** Open clocks whose due date is provisional, in the given subtrees (all when `paths` is null). */
export async function countProvisional(k: Kdb | Tx, paths: readonly string[] | null): Promise<number> {
  let q = k
    .selectFrom('deadline')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'open')
    .where('provisional', '=', 1);
  if (paths) q = q.where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths));
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

// The clock as the API sends it is declared once, in the shared contract (src/shared/api/board.ts).
export type { Colour, DeadlineView } from '../../../shared/api/board.ts';

/** How long the board shows that a due date moved after a calendar change. */
const MOVED_SHOWN_DAYS = 30;

export function presentDeadline(d: DeadlineRow, calendar: Calendar, today: string): DeadlineView {
  const unit = d.unit as PeriodUnit;
  let remaining: number | null = null;
  if (d.due !== null) {
    try {
      remaining = daysRemaining(calendar, d.due, today, unit);
    } catch (err) {
      if (!(err instanceof CalendarYearMissingError)) throw err;
      remaining = diffDays(today, d.due);
    }
  }
  let colour: Colour = 'grey';
  let status: string = M.calendarMissing;
  if (d.state === 'suspended') {
    status = BOARD_LABELS.suspended(d.metOn);
  } else if (d.state !== 'open') {
    colour = 'green';
    status = d.state === 'met' ? `已于 ${d.metOn} 办结` : `已于 ${d.metOn} 办结（逾期）`;
  } else if (remaining !== null) {
    colour = remaining < 0 ? 'red' : remaining <= d.warnDays ? 'yellow' : 'green';
    status =
      remaining < 0
        ? BOARD_LABELS.overdue(-remaining)
        : remaining === 0
          ? BOARD_LABELS.dueToday
          : BOARD_LABELS.remaining(remaining, unitLabels[unit]);
  }
  return {
    id: d.id,
    ledger: d.ledger,
    recordType: d.recordType,
    recordId: d.recordId,
    orgId: d.orgId,
    deadlineId: d.deadlineId,
    label: d.label,
    title: d.title,
    assigneeId: d.assigneeId,
    start: d.start,
    days: d.days,
    unit,
    unitLabel: unitLabels[unit],
    due: d.due,
    basis: d.basis,
    warnDays: d.warnDays,
    state: d.state,
    metOn: d.metOn,
    pauses: JSON.parse(d.pausesJson) as PeriodPause[],
    extensions: JSON.parse(d.extensionsJson) as PeriodExtension[],
    explain: JSON.parse(d.explainJson) as string[],
    remaining,
    colour,
    status,
    provisional: d.provisional === 1,
    moved:
      d.state === 'open' && d.dueMovedOn !== null && diffDays(d.dueMovedOn, today) <= MOVED_SHOWN_DAYS
        ? { from: d.dueWas, on: d.dueMovedOn, note: BOARD_LABELS.moved(d.dueWas, d.due, d.dueMovedOn) }
        : null,
  };
}

/** Every clock of one record (open and stopped), earliest due first. */
export async function deadlinesOfRecord(
  k: Kdb | Tx,
  calendar: Calendar,
  today: string,
  rec: { ledger: string; recordType: string; recordId: number },
): Promise<DeadlineView[]> {
  const rows = await k
    .selectFrom('deadline')
    .selectAll()
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId)
    .orderBy('due')
    .execute();
  return rows.map((d) => presentDeadline(d, calendar, today));
}

/**
 * Open clocks of several ledgers in the same subtrees, in one statement (the board reads every
 * source's at once): per ledger what `openDeadlines` returns for it — one per record, the earliest
 * due, at most `limit` rows read per ledger (a window over each ledger's rows).
 */
export async function openDeadlinesByLedger(
  k: Kdb | Tx,
  calendar: Calendar,
  today: string,
  ledgers: readonly string[],
  paths: readonly string[],
  opts: { assigneeId?: number; recordTypes?: readonly string[]; limit: number },
): Promise<Map<string, DeadlineView[]>> {
  const out = new Map(ledgers.map((l) => [l, [] as DeadlineView[]]));
  if (ledgers.length === 0 || opts.recordTypes?.length === 0) return out;
  let q = k
    .selectFrom('deadline')
    .selectAll()
    .select(sql<number>`row_number() over (partition by ledger order by due, id)`.as('fzN'))
    .where('ledger', 'in', [...ledgers])
    .where('state', '=', 'open')
    .where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths));
  if (opts.assigneeId !== undefined) q = q.where('assigneeId', '=', opts.assigneeId);
  if (opts.recordTypes) q = q.where('recordType', 'in', [...opts.recordTypes]);
  const rows = await k
    .selectFrom(q.as('d'))
    .selectAll()
    .where('fzN', '<=', opts.limit)
    .orderBy('due')
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  for (const d of rows) {
    const key = `${d.ledger}:${d.recordType}:${d.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.get(d.ledger)?.push(presentDeadline(d, calendar, today));
  }
  return out;
}

/** Open clocks of one ledger in the given subtrees (one per record: the earliest due). */
export async function openDeadlines(
  k: Kdb | Tx,
  calendar: Calendar,
  today: string,
  ledger: string,
  paths: readonly string[],
  opts: { assigneeId?: number; recordTypes?: readonly string[]; limit: number },
): Promise<DeadlineView[]> {
  return (await openDeadlinesByLedger(k, calendar, today, [ledger], paths, opts)).get(ledger) ?? [];
}
