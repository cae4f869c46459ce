// The mixed load of bench/scale/multi.mjs: virtual users over keep-alive connections to nginx, each
// under its own client address (X-Forwarded-For; the apps trust the proxy), doing what a county's
// users do: township clerks log in, list, open, create and step disputes, upload and download
// files, read the board and the bell; the supervisor reads indicators and exports a township's
// annual report; citizens read the public portal. Every acknowledged write is recorded, so that
// it can be checked after the load (nothing acknowledged may be lost).
import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';

export const PASSWORD = 'Fazhi@Demo2026';
const DISPUTES = '/api/ledgers/disputes/dispute';

/** One HTTP exchange; never throws (a socket error or no answer in `timeoutMs` is status 0). */
export function send(agent, origin, method, path, { headers = {}, body, timeoutMs = 180_000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const req = request(`${origin}${path}`, { method, agent, headers, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          started,
          ended: Date.now(),
        }),
      );
      res.on('error', (e) => resolve({ status: 0, error: e.message, started, ended: Date.now() }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, error: e.message, started, ended: Date.now() }));
    if (body) req.write(body);
    req.end();
  });
}

const json = (r) => {
  try {
    return JSON.parse(r.body.toString('utf8'));
  } catch {
    return null;
  }
};

function multipart(filename, bytes) {
  const boundary = `----fazhi${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(filename)}"\r\n` +
      'Content-Type: text/plain\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), type: `multipart/form-data; boundary=${boundary}` };
}

/** Statistics of a run: requests and failures by action and by status, and the failures' times. */
export function newStats() {
  return {
    requests: 0,
    byStatus: {},
    byAction: {},
    failures: [],
    acked: { disputes: [], starts: [], uploads: [] },
  };
}

function count(stats, action, r, expected) {
  stats.requests += 1;
  const key = String(r.status);
  stats.byStatus[key] = (stats.byStatus[key] ?? 0) + 1;
  stats.byAction[action] ??= { n: 0, failed: 0, ms: 0 };
  const a = stats.byAction[action];
  a.n += 1;
  a.ms += r.ended - r.started;
  const ok = expected.includes(r.status);
  if (!ok) {
    a.failed += 1;
    stats.failures.push({
      action,
      status: r.status,
      started: r.started,
      ended: r.ended,
      error: r.error ?? r.body?.toString('utf8').slice(0, 200),
    });
  }
  return ok;
}

class Session {
  constructor(origin, address, stats) {
    this.origin = origin;
    this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
    this.address = address;
    this.stats = stats;
    this.cookie = '';
    this.csrf = '';
  }
  async call(action, method, path, { body, type, expected = [200] } = {}) {
    const headers = { 'x-forwarded-for': this.address, 'user-agent': 'fazhi-scale' };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let payload;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      headers['content-type'] = type ?? 'application/json';
      headers['content-length'] = String(payload.length);
    }
    const r = await send(this.agent, this.origin, method, path, { headers, body: payload });
    const ok = count(this.stats, action, r, expected);
    return { ...r, ok };
  }
  async login(username) {
    const r = await this.call('login', 'POST', '/api/auth/login', { body: { username, password: PASSWORD } });
    if (!r.ok) return null;
    const set = r.headers['set-cookie']?.find((c) => c.startsWith('fazhi_sid='));
    this.cookie = set ? set.split(';')[0] : '';
    const me = json(r);
    this.csrf = me?.csrfToken ?? '';
    return me;
  }
}

const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];

/** A township clerk: lists, details, new disputes with their first step, uploads, the board. */
async function clerk(s, username, until, shared) {
  let me = await s.login(username);
  const mine = [];
  let mediatorId = null;
  for (let i = 0; Date.now() < until; i++) {
    if (!me || i % 150 === 149) {
      me = await s.login(username);
      if (!me) continue;
    }
    if (mediatorId === null) {
      const r = await s.call('options', 'GET', `${DISPUTES}/options/mediatorId?org=${me.user.orgId}`);
      mediatorId = json(r)?.items?.[0]?.value ?? 0;
    }
    const roll = Math.random();
    if (roll < 0.3) {
      const r = await s.call(
        'list',
        'GET',
        `${DISPUTES}?page=${1 + Math.floor(Math.random() * 3)}&pageSize=20&columns=list`,
      );
      const items = json(r)?.items ?? [];
      if (items.length) mine.push(pick(items).id);
    } else if (roll < 0.5 && mine.length) {
      await s.call('detail', 'GET', `${DISPUTES}/${pick(mine.slice(-40))}`);
    } else if (roll < 0.6) {
      const title = `压力测试纠纷 ${s.address} ${i}`;
      const r = await s.call('create', 'POST', DISPUTES, {
        expected: [201, 200],
        body: {
          title,
          orgId: me.user.orgId,
          acceptedOn: shared.today,
          source: 'grid',
          category: 'land',
          method: 'people',
          applicantName: '王建国',
          ...(mediatorId ? { mediatorId } : {}),
        },
      });
      const id = json(r)?.id;
      if (r.ok && id) {
        s.stats.acked.disputes.push({ id, title, username });
        mine.push(id);
        if (mediatorId) {
          const t = await s.call('transition', 'POST', `${DISPUTES}/${id}/transitions/start`, { body: {} });
          if (t.ok) s.stats.acked.starts.push({ id, username });
        }
      }
    } else if (roll < 0.68) {
      const bytes = Buffer.from(`调解笔录 ${s.address} ${i} ${randomBytes(12).toString('hex')}\n`.repeat(40));
      const m = multipart(`笔录-${i}.txt`, bytes);
      const r = await s.call('upload', 'POST', '/api/attachments', {
        body: m.body,
        type: m.type,
        expected: [201],
      });
      const a = json(r);
      if (r.ok && a?.id) {
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        s.stats.acked.uploads.push({ id: a.id, sha256, username });
        const d = await s.call('download', 'GET', `/api/attachments/${a.id}`);
        if (d.ok && createHash('sha256').update(d.body).digest('hex') !== sha256) {
          s.stats.failures.push({
            action: 'download',
            status: 'bytes differ',
            started: d.started,
            ended: d.ended,
          });
        }
      }
    } else if (roll < 0.8) {
      await s.call('board', 'GET', '/api/deadlines');
    } else if (roll < 0.9) {
      await s.call('notifications', 'GET', '/api/notifications');
    } else {
      await s.call('ledgers', 'GET', '/api/ledgers');
    }
  }
}

/** The county supervisor: indicators, the county view, a township's annual report as DOCX. */
async function supervisor(s, until, shared) {
  let me = await s.login('supervisor');
  for (let i = 0; Date.now() < until; i++) {
    if (!me || i % 100 === 99) {
      me = await s.login('supervisor');
      if (!me) continue;
    }
    const roll = Math.random();
    if (roll < 0.3) await s.call('indicators', 'GET', `/api/indicators?year=${shared.year}`);
    else if (roll < 0.5)
      await s.call('county', 'GET', `/api/annual-reports/county?year=${shared.reportYear}`);
    else if (roll < 0.7 && shared.reports.length) {
      const r = pick(shared.reports);
      await s.call('export', 'GET', `/api/annual-reports/${r.orgId}/${r.year}/export.docx`);
    } else await s.call('board', 'GET', '/api/deadlines');
  }
}

/** A citizen on the public portal (no session). */
async function citizen(s, until, shared) {
  while (Date.now() < until) {
    const path = pick(shared.portal);
    await s.call(path.endsWith('.docx') ? 'portal-docx' : 'portal', 'GET', path, { expected: [200] });
  }
}

/** What the users find before the load: reports to export, portal pages. */
export async function discover(origin, stats) {
  const s = new Session(origin, '10.255.0.1', stats);
  const shared = { today: '', year: 0, reportYear: 0, reports: [], portal: ['/gk/'] };
  const me = await s.login('supervisor');
  if (!me) throw new Error('supervisor cannot log in');
  shared.today = me.today;
  shared.year = Number(me.today.slice(0, 4));
  shared.reportYear = shared.year - 1;
  const county = json(
    await s.call('discover', 'GET', `/api/annual-reports/county?year=${shared.reportYear}`),
  );
  for (const row of county?.items ?? []) {
    if (row.reportId && row.source === 'fazhi') shared.reports.push({ orgId: row.orgId, year: row.year });
  }
  const home = (await s.call('discover', 'GET', '/gk/')).body.toString('utf8');
  const links = [...home.matchAll(/href="(\/gk\/[^"#?]+)"/g)].map((m) => m[1]);
  for (const l of [...new Set(links)].slice(0, 30)) {
    shared.portal.push(l);
    if (shared.portal.length > 12) break;
  }
  for (const l of shared.portal.slice()) {
    const page = (await s.call('discover', 'GET', l)).body.toString('utf8');
    const docx = page.match(/href="(\/gk\/[^"]+\.docx)"/);
    if (docx && !shared.portal.includes(docx[1])) shared.portal.push(docx[1]);
  }
  return shared;
}

/**
 * Runs `connections` virtual users until `until` (epoch ms): 60 % clerks of two townships, 15 %
 * the supervisor, 25 % citizens, each under its own address.
 */
export async function runLoad({ origin, connections, until, shared, stats }) {
  const users = [];
  for (let i = 0; i < connections; i++) {
    const s = new Session(origin, `10.${20 + Math.floor(i / 250)}.${i % 250}.${1 + (i % 200)}`, stats);
    const slot = i % 20;
    if (slot < 12) users.push(clerk(s, i % 2 ? 'chengguan.clerk' : 'qingshi.clerk', until, shared));
    else if (slot < 15) users.push(supervisor(s, until, shared));
    else users.push(citizen(s, until, shared));
  }
  await Promise.all(users);
}

/** Checks every acknowledged write through the API after the load; answers what is missing. */
export async function verifyAcked(origin, stats) {
  const missing = [];
  const sessions = new Map();
  const sessionOf = async (username) => {
    if (!sessions.has(username)) {
      const s = new Session(origin, `10.254.${sessions.size}.1`, newStats());
      await s.login(username);
      sessions.set(username, s);
    }
    return sessions.get(username);
  };
  // The app allows 600 requests a minute per address: an hour's writes are checked from a new
  // address every 500 requests (the session is not bound to its address).
  let calls = 0;
  const verifier = async (username) => {
    const s = await sessionOf(username);
    s.address = `10.254.${[...sessions.keys()].indexOf(username)}.${1 + (Math.floor(calls++ / 500) % 250)}`;
    return s;
  };
  const started = new Set(stats.acked.starts.map((x) => x.id));
  for (const d of stats.acked.disputes) {
    const s = await verifier(d.username);
    const r = json(await s.call('verify', 'GET', `${DISPUTES}/${d.id}`));
    if (!r || r.title !== d.title) missing.push({ kind: 'dispute', id: d.id, got: r?.title });
    else if (started.has(d.id) && r.state !== 'mediating')
      missing.push({ kind: 'start', id: d.id, state: r.state });
  }
  for (const u of stats.acked.uploads) {
    const s = await verifier(u.username);
    const r = await s.call('verify', 'GET', `/api/attachments/${u.id}`);
    if (r.status !== 200 || createHash('sha256').update(r.body).digest('hex') !== u.sha256)
      missing.push({ kind: 'upload', id: u.id, status: r.status });
  }
  return missing;
}
