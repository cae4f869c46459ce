// Password resets under 三员分立: the sysadmin never chooses a user's password. A reset issues a
// one-time code (shown once to the sysadmin, stored only as a hash) that expires; logging in with it
// works once and leads straight to the forced password change, so the resetter never holds the
// account. A reset of an account that holds the secadmin, auditor or sysadmin role is only a
// request until the other administrator confirms it (RESET_CONFIRMER): the sysadmin knows the code
// but it does not work yet, the confirmer can make it work but never sees it.
import { randomInt } from 'node:crypto';
import { isAdminRole, type Role } from '../../shared/roles.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { AppError, conflict, forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { RESET_MESSAGES as M } from './messages.ts';
import { hashPassword } from './passwords.ts';
import { authorize, scopePaths } from './policy.ts';
import { findUser } from './users.ts';

/** Who confirms the reset of an administrator's account: the other of 安全管理员 / 审计管理员. The
 * secadmin's reset is confirmed by the auditor, the auditor's by the secadmin; a sysadmin's by the
 * secadmin (who manages the accounts' rights). Business accounts need no confirmation. */
export const RESET_CONFIRMER: Readonly<Partial<Record<Role, Role>>> = {
  secadmin: 'auditor',
  auditor: 'secadmin',
  sysadmin: 'secadmin',
};

/** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A code of 3 groups of 4 (about 70 bits), e.g. "Xk7p-Q3mz-W9ab". */
export function newResetCode(): string {
  const group = () =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

export interface ResetIssued {
  /** Shown once to the sysadmin; never stored or shown again. */
  code: string;
  expiresAt: string;
  /** issued: the code works now; pending: it works once `confirmRole` confirms. */
  state: 'issued' | 'pending';
  confirmRole: Role | null;
  resetId: number;
}

async function adminRolesOf(tx: Tx | Kdb, userId: number): Promise<Role[]> {
  const rows = await tx.selectFrom('roleAssignment').select('role').where('userId', '=', userId).execute();
  return rows.map((r) => r.role as Role).filter(isAdminRole);
}

/** The confirming role for a target holding these roles, or null. */
export function confirmRoleFor(roles: readonly Role[]): Role | null {
  for (const r of ['secadmin', 'auditor', 'sysadmin'] as const)
    if (roles.includes(r)) return RESET_CONFIRMER[r] ?? null;
  return null;
}

/** Makes the code the user's password: it works until `expiresAt`, once, and forces a change. */
async function applyCode(
  tx: Tx,
  userId: number,
  codeHash: string,
  expiresAt: string,
  at: string,
): Promise<void> {
  await tx
    .updateTable('appUser')
    .set({
      passwordHash: codeHash,
      mustChangePassword: 1,
      codeExpiresAt: expiresAt,
      codeUsedAt: null,
      failedCount: 0,
      lockedUntil: null,
      passwordChangedAt: at,
      updatedAt: at,
    })
    .where('id', '=', userId)
    .execute();
  await tx.deleteFrom('session').where('userId', '=', userId).execute();
}

/** The sysadmin resets a user's password: a new one-time code, valid `hours` from `now`. */
export async function requestPasswordReset(
  tx: Tx,
  actor: Actor,
  userId: number,
  now: Date,
  hours: number,
): Promise<ResetIssued> {
  const user = await findUser(tx, actor, userId);
  authorize(actor, 'user.reset_password', { orgPath: user.orgPath, userId });
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  const confirmRole = actor.system ? null : confirmRoleFor(await adminRolesOf(tx, userId));
  const code = newResetCode();
  const codeHash = await hashPassword(code);
  // A new reset replaces an earlier one that was not confirmed.
  await tx
    .updateTable('passwordReset')
    .set({ state: 'superseded' })
    .where('userId', '=', userId)
    .where('state', '=', 'pending')
    .execute();
  const state = confirmRole ? 'pending' : 'issued';
  const row = await tx
    .insertInto('passwordReset')
    .values({
      userId,
      requestedBy: actor.system ? null : actor.userId,
      requestedAt: at,
      expiresAt,
      codeHash,
      confirmRole,
      state,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!confirmRole) await applyCode(tx, userId, codeHash, expiresAt, at);
  await recordAudit(tx, actor, {
    action: confirmRole ? 'user.reset_requested' : 'user.reset_password',
    at,
    orgId: user.orgId,
    entityType: 'user',
    entityId: userId,
    after: { username: user.username, resetId: row.id, expiresAt, confirmRole, oneTimeCode: true },
  });
  return { code, expiresAt, state, confirmRole, resetId: row.id };
}

export interface PendingReset {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  orgName: string;
  requestedBy: string | null;
  requestedAt: string;
  expiresAt: string;
  confirmRole: Role;
  /** The actor holds the confirming role over the user's organisation. */
  canConfirm: boolean;
}

/** Scope of a role the actor holds, for confirming. */
function confirmPaths(actor: Actor, role: Role): string[] {
  if (role === 'auditor') return scopePaths(actor, 'audit');
  if (role === 'secadmin') return scopePaths(actor, 'secadmin');
  return [];
}

/** Resets awaiting confirmation that the actor may confirm, or (the sysadmin) has requested in scope. */
export async function listPendingResets(k: Kdb, actor: Actor, now: Date): Promise<PendingReset[]> {
  const rows = await k
    .selectFrom('passwordReset')
    .innerJoin('appUser', 'appUser.id', 'passwordReset.userId')
    .innerJoin('org', 'org.id', 'appUser.orgId')
    .leftJoin('appUser as requester', 'requester.id', 'passwordReset.requestedBy')
    .select([
      'passwordReset.id',
      'passwordReset.userId',
      'passwordReset.requestedAt',
      'passwordReset.expiresAt',
      'passwordReset.confirmRole',
      'appUser.username',
      'appUser.displayName',
      'appUser.orgId',
      'org.name as orgName',
      'org.path as orgPath',
      'requester.displayName as requesterName',
    ])
    .where('passwordReset.state', '=', 'pending')
    .where('passwordReset.expiresAt', '>', now.toISOString())
    .orderBy('passwordReset.id')
    .execute();
  const sys = scopePaths(actor, 'sysadmin');
  return rows.flatMap((r) => {
    const role = r.confirmRole as Role;
    const canConfirm =
      r.userId !== actor.userId && confirmPaths(actor, role).some((p) => r.orgPath.startsWith(p));
    const requested = sys.some((p) => r.orgPath.startsWith(p));
    if (!canConfirm && !requested) return [];
    return [
      {
        id: r.id,
        userId: r.userId,
        username: r.username,
        displayName: r.displayName,
        orgName: r.orgName,
        requestedBy: r.requesterName,
        requestedAt: r.requestedAt,
        expiresAt: r.expiresAt,
        confirmRole: role,
        canConfirm,
      },
    ];
  });
}

/** The other administrator confirms (the code starts to work) or rejects a pending reset. */
export async function decidePasswordReset(
  tx: Tx,
  actor: Actor,
  resetId: number,
  decision: 'confirm' | 'reject',
  now: Date,
): Promise<void> {
  const reset = await tx
    .selectFrom('passwordReset')
    .innerJoin('appUser', 'appUser.id', 'passwordReset.userId')
    .innerJoin('org', 'org.id', 'appUser.orgId')
    .selectAll('passwordReset')
    .select(['appUser.username', 'appUser.orgId', 'org.path as orgPath'])
    .where('passwordReset.id', '=', resetId)
    .where((eb) =>
      inOrgSubtree(eb, 'appUser.orgId', [...scopePaths(actor, 'audit'), ...scopePaths(actor, 'admin')]),
    )
    .executeTakeFirst();
  if (!reset) throw notFound(M.what);
  const role = reset.confirmRole as Role | null;
  if (!role) throw conflict('RESET_NOT_PENDING', M.notPending);
  if (reset.userId === actor.userId || reset.requestedBy === actor.userId) throw forbidden(M.notRequester);
  if (!confirmPaths(actor, role).some((p) => reset.orgPath.startsWith(p)))
    throw forbidden(M.wrongConfirmer(role));
  if (reset.state !== 'pending') throw conflict('RESET_NOT_PENDING', M.notPending);
  const at = now.toISOString();
  if (reset.expiresAt <= at) throw new AppError('RESET_EXPIRED', 409, M.expired);
  await tx
    .updateTable('passwordReset')
    .set({
      state: decision === 'confirm' ? 'issued' : 'rejected',
      confirmedBy: actor.userId,
      confirmedAt: at,
    })
    .where('id', '=', resetId)
    .execute();
  if (decision === 'confirm') await applyCode(tx, reset.userId, reset.codeHash, reset.expiresAt, at);
  await recordAudit(tx, actor, {
    action: decision === 'confirm' ? 'user.reset_confirmed' : 'user.reset_rejected',
    at,
    orgId: reset.orgId,
    entityType: 'user',
    entityId: reset.userId,
    after: { username: reset.username, resetId, requestedBy: reset.requestedBy, expiresAt: reset.expiresAt },
  });
}
