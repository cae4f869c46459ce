// The workflow engine's vocabulary: states, transitions whose guards cite their article, and the
// clocks a workflow keeps — periods counted on the working-day calendar, or dates a rule fixes.
// Ledgers (ledgers/contract.ts) and the annual report (annual-report/workflow.ts) declare their
// workflows in these terms; core/workflow/engine.ts runs them.
import type { PeriodUnit } from '../../../shared/calendar/types.ts';
import type { Role } from '../../../shared/roles.ts';

/** A refused step: the rule in Chinese and the article it comes from. */
export interface Refusal {
  rule: string;
  basis: string;
  /** 403 when the actor lacks a role the step needs (answered as FORBIDDEN); 409 otherwise. */
  status?: 403 | 409;
  /** Further fields of the error body (the checker's findings that block signing …). */
  details?: Record<string, unknown>;
}

/** A statutory check: null when the step may proceed, else the refusal citing its article. */
export type Guard<C> = (ctx: C) => Refusal | null | Promise<Refusal | null>;

export interface StateDef {
  id: string;
  label: string;
  /** Nothing more happens to the record in this state (its clocks are stopped). */
  final?: boolean;
}

export interface TransitionDef<C, E = Record<string, unknown>> {
  id: string;
  label: string;
  from: readonly string[];
  /** The state after the step; null keeps the current state (回访, 风险标记 …). */
  to: string | null;
  /** Roles that may take the step. */
  roles: readonly Role[];
  /** Statutory checks, run in order once the state is right; the first refusal stops the step. */
  guards?: readonly Guard<C>[];
  /** What the step writes besides its new state, computed (and possibly written) from the context. */
  effect?: (ctx: C) => E | Promise<E>;
  /** The article that governs the step, cited when it is attempted from a wrong state. */
  basis?: string;
}

interface ClockBase {
  id: string;
  label: string;
  /** 《…》第N条 — the source of the period or the date. */
  basis: string;
  /** Yellow card this many days before the due date. */
  warnDays: number;
  /** Transitions that stop the clock (met, or met late after the due date). */
  until: readonly string[];
}

/** A period counted on the calendar from an event: recomputed when the calendar changes. */
export interface PeriodClockDef<Row = Record<string, unknown>> extends ClockBase {
  /** The event that starts the clock: 'create' or a transition id; `field` gives the start date. */
  from: { event: string; field?: string };
  days: number;
  unit: PeriodUnit;
  pausable?: boolean;
  extendable?: boolean;
  /** Opens only for the records it applies to (a channel's own periods …); all records by default. */
  when?: (row: Row) => boolean;
  /** Why the clock starts on its start date, for the explanation (the receipt rule, a restart …). */
  note?: (row: Row) => string | null;
}

/**
 * A date a rule fixes (“每年4月1日之前”): written as it is (`fixed_due = 1`) and never moved by a
 * recomputation with the calendar, even when it falls on a rest day.
 */
export interface FixedClockDef<S> extends ClockBase {
  /** The due date for a subject (a report's year …), the day it is counted from, and its explanation. */
  fixed: (subject: S) => { start: string; due: string; explain: string[] };
}
