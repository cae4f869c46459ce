// A ledger record's transition, run by the workflow engine (core/workflow/engine.ts): this module
// supplies what is particular to ledgers — the record loaded in the actor's scope, the manifest's
// policy (403), the step's input (note, attachments in scope, fields validated by the transition's
// zod input: 400), the new state and fields written with one workflow_step row, and the clocks
// the step opens or extends. Refusals (409 WORKFLOW_REFUSED with the rule and its basis) are
// recorded by the engine as `<kind>.refused` and a workflow_refusal row.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isIsoDate } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import { entityAudit } from '../core/audit.ts';
import { parseInput } from '../core/validate.ts';
import { extendDeadline } from '../core/workflow/deadlines.ts';
import { applyStep, recordRefusal, runStep, WorkflowRefused } from '../core/workflow/engine.ts';
import type { Db, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { openRecordClock } from './clocks.ts';
import type { GuardContext, LedgerDef, LedgerRow, RecordTypeDef, TransitionDef } from './contract.ts';
import { claimDocNumbers } from './doc-numbers.ts';
import { linkTarget } from './links.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { pathsWithRoles } from './policy.ts';
import { indexRecord } from './search-index.ts';
import { auditValues, isEncryptedField, type LedgerRuntime, loadRecord } from './store.ts';

export { recordRefusal, WorkflowRefused };

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
type AnyDb = Kysely<any>;

export const transitionInputSchema = z.object({
  note: z.string().trim().max(2000, '说明不超过2000字').optional(),
  attachmentIds: z.array(z.number().int().positive()).max(50, '附件不超过50个').optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  on: z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式').optional(),
});
export type TransitionInput = z.infer<typeof transitionInputSchema>;

export function findTransition(rt: RecordTypeDef, id: string): TransitionDef {
  const t = rt.workflow.transitions.find((x) => x.id === id);
  if (!t) throw notFound(M.noTransition(id));
  return t;
}

function stateLabel(rt: RecordTypeDef, state: string): string {
  return rt.workflow.states.find((s) => s.id === state)?.label ?? state;
}

/**
 * How a step's authority is checked: by the ledger's policy over a record in the actor's reading
 * scope (the default), or `delegated` by a step of another record that links to this one
 * (`TransitionDef.linked`): the record is looked for where the actor holds one of the transition's
 * roles, and holding one over the record's organisation is the authority.
 */
export interface StepOptions {
  delegated?: boolean;
}

async function loadDelegated(
  tx: Tx,
  actor: Actor,
  rt: RecordTypeDef,
  t: TransitionDef,
  id: number,
): Promise<{ row: LedgerRow; orgPath: string }> {
  const paths = pathsWithRoles(actor, t.roles);
  const found = (await (tx as unknown as AnyDb)
    .selectFrom(`${rt.table} as r`)
    .innerJoin('org as o', 'o.id', 'r.orgId')
    .selectAll('r')
    .select('o.path as orgPath')
    .where('r.id', '=', id)
    .where((eb) => inOrgSubtree(eb as never, 'r.orgId' as never, paths))
    .executeTakeFirst()) as (LedgerRow & { orgPath: string }) | undefined;
  if (!found) throw forbidden(M.forbiddenAction(t.label));
  const { orgPath, ...row } = found;
  return { row: row as LedgerRow, orgPath };
}

export async function applyTransition(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
  transitionId: string,
  rawInput: unknown,
  rt0: LedgerRuntime,
  options: StepOptions = {},
): Promise<LedgerRow> {
  const input = parseInput(transitionInputSchema, rawInput ?? {});
  const t = findTransition(rt, transitionId);
  const { row, orgPath } = options.delegated
    ? await loadDelegated(tx, actor, rt, t, id)
    : await loadRecord(tx, actor, ledger, rt, id);
  if (!options.delegated && !ledger.policy(actor, `transition:${t.id}`, { orgPath }))
    throw forbidden(M.forbiddenAction(t.label));
  const on = input.on ?? rt0.today;
  const at = rt0.at ?? new Date().toISOString();
  let shown: Record<string, unknown> = {};
  return applyStep(tx, {
    actor,
    subject: {
      ledger: ledger.kind,
      recordType: rt.type,
      recordId: id,
      orgId: row.orgId,
      entityType: `${ledger.kind}.${rt.type}`,
    },
    state: row.state,
    transition: t,
    wrongState: () => ({
      rule: M.wrongState(stateLabel(rt, row.state), t.label),
      basis: t.basis ?? `${ledger.label}办理流程`,
    }),
    prepare: () => prepareStep(tx, actor, ledger, rt, t, row, input, on, rt0),
    write: async (ctx, toState, effects) => {
      await claimDocNumbers(tx, rt, ctx.fields, row.orgId, id);
      const values: Record<string, unknown> = { ...ctx.fields, ...effects };
      for (const f of rt.fields) {
        const v = values[f.name];
        if (isEncryptedField(f) && typeof v === 'string' && v !== '') values[f.name] = rt0.pii.encrypt(v);
        if (f.type === 'bool' && typeof v === 'boolean') values[f.name] = v ? 1 : 0;
      }
      const updated = (await (tx as unknown as AnyDb)
        .updateTable(rt.table)
        .set({ ...values, state: toState, updatedAt: at })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()) as LedgerRow;
      await indexRecord(tx, ledger, rt, updated);
      shown = auditValues(rt, ctx.fields, rt0.pii);
      await tx
        .insertInto('workflowStep')
        .values({
          ledger: ledger.kind,
          recordType: rt.type,
          recordId: id,
          orgId: row.orgId,
          action: t.id,
          fromState: row.state,
          toState,
          actorId: actor.system ? null : actor.userId,
          actorName: actor.displayName,
          at,
          onDate: on,
          note: input.note ?? null,
          attachmentIds: JSON.stringify(ctx.attachmentIds),
          fieldsJson: Object.keys(shown).length ? JSON.stringify(shown) : null,
        })
        .execute();
      return updated;
    },
    clocks: { defs: rt.workflow.deadlines, on },
    after: async (ctx, updated) => {
      const rec = { ledger: ledger.kind, recordType: rt.type, recordId: id };
      if (t.extends)
        await extendDeadline(tx, rt0.calendar, rec, t.extends.deadline, t.extends.extension(ctx));
      for (const def of rt.workflow.deadlines) {
        if (def.from.event !== t.id || (def.when && !def.when(updated))) continue;
        const start = def.from.field ? updated[def.from.field] : on;
        if (typeof start !== 'string') continue;
        await openRecordClock(tx, rt0.calendar, def, updated, {
          ...rec,
          orgId: row.orgId,
          title: String(updated[rt.titleField] ?? id),
          assigneeId: rt.assigneeField ? ((updated[rt.assigneeField] as number | null) ?? null) : null,
          start,
          note: def.note?.(updated) ?? null,
        });
      }
      if (t.linked) await runLinkedSteps(tx, actor, rt, t.linked, ctx, updated, rt0);
    },
    audit: (ctx, updated) => ({
      before: { state: row.state },
      after: {
        state: updated.state,
        on,
        fields: shown,
        attachmentIds: ctx.attachmentIds,
        note: input.note ?? null,
      },
    }),
    at: rt0.at,
  });
}

/** The guards' context: the day, the validated fields and the attachments in the actor's scope (400). */
async function prepareStep(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  t: TransitionDef,
  row: LedgerRow,
  input: TransitionInput,
  on: string,
  rt0: LedgerRuntime,
): Promise<GuardContext> {
  if (on > rt0.today) throw invalid(`on: ${M.futureDate}`, { on: M.futureDate });
  const startDate = row[rt.dateField];
  if (typeof startDate === 'string' && on < startDate) {
    throw invalid(`on: ${M.beforeStart(startDate)}`, { on: M.beforeStart(startDate) });
  }
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > 0) {
    // Only one's own uploads are attached (an attachment is then read as the record it belongs to,
    // routes/attachments.ts, so attaching another's file to a record one reads would open it); the
    // step's own roles may attach too (an advisor answering a review task).
    const paths = pathsWithRoles(actor, [...ledger.access.write, ...t.roles]);
    const found = await tx
      .selectFrom('attachment')
      .select('id')
      .where('id', 'in', attachmentIds)
      .where((eb) => inOrgSubtree(eb, 'attachment.orgId', paths))
      .$if(!actor.system, (q) => q.where('createdBy', '=', actor.userId))
      .execute();
    const ok = new Set(found.map((a) => a.id));
    const missing = attachmentIds.find((a) => !ok.has(a));
    if (missing !== undefined) {
      throw invalid(`attachmentIds: ${M.attachmentUnknown(missing)}`, {
        attachmentIds: M.attachmentUnknown(missing),
      });
    }
  }
  const fields = t.input ? parseInput(t.input, input.fields ?? {}) : {};
  return {
    actor,
    record: row,
    fields,
    attachmentIds,
    note: input.note ?? null,
    on,
    tx,
    calendar: rt0.calendar,
  };
}

/**
 * The linked steps of a step (`TransitionDef.linked`): for each link field of the record with a
 * value, the linked record's transition of that id, when its type has one, run through the engine
 * in the same transaction with the fields it declares; a refusal refuses the whole step.
 */
async function runLinkedSteps(
  tx: Tx,
  actor: Actor,
  rt: RecordTypeDef,
  linked: NonNullable<TransitionDef['linked']>,
  ctx: GuardContext,
  record: LedgerRow,
  rt0: LedgerRuntime,
): Promise<void> {
  for (const f of rt.fields) {
    const target = record[f.name];
    if (f.type !== 'link' || typeof target !== 'number') continue;
    const { ledger: tl, rt: trt } = linkTarget(f);
    const tt = trt.workflow.transitions.find((x) => x.id === linked.transition);
    if (!tt) continue;
    const offered = linked.fields(ctx);
    const fields: Record<string, unknown> = {};
    for (const name of tt.fields ?? []) if (offered[name] !== undefined) fields[name] = offered[name];
    await applyTransition(
      tx,
      actor,
      tl,
      trt,
      target,
      tt.id,
      { fields, on: ctx.on, note: ctx.note ?? undefined },
      rt0,
      { delegated: true },
    );
  }
}

/**
 * Runs a transition in its own transaction; a refusal is rolled back and then recorded in a
 * transaction of its own before it is rethrown.
 */
export async function runTransition(
  db: Db,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
  transitionId: string,
  input: unknown,
  rt0: LedgerRuntime,
): Promise<LedgerRow> {
  return runStep(db, actor, (tx) => applyTransition(tx, actor, ledger, rt, id, transitionId, input, rt0));
}

/** The timeline of a record: its workflow steps and its audit events, oldest first. */
export async function timelineOf(
  k: Db['k'] | Tx,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
): Promise<{
  steps: Array<{
    id: number;
    action: string;
    label: string;
    fromState: string | null;
    toState: string;
    toStateLabel: string;
    actorName: string | null;
    at: string;
    on: string;
    note: string | null;
    attachmentIds: number[];
    /** The step's attachments with their names and SHA-256 (执法全过程记录). */
    attachments: Array<{ id: number; name: string; sha256: string }>;
    fields: Record<string, unknown> | null;
  }>;
  audit: Array<{ seq: number; at: string; actorName: string | null; action: string; after: unknown }>;
}> {
  const steps = await k
    .selectFrom('workflowStep')
    .selectAll()
    .where('ledger', '=', ledger.kind)
    .where('recordType', '=', rt.type)
    .where('recordId', '=', id)
    .orderBy('id')
    .execute();
  const audit = await entityAudit(k, `${ledger.kind}.${rt.type}`, id);
  const idsOf = (s: { attachmentIds: string }) => JSON.parse(s.attachmentIds) as number[];
  const attachmentIds = [...new Set(steps.flatMap(idsOf))];
  const files = attachmentIds.length
    ? await k
        .selectFrom('attachment')
        .select(['id', 'name', 'sha256'])
        .where('id', 'in', attachmentIds)
        .execute()
    : [];
  const fileById = new Map(files.map((f) => [f.id, f]));
  const labelOf = (action: string) =>
    action === 'create' ? '登记' : (rt.workflow.transitions.find((t) => t.id === action)?.label ?? action);
  return {
    steps: steps.map((s) => ({
      id: s.id,
      action: s.action,
      label: labelOf(s.action),
      fromState: s.fromState,
      toState: s.toState,
      toStateLabel: stateLabel(rt, s.toState),
      actorName: s.actorName,
      at: s.at,
      on: s.onDate,
      note: s.note,
      attachmentIds: idsOf(s),
      attachments: idsOf(s).flatMap((a) => {
        const f = fileById.get(a);
        return f ? [{ id: f.id, name: f.name, sha256: f.sha256 }] : [];
      }),
      fields: s.fieldsJson ? (JSON.parse(s.fieldsJson) as Record<string, unknown>) : null,
    })),
    audit,
  };
}
