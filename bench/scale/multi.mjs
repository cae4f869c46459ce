#!/usr/bin/env node
// Several app processes on one PostgreSQL behind nginx (docs/deploy.md), under a mixed load:
//   node bench/scale/multi.mjs [--seconds 120] [--connections 50] [--apps 3] [--kill] [--out file.json]
//   node bench/scale/multi.mjs --sqlite [--seconds 120] …: one process on SQLite (the deployment of
//   one township or a small county, docs/deploy.md) behind the same nginx, under the same load;
// 1. a fresh database cloned from a demo template (made once: migrate + demo county), migrated;
// 2. `--apps` processes of `fazhi serve`, each with its own empty data directory (nothing may
//    depend on a process's local files) and the same FAZHI_SECRET;
// 3. Debian's nginx with a generated nginx.conf (upstream, least_conn) in front;
// 4. the mixed load of load.mjs through nginx for `--seconds`, RSS of every app sampled from /proc;
//    with `--kill`, one app process is killed (SIGKILL) half-way through;
// 5. every acknowledged write checked through the API, `fazhi audit verify` run per data directory.
// Not part of `npm test` (needs nginx and PostgreSQL). Environment: FAZHI_SCALE_PG (an admin URL,
// default postgres://postgres@127.0.0.1:5432/postgres), FAZHI_SCALE_PORT (nginx, default 8088).
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discover, newStats, runLoad, send, verifyAcked } from './load.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    connections: { type: 'string', default: '50' },
    apps: { type: 'string', default: '3' },
    kill: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'fresh-template': { type: 'boolean', default: false },
    sqlite: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
// SQLite is one process's database: one app
const SQLITE = args.sqlite;
const APPS = SQLITE ? 1 : Number(args.apps);
if (SQLITE && args.kill) throw new Error('--kill needs several processes: not with --sqlite');
const ADMIN = process.env.FAZHI_SCALE_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NGINX_PORT = Number(process.env.FAZHI_SCALE_PORT ?? 8088);
const APP_PORT = NGINX_PORT + 1000;
// the template's records and audit chain are keyed with it: change it only with --fresh-template
const SECRET = process.env.FAZHI_SCALE_SECRET ?? 'scale-test-secret-0123456789';
const TODAY = process.env.FAZHI_TODAY ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const TEMPLATE = 'fazhi_scale_template';
/** SQLite: the migrated demo database, made once, copied into the app's data directory per run. */
const SQLITE_TEMPLATE = join(tmpdir(), 'fazhi-scale-sqlite-template');
const log = (...m) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...m);

const dbUrl = (name) => {
  const u = new URL(ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
};
const psql = (sqlText) => {
  const r = spawnSync('psql', [ADMIN, '-tAc', sqlText], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim();
};
const fazhi = (env, ...cli) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/fazhi.js'), ...cli], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`.trim() };
};
const baseEnv = (dataDir, db) => ({
  ...(db ? { DATABASE_URL: dbUrl(db) } : {}),
  FAZHI_DATA_DIR: dataDir,
  FAZHI_SECRET: SECRET,
  FAZHI_TODAY: TODAY,
  FAZHI_TRUST_PROXY: '1',
  LOG_LEVEL: 'warn',
});

function ensureSqliteTemplate() {
  const file = join(SQLITE_TEMPLATE, 'fazhi.sqlite');
  if (existsSync(file) && !args['fresh-template']) return file;
  log('making the SQLite demo template (migrate + demo county, a few minutes)');
  rmSync(SQLITE_TEMPLATE, { recursive: true, force: true });
  mkdirSync(SQLITE_TEMPLATE, { recursive: true });
  for (const cmd of [['migrate'], ['demo']]) {
    const r = fazhi(baseEnv(SQLITE_TEMPLATE, null), ...cmd);
    if (r.code !== 0) throw new Error(`fazhi ${cmd[0]}: ${r.out}`);
  }
  return file;
}

function ensureTemplate(work) {
  const exists = psql(`select count(*) from pg_database where datname = '${TEMPLATE}'`) === '1';
  if (exists && !args['fresh-template']) return;
  log('making the demo template database (migrate + demo county, a few minutes)');
  psql(`drop database if exists ${TEMPLATE}`);
  psql(`create database ${TEMPLATE}`);
  const env = baseEnv(join(work, 'template'), TEMPLATE);
  for (const cmd of [['migrate'], ['demo']]) {
    const r = fazhi(env, ...cmd);
    if (r.code !== 0) throw new Error(`fazhi ${cmd[0]}: ${r.out}`);
  }
}

function nginxConf(work) {
  const servers = Array.from(
    { length: APPS },
    (_, i) => `    server 127.0.0.1:${APP_PORT + i} max_fails=1 fail_timeout=10s;`,
  );
  return `worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-tmp/body;
  proxy_temp_path ${work}/nginx-tmp/proxy;
  fastcgi_temp_path ${work}/nginx-tmp/fastcgi;
  uwsgi_temp_path ${work}/nginx-tmp/uwsgi;
  scgi_temp_path ${work}/nginx-tmp/scgi;
  client_max_body_size 60m;
  upstream fazhi {
    least_conn;
${servers.join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${NGINX_PORT};
    location / {
      proxy_pass http://fazhi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # a process that is gone: GET/HEAD go to the next one; a POST only when it was not sent yet
      proxy_next_upstream error timeout http_502;
      proxy_read_timeout 120s;
    }
  }
}
`;
}

async function waitHealthy(port, ms = 180_000) {
  const agent = new Agent();
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const r = await send(agent, `http://127.0.0.1:${port}`, 'GET', '/api/health', { timeoutMs: 5000 });
    if (r.status === 200) return;
    await new Promise((res) => setTimeout(res, 1000));
  }
  throw new Error(`port ${port} did not answer /api/health`);
}

const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'fazhi-scale-'));
  mkdirSync(join(work, 'nginx-tmp'), { recursive: true });
  let db = null;
  let sqliteTemplate = null;
  if (SQLITE) {
    sqliteTemplate = ensureSqliteTemplate();
    log(`SQLite, one process (from ${sqliteTemplate}), work directory ${work}`);
  } else {
    ensureTemplate(work);
    db = `fazhi_scale_${Date.now().toString(36)}`;
    psql(`create database ${db} template ${TEMPLATE}`);
    log(`database ${db} (from ${TEMPLATE}), work directory ${work}`);
    const mig = fazhi(baseEnv(join(work, 'migrate'), db), 'migrate');
    if (mig.code !== 0) throw new Error(mig.out);
  }

  const apps = [];
  for (let i = 0; i < APPS; i++) {
    const dataDir = join(work, `app${i + 1}`);
    mkdirSync(dataDir);
    if (sqliteTemplate) {
      for (const suffix of ['', '-wal'])
        if (existsSync(`${sqliteTemplate}${suffix}`))
          copyFileSync(`${sqliteTemplate}${suffix}`, join(dataDir, `fazhi.sqlite${suffix}`));
      const mig = fazhi(baseEnv(dataDir, null), 'migrate');
      if (mig.code !== 0) throw new Error(mig.out);
    }
    const child = spawn(process.execPath, [join(ROOT, 'bin/fazhi.js'), 'serve'], {
      env: { ...process.env, ...baseEnv(dataDir, db), PORT: String(APP_PORT + i), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (c) => writeFileSync(join(work, `app${i + 1}.err`), c, { flag: 'a' }));
    apps.push({
      name: `app${i + 1}`,
      port: APP_PORT + i,
      dataDir,
      child,
      pid: child.pid,
      rss: [],
      killed: false,
    });
  }
  writeFileSync(join(work, 'nginx.conf'), nginxConf(work));
  const proxy = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  const stopAll = () => {
    for (const a of apps) if (!a.killed) a.child.kill('SIGTERM');
    proxy.kill('SIGQUIT');
  };
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    await Promise.all(apps.map((a) => waitHealthy(a.port)));
    await waitHealthy(NGINX_PORT, 30_000);
    log(
      `${APPS} app processes (${apps.map((a) => `${a.name} pid ${a.pid}`).join(', ')}) behind nginx :${NGINX_PORT}`,
    );

    const origin = `http://127.0.0.1:${NGINX_PORT}`;
    const stats = newStats();
    const shared = await discover(origin, newStats());
    log(
      `today ${shared.today}; ${shared.reports.length} township reports to export; ${shared.portal.length} portal pages`,
    );
    const sample = () => {
      const t = Date.now();
      for (const a of apps) if (!a.killed) a.rss.push({ t, kb: rssKb(a.pid) });
    };
    sample();
    const load = [];
    const startedAt = Date.now();
    const until = startedAt + SECONDS * 1000;
    const sampler = setInterval(() => {
      sample();
      load.push(loadavg()[0]);
    }, 5000);
    let kill = null;
    if (args.kill) {
      setTimeout(
        () => {
          const victim = apps[1];
          kill = { name: victim.name, pid: victim.pid, at: Date.now(), inFlightBefore: stats.requests };
          victim.killed = true;
          process.kill(victim.pid, 'SIGKILL');
          log(`killed ${victim.name} (pid ${victim.pid}) with SIGKILL`);
        },
        (SECONDS * 1000) / 2,
      );
    }
    await runLoad({ origin, connections: CONNECTIONS, until, shared, stats });
    clearInterval(sampler);
    sample();
    const wallS = (Date.now() - startedAt) / 1000;
    log(`load done: ${stats.requests} requests in ${wallS.toFixed(0)} s`);

    const missing = await verifyAcked(origin, stats);
    const fivexx = Object.entries(stats.byStatus)
      .filter(([s]) => s >= '500' && s < '600')
      .reduce((n, [, v]) => n + v, 0);
    // failures around the kill: started before it (in flight on the killed process) or after
    const broken = (f) => f.status === 0 || f.status >= 500 || f.status === 'bytes differ';
    // a failure is "in flight" at the kill when it was sent before it and ended after it
    const inFlight = (f) => kill && f.started <= kill.at && f.ended >= kill.at;
    const failuresAfterKill = kill ? stats.failures.filter((f) => broken(f) && !inFlight(f)) : [];
    stopAll();
    await new Promise((res) => setTimeout(res, 3000));
    const audits = apps.map((a) => ({ name: a.name, ...fazhi(baseEnv(a.dataDir, db), 'audit', 'verify') }));

    const result = {
      at: new Date().toISOString(),
      seconds: SECONDS,
      connections: CONNECTIONS,
      apps: APPS,
      wallSeconds: wallS,
      requests: stats.requests,
      rps: stats.requests / wallS,
      byStatus: stats.byStatus,
      fivexx,
      byAction: Object.fromEntries(
        Object.entries(stats.byAction).map(([k, v]) => [
          k,
          { n: v.n, failed: v.failed, meanMs: Math.round(v.ms / v.n) },
        ]),
      ),
      failures: stats.failures.slice(0, 40).map((f) => ({ ...f, tMs: f.started - startedAt })),
      failureCount: stats.failures.length,
      kill: kill && {
        ...kill,
        atS: (kill.at - startedAt) / 1000,
        failedInFlight: stats.failures.filter((f) => broken(f) && inFlight(f)).length,
        failedOtherwise: failuresAfterKill.length,
      },
      acked: {
        disputes: stats.acked.disputes.length,
        starts: stats.acked.starts.length,
        uploads: stats.acked.uploads.length,
      },
      missing,
      audit: audits.map((a) => ({ name: a.name, code: a.code, out: a.out.split('\n').slice(-2).join(' ') })),
      // start: the first sample a minute into the load (warmed up), or the first one of a short run
      rss: apps.map((a) => {
        const first =
          a.rss.find((x) => x.t >= startedAt + 60_000 && x !== a.rss[a.rss.length - 1]) ??
          a.rss[1] ??
          a.rss[0];
        const last = a.rss[a.rss.length - 1];
        const max = Math.max(...a.rss.map((x) => x.kb));
        return {
          name: a.name,
          killed: a.killed,
          idleKb: a.rss[0]?.kb,
          startKb: first?.kb,
          endKb: last?.kb,
          maxKb: max,
          growthPct: first && last ? Math.round(((last.kb - first.kb) / first.kb) * 1000) / 10 : null,
          // the garbage collector swings RSS by a third within a minute: compare the minima too
          minFirstMinuteKb: Math.min(...a.rss.filter((x) => x.t <= startedAt + 60_000).map((x) => x.kb)),
          minLastMinuteKb: Math.min(...a.rss.filter((x) => x.t >= (last?.t ?? 0) - 60_000).map((x) => x.kb)),
          series: a.rss.map((x) => [Math.round((x.t - startedAt) / 1000), x.kb]),
        };
      }),
      loadAverage: {
        min: Math.min(...load),
        max: Math.max(...load),
        mean: load.reduce((a, b) => a + b, 0) / (load.length || 1),
      },
      database: db ?? 'sqlite',
    };
    console.log(JSON.stringify(result, null, 2));
    if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2));
    if (db && !args.keep) psql(`drop database if exists ${db} with (force)`);
    const ok =
      missing.length === 0 &&
      audits.every((a) => a.code === 0) &&
      (args.kill ? failuresAfterKill.length === 0 : fivexx === 0);
    process.exitCode = ok ? 0 : 1;
  } catch (e) {
    stopAll();
    throw e;
  }
}

await main();
