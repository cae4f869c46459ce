// Province scale at 1/10 (issue 15, item 4): the demo county loaded through the real seeds, then
// generated counties of 10 townships, each township a copy of a demo township over several years
// (bench/scale/province-data.ts), on PostgreSQL. At each size (default 20, then 100 townships) it
// measures, through a real server on 127.0.0.1, with 1 and 10 requests in flight:
//   - a township clerk (one generated township: its own data is the same at every size) and a
//     county supervisor (one generated county of 10 townships: same at every size): the case list,
//     the deadline board, the indicators (the supervisor's indicator page: org = the county), the
//     county view GET /api/annual-reports/county (supervisor) and GET /api/search;
//   - the portal's search /gk/search (every published item of the province);
// and the database: pg_database_size, the largest tables with their indexes.
//
//   FAZHI_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/scale/province.ts \
//     [--sizes 20,100] [--years 5] [--seconds 4] [--keep-template] [--keep]
//   npm run bench -- province        (the same, defaults only; FAZHI_BENCH_PG required)
//
// The database is province_<time>, dropped at the end (--keep leaves it). The demo county takes
// minutes to load through the real seeds: --keep-template saves it as province_template_<today> and
// the next run of the same day copies it (CREATE DATABASE … TEMPLATE) instead; drop it with
// `dropdb province_template_<today>` (it must have been made with this file's secret).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { computeRollup, loadRollupOrg } from '../../src/server/annual-report/rollup.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { chinaDate } from '../../src/server/core/clock.ts';
import { auditKeyFor } from '../../src/server/core/keys.ts';
import { hashPassword } from '../../src/server/core/passwords.ts';
import { piiFor } from '../../src/server/core/pii.ts';
import { type Db, openDb } from '../../src/server/db/connect.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { DEMO_COUNTY, DEMO_PASSWORD } from '../../src/server/demo/county.ts';
import { loadDemo } from '../../src/server/demo/seed.ts';
import { selfCheck } from '../../src/server/portal/integrity.ts';
import type { BenchResult, BenchRow } from '../harness.ts';
import { loginCookie, runLoad } from '../http-load.ts';
import {
  generateTownships,
  type ProvinceState,
  readTemplate,
  TOWNSHIPS_PER_COUNTY,
} from './province-data.ts';

const SECRET = 'province-secret-0123456789';
/** The kept template of a day (the demo's records are dated from its today). */
const templateDb = (today: string) => `province_template_${today.replaceAll('-', '')}`;
const log = (...m: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...m);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export interface ProvinceOptions {
  adminUrl: string;
  sizes: number[];
  years: number;
  seconds: number;
  keepTemplate: boolean;
  keep: boolean;
}

async function admin(url: string, text: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

const dbUrl = (adminUrl: string, name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Year shifts of the copies: each copy holds the demo's two years, so ⌈years / 2⌉ copies. */
export const shiftsFor = (years: number) =>
  Array.from({ length: Math.max(1, Math.ceil(years / 2)) }, (_, i) => -2 * i);

interface Endpoint {
  who: 'clerk' | 'supervisor' | 'public';
  label: string;
  paths: string[];
  /** Measured in-process instead of over HTTP (a function no route serves alone). */
  run?: () => Promise<unknown>;
}

/** n calls of fn with `conc` in flight: each call's duration and the wall time. */
async function callLoad(
  fn: () => Promise<unknown>,
  n: number,
  conc: number,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: conc }, async () => {
      while (next++ < n) {
        const t = performance.now();
        await fn();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - start };
}

interface Measured {
  label: string;
  conc: number;
  n: number;
  mean: number;
  p95: number;
  rps: number;
  bytes: number;
  failures: number;
  firstFailure?: string;
  load: string;
}

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

let block = 0;
async function measure(
  origin: string,
  e: Endpoint,
  headers: Record<string, string>,
  seconds: number,
): Promise<Measured[]> {
  const http = (requests: number, concurrency: number) =>
    runLoad({ origin, paths: e.paths, requests, concurrency, headers, addressBlock: block++ });
  // warm-up (JIT, caches, PostgreSQL's buffers), which also sizes the timed runs
  const warm = e.run ? await callLoad(e.run, 3, 1) : await http(3, 1);
  const one = Math.max(1, pct(warm.latencies, 0.5));
  const out: Measured[] = [];
  for (const conc of [1, 10]) {
    const n = Math.max(conc * 3, Math.min(300, Math.round(((seconds * 1000) / one) * (conc === 1 ? 1 : 2))));
    const r = e.run
      ? { ...(await callLoad(e.run, n, conc)), bytes: 0, failures: 0, firstFailure: undefined }
      : await http(n, conc);
    out.push({
      label: e.label,
      conc,
      n,
      mean: r.latencies.reduce((a, b) => a + b, 0) / n,
      p95: pct(r.latencies, 0.95),
      rps: (n * 1000) / r.wallMs,
      bytes: Math.round(r.bytes / n),
      failures: r.failures,
      firstFailure: r.firstFailure,
      load: load(),
    });
  }
  return out;
}

interface SizeReport {
  townships: number;
  counties: number;
  generateSeconds: number;
  portalSeconds: number;
  recheckSeconds: number;
  dbBytes: number;
  tables: { name: string; total: number; indexes: number; rows: number }[];
  measured: Measured[];
  sanity: string[];
}

async function sizes(db: Db): Promise<Pick<SizeReport, 'dbBytes' | 'tables'>> {
  const k = db.k.withoutPlugins();
  const d = await sql<{ n: number }>`SELECT pg_database_size(current_database()) AS n`.execute(k);
  const t = await sql<{ name: string; total: number; indexes: number; rows: number }>`
    SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, pg_indexes_size(c.oid) AS indexes,
      c.reltuples::bigint AS rows
    FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
    ORDER BY pg_total_relation_size(c.oid) DESC`.execute(k);
  return {
    dbBytes: Number(d.rows[0].n),
    tables: t.rows.map((r) => ({
      ...r,
      total: Number(r.total),
      indexes: Number(r.indexes),
      rows: Number(r.rows),
    })),
  };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

export async function runProvince(o: ProvinceOptions): Promise<BenchResult> {
  const t0 = performance.now();
  const today = process.env.FAZHI_TODAY ?? chinaDate();
  const year = Number(today.slice(0, 4)) - 1;
  const name = `province_${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-province-'));
  const TEMPLATE_DB = templateDb(today);
  const hasTemplate =
    ((await admin(o.adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${TEMPLATE_DB}'`)) as unknown[])
      .length > 0;
  const target = { dialect: 'postgres' as const, url: dbUrl(o.adminUrl, name) };
  const reports: SizeReport[] = [];
  let db: Db | undefined;
  try {
    const tDemo = performance.now();
    if (hasTemplate) {
      log(`copying ${TEMPLATE_DB} into ${name}`);
      await admin(o.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      db = openDb(target, { auditKey: auditKeyFor({ secret: SECRET, dataDir }) });
      await migrateToLatest(db);
    } else {
      log(`creating ${name}: migrations, then the demo county through its seeds (minutes), load ${load()}`);
      await admin(o.adminUrl, `CREATE DATABASE ${name}`);
      db = openDb(target, { auditKey: auditKeyFor({ secret: SECRET, dataDir }) });
      await migrateToLatest(db);
      await loadDemo(db, { ledgers: { pii: piiFor({ secret: SECRET, dataDir }), dataDir, today } });
      if (o.keepTemplate) {
        await db.destroy();
        await admin(o.adminUrl, `CREATE DATABASE ${TEMPLATE_DB} TEMPLATE ${name}`);
        db = openDb(target, { auditKey: auditKeyFor({ secret: SECRET, dataDir }) });
      }
    }
    const demoSeconds = (performance.now() - tDemo) / 1000;
    log(`demo county ready in ${demoSeconds.toFixed(0)} s`);
    const template = await readTemplate(db, DEMO_COUNTY.code, today);
    const perTown = template.townships.map((t) => [...t.rows.values()].reduce((s, r) => s + r.length, 0));
    log(
      `template: ${template.townships.length} townships, ${perTown.join('/')} rows each, stride ${template.stride}`,
    );
    const state: ProvinceState = { counties: [], townships: [] };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const shifts = shiftsFor(o.years);
    let from = 0;
    for (const size of o.sizes) {
      const tGen = performance.now();
      log(
        `generating townships ${from + 1}–${size} (${shifts.length} copies each, shifts ${shifts.join(', ')}), load ${load()}`,
      );
      await generateTownships(db, template, state, {
        passwordHash,
        shifts,
        from,
        to: size,
        progress: (done, total) => {
          if (done % 10 === 0 || done === total) log(`  ${done}/${total} townships, load ${load()}`);
        },
      });
      from = size;
      // what autovacuum does within a minute of a bulk load: statistics and the visibility map
      const generateSeconds = (performance.now() - tGen) / 1000;
      // the portal's index (portal_item) of every published item, written by the app's hourly
      // self-check (sync, then every item's SM3 checked), here run once and timed
      const tPortal = performance.now();
      await selfCheck(db.k, today, new Date().toISOString());
      const portalSeconds = (performance.now() - tPortal) / 1000;
      // and the next hourly run, with nothing new to index: what every process pays each hour
      const tRecheck = performance.now();
      await selfCheck(db.k, today, new Date().toISOString());
      const recheckSeconds = (performance.now() - tRecheck) / 1000;
      await sql`VACUUM ANALYZE`.execute(db.k);
      const size0 = await sizes(db);
      log(
        `${size} townships: database ${mb(size0.dbBytes)}, generated in ${generateSeconds.toFixed(0)} s, portal self-check ${portalSeconds.toFixed(0)} s (next run ${recheckSeconds.toFixed(0)} s)`,
      );
      const r = await measureSize(db, dataDir, today, year, state, o.seconds);
      reports.push({
        townships: size,
        counties: state.counties.length,
        generateSeconds,
        portalSeconds,
        recheckSeconds,
        ...size0,
        ...r,
      });
    }
    return present(o, reports, {
      demoSeconds,
      wholeSeconds: (performance.now() - t0) / 1000,
      perTown,
      shifts,
      today,
    });
  } finally {
    await db?.destroy();
    if (!o.keep) await admin(o.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else log(`kept database ${name}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureSize(
  db: Db,
  dataDir: string,
  today: string,
  year: number,
  state: ProvinceState,
  seconds: number,
): Promise<{ measured: Measured[]; sanity: string[] }> {
  const config = loadConfig(
    {
      FAZHI_DATA_DIR: dataDir,
      FAZHI_SECRET: SECRET,
      FAZHI_TODAY: today,
      FAZHI_PORTAL_CHECK_MINUTES: '0',
      LOG_LEVEL: 'silent',
    } as NodeJS.ProcessEnv,
    { demo: false, demoLedgers: false, loginRatePerMinute: 10_000, trustProxy: true },
  );
  const app = await buildApp(config, { db, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const town = state.townships[0];
    const county = state.counties[0];
    const townOrg = await loadRollupOrg(db.k, town.orgId);
    if (!townOrg) throw new Error('generated township not found');
    const clerk = await loginCookie(origin, town.accounts.get('clerk')!, '10.98.0.1');
    const supervisor = await loginCookie(origin, county.supervisor, '10.98.0.2');
    const list = [
      `/api/ledgers/enforcement/case?page=1&pageSize=20`,
      `/api/ledgers/enforcement/case?state=archived&from=${year}-01-01&to=${year}-12-31&page=2&pageSize=20`,
      `/api/ledgers/disputes/dispute?page=1&pageSize=20`,
    ];
    const words = ['纠纷', '宅基地', '罚款', '信息公开', '王'];
    const search = words.map((w) => `/api/search?q=${encodeURIComponent(w)}`);
    const endpoints: Endpoint[] = [
      { who: 'clerk', label: 'clerk: case lists', paths: list },
      { who: 'clerk', label: 'clerk: deadline board', paths: ['/api/deadlines'] },
      { who: 'clerk', label: 'clerk: indicators', paths: [`/api/indicators?year=${year}`] },
      {
        who: 'clerk',
        label: 'township roll-up (in-process)',
        paths: [],
        run: () => computeRollup(db.k, townOrg, year, { today }),
      },
      { who: 'clerk', label: 'clerk: search', paths: search },
      { who: 'supervisor', label: 'county: case lists', paths: list },
      { who: 'supervisor', label: 'county: deadline board', paths: ['/api/deadlines'] },
      {
        who: 'supervisor',
        label: 'county: indicators',
        paths: [`/api/indicators?year=${year}&org=${county.orgId}`],
      },
      { who: 'supervisor', label: 'county: county view', paths: [`/api/annual-reports/county?year=${year}`] },
      { who: 'supervisor', label: 'county: search', paths: search },
      {
        who: 'public',
        label: 'portal: search',
        paths: ['政府信息', '年度报告', '决策', '规范性文件', '公开'].map(
          (w) => `/gk/search?q=${encodeURIComponent(w)}`,
        ),
      },
    ];
    const sanity: string[] = [];
    for (const [who, cookie] of [
      ['clerk', clerk],
      ['county', supervisor],
    ] as const) {
      const res = await fetch(`${origin}${list[0]}`, { headers: { cookie, 'x-forwarded-for': '10.98.0.3' } });
      const body = (await res.json()) as { total: number };
      sanity.push(`${who} enforcement cases in scope: ${body.total}`);
    }
    const measured: Measured[] = [];
    for (const e of endpoints) {
      const headers: Record<string, string> =
        e.who === 'clerk' ? { cookie: clerk } : e.who === 'supervisor' ? { cookie: supervisor } : {};
      const m = await measure(origin, e, headers, seconds);
      for (const x of m) {
        log(
          `  ${x.label.padEnd(24)} c=${String(x.conc).padEnd(2)} n=${String(x.n).padEnd(3)} mean ${x.mean.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, ${x.rps.toFixed(1)} req/s, ${x.bytes} B${x.failures ? `, ${x.failures} FAILED: ${x.firstFailure}` : ''} (load ${x.load})`,
        );
      }
      measured.push(...m);
    }
    return { measured, sanity };
  } finally {
    await app.close();
  }
}

function present(
  o: ProvinceOptions,
  reports: SizeReport[],
  info: { demoSeconds: number; wholeSeconds: number; perTown: number[]; shifts: number[]; today: string },
): BenchResult {
  const rows: BenchRow[] = [];
  for (const r of reports) {
    rows.push({
      metric: `${r.townships} townships (${r.counties} counties + demo county): database`,
      value: mb(r.dbBytes),
      note: `generated in ${r.generateSeconds.toFixed(0)} s, portal self-check: first (indexing) ${r.portalSeconds.toFixed(0)} s, next ${r.recheckSeconds.toFixed(0)} s; ${r.sanity.join('; ')}`,
    });
    for (const m of r.measured) {
      rows.push({
        metric: `${r.townships} townships: ${m.label}, ${m.conc} in flight`,
        value: `mean ${m.mean.toFixed(1)} · p95 ${m.p95.toFixed(1)}`,
        unit: 'ms',
        note: `n=${m.n}, ${m.rps.toFixed(1)} req/s, ${m.bytes} B/resp, load ${m.load}${m.failures ? `, ${m.failures} failed: ${m.firstFailure}` : ''}`,
      });
    }
  }
  if (reports.length >= 2) {
    const [a, b] = [reports[0], reports[reports.length - 1]];
    for (const m of b.measured) {
      const before = a.measured.find((x) => x.label === m.label && x.conc === m.conc);
      if (before)
        rows.push({
          metric: `growth ${a.townships}→${b.townships} townships: ${m.label}, ${m.conc} in flight`,
          value: Number((m.mean / before.mean).toFixed(2)),
          unit: '× mean',
          note: `p95 ×${(m.p95 / before.p95).toFixed(2)}`,
        });
    }
    const per = (b.dbBytes - a.dbBytes) / (b.townships - a.townships);
    rows.push({
      metric: 'database per generated township',
      value: mb(per),
      note: `1,000 townships ≈ ${((a.dbBytes + per * (1000 - a.townships)) / 1024 ** 3).toFixed(1)} GB`,
    });
    for (const t of b.tables.slice(0, 14)) {
      const ta = a.tables.find((x) => x.name === t.name);
      rows.push({
        metric: `table ${t.name} at ${b.townships}`,
        value: mb(t.total),
        note: `indexes ${mb(t.indexes)}, ~${t.rows.toLocaleString('en-US')} rows; at ${a.townships}: ${ta ? mb(ta.total) : '—'}`,
      });
    }
  }
  const notes = [
    `today ${info.today}; template: the demo county (7 townships, ${info.perTown.join('/')} rows per township over its two years) loaded through its seeds in ${info.demoSeconds.toFixed(0)} s; each generated township = ${info.shifts.length} copies of one template township, year shifts ${info.shifts.join(', ')}; counties of ${TOWNSHIPS_PER_COUNTY} townships; whole run ${info.wholeSeconds.toFixed(0)} s`,
    `clerk = ${'t1.clerk'} (generated township 1), county = c1.supervisor (generated county 1, ${TOWNSHIPS_PER_COUNTY} townships): their own data is the same at every size`,
    `each endpoint: 3 warm-up requests, then about ${o.seconds} s at 1 in flight and twice that at 10 in flight (at most 300 requests); real server on 127.0.0.1, keep-alive`,
  ];
  return { rows, notes };
}

function optionsFromArgs(argv: string[]): ProvinceOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '20,100' },
      years: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '4' },
      'keep-template': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const adminUrl = process.env.FAZHI_BENCH_PG;
  if (!adminUrl) throw new Error('FAZHI_BENCH_PG must name a PostgreSQL server (postgres://…/postgres)');
  return {
    adminUrl,
    sizes: values.sizes
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
    years: Number(values.years),
    seconds: Number(values.seconds),
    keepTemplate: values['keep-template'],
    keep: values.keep,
  };
}

export function defaultProvinceOptions(): ProvinceOptions | null {
  return process.env.FAZHI_BENCH_PG ? optionsFromArgs([]) : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runProvince(optionsFromArgs(process.argv.slice(2)));
  console.log('\n| metric | value | note |\n| --- | --- | --- |');
  for (const r of result.rows)
    console.log(`| ${r.metric} | ${r.value}${r.unit ? ` ${r.unit}` : ''} | ${r.note ?? ''} |`);
  for (const n of result.notes ?? []) console.log(`- ${n}`);
}
