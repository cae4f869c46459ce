// Tables of the shared ledger machinery: the workflow steps of every ledger record and the
// statutory clocks (deadline), and the columns every record table has. They extend the Database
// interface of db/types.ts.
import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * The common columns of every ledger record table, declared once: each record table's interface
 * extends it, new tables are created with `recordTable` (db/migrations/util.ts), and
 * ledgers/columns.test.ts checks the real tables of both dialects against it.
 */
export interface RecordColumns {
  id: Generated<number>;
  /** The record's organisation (a village, community or grid lies inside its township's subtree). */
  orgId: number;
  state: string;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

/** The common columns by name, with what the real table must say of each (for the contract test). */
export const RECORD_COLUMNS = {
  id: { type: 'integer', nullable: false },
  orgId: { type: 'integer', nullable: false },
  state: { type: 'text', nullable: false },
  createdAt: { type: 'text', nullable: false },
  createdBy: { type: 'integer', nullable: true },
  updatedAt: { type: 'text', nullable: false },
} as const satisfies Record<keyof RecordColumns, { type: 'integer' | 'text'; nullable: boolean }>;

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
  /** open | met | overdue_met */
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
}

declare module '../db/types.ts' {
  interface Database {
    workflowStep: WorkflowStepTable;
    deadline: DeadlineTable;
  }
}

export type WorkflowStep = Selectable<WorkflowStepTable>;
export type DeadlineRow = Selectable<DeadlineTable>;
