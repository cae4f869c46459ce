// A small HTTP load loop for the benchmarks (autocannon is not a dependency): N GET requests over
// keep-alive connections with C in flight, against 127.0.0.1 only, each request timed.
import { Agent, request } from 'node:http';
import { DEMO_PASSWORD } from '../src/server/demo/county.ts';

export interface LoadOptions {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Request paths, used in turn (request i gets paths[i % paths.length]). */
  paths: readonly string[];
  requests: number;
  concurrency: number;
  headers?: Record<string, string>;
  /**
   * Requests sent under one X-Forwarded-For address before moving to the next: the app trusts the
   * proxy header and rate-limits per address (600 a minute), which a benchmark must stay under.
   */
  perAddress?: number;
  /** Distinguishes the address ranges of successive runs (the limiter's window is one minute). */
  addressBlock?: number;
}

export interface LoadResult {
  requests: number;
  wallMs: number;
  latencies: number[];
  /** Responses with another status than 200 (reported, never hidden). */
  failures: number;
  firstFailure?: string;
  bytes: number;
}

export interface LatencyStats {
  mean: number;
  p50: number;
  p99: number;
  max: number;
  rps: number;
}

function get(
  agent: Agent,
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(opts.origin)) throw new Error('load only 127.0.0.1');
  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = new Array(opts.requests);
  const perAddress = opts.perAddress ?? 250;
  const block = opts.addressBlock ?? 0;
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  let bytes = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= opts.requests) return;
      const slot = Math.floor(i / perAddress);
      const headers = {
        ...opts.headers,
        'x-forwarded-for': `10.${100 + (block % 100)}.${Math.floor(slot / 250) % 250}.${(slot % 250) + 1}`,
      };
      const t = performance.now();
      const res = await get(agent, opts.origin, opts.paths[i % opts.paths.length], headers);
      latencies[i] = performance.now() - t;
      bytes += res.body.length;
      if (res.status !== 200) {
        failures++;
        firstFailure ??= `${res.status} ${res.body.toString('utf8').slice(0, 200)}`;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const wallMs = performance.now() - start;
  agent.destroy();
  return { requests: opts.requests, wallMs, latencies, failures, firstFailure, bytes };
}

export function latencyStats(r: LoadResult): LatencyStats {
  const s = [...r.latencies].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return {
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    p50: at(0.5),
    p99: at(0.99),
    max: s[s.length - 1],
    rps: (r.requests * 1000) / r.wallMs,
  };
}

/** Signs a demo account in through the real login route; its session cookie (`fazhi_sid=…`). */
export async function loginCookie(origin: string, username: string, ip = '10.99.0.1'): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('fazhi_sid='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie;
}
