// Login, current user, logout, password change.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Me, meResponse } from '../../shared/api/auth.ts';
import type { Actor } from '../core/actor.ts';
import { changePassword, login, logout } from '../core/auth.ts';
import { capabilities } from '../core/policy.ts';
import type { Kdb } from '../db/connect.ts';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from '../http/auth-hooks.ts';

async function presentMe(k: Kdb, actor: Actor): Promise<Me> {
  const ids = [actor.orgId, ...actor.roles.map((r) => r.orgId)];
  const orgs = await k.selectFrom('org').select(['id', 'name']).where('id', 'in', ids).execute();
  const name = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    orgId: actor.orgId,
    orgName: name.get(actor.orgId) ?? '',
    orgPath: actor.orgPath,
    mustChangePassword: actor.mustChangePassword,
    roles: actor.roles.map((r) => ({ role: r.role, orgId: r.orgId, orgName: name.get(r.orgId) ?? '' })),
    capabilities: capabilities(actor),
  };
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: {
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
        sharedRateLimit: true,
      },
      schema: {
        tags: ['认证'],
        summary: '用户名密码登录',
        body: z.object({
          username: z.string().trim().min(1, '请输入用户名').max(64),
          password: z.string().min(1, '请输入密码').max(256),
        }),
        response: { 200: meResponse },
      },
    },
    async (req, reply) => {
      const r = await login(
        app.db,
        {
          username: req.body.username,
          password: req.body.password,
          clientIp: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        },
        { clockNow: app.clock.now() },
      );
      setSessionCookie(reply, r.sessionToken, app.config.secureCookies);
      return { user: await presentMe(app.db.k, r.actor), csrfToken: r.csrfToken, today: app.clock.today() };
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['认证'], summary: '当前用户', response: { 200: meResponse } } },
    async (req) => {
      const actor = requireActor(req);
      return {
        user: await presentMe(app.db.k, actor),
        csrfToken: req.csrfToken ?? '',
        today: app.clock.today(),
      };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['认证'], summary: '退出登录' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(app.db, token, req.actor);
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.post(
    '/auth/change-password',
    {
      schema: {
        tags: ['认证'],
        summary: '修改密码',
        body: z.object({
          oldPassword: z.string().min(1, '请输入原密码').max(256),
          newPassword: z.string().min(1, '请输入新密码').max(256),
        }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await app.db.k
        .transaction()
        .execute((tx) => changePassword(tx, actor, req.body.oldPassword, req.body.newPassword));
      return reply.status(204).send();
    },
  );
};
