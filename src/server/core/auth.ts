// Login with lockout, database-backed sessions (so app processes stay stateless), logout and
// password change. The clock is a parameter so tests can step over the lockout and timeouts.

import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/connect.ts';
import type { AppUser } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { type Actor, loadActor, loadActorUnder } from './actor.ts';
import { recordAudit } from './audit.ts';
import { chinaTime } from './clock.ts';
import { AUTH_MESSAGES as M, PASSWORD_MESSAGES, RESET_MESSAGES } from './messages.ts';
import { assertPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import { AUTH_SETTINGS, type AuthSettings } from './security-settings.ts';
import { readSession } from './session-read.ts';

export interface AuthOptions {
  now?: Date;
  /** The application clock's instant (app.clock.now()): a one-time reset code expires by it. */
  clockNow?: Date;
  settings?: AuthSettings;
}

export interface LoginInput {
  username: string;
  password: string;
  clientIp: string | null;
  userAgent: string | null;
}

export interface LoginResult {
  /** Goes into the cookie; only its SHA-256 is stored. */
  sessionToken: string;
  csrfToken: string;
  actor: Actor;
}

const MINUTE = 60_000;
/** A new password may not be one of the last five (GB/T 22239-2019 8.1.4.1 a): 定期更换). */
export const REUSE_DEPTH = 5;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** "2026-03-01 14:30" in Beijing time (to the minute). */
export function beijingTime(iso: string): string {
  return chinaTime(iso).slice(0, 16);
}

/** The user as the actor of their own authentication events. */
function selfActor(user: AppUser, clientIp: string | null): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    orgPath: '',
    mustChangePassword: user.mustChangePassword === 1,
    roles: [],
    clientIp,
  };
}

function lockedError(until: string): AppError {
  return new AppError('LOCKED', 423, M.locked(beijingTime(until)), { lockedUntil: until });
}

export async function login(db: Db, input: LoginInput, opts: AuthOptions = {}): Promise<LoginResult> {
  const now = opts.now ?? new Date();
  const at = now.toISOString();
  const s = opts.settings ?? AUTH_SETTINGS;
  const username = input.username.trim().toLowerCase().slice(0, 64);
  const clientIp = input.clientIp;
  const user = await db.k
    .selectFrom('appUser')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();

  if (!user) {
    // Same work and the same answers as for a real account with a wrong password — the count of
    // tries left, then the lock — so the answer does not reveal whether the name exists. The count
    // lives in the database (login_counter), shared by every app process.
    const key = `name:${username}`;
    const counter = await db.k
      .selectFrom('loginCounter')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (counter?.lockedUntil && counter.lockedUntil > at) {
      await db.k.transaction().execute((tx) =>
        recordAudit(tx, null, {
          action: 'auth.login_failed',
          at,
          clientIp,
          entityType: 'user',
          after: { username, reason: 'unknown_user' },
        }),
      );
      throw lockedError(counter.lockedUntil);
    }
    await verifyPassword(input.password, await dummyPasswordHash());
    const outcome = await db.k.transaction().execute(async (tx) => {
      const count = (counter && !counter.lockedUntil ? counter.count : 0) + 1;
      const locked = count >= s.maxFailedLogins;
      const until = locked ? new Date(now.getTime() + s.lockoutMinutes * MINUTE).toISOString() : null;
      const row = { count: locked ? 0 : count, windowStart: counter?.windowStart ?? at, lockedUntil: until };
      if (counter) await tx.updateTable('loginCounter').set(row).where('key', '=', key).execute();
      else
        await tx
          .insertInto('loginCounter')
          .values({ key, ...row })
          .execute();
      await recordAudit(tx, null, {
        action: 'auth.login_failed',
        at,
        clientIp,
        entityType: 'user',
        after: { username, reason: 'unknown_user', failedCount: count },
      });
      return { left: s.maxFailedLogins - count, until };
    });
    if (outcome.until !== null) throw lockedError(outcome.until);
    throw new AppError('BAD_CREDENTIALS', 401, M.badCredentials(outcome.left));
  }

  const self = selfActor(user, clientIp);
  const audit = (tx: Tx, action: string, after: Record<string, unknown>) =>
    recordAudit(tx, self, {
      action,
      at,
      entityType: 'user',
      entityId: user.id,
      after: { username, ...after },
    });

  if (user.lockedUntil !== null && user.lockedUntil > at) {
    await db.k.transaction().execute((tx) => audit(tx, 'auth.login_failed', { reason: 'locked' }));
    throw lockedError(user.lockedUntil);
  }

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const outcome = await db.k.transaction().execute(async (tx) => {
      // Locking resets the count, so an expired lock starts afresh.
      const row = await tx
        .updateTable('appUser')
        .set((eb) => ({ failedCount: eb('failedCount', '+', 1), lockedUntil: null }))
        .where('id', '=', user.id)
        .returning('failedCount')
        .executeTakeFirstOrThrow();
      await audit(tx, 'auth.login_failed', { reason: 'bad_password', failedCount: row.failedCount });
      if (row.failedCount < s.maxFailedLogins)
        return { left: s.maxFailedLogins - row.failedCount, until: null };
      const until = new Date(now.getTime() + s.lockoutMinutes * MINUTE).toISOString();
      await tx
        .updateTable('appUser')
        .set({ lockedUntil: until, failedCount: 0 })
        .where('id', '=', user.id)
        .execute();
      await audit(tx, 'auth.locked', { lockedUntil: until, minutes: s.lockoutMinutes });
      return { left: 0, until };
    });
    if (outcome.until !== null) throw lockedError(outcome.until);
    throw new AppError('BAD_CREDENTIALS', 401, M.badCredentials(outcome.left));
  }

  if (user.active !== 1) {
    await db.k.transaction().execute((tx) => audit(tx, 'auth.login_failed', { reason: 'disabled' }));
    throw new AppError('ACCOUNT_DISABLED', 403, M.disabled);
  }

  // A one-time reset code works once, until it expires; the session it opens can only change the
  // password (the forced change, http/auth-hooks.ts).
  const oneTime = user.codeExpiresAt !== null;
  if (oneTime) {
    const clockAt = (opts.clockNow ?? now).toISOString();
    const used = user.codeUsedAt !== null;
    if (used || (user.codeExpiresAt as string) <= clockAt) {
      await db.k
        .transaction()
        .execute((tx) => audit(tx, 'auth.login_failed', { reason: used ? 'code_used' : 'code_expired' }));
      throw new AppError('RESET_CODE_EXPIRED', 401, RESET_MESSAGES.codeExpired);
    }
  }

  const sessionToken = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(sessionToken);
  await db.k.transaction().execute(async (tx) => {
    await tx
      .updateTable('appUser')
      .set({
        failedCount: 0,
        lockedUntil: null,
        lastLoginAt: at,
        ...(oneTime ? { codeUsedAt: (opts.clockNow ?? now).toISOString() } : {}),
      })
      .where('id', '=', user.id)
      .execute();
    // Sessions that ended without anyone noticing are cleared here rather than by a timer.
    await tx
      .deleteFrom('session')
      .where((eb) =>
        eb.or([
          eb('lastSeenAt', '<', new Date(now.getTime() - s.idleTimeoutMinutes * MINUTE).toISOString()),
          eb('createdAt', '<', new Date(now.getTime() - s.absoluteTimeoutHours * 60 * MINUTE).toISOString()),
        ]),
      )
      .execute();
    await tx
      .insertInto('session')
      .values({
        id: sessionId,
        userId: user.id,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        clientIp,
        userAgent: input.userAgent ? input.userAgent.slice(0, 512) : null,
      })
      .execute();
    await audit(tx, 'auth.login', {
      userAgent: input.userAgent ? input.userAgent.slice(0, 200) : null,
      ...(oneTime ? { oneTimeCode: true } : {}),
    });
  });
  const actor = await loadActor(db.k, user.id, clientIp);
  if (!actor) throw new AppError('ACCOUNT_DISABLED', 403, M.disabled);
  return { sessionToken, csrfToken, actor: { ...actor, sessionId } };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  sessionId: string;
}

function expired(message = M.sessionExpired): AppError {
  return new AppError('SESSION_EXPIRED', 401, message);
}

/**
 * The actor behind a session cookie. An unknown token, a session idle for longer than the idle
 * timeout or older than the absolute timeout, or a deactivated user: 401 SESSION_EXPIRED (the
 * session row is deleted, and a timeout is audited).
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date = new Date(),
  clientIp: string | null = null,
  settings: AuthSettings = AUTH_SETTINGS,
): Promise<ResolvedSession> {
  if (!token || token.length > 128) throw expired();
  const id = sessionIdOf(token);
  // The session with the stamps its actor and the process's caches are kept under (session-read.ts).
  const row = await readSession(db, id);
  if (!row) throw expired();
  const t = now.getTime();
  const idle = t - new Date(row.lastSeenAt).getTime() > settings.idleTimeoutMinutes * MINUTE;
  const tooOld = t - new Date(row.createdAt).getTime() > settings.absoluteTimeoutHours * 60 * MINUTE;
  if (idle || tooOld) {
    await db.k.transaction().execute(async (tx) => {
      const del = await tx.deleteFrom('session').where('id', '=', id).executeTakeFirst();
      // Two requests may find the same expired session; only the one that deleted it reports.
      if (Number(del.numDeletedRows) === 0) return;
      const user = await tx.selectFrom('appUser').selectAll().where('id', '=', row.userId).executeTakeFirst();
      await recordAudit(tx, user ? selfActor(user, clientIp ?? row.clientIp) : null, {
        action: 'auth.session_expired',
        at: now,
        entityType: 'user',
        entityId: row.userId,
        after: { reason: tooOld ? 'absolute' : 'idle', lastSeenAt: row.lastSeenAt, createdAt: row.createdAt },
      });
    });
    throw expired();
  }
  const actor = await loadActorUnder(db.k, row.userId, clientIp ?? row.clientIp, row.actorStamps);
  if (!actor) {
    await db.k.deleteFrom('session').where('id', '=', id).execute();
    throw expired();
  }
  if (t - new Date(row.lastSeenAt).getTime() >= settings.touchIntervalSeconds * 1000) {
    await db.k.updateTable('session').set({ lastSeenAt: now.toISOString() }).where('id', '=', id).execute();
  }
  return {
    actor: { ...actor, sessionId: id, tableStamps: row.tableStamps },
    csrfToken: row.csrfToken,
    sessionId: id,
  };
}

/** Ends the session of this token (if it still exists) and audits it. */
export async function logout(
  db: Db,
  token: string,
  actor?: Actor | null,
  now: Date = new Date(),
): Promise<void> {
  if (!token || token.length > 128) return;
  const id = sessionIdOf(token);
  await db.k.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('session')
      .select(['userId', 'clientIp'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return;
    await tx.deleteFrom('session').where('id', '=', id).execute();
    let who = actor ?? null;
    if (!who) {
      const user = await tx.selectFrom('appUser').selectAll().where('id', '=', row.userId).executeTakeFirst();
      who = user ? selfActor(user, row.clientIp) : null;
    }
    await recordAudit(tx, who, { action: 'auth.logout', at: now, entityType: 'user', entityId: row.userId });
  });
}

/**
 * The user changes their own password: the old one must be right, the new one must meet the
 * policy and differ from the old. Clears the forced change and ends the user's other sessions.
 */
export async function changePassword(
  tx: Tx,
  actor: Actor,
  oldPassword: string,
  newPassword: string,
  now: Date = new Date(),
): Promise<void> {
  const user = await tx.selectFrom('appUser').selectAll().where('id', '=', actor.userId).executeTakeFirst();
  if (user?.active !== 1) throw new AppError('UNAUTHENTICATED', 401, M.noSession);
  if (!(await verifyPassword(oldPassword, user.passwordHash))) {
    throw new AppError('WRONG_PASSWORD', 400, PASSWORD_MESSAGES.wrongOld, {
      fields: { oldPassword: PASSWORD_MESSAGES.wrongOld },
    });
  }
  if (newPassword === oldPassword) throw new AppError('WEAK_PASSWORD', 400, PASSWORD_MESSAGES.sameAsOld);
  assertPasswordPolicy(newPassword, user.username);
  // The last REUSE_DEPTH passwords: the current one (unless it is a one-time code) and the history.
  const isCode = user.codeExpiresAt !== null;
  const earlier = await tx
    .selectFrom('passwordHistory')
    .select('passwordHash')
    .where('userId', '=', user.id)
    .orderBy('id', 'desc')
    .limit(isCode ? REUSE_DEPTH : REUSE_DEPTH - 1)
    .execute();
  const hashes = [...(isCode ? [] : [user.passwordHash]), ...earlier.map((h) => h.passwordHash)];
  for (const h of hashes) {
    if (await verifyPassword(newPassword, h)) {
      const message = PASSWORD_MESSAGES.reused(REUSE_DEPTH);
      throw new AppError('PASSWORD_REUSED', 400, message, { fields: { newPassword: message } });
    }
  }
  const at = now.toISOString();
  if (!isCode) {
    await tx
      .insertInto('passwordHistory')
      .values({ userId: user.id, passwordHash: user.passwordHash, createdAt: at })
      .execute();
  }
  await tx
    .updateTable('appUser')
    .set({
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: 0,
      codeExpiresAt: null,
      codeUsedAt: null,
      passwordChangedAt: at,
      updatedAt: at,
    })
    .where('id', '=', user.id)
    .execute();
  await tx
    .deleteFrom('session')
    .where('userId', '=', user.id)
    .$if(Boolean(actor.sessionId), (q) => q.where('id', '!=', actor.sessionId as string))
    .execute();
  await recordAudit(tx, actor, {
    action: 'auth.password_changed',
    at,
    entityType: 'user',
    entityId: user.id,
    after: { username: user.username, wasForced: user.mustChangePassword === 1 },
  });
}
