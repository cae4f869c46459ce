// Issue 12 item 2, replayed: a heavy report sent to the checker (POST /api/checks, the county's
// external upload) is read and checked in a worker thread, so the main thread keeps answering;
// a file that overruns the time or memory limit stops its worker and gets a Chinese error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOWNSHIPS } from '../../src/server/demo/county.ts';
import { checkUploads } from '../../src/server/workers/checker.ts';
import { MAX_TEXT_CHARS } from '../../src/server/workers/checker-protocol.ts';
import { PoolBusyError, TaskError, WorkerFailure, WorkerPool } from '../../src/server/workers/pool.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../fixtures/checker/sample-report.ts';
import { heavyDocx } from './heavy.ts';
import { multipart, watch } from './probe.ts';

// A generous bound for a loaded 2-core machine (about 150 ms seen on one; the issue asks /api/health
// to answer within 200 ms). Checked on the main thread, these files blocked it for 1 s at a time
// and for 4–8 s in all.
const MAX_LOOP_DELAY_MS = 500;

let heavy: Buffer;
let slow: Buffer;
beforeAll(async () => {
  // over the text limit: refused once read (the 150 MB of text, scaled down)
  heavy = await heavyDocx(MAX_TEXT_CHARS * 2);
  // under it, but seconds of checking: every passage is new
  slow = await heavyDocx(250_000, { distinct: true, seed: 3 });
}, 60_000);

for (const dialect of dialects()) {
  describe(`checker off the main thread [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let supervisor: Client;
    let taoping: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('chengguan.clerk');
      supervisor = await t.login('supervisor');
      const orgs = (await supervisor.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      const code = DEMO_TOWNSHIPS.find((d) => d.pinyin === 'taoping')?.code;
      taoping = orgs.find((o) => o.code === code)?.id as number;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('keeps /api/health answering while a heavy DOCX is checked, and names the file refused', async () => {
      const { result: res, watch: w } = await watch(t, () =>
        multipart(clerk, '/api/checks', [
          { name: '超长报告.docx', bytes: heavy, field: 'files' },
          { name: '长报告.docx', bytes: slow, field: 'files' },
          { name: '清溪镇.txt', bytes: Buffer.from(SAMPLE_TEXT), field: 'files' },
        ]),
      );
      console.info('[probe] heavy DOCX checked', { bytes: heavy.length + slow.length, ...w });
      expect(w.maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
      expect(w.healthAnswers).toBeGreaterThanOrEqual(2);
      expect(w.slowestHealthMs).toBeLessThan(MAX_LOOP_DELAY_MS);
      expect(res.status).toBe(200);
      const [big, long, ok] = res.body.results;
      expect(big.error).toContain('超长报告.docx');
      expect(big.error).toContain(`超过体检上限 ${MAX_TEXT_CHARS / 10_000} 万字`);
      // checked, or stopped at the time limit on a very loaded machine: either way, named
      if (long.error) expect(long.error).toContain('“长报告.docx”处理超过');
      else expect(long.findings.length).toBeGreaterThan(0);
      expect(ok.error).toBeUndefined();
      expect(ok.title).toBe(SAMPLE_TITLE);
    }, 60_000);

    it('checks a county external upload in a worker: refused with a Chinese message, nothing stored', async () => {
      const { result: res, watch: w } = await watch(t, () =>
        multipart(supervisor, `/api/annual-reports/county/external/${taoping}/2024`, [
          { name: '桃坪乡年度报告.docx', bytes: heavy },
        ]),
      );
      console.info('[probe] heavy external report', w);
      expect(w.maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
      expect(w.healthAnswers).toBeGreaterThanOrEqual(1);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('REPORT_UNREADABLE');
      expect(res.body.error.message).toContain('超过体检上限');
      expect(res.body.error.message).toContain('未保存该文件');
      const stored = await t.app.db.k.selectFrom('externalReport').select('id').execute();
      expect(stored).toEqual([]);
    }, 60_000);
  });
}

describe('checker time limit', () => {
  it('stops the worker on a file past the hard time limit and checks the rest of the batch', {
    timeout: 60_000,
  }, async () => {
    const slow = await heavyDocx(MAX_TEXT_CHARS * 0.95, { distinct: true });
    const t0 = performance.now();
    const results = await checkUploads(
      [
        { name: '慢.docx', bytes: slow },
        { name: '甲.txt', bytes: Buffer.from(SAMPLE_TEXT) },
      ],
      { maxBytes: 20 * 1024 * 1024, timeoutMs: 1_000, graceMs: 0 },
    );
    const elapsed = performance.now() - t0;
    console.info(`[probe] slow file stopped, batch answered in ${Math.round(elapsed)} ms`);
    expect(results[0].error, JSON.stringify(results.map((r) => [r.file, r.error ?? null]))).toContain(
      '“慢.docx”处理超过 1 秒仍未完成，已停止',
    );
    expect(results[1].error).toBeUndefined();
    expect(results[1].title).toBe(SAMPLE_TITLE);
    // these 475,000 distinct characters take about 10 s to check on an idle core here (3 s on a
    // fast one); the worker was stopped after 1 s, and the batch run again without the file
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe('worker pool', () => {
  const entry = new URL('./fixtures/probe-worker.mjs', import.meta.url);
  let pool: WorkerPool;
  afterAll(() => pool?.close());

  it('answers, reports task errors, and replaces workers stopped for time, memory or a crash', async () => {
    pool = new WorkerPool({ entry, size: 1, maxQueue: 2, maxOldGenerationSizeMb: 32 });
    expect(await pool.run({ do: 'echo', value: 42 }, { stepTimeoutMs: 5_000 })).toBe(42);
    await expect(pool.run({ do: 'fail' }, { stepTimeoutMs: 5_000 })).rejects.toBeInstanceOf(TaskError);
    const spin = await pool.run({ do: 'spin' }, { stepTimeoutMs: 300 }).catch((e) => e);
    expect(spin).toBeInstanceOf(WorkerFailure);
    expect(spin).toMatchObject({ kind: 'timeout', step: 0 });
    const oom = await pool.run({ do: 'allocate' }, { stepTimeoutMs: 20_000 }).catch((e) => e);
    expect(oom).toMatchObject({ kind: 'memory', step: 0 });
    const exit = await pool.run({ do: 'exit' }, { stepTimeoutMs: 5_000 }).catch((e) => e);
    expect(exit).toMatchObject({ kind: 'crash' });
    expect(await pool.run({ do: 'echo', value: 'again' }, { stepTimeoutMs: 5_000 })).toBe('again');
  }, 60_000);

  it('refuses at once when the queue is full', async () => {
    const busy = new WorkerPool({ entry, size: 1, maxQueue: 2 });
    try {
      const running = [1, 2, 3].map(() => busy.run({ do: 'slow', ms: 300 }, { stepTimeoutMs: 5_000 }));
      await expect(busy.run({ do: 'echo', value: 1 }, { stepTimeoutMs: 5_000 })).rejects.toBeInstanceOf(
        PoolBusyError,
      );
      expect(await Promise.all(running)).toEqual(['slow', 'slow', 'slow']);
    } finally {
      await busy.close();
    }
  }, 30_000);
});
