// The enforcement case list (200,000 cases, filtered by state and filing date, paginated) served by
// the real app to a township clerk and to the county supervisor — the pages the workbench asks for
// (`columns=list`: the fields its list shows), and for the clerk once with every field, once while
// the other townships write (every WRITE_MS a case of theirs), once while other users log in (a
// login's write to its user's row every WRITE_MS) and once with no page kept (as after a write to a
// table the page shows) —, against a bare Fastify server
// answering the same requests with a constant JSON body of the same size. Both listen on
// 127.0.0.1 and are loaded by the same in-process client loop; the ratios say what the app (session,
// scope, SQL count + page, presentation with masking) costs per request over the HTTP floor.
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { chinaDate } from '../src/server/core/clock.ts';
import { piiFor } from '../src/server/core/pii.ts';
import type { Db, Dialect } from '../src/server/db/connect.ts';
import { DEMO_TOWNSHIPS } from '../src/server/demo/county.ts';
import { loadDemo } from '../src/server/demo/seed.ts';
import type { EnforcementCaseTable } from '../src/server/ledgers/enforcement/types.ts';
import { keepListPages } from '../src/server/ledgers/list-page-cache.ts';
import { seededRandom as prng } from '../src/shared/random.ts';
import { benchDialects, bulkInsert, freshDb } from './bench-db.ts';
import { type BenchRow, defineBench, round } from './harness.ts';
import { type LatencyStats, latencyStats, loginCookie, runLoad } from './http-load.ts';

const CASES = Number(process.env.FAZHI_BENCH_CASES ?? 200_000);
const REQUESTS = Number(process.env.FAZHI_BENCH_REQUESTS ?? 2_000);
const CONCURRENCY = 8;
const PAGE_SIZE = 20;
const WARMUP = 100;
/** While the clerk's pages are measured a second time, a case of another township is written this often. */
const WRITE_MS = 20;
/** Requests per user before the first target, of pages the measurement does not ask for. */
const PROCESS_WARMUP = 1_000;
const SECRET = 'fazhi-bench-secret-not-for-production';
/** The township whose clerk is measured: the busiest one (highest weight below). */
const CLERK_TOWNSHIP = 0;
/** Relative case load of the seven demo townships (streets busier than the hill townships). */
const WEIGHTS = [1.7, 1.4, 1.0, 0.9, 1.1, 0.55, 0.45];

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
function weighted<T>(rand: Rand, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [x, w] of xs) {
    r -= w;
    if (r < 0) return x;
  }
  return xs[xs.length - 1][0];
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';
const SHOPS = [
  '鑫源',
  '宏达',
  '佳禾',
  '福满',
  '顺意',
  '绿源',
  '兴旺',
  '金穗',
  '丰泽',
  '瑞康',
  '利民',
  '聚福',
];
const REASONS = [
  ['未取得乡村建设规划许可证擅自建房案', 'suspension'],
  ['未经批准非法占用土地建住宅案', 'suspension'],
  ['露天焚烧秸秆案', 'fine'],
  ['随意倾倒生活垃圾案', 'fine'],
  ['未按规定开展安全生产教育培训案', 'fine'],
  ['占道经营案', 'warning'],
  ['擅自设置户外广告案', 'fine'],
  ['违规使用高音广播喇叭案', 'warning'],
  ['无证销售烟花爆竹案', 'confiscation'],
  ['滥伐林木案', 'fine'],
] as const;

/** States by how long ago the case was filed: young cases are open, old ones archived. */
function stateFor(rand: Rand, age: number, major: boolean): string {
  if (age < 20)
    return weighted(rand, [
      ['filed', 4],
      ['investigating', 4],
      ['notified', 2],
    ]);
  if (age < 60)
    return weighted(rand, [
      ['investigating', 2],
      ['notified', 2],
      [major ? 'reviewed' : 'notified', 1],
      ['decided', 2.5],
      ['served', 1.5],
      ['executed', 1],
    ]);
  if (age < 120)
    return weighted(rand, [
      ['decided', 1],
      ['served', 1.5],
      ['executed', 2],
      ['closed', 3.5],
      ['archived', 1.5],
      ['terminated', 0.5],
    ]);
  return weighted(rand, [
    ['archived', 85],
    ['closed', 5],
    ['terminated', 8],
    ['executed', 2],
  ]);
}

const DECIDED = new Set(['decided', 'served', 'executed', 'closed', 'archived']);
const SERVED = new Set(['served', 'executed', 'closed', 'archived']);
const EXECUTED = new Set(['executed', 'closed', 'archived']);

export interface Township {
  index: number;
  name: string;
  orgId: number;
  path: string;
  officers: number[];
  leader: number;
  advisor: number;
}

type CaseRow = Omit<EnforcementCaseTable, 'id'>;

/** Inserts the cases straight into the table in batches (no steps, clocks or audit events). */
export async function insertCases(
  db: Db,
  towns: readonly Township[],
  n: number,
  today: string,
  encrypt: (s: string) => string,
): Promise<void> {
  const rand = prng(20240601);
  const first = `${Number(today.slice(0, 4)) - 2}-01-01`;
  const span = daysBetween(first, today);
  // Encrypting 400,000 values would dominate the set-up; a pool of ciphertexts is just as real to
  // the list, which decrypts them to mask.
  const phones = Array.from({ length: 400 }, () =>
    encrypt(
      `1${pick(rand, ['38', '39', '50', '58', '82', '87', '99'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
    ),
  );
  const idcards = Array.from({ length: 400 }, () =>
    encrypt(
      `511099${1955 + Math.floor(rand() * 45)}0${1 + Math.floor(rand() * 9)}1${Math.floor(rand() * 9)}${String(Math.floor(rand() * 1000)).padStart(3, '0')}X`,
    ),
  );
  const townWeights = towns.map((t) => [t, WEIGHTS[t.index] ?? 1] as const);
  const seq = new Map<string, number>();
  const all: CaseRow[] = [];
  for (let i = 0; i < n; i++) {
    const t = weighted(rand, townWeights);
    const filedOn = addDays(first, Math.floor(rand() * (span + 1)));
    const age = daysBetween(filedOn, today);
    const [reason, outcome0] = pick(rand, REASONS);
    const major = outcome0 === 'suspension' ? rand() < 0.4 : rand() < 0.04;
    const state = stateFor(rand, age, major);
    const person = rand() < 0.7;
    const partyName = person
      ? pick(rand, [...SURNAMES]) + pick(rand, [...GIVEN]) + (rand() < 0.6 ? pick(rand, [...GIVEN]) : '')
      : `清源县${pick(rand, SHOPS)}${pick(rand, ['商贸有限公司', '农业专业合作社', '便利店', '建材经营部'])}`;
    const key = `${t.index}:${filedOn.slice(0, 4)}`;
    const no = (seq.get(key) ?? 0) + 1;
    seq.set(key, no);
    const at = `${filedOn}T0${1 + Math.floor(rand() * 8)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`;
    const lead = pick(rand, t.officers);
    const row: CaseRow = {
      orgId: t.orgId,
      state,
      createdAt: at,
      createdBy: lead,
      updatedAt: at,
      caseNo: `${t.name.slice(0, 2)}综执罚立〔${filedOn.slice(0, 4)}〕${no}号`,
      title: `${partyName}${reason}`,
      filedOn,
      source: pick(rand, ['inspection', 'inspection', 'complaint', 'referral', 'other']),
      itemId: null,
      isMajor: major ? 1 : 0,
      leadOfficerId: lead,
      secondOfficerId: t.officers.find((o) => o !== lead) ?? t.leader,
      partyType: person ? 'person' : 'entity',
      partyName,
      partyIdcard: person ? pick(rand, idcards) : null,
      partyPhone: pick(rand, phones),
      partyCreditCode: null,
      facts: `经现场检查，${partyName}存在${reason.replace(/案$/, '')}的行为。`,
    } as CaseRow;
    const r = row as unknown as Record<string, unknown>;
    if (state !== 'filed') r.noticeOn = age >= 20 ? addDays(filedOn, 10 + Math.floor(rand() * 10)) : null;
    if (major && (state === 'reviewed' || DECIDED.has(state))) {
      r.legalReviewer = '法制审核员';
      r.legalReviewerId = t.advisor;
      r.legalReviewOpinion = 'approve';
      r.legalReviewedOn = addDays(filedOn, 25);
    }
    if (DECIDED.has(state)) {
      const decidedOn = addDays(filedOn, Math.min(age, 30 + Math.floor(rand() * 50)));
      const outcome = rand() < 0.08 ? 'first_offense' : outcome0;
      r.decisionNo = `${t.name.slice(0, 2)}综执罚决〔${decidedOn.slice(0, 4)}〕${no}号`;
      r.decidedOn = decidedOn;
      r.outcome = outcome;
      r.fineAmount = outcome === 'fine' ? 200 + Math.floor(rand() * 48) * 100 : null;
      r.confiscatedAmount = outcome === 'confiscation' ? 100 + Math.floor(rand() * 20) * 50 : null;
      r.penaltyDecisionOn = outcome === 'first_offense' ? null : decidedOn;
      r.otherDecisionOn = outcome === 'first_offense' ? decidedOn : null;
      r.publishedOn = age > 40 ? addDays(decidedOn, 3) : null;
      if (SERVED.has(state)) {
        r.servedOn = addDays(decidedOn, 2);
        r.serviceMethod = 'direct';
      }
      if (EXECUTED.has(state)) {
        r.executedOn = addDays(decidedOn, 15);
        r.executionWay = 'voluntary';
      }
      if (state === 'closed' || state === 'archived') r.closedOn = addDays(decidedOn, 20);
      if (state === 'archived') {
        r.archivedOn = addDays(decidedOn, 30);
        r.archiveNo = `ZF-${filedOn.slice(0, 4)}-${String(no).padStart(5, '0')}`;
        if (rand() < 0.3) r.fileReviewScore = 80 + Math.floor(rand() * 20);
      }
    }
    if (state === 'terminated') {
      r.terminatedOn = addDays(filedOn, Math.min(age, 40));
      r.terminationReason = pick(rand, ['not_established', 'transferred', 'no_jurisdiction']);
    }
    all.push(row);
  }
  await bulkInsert(db, 'enforcement_case', all as unknown as Record<string, unknown>[]);
}

interface Target {
  label: string;
  stats: LatencyStats;
  failures: number;
  firstFailure?: string;
  bodyBytes: number;
}

function describe(s: LatencyStats): string {
  return `mean ${round(s.mean, 2)} · p50 ${round(s.p50, 2)} · p99 ${round(s.p99, 2)}`;
}

/**
 * The filters a clerk or the county uses in turn: a state, a year or a quarter (open states only in
 * this year, where they occur), a page — the first one half of the time, else one that exists for
 * the clerk (`lastPage` of the filter), so every request reads a full page.
 */
async function requestPaths(
  today: string,
  count: number,
  lastPage: (state: string, from: string, to: string) => Promise<number>,
): Promise<string[]> {
  const rand = prng(7);
  const year = Number(today.slice(0, 4));
  const pages = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const state = weighted(rand, [
      ['archived', 35],
      ['closed', 15],
      ['executed', 10],
      ['terminated', 10],
      ['decided', 10],
      ['investigating', 10],
      ['filed', 10],
    ]);
    const open = ['decided', 'investigating', 'filed'].includes(state);
    const range = open
      ? 'thisYear'
      : weighted(rand, [
          ['lastYear', 4],
          ['thisYear', 3],
          ['quarter', 3],
        ]);
    let from: string;
    let to: string;
    if (range === 'lastYear') [from, to] = [`${year - 1}-01-01`, `${year - 1}-12-31`];
    else if (range === 'thisYear') [from, to] = [`${year}-01-01`, today];
    else {
      const q = Math.floor(rand() * 4);
      from = `${year - 1}-${String(q * 3 + 1).padStart(2, '0')}-01`;
      to = addDays(q === 3 ? `${year}-01-01` : `${year - 1}-${String(q * 3 + 4).padStart(2, '0')}-01`, -1);
    }
    const key = `${state}&${from}&${to}`;
    if (!pages.has(key)) pages.set(key, await lastPage(state, from, to));
    const last = Math.max(1, Math.min(50, pages.get(key) ?? 1));
    const page = rand() < 0.5 ? 1 : 1 + Math.ceil(rand() * (last - 1)) || 1;
    out.push(
      `/api/ledgers/enforcement/case?state=${state}&from=${from}&to=${to}&page=${page}&pageSize=${PAGE_SIZE}&columns=list`,
    );
  }
  return out;
}

/**
 * Writes the next of `ids` every WRITE_MS, one write after the other, as another process would;
 * the function returned stops, waits for the last write and gives how many were made.
 */
function writeEvery<T>(ids: readonly T[], write: (id: T) => Promise<unknown>): () => Promise<number> {
  let made = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const id = ids[made++ % ids.length];
    chain = chain.then(() => write(id));
  }, WRITE_MS);
  return async () => {
    clearInterval(timer);
    await chain;
    return made;
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

let block = 0;
async function measure(
  label: string,
  origin: string,
  paths: readonly string[],
  headers: Record<string, string>,
): Promise<Target> {
  // Warm-up (JIT, statement caches, SQLite page cache) is not timed.
  await runLoad({
    origin,
    paths,
    requests: WARMUP,
    concurrency: CONCURRENCY,
    headers,
    addressBlock: block++,
  });
  const r = await runLoad({
    origin,
    paths,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    headers,
    addressBlock: block++,
  });
  return {
    label,
    stats: latencyStats(r),
    failures: r.failures,
    firstFailure: r.firstFailure,
    bodyBytes: Math.round(r.bytes / r.requests),
  };
}

async function runDialect(dialect: Dialect): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const t0 = performance.now();
  const b = await freshDb(dialect, 'cases');
  try {
    const demo = await loadDemo(b.db);
    const orgs = await b.db.k.selectFrom('org').select(['id', 'path']).execute();
    const pathOf = new Map(orgs.map((o) => [o.id, o.path]));
    const towns: Township[] = DEMO_TOWNSHIPS.map((t, index) => {
      const orgId = demo.orgIds.get(t.code)!;
      const u = (s: string) => demo.userIds.get(`${t.pinyin}.${s}`)!;
      return {
        index,
        name: t.name,
        orgId,
        path: pathOf.get(orgId)!,
        officers: [u('officer'), u('officer2')],
        leader: u('leader'),
        advisor: u('advisor'),
      };
    });
    const today = chinaDate();
    const pii = piiFor({ secret: SECRET, dataDir: b.dataDir });
    const tSeed = performance.now();
    await insertCases(b.db, towns, CASES, today, (s) => pii.encrypt(s));
    // PostgreSQL's autovacuum would vacuum and analyse the freshly loaded table within a minute
    // (statistics, visibility map for index-only scans); do it now. SQLite is left as the app
    // leaves it (Fazhi never runs ANALYZE).
    if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(b.db.k);
    const seedSeconds = (performance.now() - tSeed) / 1000;

    // The portal's self-check would start 10 s after the app and sync the public cases (行政处罚
    // 公示, tens of thousands here) into the portal while the list is measured: minutes of work
    // on a loaded machine, stalling requests (27 s at 20k cases) and resetting connections (200k).
    // It is not what this bench measures; off, as in the API tests.
    const config = loadConfig(
      {
        FAZHI_DATA_DIR: b.dataDir,
        FAZHI_SECRET: SECRET,
        LOG_LEVEL: 'silent',
        FAZHI_PORTAL_CHECK_MINUTES: '0',
      } as NodeJS.ProcessEnv,
      { demo: false, demoLedgers: false, loginRatePerMinute: 10_000, trustProxy: true },
    );
    const app = await buildApp(config, { db: b.db, logger: false });
    const origin = await listen(app);
    const clerkTown = towns[CLERK_TOWNSHIP];
    const clerkUser = `${DEMO_TOWNSHIPS[CLERK_TOWNSHIP].pinyin}.clerk`;
    const cookies = {
      clerk: await loginCookie(origin, clerkUser),
      supervisor: await loginCookie(origin, 'supervisor'),
    };
    const paths = await requestPaths(today, 500, async (state, from, to) => {
      const r = await b.db.k
        .selectFrom('enforcementCase')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('orgId', '=', clerkTown.orgId)
        .where('state', '=', state)
        .where('filedOn', '>=', from)
        .where('filedOn', '<=', to)
        .executeTakeFirstOrThrow();
      return Math.floor(Number(r.n) / PAGE_SIZE);
    });

    // Sanity: one filtered page per user against a count straight from the table.
    const year = Number(today.slice(0, 4)) - 1;
    const probe = `/api/ledgers/enforcement/case?state=archived&from=${year}-01-01&to=${year}-12-31&page=3&pageSize=${PAGE_SIZE}&columns=list`;
    const sanity: string[] = [];
    let constantBody = '';
    for (const [who, cookie, scope] of [
      ['clerk', cookies.clerk, clerkTown.path],
      ['supervisor', cookies.supervisor, '/'],
    ] as const) {
      const res = await fetch(`${origin}${probe}`, { headers: { cookie, 'x-forwarded-for': '10.99.0.2' } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${who} list: ${res.status} ${text.slice(0, 300)}`);
      const body = JSON.parse(text) as {
        total: number;
        items: { state: string; fields: { filedOn: string } }[];
      };
      const expected = await b.db.k
        .selectFrom('enforcementCase as c')
        .innerJoin('org as o', 'o.id', 'c.orgId')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('c.state', '=', 'archived')
        .where('c.filedOn', '>=', `${year}-01-01`)
        .where('c.filedOn', '<=', `${year}-12-31`)
        .where('o.path', 'like', `${scope}%`)
        .executeTakeFirstOrThrow();
      const ok =
        body.total === Number(expected.n) &&
        body.items.length === PAGE_SIZE &&
        body.items.every((it) => it.state === 'archived' && it.fields.filedOn.startsWith(String(year)));
      sanity.push(
        `${who}: total ${body.total.toLocaleString('en-US')} (SQL ${Number(expected.n).toLocaleString('en-US')}), page ${body.items.length} rows, ${text.length.toLocaleString('en-US')} B${ok ? ' ✓' : ' ✗'}`,
      );
      if (!ok) throw new Error(`sanity check failed: ${sanity.at(-1)}`);
      if (who === 'supervisor') constantBody = text;
    }

    // A server that has run for a while: its code compiled by the JIT, its pools and statements
    // warm. Both users, pages of another size than the measured ones (none of them is kept for
    // the measurement); the bare server's warm-up below is its own 100 requests.
    for (const cookie of [cookies.clerk, cookies.supervisor])
      await runLoad({
        origin,
        paths: paths.map((p) => p.replace(`pageSize=${PAGE_SIZE}`, `pageSize=${PAGE_SIZE - 1}`)),
        requests: PROCESS_WARMUP,
        concurrency: CONCURRENCY,
        headers: { cookie },
        addressBlock: block++,
      });
    const clerk = await measure(`township clerk (${clerkTown.name})`, origin, paths, {
      cookie: cookies.clerk,
    });
    const supervisor = await measure('county supervisor (7 townships)', origin, paths, {
      cookie: cookies.supervisor,
    });
    // The same pages with every field (the API's default; the workbench asks for its columns only).
    const clerkAll = await measure(
      'township clerk, every field',
      origin,
      paths.map((p) => p.replace('&columns=list', '')),
      { cookie: cookies.clerk },
    );
    // The clerk's pages again while the other townships write: a case of theirs updated every
    // WRITE_MS (a busy province's pace), outside the app, as another process would.
    const elsewhere = (
      await b.db.k
        .selectFrom('enforcementCase')
        .select('id')
        .where('orgId', '!=', clerkTown.orgId)
        .orderBy('id')
        .limit(2_000)
        .execute()
    ).map((r) => r.id);
    const stopWrites = writeEvery(elsewhere, (id) =>
      b.db.k
        .updateTable('enforcementCase')
        .set({ updatedAt: `${today}T08:00:00.000Z` })
        .where('id', '=', id)
        .execute(),
    );
    const clerkWrites = await measure(
      `township clerk, other townships writing every ${WRITE_MS} ms`,
      origin,
      paths,
      { cookie: cookies.clerk },
    );
    clerkWrites.label += ` (${await stopWrites()} writes)`;
    // The clerk's pages again while other users log in: a login's own write to its user's row
    // (last login, failed-attempt count) every WRITE_MS, outside the app. The page shows user names
    // and the actor is kept under `app_user`'s stamp, which such a write leaves (migration 0044).
    const others = (
      await b.db.k.selectFrom('appUser').select('id').where('username', '!=', clerkUser).execute()
    ).map((r) => r.id);
    const stopLogins = writeEvery(others, (id) =>
      b.db.k
        .updateTable('appUser')
        .set({ lastLoginAt: `${today}T08:00:00.000Z`, failedCount: 0, lockedUntil: null })
        .where('id', '=', id)
        .execute(),
    );
    const clerkLogins = await measure(
      `township clerk, other users logging in every ${WRITE_MS} ms`,
      origin,
      paths,
      { cookie: cookies.clerk },
    );
    clerkLogins.label += ` (${await stopLogins()} logins)`;
    // The pages read afresh each time, as after a write to a table they show (list-page-cache.ts).
    keepListPages(app.db.k, false);
    const clerkCold = await measure('township clerk, no page kept', origin, paths, { cookie: cookies.clerk });
    await app.close();

    // The floor: the same requests, answered by a bare Fastify with a constant body of the same size.
    const bare = Fastify({ logger: false });
    bare.get('/api/ledgers/:kind/:type', async (_req, reply) =>
      reply.type('application/json; charset=utf-8').send(constantBody),
    );
    const bareOrigin = await listen(bare);
    const baseline = await measure('bare Fastify, constant body', bareOrigin, paths, {});
    await bare.close();

    const rows: BenchRow[] = [];
    const d = dialect;
    for (const t of [baseline, clerk, supervisor, clerkAll, clerkWrites, clerkLogins, clerkCold]) {
      rows.push({
        metric: `${d}: ${t.label}`,
        value: describe(t.stats),
        unit: 'ms',
        note: `${Math.round(t.stats.rps).toLocaleString('en-US')} req/s, ${t.bodyBytes.toLocaleString('en-US')} B/resp${t.failures ? `, ${t.failures} failed: ${t.firstFailure}` : ''}`,
      });
    }
    const names = new Map([
      [clerk, 'clerk'],
      [supervisor, 'supervisor'],
      [clerkAll, 'clerk (every field)'],
      [clerkWrites, 'clerk (others writing)'],
      [clerkLogins, 'clerk (others logging in)'],
      [clerkCold, 'clerk (no page kept)'],
    ]);
    for (const [t, who] of names) {
      rows.push(
        {
          metric: `${d}: ratio ${who} / baseline, p99`,
          value: round(t.stats.p99 / baseline.stats.p99, 1),
          unit: '×',
        },
        {
          metric: `${d}: ratio ${who} / baseline, mean`,
          value: round(t.stats.mean / baseline.stats.mean, 1),
          unit: '×',
          note: `p50 ×${round(t.stats.p50 / baseline.stats.p50, 1)}`,
        },
      );
    }
    for (const s of sanity) rows.push({ metric: `${d}: sanity`, value: s });
    const notes = [
      `${d}: ${CASES.toLocaleString('en-US')} cases bulk-inserted in ${seedSeconds.toFixed(1)} s (one transaction, straight into the table) over the demo county's 7 townships, ${Number(today.slice(0, 4)) - 2}-01-01 to ${today}; whole run ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    ];
    return { rows, notes };
  } finally {
    await b.drop();
  }
}

export default defineBench({
  name: 'ledger-case-list',
  title: 'Enforcement case list (200k cases, filtered, paginated) vs a bare Fastify constant body',
  async run() {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const dialect of benchDialects()) {
      const r = await runDialect(dialect);
      rows.push(...r.rows);
      notes.push(...r.notes);
    }
    notes.push(
      `${REQUESTS.toLocaleString('en-US')} timed requests per target after ${WARMUP} warm-up ones (and, before the app's first target, ${PROCESS_WARMUP.toLocaleString('en-US')} requests per user for pages of ${PAGE_SIZE - 1} rows, which the measurement never asks for: JIT, pools and statements warm, no measured page kept), concurrency ${CONCURRENCY}, keep-alive, 127.0.0.1; client loop in the same process as the servers`,
      `requests cycle through 500 filters: state (archived 35 %, closed 15 %, 5 others 10 % each) × last year / this year / a quarter of last year (open states: this year) × page 1 (50 %) or a full page up to 50, pageSize ${PAGE_SIZE}`,
      'PostgreSQL gets VACUUM ANALYZE after the load (what autovacuum does within a minute); cases are inserted straight into enforcement_case (no workflow steps, clocks or audit events, which the list does not read); party phone and ID numbers are SM4 ciphertexts the list decrypts to mask',
      'the state-filtered list uses the indexes of migration 0008 (org_id, state, filed_on) for the count and, since migration 0028, (state, filed_on, org_id) for the page, read as a deferred join (ids from the index, then 20 rows); without 0008 one request took ~150 ms of SQL on either dialect, and before 0028 a deep page (OFFSET 900) ~20 ms on SQLite; since 0037 the clerk’s page ids on PostgreSQL are a per-organisation top-N on (org_id, state, filed_on, id), and since 0043 on SQLite the range of (org_id, state, filed_on) of the one organisation holding the township’s cases (ledgers/list-page-ids.ts)',
      'the portal self-check timer is off (FAZHI_PORTAL_CHECK_MINUTES=0): its first run would sync the public cases into the portal during the measurement',
      'each request carries an X-Forwarded-For address reused for 250 requests, to stay under the app’s 600 requests/minute/address rate limit',
    );
    if (!process.env.FAZHI_BENCH_PG)
      notes.push('PostgreSQL skipped: set FAZHI_BENCH_PG to a server URL to measure it too');
    return { rows, notes };
  },
});
