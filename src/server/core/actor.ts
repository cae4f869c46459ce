// The actor: who is acting, from which organisation, holding which role assignments. Read for each
// request from the database (so a revoked role takes effect at once) and then handed to the pure
// policy functions. A process keeps the actors it loaded under the write stamps of the tables they
// are read from (`ACTOR_STAMPS`, migrations 0034 and 0036): a request reads the stamps with its
// session row and loads the actor again only when one of them has changed.
import type { Role } from '../../shared/roles.ts';
import { isRole } from '../../shared/roles.ts';
import type { Kdb } from '../db/connect.ts';

export interface ActorRole {
  role: Role;
  orgId: number;
  /** Path of the organisation the role applies to; the role covers that org's subtree. */
  orgPath: string;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  orgPath: string;
  mustChangePassword: boolean;
  roles: ActorRole[];
  clientIp: string | null;
  /** The session the actor acts through (kept when the password is changed), if any. */
  sessionId?: string | null;
  /** The installation itself (command line, demo loader): not a user, trusted by the operator. */
  system?: boolean;
  /**
   * The `table:*` write stamps as the request's session statement read them (core/auth.ts): what
   * the per-process caches of lists compare with, without a statement of their own.
   */
  tableStamps?: ReadonlyMap<string, string>;
}

/**
 * The operator acting through the command line or the demo loader. It is not a user (audit events
 * carry no actor id), and the policy lets it do every administrative act; the separation-of-duty
 * rules on role assignments still apply to what it creates.
 */
export const systemActor: Actor = Object.freeze({
  userId: 0,
  username: 'system',
  displayName: '系统',
  orgId: 0,
  orgPath: '/',
  mustChangePassword: false,
  roles: [],
  clientIp: null,
  sessionId: null,
  system: true,
}) as Actor;

/** The write stamps an actor depends on: its user, its role assignments, their organisations. */
export const ACTOR_STAMPS = ['table:app_user', 'table:role_assignment', 'table:org'] as const;

const MAX_CACHED_ACTORS = 10_000;
const actorCaches = new WeakMap<object, Map<number, { stamps: string; actor: Actor }>>();

/**
 * `loadActor`, kept per process under `stamps`: the current values of `ACTOR_STAMPS`, joined, read
 * by the caller before this call (so an actor is never kept under a stamp newer than what it was
 * read from). A changed stamp — any write to a user, a role assignment or an organisation, by any
 * process — loads it again. Without stamps (a database before migration 0036) nothing is kept.
 */
export async function loadActorUnder(
  k: Kdb,
  userId: number,
  clientIp: string | null,
  stamps: string | null,
): Promise<Actor | null> {
  if (stamps === null) return loadActor(k, userId, clientIp);
  let cache = actorCaches.get(k);
  if (!cache) {
    cache = new Map();
    actorCaches.set(k, cache);
  }
  const hit = cache.get(userId);
  if (hit?.stamps === stamps) return { ...hit.actor, clientIp };
  const actor = await loadActor(k, userId, null);
  if (!actor) {
    cache.delete(userId);
    return null;
  }
  if (cache.size >= MAX_CACHED_ACTORS) cache.clear();
  Object.freeze(actor.roles);
  for (const r of actor.roles) Object.freeze(r);
  cache.set(userId, { stamps, actor });
  return { ...actor, clientIp };
}

/** Loads an active user's actor, or null when the user does not exist or is deactivated. */
export async function loadActor(k: Kdb, userId: number, clientIp: string | null): Promise<Actor | null> {
  const user = await k
    .selectFrom('appUser')
    .innerJoin('org', 'org.id', 'appUser.orgId')
    .select([
      'appUser.id',
      'appUser.username',
      'appUser.displayName',
      'appUser.orgId',
      'appUser.mustChangePassword',
      'appUser.active',
      'org.path as orgPath',
    ])
    .where('appUser.id', '=', userId)
    .executeTakeFirst();
  if (user?.active !== 1) return null;
  const roles = await k
    .selectFrom('roleAssignment')
    .innerJoin('org', 'org.id', 'roleAssignment.orgId')
    .select(['roleAssignment.role', 'roleAssignment.orgId', 'org.path as orgPath', 'org.active as orgActive'])
    .where('roleAssignment.userId', '=', userId)
    .orderBy('roleAssignment.id')
    .execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    orgPath: user.orgPath,
    mustChangePassword: user.mustChangePassword === 1,
    // A role in a deactivated organisation, or one this version does not know, grants nothing.
    roles: roles
      .filter((r) => r.orgActive === 1 && isRole(r.role))
      .map((r) => ({ role: r.role as Role, orgId: r.orgId, orgPath: r.orgPath })),
    clientIp,
    sessionId: null,
  };
}
