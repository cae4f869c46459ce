// Issue 12 item 8 / issue 15 item 3: the login limit per address is counted in the database, so two
// app processes on one database refuse the same address after the same number of attempts (before,
// each process counted its own, and N processes allowed N times the limit). Two apps on separate
// connections to one database stand in for two processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { auditKeyFor } from '../../src/server/core/keys.ts';
import { openDb } from '../../src/server/db/connect.ts';
import { countInWindow, sweepRateCounters } from '../../src/server/http/rate-store.ts';
import { createTestDb, dialects } from '../db.ts';

for (const dialect of dialects()) {
  describe(`login rate limit shared by app processes [${dialect}]`, () => {
    let t: Awaited<ReturnType<typeof createTestDb>>;
    let apps: Awaited<ReturnType<typeof buildApp>>[] = [];

    beforeAll(async () => {
      t = await createTestDb(dialect);
      const config = loadConfig({ FAZHI_DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, {
        demo: false,
        loginRatePerMinute: 5,
        today: '2026-11-16',
      });
      for (let i = 0; i < 2; i++) {
        const db = i === 0 ? t.db : openDb(t.target, { auditKey: auditKeyFor({ dataDir: t.dataDir }) });
        const app = await buildApp(config, { db, logger: false });
        await app.ready();
        apps.push(app);
      }
    });
    afterAll(async () => {
      await apps[1]?.close();
      await apps[1]?.db.destroy();
      await apps[0]?.close();
      apps = [];
      await t.drop();
    });

    const attempt = (i: number) =>
      apps[i].inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody.here', password: 'Wrong#Guess2026' },
      });

    it('refuses the sixth attempt of an address on either process', async () => {
      const statuses: number[] = [];
      for (const i of [0, 1, 0, 1, 0]) statuses.push((await attempt(i)).statusCode);
      expect(statuses.every((s) => s !== 429)).toBe(true);
      const sixth = await attempt(1);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json().error.message).toMatch(/^请求过于频繁，请在 \d+ 秒后重试$/);
      expect((await attempt(0)).statusCode).toBe(429);
      // other routes keep their own (in-process) flood guard
      expect((await apps[0].inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    });

    it('counts in fixed windows and sweeps old ones', async () => {
      const k = t.db.k;
      const at = 1_800_000_000_000;
      expect(await countInWindow(k, 'test|a', 60_000, at)).toEqual({ current: 1, ttl: 60_000 });
      expect(await countInWindow(k, 'test|a', 60_000, at + 10_000)).toEqual({ current: 2, ttl: 50_000 });
      expect(await countInWindow(k, 'test|b', 60_000, at + 10_000)).toEqual({ current: 1, ttl: 60_000 });
      expect(await countInWindow(k, 'test|a', 60_000, at + 60_000)).toEqual({ current: 1, ttl: 60_000 });
      await sweepRateCounters(k, at + 25 * 3_600_000);
      const left = await k.selectFrom('rateCounter').select('key').where('key', 'like', 'test|%').execute();
      expect(left).toEqual([]);
    });
  });
}
