// API test helpers: an app on a fresh database of one dialect, with the demo county loaded, and a
// client that logs in and carries the session cookie and CSRF token like a browser.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { type Config, loadConfig } from '../src/server/config.ts';
import type { Dialect } from '../src/server/db/connect.ts';
import { createTestDb, type TestDb } from './db.ts';
import { createDemoDb } from './demo-template.ts';

export const DEMO_PASSWORD = 'Fazhi@Demo2026';

export interface TestApp {
  app: FastifyInstance;
  /** Moves the app's "today" (China date); the instant moves to 10:00 that day. */
  setToday(day: string): void;
  /** Moves the app's instant (app.clock.now()), e.g. past a reset code's expiry. */
  setNow(iso: string): void;
  close(): Promise<void>;
  login(username: string, password?: string): Promise<Client>;
  anon(): Client;
}

export interface Client {
  csrf: string | null;
  cookie: string | null;
  req(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Res>;
  get(url: string): Promise<Res>;
  post(url: string, body?: unknown): Promise<Res>;
  patch(url: string, body?: unknown): Promise<Res>;
  del(url: string): Promise<Res>;
}

export interface Res {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience
  body: any;
  headers: Record<string, unknown>;
}

/** The day API suites run on unless they pin their own. */
export const TEST_TODAY = '2026-11-16';

/**
 * Two app processes on one database, as behind nginx: A on the test database's connection, B on a
 * connection (a pool) of its own; the demo county without its ledgers, both on `today`.
 */
export async function twoProcesses(
  dialect: Dialect,
  today: string,
): Promise<{ t: TestDb & { drop(): Promise<void> }; a: FastifyInstance; b: FastifyInstance }> {
  const t = await createTestDb(dialect);
  const env = {
    FAZHI_DATA_DIR: t.dataDir,
    LOG_LEVEL: 'silent',
    ...(t.target.dialect === 'postgres' ? { DATABASE_URL: t.target.url } : {}),
  } as NodeJS.ProcessEnv;
  const config = loadConfig(env, { demo: true, demoLedgers: false, loginRatePerMinute: 10_000, today });
  const clock = { today: () => today, now: () => new Date(`${today}T10:00:00+08:00`) };
  const a = await buildApp(config, { db: t.db, logger: false, clock });
  const b = await buildApp(config, { logger: false, clock });
  return { t, a, b };
}

export async function createTestApp(
  dialect: Dialect,
  opts: { demo?: boolean; ledgers?: boolean; today?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const day = opts.today ?? TEST_TODAY;
  // the demo with its ledgers is seeded once per run and copied (test/demo-template.ts)
  const t =
    opts.ledgers && (opts.demo ?? true) ? await createDemoDb(dialect, day) : await createTestDb(dialect);
  const config = loadConfig({ FAZHI_DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, {
    demo: opts.demo ?? true,
    // The ledgers' demo year takes seconds to load; suites that need it ask for it.
    demoLedgers: opts.ledgers ?? false,
    loginRatePerMinute: 10_000,
    // "Today" is data: every suite runs on a pinned day (its own, or TEST_TODAY), and the demo is
    // seeded as of that day, so no expectation depends on the machine's clock.
    today: opts.today ?? TEST_TODAY,
    // the portal's content self-check runs when a suite calls it, never on a timer
    portalCheckMinutes: 0,
    ...opts.config,
  });
  // A clock the suite can move (setToday), as the days of a season pass.
  let today = config.today ?? TEST_TODAY;
  let now = new Date(`${today}T10:00:00+08:00`);
  const clock = { today: () => today, now: () => now };
  const app = await buildApp(config, { db: t.db, logger: false, clock });
  await app.ready();

  const client = (): Client => {
    const c: Client = {
      csrf: null,
      cookie: null,
      async req(method, url, body, headers = {}) {
        const h: Record<string, string> = { ...headers };
        if (c.cookie) h.cookie = c.cookie;
        if (c.csrf && method !== 'GET') h['x-csrf-token'] = c.csrf;
        const res = await app.inject({ method, url, headers: h, payload: body as InjectOptions['payload'] });
        const setCookie = res.headers['set-cookie'];
        for (const sc of ([] as string[]).concat((setCookie as string | string[] | undefined) ?? [])) {
          const [pair] = sc.split(';');
          if (pair.startsWith('fazhi_sid=')) c.cookie = pair.endsWith('=') ? null : pair;
        }
        let parsed: unknown = res.body;
        if (String(res.headers['content-type'] ?? '').includes('json') && res.body) parsed = res.json();
        return { status: res.statusCode, body: parsed, headers: res.headers };
      },
      get: (url) => c.req('GET', url),
      post: (url, body) => c.req('POST', url, body ?? {}),
      patch: (url, body) => c.req('PATCH', url, body ?? {}),
      del: (url) => c.req('DELETE', url),
    };
    return c;
  };

  return {
    app,
    setToday(day: string) {
      today = day;
      now = new Date(`${day}T10:00:00+08:00`);
    },
    setNow(iso: string) {
      now = new Date(iso);
    },
    close: async () => {
      await app.close();
      await t.drop();
    },
    anon: client,
    async login(username, password = DEMO_PASSWORD) {
      const c = client();
      const res = await c.post('/api/auth/login', { username, password });
      if (res.status !== 200)
        throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      c.csrf = res.body.csrfToken;
      return c;
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: test convenience (JSON bodies)
type Body = any;

/** A user signed in on one app process by injection: the session cookie and CSRF token sent. */
export interface InjectSession {
  get(url: string): Promise<{ status: number; body: Body }>;
  post(url: string, body: unknown): Promise<{ status: number; body: Body }>;
  patch(url: string, body: unknown): Promise<{ status: number; body: Body }>;
}

/** Logs `username` in on `app` by injection (no socket); any process reads any session. */
export async function injectSession(app: FastifyInstance, username: string): Promise<InjectSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
  const cookie = (res.cookies as { name: string; value: string }[]).find((c) => c.name === 'fazhi_sid')!;
  const csrf = res.json().csrfToken as string;
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const r = await app.inject({
      method,
      url,
      headers: { cookie: `fazhi_sid=${cookie.value}`, 'x-csrf-token': csrf },
      payload: payload as never,
    });
    return { status: r.statusCode, body: r.body ? r.json() : null };
  };
  return {
    get: (url) => call('GET', url),
    post: (url, body) => call('POST', url, body),
    patch: (url, body) => call('PATCH', url, body),
  };
}

/** `injectSession`'s GET alone: the status and the JSON body. */
export async function injectLogin(app: FastifyInstance, username: string) {
  return (await injectSession(app, username)).get;
}
