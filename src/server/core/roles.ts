// Role assignments (the secadmin's work). A role applies to an organisation and its subtree. The
// separation of duties (三员分立) is enforced here: one user never holds two administrator roles,
// nor an administrator role together with a business role.
import { isAdminRole, type Role } from '../../shared/roles.ts';
import { type RoleAssignInput, roleAssignSchema } from '../../shared/schemas/admin.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ROLE_MESSAGES as M, USER_MESSAGES } from './messages.ts';
import { findOrg } from './orgs.ts';
import { authorize, scopePaths } from './policy.ts';
import { isPostgres, isUniqueViolation } from './sql-util.ts';
import { parseInput } from './validate.ts';

export interface AssignmentView {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number;
  orgName: string;
  orgPath: string;
  createdAt: string;
}

function assignmentQuery(k: Kdb | Tx) {
  return k
    .selectFrom('roleAssignment')
    .innerJoin('appUser', 'appUser.id', 'roleAssignment.userId')
    .innerJoin('org', 'org.id', 'roleAssignment.orgId')
    .select([
      'roleAssignment.id',
      'roleAssignment.userId',
      'appUser.username',
      'appUser.displayName',
      'roleAssignment.role',
      'roleAssignment.orgId',
      'org.name as orgName',
      'org.path as orgPath',
      'roleAssignment.createdAt',
    ]);
}

/** Why a user holding `existing` may not also get `wanted`, or null. */
export function separationConflict(existing: readonly Role[], wanted: Role): string | null {
  for (const has of existing) {
    if (has === wanted) continue;
    if (isAdminRole(wanted) && isAdminRole(has)) return M.twoAdmins(has, wanted);
    if (isAdminRole(wanted) !== isAdminRole(has)) return M.adminWithBusiness(has, wanted);
  }
  return null;
}

export async function assignRole(tx: Tx, actor: Actor, input: RoleAssignInput): Promise<AssignmentView> {
  const data = parseInput(roleAssignSchema, input);
  const paths = scopePaths(actor, 'admin');
  // PostgreSQL: lock the user's row so two concurrent assignments cannot both pass the separation
  // check. SQLite runs one writing transaction at a time.
  const userQ = tx
    .selectFrom('appUser')
    .innerJoin('org', 'org.id', 'appUser.orgId')
    .select(['appUser.id', 'appUser.username', 'org.path as orgPath'])
    .where('appUser.id', '=', data.userId)
    .where((eb) => inOrgSubtree(eb, 'appUser.orgId', paths));
  const user = await (isPostgres(tx) ? userQ.forUpdate(['appUser']) : userQ).executeTakeFirst();
  if (!user) throw notFound(USER_MESSAGES.what);
  authorize(actor, 'role.assign', { orgPath: user.orgPath, userId: user.id });
  const org = await findOrg(tx, actor, data.orgId);
  authorize(actor, 'role.assign', { orgPath: org.path, userId: user.id });
  if (!org.path.startsWith(user.orgPath)) throw invalid(M.outsideUserOrg, { orgId: M.outsideUserOrg });
  if (org.active !== 1) throw conflict('ORG_INACTIVE', M.orgInactive);

  const existing = await tx
    .selectFrom('roleAssignment')
    .select(['role', 'orgId'])
    .where('userId', '=', user.id)
    .execute();
  if (existing.some((r) => r.role === data.role && r.orgId === org.id)) {
    throw conflict('ROLE_ALREADY_ASSIGNED', M.already(data.role));
  }
  const clash = separationConflict(
    existing.map((r) => r.role as Role),
    data.role,
  );
  if (clash) throw conflict('SEPARATION_OF_DUTIES', clash);

  let id: number;
  try {
    const row = await tx
      .insertInto('roleAssignment')
      .values({
        userId: user.id,
        role: data.role,
        orgId: org.id,
        createdAt: new Date().toISOString(),
        createdBy: actor.system ? null : actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('ROLE_ALREADY_ASSIGNED', M.already(data.role));
    throw err;
  }
  const view = (await assignmentQuery(tx)
    .where('roleAssignment.id', '=', id)
    .executeTakeFirstOrThrow()) as AssignmentView;
  await recordAudit(tx, actor, {
    action: 'role.assign',
    orgId: org.id,
    entityType: 'role_assignment',
    entityId: id,
    after: { userId: user.id, username: user.username, role: data.role, orgId: org.id, orgName: org.name },
  });
  return view;
}

export async function revokeRole(tx: Tx, actor: Actor, id: number): Promise<void> {
  const a = await assignmentQuery(tx)
    .where('roleAssignment.id', '=', id)
    .where((eb) => inOrgSubtree(eb, 'roleAssignment.orgId', scopePaths(actor, 'secadmin')))
    .executeTakeFirst();
  if (!a) throw notFound(M.what);
  authorize(actor, 'role.revoke', { orgPath: a.orgPath, userId: a.userId });
  await tx.deleteFrom('roleAssignment').where('id', '=', id).execute();
  await recordAudit(tx, actor, {
    action: 'role.revoke',
    orgId: a.orgId,
    entityType: 'role_assignment',
    entityId: id,
    before: { userId: a.userId, username: a.username, role: a.role, orgId: a.orgId, orgName: a.orgName },
  });
}

export async function listAssignments(
  k: Kdb,
  actor: Actor,
  filter: { userId?: number } = {},
): Promise<AssignmentView[]> {
  authorize(actor, 'role.read');
  const rows = await assignmentQuery(k)
    .where((eb) => inOrgSubtree(eb, 'roleAssignment.orgId', scopePaths(actor, 'secadmin')))
    .$if(filter.userId !== undefined, (q) => q.where('roleAssignment.userId', '=', filter.userId as number))
    .orderBy('appUser.username')
    .orderBy('roleAssignment.id')
    .execute();
  return rows as AssignmentView[];
}
