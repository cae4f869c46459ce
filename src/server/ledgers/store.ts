// Records of any registered ledger: scoped loading and listing (in SQL), creation and update as
// commands (one transaction, exactly one audit event); presentation with masking is present.ts. Sensitive phone
// and ID-card values are SM4-encrypted before they reach the table and never leave it in clear
// except through reveal().

import { type Kysely, sql } from 'kysely';
import type { Calendar } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import type { Pii } from '../core/pii.ts';
import { escapeLike } from '../core/sql-util.ts';
import { parseInput } from '../core/validate.ts';
import { refreshRecordClocks } from '../core/workflow/deadlines.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree, pathInScope } from '../db/scope.ts';
import { AppError, forbidden, invalid, notFound } from '../errors.ts';
import { openRecordClock } from './clocks.ts';
import type { LedgerDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { claimDocNumbers } from './doc-numbers.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { pathsWithRoles, readPaths } from './policy.ts';
import { isEncryptedField, maskValue } from './present.ts';
import { checkReferences, orgPathOf } from './references.ts';
import { indexRecord } from './search-index.ts';

export { isEncryptedField, presentRows, type RecordView } from './present.ts';
export { orgPathOf } from './references.ts';

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
type AnyDb = Kysely<any>;
const any = (k: Kdb | Tx) => k as unknown as AnyDb;

export interface LedgerRuntime {
  pii: Pii;
  calendar: Calendar;
  /** YYYY-MM-DD in China. */
  today: string;
  /** Time of the writes (audit events, steps); now by default. */
  at?: string;
}

/** Throws 403 when the actor may not use the ledger at all (administrators, roles without access). */
export function assertLedgerAccess(actor: Actor, ledger: LedgerDef): string[] {
  const paths = readPaths(actor, ledger);
  if (paths.length === 0) throw forbidden(M.forbiddenLedger(ledger.label));
  return paths;
}

/**
 * The rows of a record type the actor reads: those in the subtrees of its reading roles, and, for
 * the roles that read only their own (`access.own`), those assigned to the actor there.
 */
// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
function readable(eb: any, actor: Actor, ledger: LedgerDef, rt: RecordTypeDef, paths: string[]) {
  const own = ledger.access.own ?? [];
  if (own.length === 0 || actor.system) return inOrgSubtree(eb, 'r.orgId' as never, paths);
  const full = pathsWithRoles(
    actor,
    ledger.access.read.filter((r) => !own.includes(r)),
  );
  const mine = pathsWithRoles(actor, own);
  const ors = [inOrgSubtree(eb, 'r.orgId' as never, full)];
  if (rt.assigneeField && mine.length > 0) {
    ors.push(
      eb.and([inOrgSubtree(eb, 'r.orgId' as never, mine), eb(`r.${rt.assigneeField}`, '=', actor.userId)]),
    );
  }
  return eb.and([inOrgSubtree(eb, 'r.orgId' as never, paths), eb.or(ors)]);
}

/** Whether the actor reads records of the type at all: through a full reading role, or, for the
 * roles that read only their own (`access.own`), when the type has an assignee. */
export function readsType(actor: Actor, ledger: LedgerDef, rt: RecordTypeDef): boolean {
  const own = ledger.access.own ?? [];
  if (own.length === 0 || actor.system) return readPaths(actor, ledger).length > 0;
  const full = ledger.access.read.filter((r) => !own.includes(r));
  if (pathsWithRoles(actor, full).length > 0) return true;
  return rt.assigneeField !== undefined && pathsWithRoles(actor, own).length > 0;
}

function assertTypeAccess(actor: Actor, ledger: LedgerDef, rt: RecordTypeDef): string[] {
  const paths = assertLedgerAccess(actor, ledger);
  if (!readsType(actor, ledger, rt)) throw forbidden(M.forbiddenLedger(rt.label));
  return paths;
}

/** A record in the actor's read scope with its organisation path, or 404. */
export async function loadRecord(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
): Promise<{ row: LedgerRow; orgPath: string }> {
  const paths = assertTypeAccess(actor, ledger, rt);
  const row = (await any(k)
    .selectFrom(`${rt.table} as r`)
    .innerJoin('org as o', 'o.id', 'r.orgId')
    .selectAll('r')
    .select('o.path as orgPath')
    .where('r.id', '=', id)
    .where((eb) => readable(eb, actor, ledger, rt, paths))
    .executeTakeFirst()) as (LedgerRow & { orgPath: string }) | undefined;
  if (!row) throw notFound(M.record);
  const { orgPath, ...rest } = row;
  return { row: rest as LedgerRow, orgPath };
}

// ── listing ─────────────────────────────────────────────────────────────────────────

export interface ListQuery {
  q?: string;
  state?: string;
  org?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
  /** `list`: only the fields the list shows (list.ts `pageFields`); otherwise every field. */
  columns?: 'all' | 'list';
}

/** The organisations a list or an export reads: the actor's scope, narrowed to `query.org`. */
export async function scopePaths(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  query: ListQuery,
): Promise<string[]> {
  const paths = assertTypeAccess(actor, ledger, rt);
  if (query.org === undefined) return paths;
  const p = await orgPathOf(k, query.org);
  // An organisation outside the scope narrows to nothing rather than widening anything.
  return p && pathInScope(p, paths) ? [p] : [];
}

/** A list's filters as query parameters (`pattern`: a LIKE pattern, see `likePattern`). */
export interface ListFilters {
  state?: string | null;
  from?: string | null;
  to?: string | null;
  pattern?: string | null;
}

export const likePattern = (q: string) => `%${escapeLike(q.trim())}%`;

export function listFilters(query: ListQuery): ListFilters {
  return {
    state: query.state,
    from: query.from,
    to: query.to,
    pattern: query.q ? likePattern(query.q) : null,
  };
}

/**
 * The filtered query of a record type over `paths` (from `scopePaths`). Its structure depends on
 * the actor, the record type, `paths` and which filters are set; the filters' values are only
 * parameters (list.ts builds it once per shape).
 */
export function filteredQuery(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  paths: string[],
  f: ListFilters,
) {
  let q = any(k)
    .selectFrom(`${rt.table} as r`)
    .where((eb) => readable(eb, actor, ledger, rt, paths));
  if (f.state) q = q.where('r.state', '=', f.state);
  if (f.from) q = q.where(`r.${rt.dateField}`, '>=', f.from);
  if (f.to) q = q.where(`r.${rt.dateField}`, '<=', f.to);
  const search = rt.fields.filter((x) => x.search && !isEncryptedField(x));
  const pattern = f.pattern;
  if (pattern && search.length > 0)
    q = q.where((eb) =>
      eb.or(search.map((x) => sql<boolean>`${eb.ref(`r.${x.name}`)} LIKE ${pattern} ESCAPE '\\'`)),
    );
  return q;
}

/** The filtered, scoped query of a record type (shared by the list and the export). */
export async function scopedQuery(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  query: ListQuery,
) {
  const paths = await scopePaths(k, actor, ledger, rt, query);
  return filteredQuery(k, actor, ledger, rt, paths, listFilters(query));
}

// ── writing ─────────────────────────────────────────────────────────────────────────

function encryptValues(
  rt: RecordTypeDef,
  values: Record<string, unknown>,
  pii: Pii,
): Record<string, unknown> {
  const out = { ...values };
  for (const f of rt.fields) {
    if (!isEncryptedField(f)) continue;
    const v = out[f.name];
    if (typeof v === 'string' && v !== '') out[f.name] = pii.encrypt(v);
    else if (v === '') out[f.name] = null;
  }
  for (const f of rt.fields)
    if (f.type === 'bool' && typeof out[f.name] === 'boolean') out[f.name] = out[f.name] ? 1 : 0;
  return out;
}

/** What audit events keep of the values: sensitive ones masked, never in clear. */
export function auditValues(
  rt: RecordTypeDef,
  values: Record<string, unknown>,
  pii: Pii,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(values)) {
    const f = rt.fields.find((x) => x.name === key);
    out[key] = f?.sensitive ? maskValue(f, v, pii) : v;
  }
  return out;
}

function assigneeOf(rt: RecordTypeDef, row: Record<string, unknown>): number | null {
  if (!rt.assigneeField) return null;
  const v = row[rt.assigneeField];
  return typeof v === 'number' ? v : null;
}

/** Inserts a validated record (no audit); used by create and import. */
export async function insertRecord(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  values: Record<string, unknown>,
  rt0: LedgerRuntime,
): Promise<LedgerRow> {
  const at = rt0.at ?? new Date().toISOString();
  const actorId = actor.system ? null : actor.userId;
  await claimDocNumbers(tx, rt, values, values.orgId as number, null);
  const row = (await any(tx)
    .insertInto(rt.table)
    .values({
      ...encryptValues(rt, values, rt0.pii),
      state: rt.workflow.initial,
      createdAt: at,
      createdBy: actorId,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow()) as LedgerRow;
  await indexRecord(tx, ledger, rt, row);
  const onDate = typeof row[rt.dateField] === 'string' ? (row[rt.dateField] as string) : rt0.today;
  await tx
    .insertInto('workflowStep')
    .values({
      ledger: ledger.kind,
      recordType: rt.type,
      recordId: row.id,
      orgId: row.orgId,
      action: 'create',
      fromState: null,
      toState: row.state,
      actorId,
      actorName: actor.displayName,
      at,
      onDate,
      note: null,
      attachmentIds: '[]',
      fieldsJson: null,
    })
    .execute();
  for (const def of rt.workflow.deadlines) {
    if (def.from.event !== 'create' || (def.when && !def.when(row))) continue;
    const start = def.from.field ? row[def.from.field] : onDate;
    if (typeof start !== 'string') continue;
    await openRecordClock(tx, rt0.calendar, def, row, {
      ledger: ledger.kind,
      recordType: rt.type,
      recordId: row.id,
      orgId: row.orgId,
      title: String(row[rt.titleField] ?? row.id),
      assigneeId: assigneeOf(rt, row),
      start,
      note: def.note?.(row) ?? null,
    });
  }
  return row;
}

export async function createRecord(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  input: unknown,
  rt0: LedgerRuntime,
): Promise<LedgerRow> {
  assertLedgerAccess(actor, ledger);
  if (!ledger.policy(actor, 'create')) throw forbidden(M.forbiddenAction('新建'));
  const values = parseInput(rt.inputs.create, input);
  await checkReferences(tx, actor, ledger, rt, values, 'create', null, rt0.today);
  const row = await insertRecord(tx, actor, ledger, rt, values, rt0);
  await recordAudit(tx, actor, {
    action: `${ledger.kind}.create`,
    orgId: row.orgId,
    entityType: `${ledger.kind}.${rt.type}`,
    entityId: row.id,
    after: auditValues(rt, values, rt0.pii),
    at: rt0.at,
  });
  return row;
}

export async function updateRecord(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
  input: unknown,
  rt0: LedgerRuntime,
): Promise<LedgerRow> {
  const { row, orgPath } = await loadRecord(tx, actor, ledger, rt, id);
  if (!ledger.policy(actor, 'update', { orgPath })) throw forbidden(M.forbiddenAction('修改'));
  if (!ledger.policy(actor, 'update', { orgPath, state: row.state, row })) {
    const label = rt.workflow.states.find((s) => s.id === row.state)?.label ?? row.state;
    throw new AppError('RECORD_FINAL', 409, M.finalState(label));
  }
  const values = parseInput(rt.inputs.update, input);
  await checkReferences(tx, actor, ledger, rt, values, 'update', orgPath, rt0.today);
  const changed = Object.keys(values).filter((key) => values[key] !== undefined);
  if (changed.length === 0) return row;
  await claimDocNumbers(tx, rt, values, (values.orgId as number | undefined) ?? row.orgId, id);
  const at = rt0.at ?? new Date().toISOString();
  const updated = (await any(tx)
    .updateTable(rt.table)
    .set({ ...encryptValues(rt, values, rt0.pii), updatedAt: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()) as LedgerRow;
  await indexRecord(tx, ledger, rt, updated);
  const before: Record<string, unknown> = {};
  for (const key of changed) before[key] = row[key];
  await refreshRecordClocks(
    tx,
    rt0.calendar,
    rt.workflow.deadlines,
    {
      ledger: ledger.kind,
      recordType: rt.type,
      recordId: id,
      orgId: updated.orgId,
      title: String(updated[rt.titleField] ?? id),
      assigneeId: assigneeOf(rt, updated),
    },
    updated,
    row,
  );
  await recordAudit(tx, actor, {
    action: `${ledger.kind}.update`,
    orgId: updated.orgId,
    entityType: `${ledger.kind}.${rt.type}`,
    entityId: id,
    before: auditValues(rt, before, rt0.pii),
    after: auditValues(rt, values, rt0.pii),
    at: rt0.at,
  });
  return updated;
}

/** The clear value of a sensitive field; the caller has checked the permission. Audited. */
export async function reveal(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  id: number,
  field: string,
  pii: Pii,
): Promise<{ field: string; value: string }> {
  const { row, orgPath } = await loadRecord(tx, actor, ledger, rt, id);
  const f = rt.fields.find((x) => x.name === field);
  if (!f?.sensitive) throw invalid(M.revealNotSensitive(f?.label ?? field));
  if (!ledger.policy(actor, 'reveal', { orgPath, state: row.state, row })) {
    throw forbidden(M.forbiddenAction('查看个人信息'));
  }
  const stored = row[field];
  if (stored === null || stored === undefined || stored === '') throw invalid(M.revealEmpty(f.label));
  const s = String(stored);
  const value = isEncryptedField(f) && pii.isEncrypted(s) ? pii.decrypt(s) : s;
  await recordAudit(tx, actor, {
    action: `${ledger.kind}.reveal`,
    orgId: row.orgId,
    entityType: `${ledger.kind}.${rt.type}`,
    entityId: id,
    after: { field, label: f.label },
  });
  return { field, value };
}
