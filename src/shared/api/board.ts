// The deadline board (GET /api/deadlines) and the statutory clocks shown on a record (docs/ledgers.md).
import { z } from 'zod';
import { id } from './common.ts';

export const colour = z.enum(['green', 'yellow', 'red', 'grey']);
export type Colour = z.infer<typeof colour>;
const periodUnit = z.enum(['working', 'calendar']);

export const periodPause = z.object({ from: z.string(), to: z.string(), reason: z.string() });
export type PeriodPause = z.infer<typeof periodPause>;
export const periodExtension = z.object({
  days: z.number(),
  /** Defaults to the unit of the period. */
  unit: periodUnit.optional(),
  reason: z.string(),
  approvedAt: z.string().optional(),
});
export type PeriodExtension = z.infer<typeof periodExtension>;

/** One statutory clock of a record. */
export const deadlineView = z.object({
  id,
  ledger: z.string(),
  recordType: z.string(),
  recordId: id,
  orgId: id,
  deadlineId: z.string(),
  label: z.string(),
  title: z.string(),
  assigneeId: id.nullable(),
  start: z.string(),
  days: z.number(),
  unit: periodUnit,
  unitLabel: z.string(),
  due: z.string().nullable(),
  basis: z.string(),
  warnDays: z.number(),
  state: z.string(),
  metOn: z.string().nullable(),
  pauses: z.array(periodPause),
  extensions: z.array(periodExtension),
  explain: z.array(z.string()),
  /** Days left in the deadline's unit (negative when overdue); null when not computable. */
  remaining: z.number().nullable(),
  colour,
  status: z.string(),
  /** The due date depends on a year whose holiday arrangement is not published yet (暂定). */
  provisional: z.boolean(),
  /** The due date moved when a calendar year was entered (shown for 30 days). */
  moved: z.object({ from: z.string().nullable(), on: z.string(), note: z.string() }).nullable(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

/** A card of the deadline board: a clock, or an alert (民转刑 risk …) that is red by itself. */
export const boardCard = z.discriminatedUnion('kind', [
  deadlineView.extend({
    kind: z.literal('deadline'),
    ledgerLabel: z.string(),
    orgName: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('alert'),
    ledger: z.string(),
    ledgerLabel: z.string(),
    type: z.string(),
    recordId: id,
    orgId: id,
    orgName: z.string().nullable(),
    title: z.string(),
    label: z.string(),
    since: z.string(),
    colour: z.literal('red'),
    due: z.null(),
  }),
]);
export type BoardCard = z.infer<typeof boardCard>;

export const board = z.object({
  today: z.string(),
  /** red: overdue clocks only; alerts: the 风险预警 cards (red by themselves, not overdue). */
  counts: z.object({ red: z.number(), yellow: z.number(), alerts: z.number() }),
  items: z.array(boardCard),
});
export type Board = z.infer<typeof board>;
