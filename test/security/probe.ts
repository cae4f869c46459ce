// Helpers for the replayed probes: multipart bodies, and a watch on the main thread while an
// upload is processed (event-loop delay, peak RSS, whether /api/health kept answering).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Client, TestApp } from '../app.ts';

export function multipart(
  c: Client,
  url: string,
  files: Array<{ name: string; bytes: Buffer; field?: string }>,
) {
  const boundary = '----fazhi-security-boundary';
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return c.req('POST', url, Buffer.concat(chunks), {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

export interface Watch {
  /** Largest event-loop delay seen, ms. */
  maxDelayMs: number;
  /** Peak RSS growth over the start, MB. */
  rssGrowthMb: number;
  /** /api/health answers received while the work ran, and the slowest, ms. */
  healthAnswers: number;
  slowestHealthMs: number;
  elapsedMs: number;
}

/** Runs `work` while measuring the main thread and asking /api/health every 100 ms. */
export async function watch<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; watch: Watch }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  const rss0 = process.memoryUsage.rss();
  let peak = rss0;
  let answers = 0;
  let slowest = 0;
  let done = false;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const health = (async () => {
    while (!done) {
      const t0 = performance.now();
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      if (res.statusCode === 200) answers++;
      slowest = Math.max(slowest, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  h.enable();
  const t0 = performance.now();
  try {
    const result = await work();
    const elapsedMs = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      result,
      watch: {
        maxDelayMs: h.max / 1e6,
        rssGrowthMb: (peak - rss0) / 1024 / 1024,
        healthAnswers: answers,
        slowestHealthMs: slowest,
        elapsedMs,
      },
    };
  } finally {
    done = true;
    h.disable();
    clearInterval(sampler);
    await health;
  }
}
