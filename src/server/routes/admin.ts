// Organisations, users and role assignments: the sysadmin's and the secadmin's pages.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  org,
  orgList,
  pendingResetList,
  resetIssued,
  roleAssignment,
  roleAssignmentList,
  user,
  userPage,
} from '../../shared/api/admin.ts';
import { ORG_KINDS, ROLES } from '../../shared/roles.ts';
import { recordAudit } from '../core/audit.ts';
import { createOrg, listOrgs, updateOrg } from '../core/orgs.ts';
import { decidePasswordReset, listPendingResets, requestPasswordReset } from '../core/password-reset.ts';
import { assignRole, listAssignments, revokeRole } from '../core/roles.ts';
import { createUser, listUsers, unlockUser, updateUser } from '../core/users.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';

const id = z.object({ id: z.coerce.number().int().positive() });
const orgKind = z.enum(ORG_KINDS);

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const tx = app.db.k.transaction.bind(app.db.k);

  app.get(
    '/orgs',
    { schema: { tags: ['组织机构'], summary: '可见的组织机构（本级及下级）', response: { 200: orgList } } },
    async (req) => ({
      items: await listOrgs(app.db.k, requireActor(req)),
    }),
  );
  app.post(
    '/orgs',
    {
      schema: {
        tags: ['组织机构'],
        summary: '新建组织机构（系统管理员）',
        body: z.object({
          parentId: z.number().int().positive().nullable(),
          code: z.string().trim().min(1, '请填写机构代码').max(32),
          name: z.string().trim().min(2, '机构名称至少2个字').max(64),
          kind: orgKind,
        }),
        response: { 201: org },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await tx().execute((t) => createOrg(t, actor, req.body));
      return reply.status(201).send(org);
    },
  );
  app.patch(
    '/orgs/:id',
    {
      schema: {
        tags: ['组织机构'],
        summary: '修改组织机构（系统管理员）',
        params: id,
        body: z.object({
          name: z.string().trim().min(2).max(64).optional(),
          code: z.string().trim().min(1).max(32).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: org },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return tx().execute((t) => updateOrg(t, actor, req.params.id, req.body));
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '用户列表（系统管理员）',
        querystring: z.object({
          q: z.string().max(64).optional(),
          orgId: z.coerce.number().int().positive().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: userPage },
      },
    },
    async (req) => listUsers(app.db.k, requireActor(req), req.query),
  );
  app.post(
    '/users',
    {
      schema: {
        tags: ['用户'],
        summary: '新建用户（系统管理员）',
        body: z.object({
          username: z.string().trim().min(1).max(64),
          displayName: z.string().trim().min(1).max(64),
          orgId: z.number().int().positive(),
          password: z.string().min(1).max(256),
        }),
        response: { 201: user },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const user = await tx().execute((t) => createUser(t, actor, req.body));
      return reply.status(201).send(user);
    },
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['用户'],
        summary: '修改用户（系统管理员；审计管理员账号不能停用）',
        params: id,
        body: z.object({
          displayName: z.string().trim().min(1).max(64).optional(),
          orgId: z.number().int().positive().optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: user },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      try {
        return await tx().execute((t) => updateUser(t, actor, req.params.id, req.body));
      } catch (err) {
        // A refused attempt to silence the auditor is itself audited (the change rolled back).
        if (err instanceof AppError && err.code === 'AUDITOR_PROTECTED') {
          await tx().execute((t) =>
            recordAudit(t, actor, {
              action: 'user.refused',
              entityType: 'user',
              entityId: req.params.id,
              after: { attempted: 'disable_auditor', code: err.code, reason: err.message },
            }),
          );
        }
        throw err;
      }
    },
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags: ['用户'],
        summary:
          '重置密码（系统管理员）：签发一次性验证码，只显示这一次，到期失效，用户登录后须先设置自己的密码；安全管理员、审计管理员、系统管理员账号的重置须另一管理员确认',
        params: id,
        response: { 200: resetIssued },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const hours = app.config.resetCodeHours;
      return tx().execute((t) => requestPasswordReset(t, actor, req.params.id, app.clock.now(), hours));
    },
  );
  app.get(
    '/password-resets',
    {
      schema: {
        tags: ['用户'],
        summary: '待确认的管理员密码重置（安全管理员、审计管理员确认；系统管理员查看）',
        response: { 200: pendingResetList },
      },
    },
    async (req) => ({ items: await listPendingResets(app.db.k, requireActor(req), app.clock.now()) }),
  );
  for (const decision of ['confirm', 'reject'] as const) {
    app.post(
      `/password-resets/:id/${decision}`,
      {
        schema: {
          tags: ['用户'],
          summary: decision === 'confirm' ? '确认管理员密码重置' : '拒绝管理员密码重置',
          params: id,
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await tx().execute((t) => decidePasswordReset(t, actor, req.params.id, decision, app.clock.now()));
        return reply.status(204).send();
      },
    );
  }
  app.post(
    '/users/:id/unlock',
    { schema: { tags: ['用户'], summary: '解除锁定（系统管理员）', params: id } },
    async (req, reply) => {
      const actor = requireActor(req);
      await tx().execute((t) => unlockUser(t, actor, req.params.id));
      return reply.status(204).send();
    },
  );

  app.get(
    '/role-assignments',
    {
      schema: {
        tags: ['角色授权'],
        summary: '角色授权列表（安全管理员）',
        querystring: z.object({ userId: z.coerce.number().int().positive().optional() }),
        response: { 200: roleAssignmentList },
      },
    },
    async (req) => ({ items: await listAssignments(app.db.k, requireActor(req), req.query) }),
  );
  app.post(
    '/role-assignments',
    {
      schema: {
        tags: ['角色授权'],
        summary: '授予角色（安全管理员）',
        body: z.object({
          userId: z.number().int().positive(),
          role: z.enum(ROLES),
          orgId: z.number().int().positive(),
        }),
        response: { 201: roleAssignment },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const a = await tx().execute((t) => assignRole(t, actor, req.body));
      return reply.status(201).send(a);
    },
  );
  app.delete(
    '/role-assignments/:id',
    { schema: { tags: ['角色授权'], summary: '撤销角色（安全管理员）', params: id } },
    async (req, reply) => {
      const actor = requireActor(req);
      await tx().execute((t) => revokeRole(t, actor, req.params.id));
      return reply.status(204).send();
    },
  );
};
