// User accounts (the sysadmin's work): create, edit, reset a password, unlock; the list with roles.
import { type SqlBool, sql } from 'kysely';
import type { Role } from '../../shared/roles.ts';
import {
  resetPasswordSchema,
  type UserCreateInput,
  type UserListQuery,
  type UserUpdateInput,
  userCreateSchema,
  userListQuerySchema,
  userUpdateSchema,
} from '../../shared/schemas/admin.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { AppUser } from '../db/types.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { USER_MESSAGES as M } from './messages.ts';
import { findOrg } from './orgs.ts';
import { assertPasswordPolicy, hashPassword } from './passwords.ts';
import { authorize, scopePaths } from './policy.ts';
import { escapeLike, isUniqueViolation } from './sql-util.ts';
import { parseInput } from './validate.ts';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  isDemo: boolean;
  roles: Array<{ id: number; role: Role; orgId: number; orgName: string }>;
}

type UserRow = AppUser & { orgName: string; orgPath: string };

function userQuery(k: Kdb | Tx) {
  return k
    .selectFrom('appUser')
    .innerJoin('org', 'org.id', 'appUser.orgId')
    .selectAll('appUser')
    .select(['org.name as orgName', 'org.path as orgPath']);
}

async function present(k: Kdb | Tx, rows: UserRow[], now: Date): Promise<UserView[]> {
  const ids = rows.map((r) => r.id);
  const roles =
    ids.length === 0
      ? []
      : await k
          .selectFrom('roleAssignment')
          .innerJoin('org', 'org.id', 'roleAssignment.orgId')
          .select([
            'roleAssignment.id',
            'roleAssignment.userId',
            'roleAssignment.role',
            'roleAssignment.orgId',
            'org.name as orgName',
          ])
          .where('roleAssignment.userId', 'in', ids)
          .orderBy('roleAssignment.id')
          .execute();
  const iso = now.toISOString();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    orgId: r.orgId,
    orgName: r.orgName,
    orgPath: r.orgPath,
    active: r.active === 1,
    locked: r.lockedUntil !== null && r.lockedUntil > iso,
    lockedUntil: r.lockedUntil !== null && r.lockedUntil > iso ? r.lockedUntil : null,
    mustChangePassword: r.mustChangePassword === 1,
    lastLoginAt: r.lastLoginAt,
    isDemo: r.isDemo === 1,
    roles: roles
      .filter((x) => x.userId === r.id)
      .map((x) => ({ id: x.id, role: x.role as Role, orgId: x.orgId, orgName: x.orgName })),
  }));
}

/** A user whose organisation lies in the actor's administrative scope, or 404. */
export async function findUser(k: Kdb | Tx, actor: Actor, id: number): Promise<UserRow> {
  const paths = scopePaths(actor, 'admin');
  const row = await userQuery(k)
    .where('appUser.id', '=', id)
    .where((eb) => inOrgSubtree(eb, 'appUser.orgId', paths))
    .executeTakeFirst();
  if (!row) throw notFound(M.what);
  return row;
}

export async function getUser(k: Kdb | Tx, actor: Actor, id: number, now = new Date()): Promise<UserView> {
  const row = await findUser(k, actor, id);
  authorize(actor, 'user.read', { orgPath: row.orgPath });
  return (await present(k, [row], now))[0];
}

export async function listUsers(
  k: Kdb,
  actor: Actor,
  query: UserListQuery = {},
  now = new Date(),
): Promise<{ items: UserView[]; total: number }> {
  authorize(actor, 'user.read');
  const q = parseInput(userListQuerySchema, query);
  const paths = scopePaths(actor, 'admin');
  let orgPath: string | null = null;
  if (q.orgId !== undefined) {
    const org = await k.selectFrom('org').select('path').where('id', '=', q.orgId).executeTakeFirst();
    if (!org) return { items: [], total: 0 };
    orgPath = org.path;
  }
  const text = q.q ? `%${escapeLike(q.q.toLowerCase())}%` : null;
  const filtered = <T extends ReturnType<typeof userQuery>>(b: T): T =>
    b
      .where((eb) => inOrgSubtree(eb, 'appUser.orgId', paths))
      .$if(orgPath !== null, (w) => w.where((eb) => inOrgSubtree(eb, 'appUser.orgId', [orgPath as string])))
      .$if(text !== null, (w) =>
        w.where((eb) =>
          eb.or([
            sql<SqlBool>`lower(${eb.ref('appUser.username')}) LIKE ${text} ESCAPE '\\'`,
            sql<SqlBool>`${eb.ref('appUser.displayName')} LIKE ${text} ESCAPE '\\'`,
          ]),
        ),
      ) as T;
  const total = await filtered(userQuery(k))
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(userQuery(k))
    .orderBy('org.path')
    .orderBy('appUser.username')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: await present(k, rows, now), total: Number(total.n) };
}

export interface CreateUserOptions {
  /** Default true: a new account changes its password at first login. */
  mustChangePassword?: boolean;
  isDemo?: boolean;
  /** A hash computed beforehand (the demo loader hashes its accounts in parallel). */
  passwordHash?: string;
}

export async function createUser(
  tx: Tx,
  actor: Actor,
  input: UserCreateInput,
  opts: CreateUserOptions = {},
): Promise<UserView> {
  const data = parseInput(userCreateSchema, input);
  const org = await findOrg(tx, actor, data.orgId);
  authorize(actor, 'user.create', { orgPath: org.path });
  if (org.active !== 1) throw conflict('ORG_INACTIVE', M.orgInactive);
  if (await tx.selectFrom('appUser').select('id').where('username', '=', data.username).executeTakeFirst()) {
    throw conflict('USERNAME_TAKEN', M.usernameTaken(data.username), {
      fields: { username: M.usernameTaken(data.username) },
    });
  }
  if (!opts.passwordHash) assertPasswordPolicy(data.password, data.username);
  const passwordHash = opts.passwordHash ?? (await hashPassword(data.password));
  const now = new Date().toISOString();
  let id: number;
  try {
    const row = await tx
      .insertInto('appUser')
      .values({
        username: data.username,
        displayName: data.displayName,
        orgId: org.id,
        passwordHash,
        mustChangePassword: (opts.mustChangePassword ?? true) ? 1 : 0,
        isDemo: opts.isDemo ? 1 : 0,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('USERNAME_TAKEN', M.usernameTaken(data.username));
    throw err;
  }
  const user = (
    await present(
      tx,
      [await userQuery(tx).where('appUser.id', '=', id).executeTakeFirstOrThrow()],
      new Date(),
    )
  )[0];
  await recordAudit(tx, actor, {
    action: 'user.create',
    orgId: org.id,
    entityType: 'user',
    entityId: id,
    after: {
      username: user.username,
      displayName: user.displayName,
      orgId: user.orgId,
      orgName: user.orgName,
    },
  });
  return user;
}

export async function updateUser(
  tx: Tx,
  actor: Actor,
  id: number,
  patch: UserUpdateInput,
): Promise<UserView> {
  const data = parseInput(userUpdateSchema, patch);
  const user = await findUser(tx, actor, id);
  authorize(actor, 'user.update', { orgPath: user.orgPath, userId: id });
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const changes: { displayName?: string; orgId?: number; active?: 0 | 1; updatedAt?: string } = {};
  if (data.displayName !== undefined && data.displayName !== user.displayName) {
    changes.displayName = data.displayName;
    before.displayName = user.displayName;
    after.displayName = data.displayName;
  }
  if (data.orgId !== undefined && data.orgId !== user.orgId) {
    const org = await findOrg(tx, actor, data.orgId);
    authorize(actor, 'user.update', { orgPath: org.path, userId: id });
    if (org.active !== 1) throw conflict('ORG_INACTIVE', M.orgInactive);
    // A role outside the new organisation would keep the old township's data open to the user;
    // removing it is the secadmin's act, not the sysadmin's.
    const outside = await tx
      .selectFrom('roleAssignment')
      .select('roleAssignment.id')
      .where('roleAssignment.userId', '=', id)
      .where((eb) => eb.not(inOrgSubtree(eb, 'roleAssignment.orgId', [org.path])))
      .executeTakeFirst();
    if (outside) throw conflict('USER_HAS_ROLES', M.rolesOutside);
    changes.orgId = org.id;
    before.orgId = user.orgId;
    before.orgName = user.orgName;
    after.orgId = org.id;
    after.orgName = org.name;
  }
  if (data.active !== undefined && (data.active ? 1 : 0) !== user.active) {
    if (!data.active && !actor.system) {
      // 三员分立: the auditor watches the sysadmin; the sysadmin cannot silence the auditor.
      const auditor = await tx
        .selectFrom('roleAssignment')
        .select('id')
        .where('userId', '=', id)
        .where('role', '=', 'auditor')
        .executeTakeFirst();
      if (auditor) throw conflict('AUDITOR_PROTECTED', M.auditorProtected);
    }
    changes.active = data.active ? 1 : 0;
    before.active = user.active === 1;
    after.active = data.active;
  }
  if (Object.keys(changes).length === 0) return getUser(tx, actor, id);
  changes.updatedAt = new Date().toISOString();
  await tx.updateTable('appUser').set(changes).where('id', '=', id).execute();
  if (changes.active === 0) await tx.deleteFrom('session').where('userId', '=', id).execute();
  await recordAudit(tx, actor, {
    action: 'user.update',
    orgId: changes.orgId ?? user.orgId,
    entityType: 'user',
    entityId: id,
    before: { username: user.username, ...before },
    after: { username: user.username, ...after },
  });
  return getUser(tx, actor, id);
}

/**
 * Sets a new password chosen by the operator on the server's command line (the recovery path of an
 * installation whose administrators cannot log in). In the application a sysadmin never chooses a
 * user's password (core/password-reset.ts issues a one-time code instead). The user, demo accounts
 * included, must change it at next login; every session of the user ends.
 */
export async function resetPassword(tx: Tx, actor: Actor, id: number, password: string): Promise<void> {
  if (!actor.system) throw forbidden(M.operatorOnly);
  const data = parseInput(resetPasswordSchema, { password });
  const user = await findUser(tx, actor, id);
  authorize(actor, 'user.reset_password', { orgPath: user.orgPath, userId: id });
  assertPasswordPolicy(data.password, user.username);
  const now = new Date().toISOString();
  await tx
    .updateTable('appUser')
    .set({
      passwordHash: await hashPassword(data.password),
      mustChangePassword: 1,
      codeExpiresAt: null,
      codeUsedAt: null,
      failedCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      updatedAt: now,
    })
    .where('id', '=', id)
    .execute();
  await tx.deleteFrom('session').where('userId', '=', id).execute();
  await recordAudit(tx, actor, {
    action: 'user.reset_password',
    orgId: user.orgId,
    entityType: 'user',
    entityId: id,
    after: { username: user.username, mustChangePassword: true, byOperator: true },
  });
}

export async function unlockUser(tx: Tx, actor: Actor, id: number): Promise<void> {
  const user = await findUser(tx, actor, id);
  authorize(actor, 'user.unlock', { orgPath: user.orgPath, userId: id });
  await tx
    .updateTable('appUser')
    .set({ failedCount: 0, lockedUntil: null, updatedAt: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'user.unlock',
    orgId: user.orgId,
    entityType: 'user',
    entityId: id,
    before: { username: user.username, failedCount: user.failedCount, lockedUntil: user.lockedUntil },
  });
}

/** The id of the user with this username, if visible to the actor (command line helpers). */
export async function findUserIdByUsername(k: Kdb | Tx, actor: Actor, username: string): Promise<number> {
  const row = await k
    .selectFrom('appUser')
    .select('id')
    .where('username', '=', username.trim().toLowerCase())
    .where((eb) => inOrgSubtree(eb, 'appUser.orgId', scopePaths(actor, 'admin')))
    .executeTakeFirst();
  if (!row) throw notFound(M.what);
  return row.id;
}
