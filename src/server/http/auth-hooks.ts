// Session, CSRF and forced-password-change handling for every /api request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { resolveSession } from '../core/auth.ts';
import { AppError, unauthenticated } from '../errors.ts';

export const SESSION_COOKIE = 'fazhi_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests allowed while the user still has to change the initial password. */
const ALLOWED_BEFORE_CHANGE = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/change-password']);
/** State-changing requests that carry no session and so need no CSRF token. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

export function registerAuthHooks(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const path = req.url.split('?')[0];
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      try {
        const s = await resolveSession(app.db, token, new Date(), req.ip);
        req.actor = s.actor;
        req.csrfToken = s.csrfToken;
      } catch (err) {
        if (err instanceof AppError && err.code === 'SESSION_EXPIRED') {
          clearSessionCookie(reply);
          // Public routes still work after expiry; protected ones answer 401 SESSION_EXPIRED.
          (req as FastifyRequest & { sessionExpired?: boolean }).sessionExpired = true;
        } else throw err;
      }
    }
    if (!SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(path) && req.actor) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.csrfToken) {
        throw new AppError('CSRF', 403, '请求缺少有效的安全令牌（CSRF），请刷新页面后重试');
      }
    }
    if (req.actor?.mustChangePassword && !ALLOWED_BEFORE_CHANGE.has(path)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 403, '首次登录或密码被重置后，须先修改密码');
    }
  });
}

/** The logged-in actor, or 401 (SESSION_EXPIRED when the cookie named an expired session). */
export function requireActor(req: FastifyRequest): Actor {
  if (req.actor) return req.actor;
  if ((req as FastifyRequest & { sessionExpired?: boolean }).sessionExpired) {
    throw new AppError('SESSION_EXPIRED', 401, '登录已超时，请重新登录');
  }
  throw unauthenticated();
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
