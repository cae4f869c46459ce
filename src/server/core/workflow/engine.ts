// The one transition runner of every workflow (the ledgers' records, the annual report). A step is
// one command in the caller's transaction: the actor's authority (a refusal, or a thrown 403), the
// state, the context the guards read (input validated there: 400), every guard in order — each
// refusal cites its article —, the step's effect, the workflow's own write, the clocks the step
// stops, and exactly one audit event `<workflow>.<transition>`. A refused step throws
// WorkflowRefused; `runStep` rolls the step back and records the refusal — one workflow_refusal row
// and one audit event `<workflow>.refused` — in a transaction of its own, so the refusal is kept.
import type { Db, Tx } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { stopDeadlines } from './deadlines.ts';
import type { Refusal, TransitionDef } from './types.ts';

/** Where a step was refused. */
export interface RefusalContext {
  /** The workflow: a ledger's kind or 'annual_report' (audit action prefix, deadline.ledger). */
  ledger: string;
  recordType: string;
  recordId: number;
  orgId: number;
  transition: string;
  /** The audit event's entity type (`<kind>.<type>` for ledgers, 'annual_report'). */
  entityType: string;
}

/** How a workflow shows its refusals: the error's message and body, and the refused event's payload. */
export interface RefusalStyle {
  message(r: Refusal): string;
  body(r: Refusal): Record<string, unknown>;
  audit(r: Refusal, context: RefusalContext, message: string, status: number): Record<string, unknown>;
}

/** The ledgers' style: “rule（依据：basis）”, `{ rule, basis }` in the body and the audit event. */
export const CITING_STYLE: RefusalStyle = {
  message: (r) => `${r.rule}（依据：${r.basis}）`,
  body: (r) => ({ rule: r.rule, basis: r.basis, ...r.details }),
  audit: (r, c) => ({ transition: c.transition, rule: r.rule, basis: r.basis }),
};

export class WorkflowRefused extends AppError {
  /** The payload of the `<workflow>.refused` audit event. */
  readonly auditAfter: Record<string, unknown>;

  constructor(
    readonly refusal: Refusal,
    readonly context: RefusalContext,
    style: RefusalStyle = CITING_STYLE,
  ) {
    const status = refusal.status ?? 409;
    const message = style.message(refusal);
    super(status === 403 ? 'FORBIDDEN' : 'WORKFLOW_REFUSED', status, message, style.body(refusal));
    this.auditAfter = style.audit(refusal, context, message, status);
  }
}

/**
 * Records a refused step in the caller's transaction: one workflow_refusal row (read by the annual
 * report's roll-up) and one audit event, at the same instant.
 */
export async function recordRefusal(tx: Tx, actor: Actor, err: WorkflowRefused, at?: string): Promise<void> {
  const when = at === undefined ? new Date().toISOString() : new Date(at).toISOString();
  const c = err.context;
  await tx
    .insertInto('workflowRefusal')
    .values({
      at: when,
      actorId: actor.system ? null : actor.userId,
      actorName: actor.displayName,
      orgId: c.orgId,
      ledger: c.ledger,
      recordType: c.recordType,
      recordId: c.recordId,
      transition: c.transition,
      rule: err.refusal.rule,
      basis: err.refusal.basis,
      status: err.status,
    })
    .execute();
  await recordAudit(tx, actor, {
    action: `${c.ledger}.refused`,
    orgId: c.orgId,
    entityType: c.entityType,
    entityId: c.recordId,
    after: err.auditAfter,
    at: when,
  });
}

/**
 * Runs a step in its own transaction; a refusal is rolled back, then recorded in a transaction of
 * its own before it is rethrown.
 */
export async function runStep<R>(db: Db, actor: Actor, step: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await db.k.transaction().execute(step);
  } catch (err) {
    if (err instanceof WorkflowRefused) {
      await db.k.transaction().execute((tx) => recordRefusal(tx, actor, err));
    }
    throw err;
  }
}

export interface StepSpec<C, E, R> {
  actor: Actor;
  /** The subject of the step, without the transition (added here). */
  subject: Omit<RefusalContext, 'transition'>;
  state: string;
  transition: TransitionDef<C, E>;
  style?: RefusalStyle;
  /** Checked before the state: the actor's authority over the subject (a refusal is audited). */
  authorize?: () => Refusal | null;
  /** The refusal when the step does not start from the current state. */
  wrongState: () => Refusal;
  /** The guards' context, built once the state is right (input validation happens here). */
  prepare: () => C | Promise<C>;
  /** Writes the new state and the effect; returns what the step produced. */
  write: (ctx: C, to: string, effect: E | undefined) => Promise<R>;
  /** The workflow's clocks, stopped by the transitions in their `until`, on the step's day. */
  clocks?: { defs: readonly { id: string; until: readonly string[] }[]; on: string };
  /** After the clocks are stopped: the workflow's own follow-ups (clocks opened or extended …). */
  after?: (ctx: C, result: R) => Promise<void>;
  /** The audit event's before and after. */
  audit: (ctx: C, result: R) => { before: unknown; after: unknown };
  at?: string;
}

/** Applies one transition in the caller's transaction (see the file's comment for the order). */
export async function applyStep<C, E, R>(tx: Tx, spec: StepSpec<C, E, R>): Promise<R> {
  const t = spec.transition;
  const context: RefusalContext = { ...spec.subject, transition: t.id };
  const refuse = (r: Refusal) => new WorkflowRefused(r, context, spec.style);
  const denied = spec.authorize?.();
  if (denied) throw refuse(denied);
  if (!t.from.includes(spec.state)) throw refuse(spec.wrongState());
  const ctx = await spec.prepare();
  for (const guard of t.guards ?? []) {
    const refusal = await guard(ctx);
    if (refusal) throw refuse(refusal);
  }
  const effect = t.effect ? await t.effect(ctx) : undefined;
  const result = await spec.write(ctx, t.to ?? spec.state, effect);
  if (spec.clocks) {
    const rec = {
      ledger: spec.subject.ledger,
      recordType: spec.subject.recordType,
      recordId: spec.subject.recordId,
    };
    await stopDeadlines(tx, spec.clocks.defs, rec, t.id, spec.clocks.on);
  }
  await spec.after?.(ctx, result);
  const { before, after } = spec.audit(ctx, result);
  await recordAudit(tx, spec.actor, {
    action: `${spec.subject.ledger}.${t.id}`,
    orgId: spec.subject.orgId,
    entityType: spec.subject.entityType,
    entityId: spec.subject.recordId,
    before,
    after,
    at: spec.at,
  });
  return result;
}
