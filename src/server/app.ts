// buildApp(config): one Fastify instance serving the API, its OpenAPI docs and the built web app.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setPdfConversions } from './annual-report/pdf.ts';
import type { Config } from './config.ts';
import { writeCheckpoint } from './core/audit-checkpoints.ts';
import { type Clock, fixedClock, systemClock } from './core/clock.ts';
import { auditKeyFor } from './core/keys.ts';
import { piiFor } from './core/pii.ts';
import { type Db, openDb } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { isEmpty, loadDemo } from './demo/seed.ts';
import { AppError } from './errors.ts';
import { registerAuthHooks, SESSION_COOKIE } from './http/auth-hooks.ts';
import { registerInputCleaning } from './http/clean-input.ts';
import { sharedRateStore } from './http/rate-store.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { responseSerializer } from './http/serializer.ts';
import { registerDigest } from './notifications/digest-schedule.ts';
import { sitemapRoute } from './portal/extras.ts';
import { PORTAL_PREFIX } from './portal/pages.ts';
import { portalRoutes } from './portal/routes.ts';
import { registerPortalUpkeep } from './portal/upkeep.ts';
import { routes } from './routes/index.ts';
import { VERSION } from './version.ts';

z.config(z.locales.zhCN());

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The one source of "today" (China date) for handlers. */
    clock: Clock;
  }
}

export interface BuildOptions {
  /** An open database to use instead of opening config.db (tests). */
  db?: Db;
  logger?: boolean | Record<string, unknown>;
  /** "Today" for every handler; defaults to `config.today` when set, else the wall clock in China. */
  clock?: Clock;
  /** Fail a response whose schema would drop a key (default: under vitest). */
  strictResponses?: boolean;
}

export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    // Client addresses feed the audit trail and the rate limits: X-Forwarded-For is believed only
    // when the deployment says a reverse proxy sets it.
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  });
  const clock = opts.clock ?? (config.today ? fixedClock(config.today) : systemClock);
  if (config.today && !opts.clock) app.log.warn(`FAZHI_TODAY 已设置：系统日期固定为 ${config.today}`);
  const db = opts.db ?? openDb(config.db, { auditKey: auditKeyFor(config) });
  const ownsDb = !opts.db;
  await migrateToLatest(db);
  if (config.demo && (await isEmpty(db))) {
    app.log.info('数据库为空，正在载入演示县数据');
    const pii = piiFor({ secret: config.secret, dataDir: config.dataDir });
    await loadDemo(
      db,
      config.demoLedgers
        ? { ledgers: { pii, dataDir: config.dataDir, s3: config.s3, today: clock.today() } }
        : {},
    );
  }
  setPdfConversions(config.pdfConversions);
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('clock', clock);
  // the audit chain's head, signed, outside the database: at start, while events are written, at stop
  const checkpoint = async () => {
    try {
      await writeCheckpoint(db.k, config.dataDir);
    } catch (e) {
      app.log.error({ err: e }, '写入审计校验点失败');
    }
  };
  await checkpoint();
  const every = config.auditCheckpointMinutes * 60_000;
  const checkpoints = every > 0 ? setInterval(() => void checkpoint(), every).unref() : null;
  app.addHook('onClose', async () => {
    if (checkpoints) clearInterval(checkpoints);
    await checkpoint();
    if (ownsDb) await db.destroy();
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    responseSerializer({ strict: opts.strictResponses ?? process.env.VITEST !== undefined }),
  );

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd styles its components at run time through CSS-in-JS.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  await app.register(rateLimit, {
    global: true,
    // in memory per process, except routes with `shared: true`, counted in the database
    store: sharedRateStore(() => app.db.k),
    // hashed, immutable build files: a page split into many chunks must never meet the flood guard
    allowList: (req) => req.method === 'GET' && req.url.startsWith('/assets/'),
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: { code: 'RATE_LIMITED', message: `请求过于频繁，请在 ${Math.ceil(ctx.ttl / 1000)} 秒后重试` },
    }),
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.maxUploadBytes, files: 50, fields: 20, parts: 100 },
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: '法治政府建设工作台 API',
        version: VERSION,
        description: 'Fazhi 工作台与公开门户的接口',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fazhi_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const key =
          v.instancePath.replace(/^\//, '').replace(/\//g, '.') || String(v.params?.missingProperty ?? '');
        fields[key || '_'] ??= v.message ?? '格式不正确';
      }
      const first = Object.entries(fields)[0];
      return reply.status(400).send({
        error: { code: 'VALIDATION', message: first ? `${first[0]}: ${first[1]}` : '输入有误', fields },
      });
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) return reply.status(429).send(err);
    if (status === 413 || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'FILE_TOO_LARGE', message: '上传的文件超过大小限制' } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'BAD_REQUEST', message: '请求格式不正确' } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系系统管理员' } });
  });

  registerAuthHooks(app);
  registerInputCleaning(app);
  // 公开门户 index and content self-check: kept in step with every API change (portal/upkeep.ts)
  registerPortalUpkeep(app);
  // 每日邮件提醒 when SMTP is configured (notifications/digest-schedule.ts)
  registerDigest(app);
  for (const register of routes) await app.register(register, { prefix: '/api' });
  // 公开门户: public server-rendered pages with their own 404 page, so the SPA fallback never answers there.
  await app.register(portalRoutes, { prefix: PORTAL_PREFIX });
  await app.register(sitemapRoute);

  const webDir = resolve(import.meta.dirname, '../../dist/web');
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    // A missing hashed asset (an old tab after a deploy) is a 404, never the app shell as text/html.
    if (
      req.url.startsWith('/api/') ||
      req.url === '/api' ||
      req.url.startsWith('/assets/') ||
      !hasWeb ||
      req.method !== 'GET'
    ) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
    }
    // The login page is a page of its own (no React, no antd: a light first screen).
    const path = req.url.split('?')[0];
    if (path === '/login') return reply.type('text/html; charset=utf-8').sendFile('login.html');
    // Without a session cookie the workbench would only send the browser on to the login page:
    // go there at once, without loading the workbench first.
    if (!req.cookies[SESSION_COOKIE]) {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(req.url)}`;
      return reply.redirect(`/login${next}`, 302);
    }
    // The workbench is a single-page app: every other GET gets its shell.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  return app;
}
