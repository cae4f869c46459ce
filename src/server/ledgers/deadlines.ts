// Statutory clocks of ledger records. The workflow runner opens a clock when its starting event
// happens and stops it when a stopping transition happens; due dates come from the shared
// calendar with their Chinese explanation, and are recomputed when the calendar changes (a year
// added by the sysadmin may cover a period that could not be computed before).

import { diffDays } from '../../shared/calendar/dates.ts';
import {
  addPeriod,
  type Calendar,
  CalendarYearMissingError,
  daysRemaining,
  unitLabels,
} from '../../shared/calendar/index.ts';
import type { PeriodExtension, PeriodPause, PeriodUnit } from '../../shared/calendar/types.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { DeadlineDef } from './contract.ts';
import { BOARD_LABELS, LEDGER_MESSAGES as M } from './messages.ts';
import type { DeadlineRow } from './types.ts';

export interface Computed {
  due: string | null;
  explain: string[];
}

export function computeDue(
  calendar: Calendar,
  input: {
    start: string;
    days: number;
    unit: PeriodUnit;
    pauses: PeriodPause[];
    extensions: PeriodExtension[];
  },
): Computed {
  try {
    const r = addPeriod(calendar, input);
    return { due: r.due, explain: r.explain };
  } catch (err) {
    if (err instanceof CalendarYearMissingError)
      return { due: null, explain: [M.calendarMissing, err.message] };
    throw err;
  }
}

export interface OpenClock {
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  title: string;
  assigneeId: number | null;
  start: string;
}

/** Opens (or restarts) a clock of a record. */
export async function openDeadline(
  tx: Tx,
  calendar: Calendar,
  def: DeadlineDef,
  c: OpenClock,
): Promise<void> {
  const { due, explain } = computeDue(calendar, {
    start: c.start,
    days: def.days,
    unit: def.unit,
    pauses: [],
    extensions: [],
  });
  const now = new Date().toISOString();
  const values = {
    ...c,
    deadlineId: def.id,
    label: def.label,
    days: def.days,
    unit: def.unit,
    pausesJson: '[]',
    extensionsJson: '[]',
    due,
    explainJson: JSON.stringify([...explain, `依据：${def.basis}`]),
    basis: def.basis,
    warnDays: def.warnDays,
    state: 'open',
    metOn: null,
    updatedAt: now,
  };
  const existing = await tx
    .selectFrom('deadline')
    .select('id')
    .where('ledger', '=', c.ledger)
    .where('recordType', '=', c.recordType)
    .where('recordId', '=', c.recordId)
    .where('deadlineId', '=', def.id)
    .executeTakeFirst();
  if (existing) await tx.updateTable('deadline').set(values).where('id', '=', existing.id).execute();
  else await tx.insertInto('deadline').values(values).execute();
}

/** Stops the open clocks a transition stops: met, or met late when the day is after the due date. */
export async function stopDeadlines(
  tx: Tx,
  defs: readonly DeadlineDef[],
  rec: { ledger: string; recordType: string; recordId: number },
  transitionId: string,
  on: string,
): Promise<void> {
  const ids = defs.filter((d) => d.until.includes(transitionId)).map((d) => d.id);
  if (ids.length === 0) return;
  const open = await tx
    .selectFrom('deadline')
    .select(['id', 'due'])
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId)
    .where('deadlineId', 'in', ids)
    .where('state', '=', 'open')
    .execute();
  const now = new Date().toISOString();
  for (const d of open) {
    const state = d.due !== null && on > d.due ? 'overdue_met' : 'met';
    await tx
      .updateTable('deadline')
      .set({ state, metOn: on, updatedAt: now })
      .where('id', '=', d.id)
      .execute();
  }
}

/** Adds an approved extension to a record's open clock and recomputes its due date. */
export async function extendDeadline(
  tx: Tx,
  calendar: Calendar,
  rec: { ledger: string; recordType: string; recordId: number },
  deadlineId: string,
  extension: PeriodExtension,
): Promise<void> {
  const open = await tx
    .selectFrom('deadline')
    .selectAll()
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId)
    .where('deadlineId', '=', deadlineId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (!open) return;
  const extensionsJson = JSON.stringify([
    ...(JSON.parse(open.extensionsJson) as PeriodExtension[]),
    extension,
  ]);
  await tx.updateTable('deadline').set({ extensionsJson }).where('id', '=', open.id).execute();
  await recompute(tx, calendar, { ...open, extensionsJson }, true);
}

/** Updates the board's copy of a record's title, assignee and (when a start field changed) start. */
export async function refreshRecordClocks(
  tx: Tx,
  calendar: Calendar,
  defs: readonly DeadlineDef[],
  rec: {
    ledger: string;
    recordType: string;
    recordId: number;
    orgId: number;
    title: string;
    assigneeId: number | null;
  },
  row: Record<string, unknown>,
): Promise<void> {
  const base = tx
    .updateTable('deadline')
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId);
  await base.set({ title: rec.title, assigneeId: rec.assigneeId, orgId: rec.orgId }).execute();
  for (const def of defs) {
    if (!def.from.field || def.from.event !== 'create') continue;
    const start = row[def.from.field];
    if (typeof start !== 'string') continue;
    const open = await tx
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', rec.ledger)
      .where('recordType', '=', rec.recordType)
      .where('recordId', '=', rec.recordId)
      .where('deadlineId', '=', def.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (open && open.start !== start) await recompute(tx, calendar, { ...open, start }, true);
  }
}

async function recompute(k: Kdb | Tx, calendar: Calendar, d: DeadlineRow, force = false): Promise<boolean> {
  const { due, explain } = computeDue(calendar, {
    start: d.start,
    days: d.days,
    unit: d.unit as PeriodUnit,
    pauses: JSON.parse(d.pausesJson) as PeriodPause[],
    extensions: JSON.parse(d.extensionsJson) as PeriodExtension[],
  });
  const explainJson = JSON.stringify([...explain, `依据：${d.basis}`]);
  if (!force && due === d.due && explainJson === d.explainJson) return false;
  await k
    .updateTable('deadline')
    .set({ start: d.start, due, explainJson, updatedAt: new Date().toISOString() })
    .where('id', '=', d.id)
    .execute();
  return true;
}

/** Recomputes every open clock counted on the calendar (not fixed dates); returns how many changed. */
export async function recomputeDeadlines(k: Kdb | Tx, calendar: Calendar): Promise<number> {
  const open = await k
    .selectFrom('deadline')
    .selectAll()
    .where('state', '=', 'open')
    .where('fixedDue', '=', 0)
    .execute();
  let changed = 0;
  for (const d of open) if (await recompute(k, calendar, d)) changed++;
  return changed;
}

export type Colour = 'green' | 'yellow' | 'red' | 'grey';

export interface DeadlineView {
  id: number;
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  deadlineId: string;
  label: string;
  title: string;
  assigneeId: number | null;
  start: string;
  days: number;
  unit: PeriodUnit;
  unitLabel: string;
  due: string | null;
  basis: string;
  warnDays: number;
  state: string;
  metOn: string | null;
  pauses: PeriodPause[];
  extensions: PeriodExtension[];
  explain: string[];
  /** Days left in the deadline's unit (negative when overdue); null when not computable. */
  remaining: number | null;
  colour: Colour;
  status: string;
}

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
  if (d.state !== 'open') {
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

/** Open clocks of one ledger in the given subtrees (one per record: the earliest due). */
export async function openDeadlines(
  k: Kdb | Tx,
  calendar: Calendar,
  today: string,
  ledger: string,
  paths: readonly string[],
  opts: { assigneeId?: number; limit: number },
): Promise<DeadlineView[]> {
  let q = k
    .selectFrom('deadline')
    .selectAll()
    .where('ledger', '=', ledger)
    .where('state', '=', 'open')
    .where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths));
  if (opts.assigneeId !== undefined) q = q.where('assigneeId', '=', opts.assigneeId);
  const rows = await q.orderBy('due').orderBy('id').limit(opts.limit).execute();
  const seen = new Set<string>();
  const out: DeadlineView[] = [];
  for (const d of rows) {
    const key = `${d.recordType}:${d.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(presentDeadline(d, calendar, today));
  }
  return out;
}
