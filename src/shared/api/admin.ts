// Organisations, users and role assignments (docs/api.md).
import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../roles.ts';
import { id, items, page } from './common.ts';

export const org = z.object({
  id,
  parentId: id.nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  path: z.string(),
  active: z.boolean(),
});
export type Org = z.infer<typeof org>;
export const orgList = items(org);
export type OrgList = z.infer<typeof orgList>;

export const user = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  orgId: id,
  orgName: z.string(),
  orgPath: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  /** An account of the demo county (created by the demo loader). */
  isDemo: z.boolean(),
  roles: z.array(z.object({ id, role: z.enum(ROLES), orgId: id, orgName: z.string() })),
});
export type User = z.infer<typeof user>;
export const userPage = page(user);

export const roleAssignment = z.object({
  id,
  userId: id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgId: id,
  orgName: z.string(),
  orgPath: z.string(),
  createdAt: z.string(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;
export const roleAssignmentList = items(roleAssignment);
export type RoleAssignmentList = z.infer<typeof roleAssignmentList>;

/** A sysadmin's reset: the one-time code, shown once. */
export const resetIssued = z.object({
  code: z.string(),
  expiresAt: z.string(),
  /** issued: the code works now; pending: it works once `confirmRole` has confirmed. */
  state: z.enum(['issued', 'pending']),
  confirmRole: z.enum(ROLES).nullable(),
  resetId: id,
});
export type ResetIssued = z.infer<typeof resetIssued>;

export const pendingReset = z.object({
  id,
  userId: id,
  username: z.string(),
  displayName: z.string(),
  orgName: z.string(),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  expiresAt: z.string(),
  confirmRole: z.enum(ROLES),
  canConfirm: z.boolean(),
});
export type PendingReset = z.infer<typeof pendingReset>;
export const pendingResetList = items(pendingReset);
export type PendingResetList = z.infer<typeof pendingResetList>;
