// Organisations, users and role assignments: the sysadmin's and the secadmin's pages.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { org, orgList, roleAssignment, roleAssignmentList, user, userPage } from '../../shared/api/admin.ts';
import { ORG_KINDS, ROLES } from '../../shared/roles.ts';
import { createOrg, listOrgs, updateOrg } from '../core/orgs.ts';
import { assignRole, listAssignments, revokeRole } from '../core/roles.ts';
import { createUser, listUsers, resetPassword, unlockUser, updateUser } from '../core/users.ts';
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
        summary: '修改用户（系统管理员）',
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
      return tx().execute((t) => updateUser(t, actor, req.params.id, req.body));
    },
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags: ['用户'],
        summary: '重置密码（系统管理员；用户下次登录须修改）',
        params: id,
        body: z.object({ password: z.string().min(1).max(256) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await tx().execute((t) => resetPassword(t, actor, req.params.id, req.body.password));
      return reply.status(204).send();
    },
  );
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
