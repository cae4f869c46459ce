// The clocks of every workflow, in the `deadline` table: periods counted on the shared calendar
// (a ledger record's statutory time limits) and dates a rule fixes (the annual report's 报送 and
// 公开). The runner (engine.ts) stops a clock when a transition in its `until` happens; periods are
// opened by their starting event, fixed dates when their subject is created. Due dates come from
// the calendar with their Chinese explanation and are recomputed, in the caller's transaction, when
// the calendar changes (core/calendar.ts) — fixed dates never. How clocks read (colours, 暂定, the
// board's queries) is deadline-view.ts.

import {
  addPeriod,
  type Calendar,
  CalendarYearMissingError,
  diffDays,
} from '../../../shared/calendar/index.ts';
import type { PeriodExtension, PeriodPause, PeriodUnit } from '../../../shared/calendar/types.ts';
import type { Kdb, Tx } from '../../db/connect.ts';
import { CLOCK_MESSAGES as M } from './messages.ts';
import type { DeadlineRow } from './tables.ts';
import type { FixedClockDef, PeriodClockDef } from './types.ts';

export interface Computed {
  due: string | null;
  explain: string[];
  /** The due date depends on a year whose arrangement is not published yet. */
  provisional: boolean;
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
    return { due: r.due, explain: r.explain, provisional: r.provisional.length > 0 };
  } catch (err) {
    if (err instanceof CalendarYearMissingError)
      return { due: null, explain: [M.calendarMissing, err.message], provisional: false };
    throw err;
  }
}

/** The stored explanation: the start's note, the calendar's sentences, the basis. */
function explainOf(note: string | null, explain: readonly string[], basis: string): string {
  return JSON.stringify([...(note ? [note] : []), ...explain, `依据：${basis}`]);
}

export interface OpenClock {
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  title: string;
  assigneeId: number | null;
  start: string;
  /** Why the clock starts on `start` (shown first in the explanation). */
  note?: string | null;
}

/** Opens (or restarts) a clock of a record. */
export async function openDeadline(
  tx: Tx,
  calendar: Calendar,
  def: PeriodClockDef<never>,
  c: OpenClock,
): Promise<void> {
  const { due, explain, provisional } = computeDue(calendar, {
    start: c.start,
    days: def.days,
    unit: def.unit,
    pauses: [],
    extensions: [],
  });
  const now = new Date().toISOString();
  const note = c.note ?? null;
  const values = {
    ...c,
    note,
    deadlineId: def.id,
    label: def.label,
    days: def.days,
    unit: def.unit,
    pausesJson: '[]',
    extensionsJson: '[]',
    due,
    explainJson: explainOf(note, explain, def.basis),
    basis: def.basis,
    warnDays: def.warnDays,
    state: 'open',
    metOn: null,
    updatedAt: now,
    provisional: provisional ? 1 : 0,
    dueWas: null,
    dueMovedOn: null,
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

/**
 * Opens a clock whose due date a rule fixes: written as the rule gives it and marked `fixedDue`, so
 * recomputing with the calendar (recomputeDeadlines) never moves it off a rest day. `start` and
 * `days` only say how far the date lies from the day it is counted from.
 */
export async function openFixedDeadline<S>(
  tx: Tx,
  def: FixedClockDef<S>,
  subject: S,
  c: Omit<OpenClock, 'start'>,
): Promise<void> {
  const { start, due, explain } = def.fixed(subject);
  await tx
    .insertInto('deadline')
    .values({
      ...c,
      deadlineId: def.id,
      label: def.label,
      start,
      days: diffDays(start, due),
      unit: 'calendar',
      pausesJson: '[]',
      extensionsJson: '[]',
      due,
      explainJson: JSON.stringify([...explain, `依据：${def.basis}`]),
      basis: def.basis,
      warnDays: def.warnDays,
      state: 'open',
      metOn: null,
      updatedAt: new Date().toISOString(),
      fixedDue: 1,
    })
    .execute();
}

/** Stops the open clocks a transition stops: met, or met late when the day is after the due date. */
export async function stopDeadlines(
  tx: Tx,
  defs: readonly { id: string; until: readonly string[] }[],
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
  await recompute(tx, calendar, { ...open, extensionsJson }, { force: true });
}

/** The open (or suspended) clock of a record with the given id. */
async function clockOf(
  tx: Tx,
  rec: { ledger: string; recordType: string; recordId: number },
  deadlineId: string,
  states: readonly string[] = ['open'],
): Promise<DeadlineRow | undefined> {
  return tx
    .selectFrom('deadline')
    .selectAll()
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId)
    .where('deadlineId', '=', deadlineId)
    .where('state', 'in', [...states])
    .executeTakeFirst();
}

/**
 * Changes the time that does not count on a record's open clock (征求第三方意见, 其他机关 …) and
 * recomputes its due date; `change` receives the pauses so far and returns the new list.
 */
export async function updatePauses(
  tx: Tx,
  calendar: Calendar,
  rec: { ledger: string; recordType: string; recordId: number },
  deadlineId: string,
  change: (pauses: PeriodPause[]) => PeriodPause[],
): Promise<void> {
  const open = await clockOf(tx, rec, deadlineId);
  if (!open) return;
  const pausesJson = JSON.stringify(change(JSON.parse(open.pausesJson) as PeriodPause[]));
  await tx.updateTable('deadline').set({ pausesJson }).where('id', '=', open.id).execute();
  await recompute(tx, calendar, { ...open, pausesJson }, { force: true });
}

/**
 * Stops counting a record's open clock without meeting it (a period that starts again on a later
 * event, such as the answer period after a 补正 notice): it leaves the board until `openDeadline`
 * opens it again; `line` says why in its explanation.
 */
export async function suspendDeadline(
  tx: Tx,
  rec: { ledger: string; recordType: string; recordId: number },
  deadlineId: string,
  on: string,
  line: string,
): Promise<void> {
  const open = await clockOf(tx, rec, deadlineId);
  if (!open) return;
  const explainJson = JSON.stringify([...(JSON.parse(open.explainJson) as string[]), line]);
  await tx
    .updateTable('deadline')
    .set({ state: 'suspended', metOn: on, explainJson, updatedAt: new Date().toISOString() })
    .where('id', '=', open.id)
    .execute();
}

/** Updates the board's copy of a record's title, assignee and (when a start field changed) start. */
export async function refreshRecordClocks(
  tx: Tx,
  calendar: Calendar,
  defs: readonly PeriodClockDef<never>[],
  rec: {
    ledger: string;
    recordType: string;
    recordId: number;
    orgId: number;
    title: string;
    assigneeId: number | null;
  },
  row: Record<string, unknown>,
  /** The record before the change: a clock moves only when its own start field changed (a clock
   * restarted by a later event, such as the answer period after a 补正, keeps its start). */
  before?: Record<string, unknown>,
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
    if (before && before[def.from.field] === start) continue;
    const open = await tx
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', rec.ledger)
      .where('recordType', '=', rec.recordType)
      .where('recordId', '=', rec.recordId)
      .where('deadlineId', '=', def.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (open && open.start !== start) {
      const note = def.note ? def.note(row as never) : open.note;
      await recompute(tx, calendar, { ...open, start, note }, { force: true });
    }
  }
}

/** A due date that a recomputation after a calendar change moved. */
export interface MovedDeadline {
  id: number;
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  title: string;
  label: string;
  from: string | null;
  to: string | null;
}

/**
 * Recomputes one clock. `movedOn` is given when the calendar changed (not the record): a due date
 * that moves then keeps where it was and when, for the board.
 */
async function recompute(
  k: Kdb | Tx,
  calendar: Calendar,
  d: DeadlineRow,
  opts: { force?: boolean; movedOn?: string } = {},
): Promise<MovedDeadline | null> {
  const { due, explain, provisional } = computeDue(calendar, {
    start: d.start,
    days: d.days,
    unit: d.unit as PeriodUnit,
    pauses: JSON.parse(d.pausesJson) as PeriodPause[],
    extensions: JSON.parse(d.extensionsJson) as PeriodExtension[],
  });
  const explainJson = explainOf(d.note, explain, d.basis);
  const flag = provisional ? 1 : 0;
  const changed = due !== d.due || explainJson !== d.explainJson || flag !== d.provisional;
  if (!opts.force && !changed) return null;
  const moved = opts.movedOn !== undefined && due !== d.due;
  await k
    .updateTable('deadline')
    .set({
      start: d.start,
      note: d.note,
      due,
      explainJson,
      provisional: flag,
      updatedAt: new Date().toISOString(),
      ...(moved
        ? { dueWas: d.due, dueMovedOn: opts.movedOn }
        : opts.movedOn
          ? {}
          : { dueWas: null, dueMovedOn: null }),
    })
    .where('id', '=', d.id)
    .execute();
  return {
    id: d.id,
    ledger: d.ledger,
    recordType: d.recordType,
    recordId: d.recordId,
    orgId: d.orgId,
    title: d.title,
    label: d.label,
    from: d.due,
    to: due,
  };
}

/**
 * Recomputes every open clock counted on the calendar (not fixed dates) after the calendar
 * changed, inside the caller's transaction; returns the clocks whose due date moved.
 */
export async function recomputeDeadlines(
  tx: Tx,
  calendar: Calendar,
  today: string,
): Promise<MovedDeadline[]> {
  const open = await tx
    .selectFrom('deadline')
    .selectAll()
    .where('state', '=', 'open')
    .where('fixedDue', '=', 0)
    .execute();
  const moved: MovedDeadline[] = [];
  for (const d of open) {
    const r = await recompute(tx, calendar, d, { movedOn: today });
    if (r && r.from !== r.to) moved.push(r);
  }
  return moved;
}

export {
  type Colour,
  countProvisional,
  type DeadlineView,
  deadlinesOfRecord,
  openDeadlines,
  openDeadlinesByLedger,
  presentDeadline,
} from './deadline-view.ts';
