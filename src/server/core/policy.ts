// The core policy: pure, synchronous functions of an actor and a target. No database access here;
// lists are scoped in SQL with the paths scopePaths() returns. Deny rules are checked first and
// always win over what a role would allow.
import {
  BUSINESS_ROLES,
  type Capability,
  isAdminRole,
  isBusinessRole,
  ROLE_LABELS,
  type Role,
} from '../../shared/roles.ts';
import { pathInScope } from '../db/scope.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';
import { POLICY_MESSAGES as M } from './messages.ts';

export type Action =
  | 'org.read'
  | 'org.create'
  | 'org.update'
  | 'user.read'
  | 'user.create'
  | 'user.update'
  | 'user.reset_password'
  | 'user.unlock'
  | 'role.read'
  | 'role.assign'
  | 'role.revoke'
  | 'audit.read'
  | 'calendar.read'
  | 'calendar.manage'
  | 'attachment.upload'
  | 'attachment.read'
  | 'checker.use'
  | 'report.write'
  | 'report.supervise'
  | 'business.read';

/** What an action is done to: the organisation it lies in and, for user administration, the user. */
export interface PolicyTarget {
  orgPath?: string;
  userId?: number;
}

type Kind = 'admin' | 'business' | 'everyone';

interface Rule {
  kind: Kind;
  roles: readonly Role[];
  /** When a target path is given, one of the roles must be assigned at or above it. */
  scoped: boolean;
  /** Acting on one's own account is refused (no self-administration, no self-granted roles). */
  notSelf?: boolean;
}

const CHECKER_ROLES: readonly Role[] = ['clerk', 'leader', 'supervisor', 'officer', 'mediator'];

const RULES: Record<Action, Rule> = {
  'org.read': { kind: 'everyone', roles: [], scoped: true },
  'org.create': { kind: 'admin', roles: ['sysadmin'], scoped: true },
  'org.update': { kind: 'admin', roles: ['sysadmin'], scoped: true },
  'user.read': { kind: 'admin', roles: ['sysadmin', 'secadmin'], scoped: true },
  'user.create': { kind: 'admin', roles: ['sysadmin'], scoped: true },
  'user.update': { kind: 'admin', roles: ['sysadmin'], scoped: true, notSelf: true },
  'user.reset_password': { kind: 'admin', roles: ['sysadmin'], scoped: true, notSelf: true },
  'user.unlock': { kind: 'admin', roles: ['sysadmin'], scoped: true, notSelf: true },
  'role.read': { kind: 'admin', roles: ['secadmin'], scoped: true },
  'role.assign': { kind: 'admin', roles: ['secadmin'], scoped: true, notSelf: true },
  'role.revoke': { kind: 'admin', roles: ['secadmin'], scoped: true, notSelf: true },
  'audit.read': { kind: 'admin', roles: ['auditor'], scoped: true },
  'calendar.read': { kind: 'everyone', roles: [], scoped: false },
  'calendar.manage': { kind: 'admin', roles: ['sysadmin'], scoped: false },
  'attachment.upload': { kind: 'business', roles: BUSINESS_ROLES, scoped: true },
  'attachment.read': { kind: 'business', roles: BUSINESS_ROLES, scoped: true },
  'checker.use': { kind: 'business', roles: CHECKER_ROLES, scoped: false },
  // The annual report: written by the township's clerk and leader, overseen by the county supervisor.
  'report.write': { kind: 'business', roles: ['clerk', 'leader'], scoped: true },
  'report.supervise': { kind: 'business', roles: ['supervisor'], scoped: true },
  'business.read': { kind: 'business', roles: BUSINESS_ROLES, scoped: true },
};

export interface Decision {
  allowed: boolean;
  reason: string;
}

function adminRolesHeld(actor: Actor): Set<Role> {
  return new Set(actor.roles.filter((r) => isAdminRole(r.role)).map((r) => r.role));
}

/** Deny rules, in order. Each returns a reason when it denies. */
function denied(actor: Actor, rule: Rule, target?: PolicyTarget): string | null {
  if (rule.notSelf && target?.userId !== undefined && target.userId === actor.userId) return M.notSelf;
  if (actor.system) return null;
  const admin = adminRolesHeld(actor);
  // 三员分立: an administrator never reads business data, even if it also holds a business role
  // (which role assignment refuses to create, but a hand-edited database might contain).
  if (rule.kind === 'business' && admin.size > 0) return M.adminNoBusiness;
  // An account that holds two administrator roles breaks the separation: it keeps neither.
  if (rule.kind === 'admin' && admin.size > 1) return M.adminConflict;
  return null;
}

/** The full decision with its Chinese reason. */
export function decide(actor: Actor, action: Action, target?: PolicyTarget): Decision {
  const rule = RULES[action];
  const deny = denied(actor, rule, target);
  if (deny) return { allowed: false, reason: deny };
  if (actor.system) return { allowed: true, reason: '' };
  if (action === 'org.read') {
    const paths = orgReadPaths(actor);
    const ok = target?.orgPath === undefined || pathInScope(target.orgPath, paths);
    return ok ? { allowed: true, reason: '' } : { allowed: false, reason: M.outOfScope };
  }
  if (rule.kind === 'everyone') return { allowed: true, reason: '' };
  const holding = actor.roles.filter((r) => rule.roles.includes(r.role));
  if (holding.length === 0) {
    return { allowed: false, reason: M.needRole(rule.roles.map((r) => ROLE_LABELS[r])) };
  }
  if (rule.scoped && target?.orgPath !== undefined) {
    const path = target.orgPath;
    if (!holding.some((r) => path.startsWith(r.orgPath))) return { allowed: false, reason: M.outOfScope };
  }
  return { allowed: true, reason: '' };
}

export function can(actor: Actor, action: Action, target?: PolicyTarget): boolean {
  return decide(actor, action, target).allowed;
}

/** Throws 403 FORBIDDEN with the reason when the actor may not do the action. */
export function authorize(actor: Actor, action: Action, target?: PolicyTarget): void {
  const d = decide(actor, action, target);
  if (!d.allowed) throw forbidden(d.reason);
}

export type ScopePurpose = 'business' | 'admin' | 'sysadmin' | 'secadmin' | 'audit' | 'orgs';

/** Removes duplicates and paths already inside another path of the list. */
function normalise(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const p of sorted) if (!out.some((q) => p.startsWith(q))) out.push(p);
  return out;
}

/**
 * The organisation paths an actor's rows are scoped to, for SQL (`inOrgSubtree`). An empty list
 * matches nothing.
 * - business: paths of business-role assignments (none at all when the actor holds an admin role)
 * - admin: sysadmin and secadmin paths; sysadmin; secadmin; audit: auditor paths
 * - orgs: the organisations one may see: one's own org and every assignment's subtree
 */
export function scopePaths(actor: Actor, purpose: ScopePurpose): string[] {
  if (actor.system) return ['/'];
  const admin = adminRolesHeld(actor);
  const pathsOf = (roles: readonly Role[]) =>
    actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.orgPath);
  switch (purpose) {
    case 'business':
      return admin.size > 0 ? [] : normalise(pathsOf(BUSINESS_ROLES));
    case 'admin':
      return admin.size > 1 ? [] : normalise(pathsOf(['sysadmin', 'secadmin']));
    case 'sysadmin':
      return admin.size > 1 ? [] : normalise(pathsOf(['sysadmin']));
    case 'secadmin':
      return admin.size > 1 ? [] : normalise(pathsOf(['secadmin']));
    case 'audit':
      return admin.size > 1 ? [] : normalise(pathsOf(['auditor']));
    case 'orgs':
      return normalise([actor.orgPath, ...actor.roles.map((r) => r.orgPath)]);
  }
}

/**
 * The organisations an actor may see: the sysadmin the whole tree (it maintains it), everyone
 * else their own organisation's and their role assignments' subtrees.
 */
export function orgReadPaths(actor: Actor): string[] {
  const admin = adminRolesHeld(actor);
  if (actor.system || (admin.size === 1 && admin.has('sysadmin'))) return ['/'];
  return scopePaths(actor, 'orgs');
}

/** True when the path is a root organisation's ("/7/"): events with no organisation belong to it. */
export function isRootPath(path: string): boolean {
  return /^\/\d+\/$/.test(path);
}

/** Business roles the actor holds over an organisation (for ledger policies). */
export function rolesAt(actor: Actor, orgPath: string): Set<Role> {
  if (adminRolesHeld(actor).size > 0) return new Set();
  return new Set(
    actor.roles.filter((r) => isBusinessRole(r.role) && orgPath.startsWith(r.orgPath)).map((r) => r.role),
  );
}

/** What the workbench menu offers the actor. */
export function capabilities(actor: Actor): Capability[] {
  const out: Capability[] = [];
  if (can(actor, 'user.create')) out.push('admin.users');
  if (can(actor, 'org.create')) out.push('admin.orgs');
  if (can(actor, 'role.assign')) out.push('admin.roles');
  if (can(actor, 'audit.read')) out.push('audit.read');
  if (can(actor, 'calendar.manage')) out.push('calendar.manage');
  out.push('calendar.read');
  if (can(actor, 'checker.use')) out.push('checker.use');
  if (can(actor, 'report.write')) out.push('report.write');
  if (can(actor, 'report.supervise')) out.push('report.county');
  return out;
}

export type PolicyRecordType = 'org' | 'user' | 'role_assignment' | 'attachment';

/** The allowed actions on one record, sent to the client with it so the UI can hide the rest. */
export function policiesFor(
  actor: Actor,
  type: PolicyRecordType,
  record: { path?: string; orgPath?: string; id?: number; userId?: number },
): Record<string, boolean> {
  const orgPath = record.orgPath ?? record.path;
  switch (type) {
    case 'org':
      return {
        read: can(actor, 'org.read', { orgPath }),
        update: can(actor, 'org.update', { orgPath }),
        createChild: can(actor, 'org.create', { orgPath }),
      };
    case 'user': {
      const target = { orgPath, userId: record.id };
      return {
        update: can(actor, 'user.update', target),
        resetPassword: can(actor, 'user.reset_password', target),
        unlock: can(actor, 'user.unlock', target),
        assignRole: can(actor, 'role.assign', target),
      };
    }
    case 'role_assignment':
      return { revoke: can(actor, 'role.revoke', { orgPath, userId: record.userId }) };
    case 'attachment':
      return { read: can(actor, 'attachment.read', { orgPath }) };
  }
}
