// Tables of the workflow engine: the steps of ledger records (workflow_step), the statutory and
// fixed-date clocks of every workflow (deadline), and the refused steps (workflow_refusal), which
// the annual report's roll-up reads instead of the audit log. They extend db/types.ts's Database.
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface WorkflowStepTable {
  id: Generated<number>;
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  /** 'create', 'update' or a transition id. */
  action: string;
  fromState: string | null;
  toState: string;
  actorId: number | null;
  actorName: string | null;
  at: string;
  /** The day the step took effect (YYYY-MM-DD), which may precede `at` when entered late. */
  onDate: string;
  note: string | null;
  /** JSON array of attachment ids. */
  attachmentIds: string;
  /** JSON object of the fields the step set (sensitive values never stored here). */
  fieldsJson: string | null;
}

export interface DeadlineTable {
  id: Generated<number>;
  /** The workflow the clock belongs to: a ledger's kind or 'annual_report'. */
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
  unit: string;
  /** JSON arrays of PeriodPause / PeriodExtension. */
  pausesJson: string;
  extensionsJson: string;
  /** Null while the calendar does not cover the period (recomputed when a year is added). */
  due: string | null;
  explainJson: string;
  basis: string;
  warnDays: number;
  /** open | met | overdue_met | suspended (counting stopped until the clock is opened again) */
  state: string;
  metOn: string | null;
  updatedAt: string;
  /** 1: a due date a rule fixes (the annual report's), left alone when the calendar changes. */
  fixedDue: ColumnType<number, number | undefined, number>;
  /** 1: the due date depends on a year whose arrangement is not published yet (暂定). */
  provisional: ColumnType<number, number | undefined, number>;
  /** The due date before a recomputation moved it, and the China date it moved on. */
  dueWas: ColumnType<string | null, string | null | undefined, string | null>;
  dueMovedOn: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why the clock starts where it does (the day a request counts as received, a restart …),
   * shown first in its explanation and kept when it is recomputed. */
  note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A step the engine refused: who, when, where, which transition, and the rule with its article. */
export interface WorkflowRefusalTable {
  id: Generated<number>;
  /** The same instant as the refusal's audit event (ISO-8601). */
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number;
  /** The workflow: a ledger's kind or 'annual_report'. */
  ledger: string;
  recordType: string;
  recordId: number;
  transition: string;
  rule: string;
  basis: string;
  /** The HTTP status the refusal was answered with (409, or 403 for a role the step needs). */
  status: number;
}

declare module '../../db/types.ts' {
  interface Database {
    workflowStep: WorkflowStepTable;
    deadline: DeadlineTable;
    workflowRefusal: WorkflowRefusalTable;
  }
}

export type WorkflowStep = Selectable<WorkflowStepTable>;
export type DeadlineRow = Selectable<DeadlineTable>;
export type WorkflowRefusalRow = Selectable<WorkflowRefusalTable>;
