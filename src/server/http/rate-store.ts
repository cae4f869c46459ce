// Rate-limit counters for @fastify/rate-limit. The plugin's global limit (a flood guard per process)
// stays in memory; a route whose config sets `sharedRateLimit: true` counts its limit in the
// database (`rate_counter`), so every app process behind one load balancer sees the same count for an
// address: login attempts and the portal's public forms cannot be multiplied by the number of
// processes. Fixed windows, one atomic upsert per request (SQLite and PostgreSQL both run
// INSERT … ON CONFLICT … RETURNING).
import { sql } from 'kysely';
import type { Kdb } from '../db/connect.ts';

interface Counted {
  current: number;
  ttl: number;
}
type Callback = (err: Error | null, res?: Counted) => void;

interface StoreParams {
  timeWindow?: unknown;
  routeInfo?: { method?: string | string[]; url?: string; config?: { sharedRateLimit?: boolean } };
}

interface RateStore {
  incr(key: string, cb: Callback, timeWindow?: number): void;
  child(routeOptions: object): RateStore;
}

const MINUTE = 60_000;
const windowOf = (p: StoreParams): number => (typeof p.timeWindow === 'number' ? p.timeWindow : MINUTE);

/** Expired windows are swept about once every this many counted requests. */
const SWEEP_EVERY = 200;
const DAY = 86_400_000;

/** Counts `key` in the window; answers the count including this request and the window's rest. */
export async function countInWindow(k: Kdb, key: string, windowMs: number, nowMs: number): Promise<Counted> {
  const expired = nowMs - windowMs;
  const row = await k
    .insertInto('rateCounter')
    .values({ key, windowStart: nowMs, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_counter.window_start <= ${expired} then 1 else rate_counter.count + 1 end`,
        windowStart: sql<number>`case when rate_counter.window_start <= ${expired} then ${nowMs} else rate_counter.window_start end`,
      }),
    )
    .returning(['count', 'windowStart'])
    .executeTakeFirstOrThrow();
  const start = Number(row.windowStart);
  return { current: Number(row.count), ttl: Math.max(0, start + windowMs - nowMs) };
}

/** Deletes counters whose window started more than a day ago (no window here is longer). */
export async function sweepRateCounters(k: Kdb, nowMs: number): Promise<void> {
  await k
    .deleteFrom('rateCounter')
    .where('windowStart', '<', nowMs - DAY)
    .execute();
}

/**
 * The store class the plugin instantiates. `db` is read when a request is counted, so the store can
 * be registered before the database handle is decorated; `nowMs` is injectable for tests.
 */
export function sharedRateStore(getDb: () => Kdb, nowMs: () => number = Date.now) {
  let counted = 0;

  class DbStore implements RateStore {
    constructor(
      private readonly scope: string,
      private readonly window: number,
    ) {}
    incr(key: string, cb: Callback, timeWindow = this.window): void {
      const now = nowMs();
      const k = getDb();
      countInWindow(k, `${this.scope}|${key}`, timeWindow, now)
        .then(async (res) => {
          counted += 1;
          if (counted % SWEEP_EVERY === 0) await sweepRateCounters(k, now);
          cb(null, res);
        })
        .catch((err: Error) => cb(err));
    }
    child(routeOptions: object): RateStore {
      // at run time the plugin passes its merged options with `routeInfo` (its types say otherwise)
      return childStore(routeOptions as StoreParams);
    }
  }

  // Per-process fixed windows for the global flood guard.
  class MemoryStore implements RateStore {
    private readonly windows = new Map<string, { start: number; count: number }>();
    private readonly window: number;
    constructor(params: object = {}) {
      this.window = windowOf(params as StoreParams);
    }
    incr(key: string, cb: Callback, timeWindow = this.window): void {
      const now = nowMs();
      let w = this.windows.get(key);
      if (!w || w.start + timeWindow <= now) {
        if (this.windows.size > 10_000) this.windows.clear();
        w = { start: now, count: 0 };
        this.windows.set(key, w);
      }
      w.count += 1;
      cb(null, { current: w.count, ttl: w.start + timeWindow - now });
    }
    child(routeOptions: object): RateStore {
      // at run time the plugin passes its merged options with `routeInfo` (its types say otherwise)
      return childStore(routeOptions as StoreParams);
    }
  }

  function childStore(routeOptions: StoreParams): RateStore {
    const r = routeOptions.routeInfo ?? {};
    if (!r.config?.sharedRateLimit) return new MemoryStore(routeOptions);
    const method = Array.isArray(r.method) ? r.method.join(',') : (r.method ?? '');
    return new DbStore(`${method} ${r.url ?? ''}`, windowOf(routeOptions));
  }

  return MemoryStore;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Count this route's `rateLimit` in the database, shared by every app process. */
    sharedRateLimit?: boolean;
  }
}
