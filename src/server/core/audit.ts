// The audit trail: append-only events chained by keyed hash (HMAC-SM3 with the deployment's audit
// key, core/keys.ts, which the database does not hold). Each event is written in the caller's
// transaction, so an event exists exactly when its change was committed. The database rejects
// UPDATE and DELETE (triggers in migration 0001); verifyAudit() detects what a superuser could
// still do by hand: an edited field, a deleted or inserted event, a changed order, a chain
// re-hashed without the key; and, with the signed checkpoints (audit-checkpoints.ts), events
// deleted from the end.
import { createHash, createHmac } from 'node:crypto';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { AuditVerifyResult } from '../../shared/api/audit.ts';
import { auditKeyOf, type Kdb, type Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { Database } from '../db/types.ts';
import { invalid } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AUDIT_MESSAGES as M } from './messages.ts';
import { authorize, isRootPath, scopePaths } from './policy.ts';
import { escapeLike, isPostgres } from './sql-util.ts';

export const GENESIS_HASH = '0'.repeat(64);
/** Key of the PostgreSQL advisory lock that serialises appends to the chain ("FAZH"). */
const AUDIT_LOCK_KEY = 0x46415a48;

export interface AuditInput {
  action: string;
  orgId?: number | null;
  entityType?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  clientIp?: string | null;
  /** Time of the event; now by default (tests inject their clock). */
  at?: Date | string;
}

/** The fields covered by the hash, in their stored form. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  clientIp: string | null;
  prevHash: string;
}

/**
 * HMAC-SM3 (SM3: GB/T 32905-2016) with the audit key over a canonical serialisation: a JSON array
 * in a fixed field order. Without a key: the plain SM3 of the first releases (v1), which anyone who
 * can write the database can recompute, accepted by verifyAudit only before the first keyed event.
 */
export function auditHash(e: ChainedFields, key: Buffer | null): string {
  const canonical = JSON.stringify([
    key ? 'fazhi-audit-v2' : 'fazhi-audit-v1',
    e.seq,
    e.at,
    e.actorId,
    e.actorName,
    e.orgId,
    e.action,
    e.entityType,
    e.entityId,
    e.beforeJson,
    e.afterJson,
    e.clientIp,
    e.prevHash,
  ]);
  if (key) return createHmac('sm3', key).update(canonical, 'utf8').digest('hex');
  return createHash('sm3').update(canonical, 'utf8').digest('hex');
}

/** The audit key of this database's connection; an event is never written or checked without one. */
export function requireAuditKey(k: Kdb | Tx): Buffer {
  const key = auditKeyOf(k);
  if (!key) throw new Error('audit key missing: open the database with openDb(target, { auditKey })');
  return key;
}

function json(v: unknown): string | null {
  return v === undefined ? null : JSON.stringify(v);
}

/** Appends one event in the caller's transaction and returns its sequence number and hash. */
export async function recordAudit(
  tx: Tx,
  actor: Actor | null,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  if (!tx.isTransaction) throw new Error('recordAudit must run inside a transaction');
  const key = requireAuditKey(tx);
  // PostgreSQL: concurrent transactions queue here until the holder commits, so each reads the
  // true last event. SQLite: one writer at a time already.
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_LOCK_KEY)})`.execute(tx);
  const last = await tx
    .selectFrom('auditEvent')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const at = input.at === undefined ? new Date().toISOString() : new Date(input.at).toISOString();
  const fields: ChainedFields = {
    seq: (last?.seq ?? 0) + 1,
    at,
    actorId: actor && !actor.system ? actor.userId : null,
    actorName: actor ? actor.displayName : null,
    orgId: input.orgId !== undefined ? input.orgId : actor && !actor.system ? actor.orgId : null,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    beforeJson: json(input.before),
    afterJson: json(input.after),
    clientIp: input.clientIp !== undefined ? input.clientIp : (actor?.clientIp ?? null),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = auditHash(fields, key);
  await tx
    .insertInto('auditEvent')
    .values({ ...fields, hash })
    .execute();
  return { seq: fields.seq, hash };
}

export type VerifyResult = AuditVerifyResult;

const withLegacy = (legacy: number) => (legacy > 0 ? { legacy } : {});

/**
 * Walks the chain in sequence order. Reports the first event whose stored hash does not match its
 * fields (edited, or moved to another position), the first sequence number missing (deleted), or
 * the first event not linked to the one before it (deleted, inserted or reordered and re-hashed).
 */
export async function verifyAudit(k: Kdb, batchSize = 1000): Promise<VerifyResult> {
  const key = requireAuditKey(k);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  let legacy = 0;
  for (;;) {
    const rows = await k
      .selectFrom('auditEvent')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const r of rows) {
      if (r.seq !== expectedSeq) {
        return {
          ok: false,
          count,
          ...withLegacy(legacy),
          firstBroken: { seq: expectedSeq, code: 'missing', reason: M.missing(expectedSeq, r.seq) },
        };
      }
      if (auditHash(r, key) !== r.hash) {
        const plain = auditHash(r, null) === r.hash;
        if (plain && legacy === count) legacy++;
        else if (plain) {
          const firstBroken = { seq: r.seq, code: 'unkeyed' as const, reason: M.unkeyed(r.seq) };
          return { ok: false, count, ...withLegacy(legacy), firstBroken };
        } else {
          const firstBroken = { seq: r.seq, code: 'edited' as const, reason: M.edited(r.seq) };
          return { ok: false, count, ...withLegacy(legacy), firstBroken };
        }
      }
      if (r.prevHash !== prevHash) {
        return {
          ok: false,
          count,
          ...withLegacy(legacy),
          firstBroken: { seq: r.seq, code: 'link', reason: M.link(r.seq) },
        };
      }
      prevHash = r.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < batchSize) break;
  }
  // Rows with a sequence number below 1 can only come from a hand-made insert.
  const stray = await k
    .selectFrom('auditEvent')
    .select('seq')
    .where('seq', '<', 1)
    .orderBy('seq')
    .executeTakeFirst();
  if (stray)
    return {
      ok: false,
      count,
      ...withLegacy(legacy),
      firstBroken: { seq: stray.seq, code: 'link', reason: M.link(stray.seq) },
    };
  return { ok: true, count, ...withLegacy(legacy) };
}

/** The audit events of one entity, oldest first (a record's timeline shows them). */
export async function entityAudit(
  k: Kdb | Tx,
  entityType: string,
  entityId: string | number,
): Promise<Array<{ seq: number; at: string; actorName: string | null; action: string; after: unknown }>> {
  const rows = await k
    .selectFrom('auditEvent')
    .select(['seq', 'at', 'actorName', 'action', 'afterJson'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', String(entityId))
    .orderBy('seq')
    .execute();
  return rows.map((a) => ({
    seq: a.seq,
    at: a.at,
    actorName: a.actorName,
    action: a.action,
    after: a.afterJson ? (JSON.parse(a.afterJson) as unknown) : null,
  }));
}

export interface AuditFilter {
  /** A user id, or part of a name / a username. */
  actor?: string;
  /** An exact action, or a prefix ending in "." ("auth."). */
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Events of this organisation and its subtree. */
  orgId?: number;
  /** 'YYYY-MM-DD' (a Beijing-time day) or an ISO timestamp; both ends inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditEventView {
  id: number;
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  orgName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  hash: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A filter bound as an ISO instant; a bare date is a day in Beijing time (UTC+8). */
function bound(value: string, end: boolean, field: string): string {
  if (DAY.test(value)) {
    const start = new Date(`${value}T00:00:00+08:00`);
    if (Number.isNaN(start.getTime())) throw invalid(`${field}: ${M.badDate}`, { [field]: M.badDate });
    return end ? new Date(start.getTime() + 86_400_000).toISOString() : start.toISOString();
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw invalid(`${field}: ${M.badDate}`, { [field]: M.badDate });
  return end ? new Date(d.getTime() + 1).toISOString() : d.toISOString();
}

/** The auditor's view: events of organisations in the auditor's scope, newest first. */
export async function listAudit(
  k: Kdb,
  actor: Actor,
  filter: AuditFilter = {},
): Promise<{ items: AuditEventView[]; total: number }> {
  authorize(actor, 'audit.read');
  const paths = scopePaths(actor, 'audit');
  // Events with no organisation (system events, failed logins of unknown names) belong to the root.
  const seesUnowned = paths.some((p) => p === '/' || isRootPath(p));
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const pageSize = Math.min(200, Math.max(1, Math.floor(filter.pageSize ?? 20)));
  let orgPath: string | null = null;
  if (filter.orgId !== undefined) {
    const org = await k.selectFrom('org').select('path').where('id', '=', filter.orgId).executeTakeFirst();
    orgPath = org?.path ?? null;
    if (!org) return { items: [], total: 0 };
  }
  const from = filter.from ? bound(filter.from, false, 'from') : null;
  const to = filter.to ? bound(filter.to, true, 'to') : null;

  const where = (eb: ExpressionBuilder<Database, 'auditEvent'>): Expression<SqlBool> => {
    const scope = inOrgSubtree(eb, 'auditEvent.orgId', paths);
    const conds: Expression<SqlBool>[] = [
      seesUnowned ? eb.or([scope, eb('auditEvent.orgId', 'is', null)]) : scope,
    ];
    if (orgPath) conds.push(inOrgSubtree(eb, 'auditEvent.orgId', [orgPath]));
    const who = filter.actor?.trim();
    if (who) {
      if (/^\d+$/.test(who)) conds.push(eb('auditEvent.actorId', '=', Number(who)));
      else {
        const users = eb
          .selectFrom('appUser')
          .select('appUser.id')
          .where('appUser.username', '=', who.toLowerCase());
        conds.push(
          eb.or([
            sql<SqlBool>`${eb.ref('auditEvent.actorName')} LIKE ${`%${escapeLike(who)}%`} ESCAPE '\\'`,
            eb('auditEvent.actorId', 'in', users),
          ]),
        );
      }
    }
    const action = filter.action?.trim();
    if (action) {
      conds.push(
        action.endsWith('.')
          ? sql<SqlBool>`${eb.ref('auditEvent.action')} LIKE ${`${escapeLike(action)}%`} ESCAPE '\\'`
          : eb('auditEvent.action', '=', action),
      );
    }
    if (filter.entityType) conds.push(eb('auditEvent.entityType', '=', filter.entityType));
    if (filter.entityId) conds.push(eb('auditEvent.entityId', '=', filter.entityId));
    if (from) conds.push(eb('auditEvent.at', '>=', from));
    if (to) conds.push(eb('auditEvent.at', '<', to));
    return eb.and(conds);
  };

  const totalRow = await k
    .selectFrom('auditEvent')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await k
    .selectFrom('auditEvent')
    .leftJoin('org', 'org.id', 'auditEvent.orgId')
    .selectAll('auditEvent')
    .select('org.name as orgName')
    .where((eb) => where(eb as unknown as ExpressionBuilder<Database, 'auditEvent'>))
    .orderBy('auditEvent.seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(totalRow.n),
    items: rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      at: r.at,
      actorId: r.actorId,
      actorName: r.actorName,
      orgId: r.orgId,
      orgName: r.orgName ?? null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.beforeJson === null ? null : JSON.parse(r.beforeJson),
      after: r.afterJson === null ? null : JSON.parse(r.afterJson),
      clientIp: r.clientIp,
      hash: r.hash,
    })),
  };
}
