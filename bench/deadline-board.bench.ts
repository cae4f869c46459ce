// The deadline board (GET /api/deadlines) and the bell (GET /api/notifications) of the demo county,
// for a township clerk and the county supervisor, served by the real app (app.inject), against
// what they cannot do without: a signed-in request that reads nothing (GET /api/auth/me) plus one
// statement reading every open clock in the reader's scope straight from the table. The bell is
// polled every two minutes by every open workbench, and the board is a clerk's first screen.
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { type BenchDb, medianMs, onDemoDatabases } from './bench-db.ts';
import { type BenchRow, defineBench, round } from './harness.ts';

const WARMUP = 20;
const RUNS = 61;
const SECRET = 'fazhi-bench-secret-not-for-production';
const DEMO_PASSWORD = 'Fazhi@Demo2026';
const READERS = [
  { user: 'chengguan.clerk', label: 'township clerk (城关街道)' },
  { user: 'supervisor', label: 'county supervisor' },
] as const;

const timeRuns = (fn: () => Promise<unknown>) => medianMs(fn, { warmup: WARMUP, runs: RUNS });

async function measure(b: BenchDb): Promise<BenchRow[]> {
  const d = b.dialect;
  const config = loadConfig(
    { FAZHI_DATA_DIR: b.dataDir, FAZHI_SECRET: SECRET, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv,
    { demo: false, demoLedgers: false, loginRatePerMinute: 10_000, portalCheckMinutes: 0 },
  );
  const app = await buildApp(config, { db: b.db, logger: false });
  await app.ready();
  const rows: BenchRow[] = [];
  try {
    for (const { user, label } of READERS) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user, password: DEMO_PASSWORD },
      });
      if (login.statusCode !== 200) throw new Error(`login ${user}: ${login.statusCode} ${login.body}`);
      const cookie = String(([] as string[]).concat(login.headers['set-cookie'] ?? [])[0]).split(';')[0];
      const get = async (url: string) => {
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        return res.json();
      };
      const me = await get('/api/auth/me');
      // the scope: the subtrees of the organisations the reader holds a role in
      const roleOrgs = (me.user.roles as { orgId: number }[]).map((r) => r.orgId);
      const paths = (await b.db.k.selectFrom('org').select('path').where('id', 'in', roleOrgs).execute()).map(
        (o) => o.path,
      );
      const open = () =>
        b.db.k
          .selectFrom('deadline')
          .selectAll()
          .where('state', '=', 'open')
          .where((eb) =>
            eb(
              'orgId',
              'in',
              eb
                .selectFrom('org')
                .select('id')
                .where((o) => o.or(paths.map((p) => o('path', 'like', `${p}%`)))),
            ),
          )
          .orderBy('due')
          .execute();
      const board = await get('/api/deadlines');
      const bell = await get('/api/notifications');
      const clocks = (await open()).length;
      const floor = (await timeRuns(() => get('/api/auth/me'))) + (await timeRuns(open));
      const boardMs = await timeRuns(() => get('/api/deadlines'));
      const bellMs = await timeRuns(() => get('/api/notifications'));
      rows.push(
        {
          metric: `${d}: ${label}: GET /api/deadlines`,
          value: round(boardMs, 2),
          unit: 'ms',
          note: `${board.items.length} cards`,
        },
        {
          metric: `${d}: ${label}: GET /api/notifications`,
          value: round(bellMs, 2),
          unit: 'ms',
          note: `${bell.total} items`,
        },
        {
          metric: `${d}: ${label}: GET /api/auth/me + the open clocks in scope, one statement`,
          value: round(floor, 2),
          unit: 'ms',
          note: `${clocks} open clocks`,
        },
        { metric: `${d}: ${label}: ratio board / floor`, value: round(boardMs / floor, 1), unit: '×' },
        { metric: `${d}: ${label}: ratio bell / floor`, value: round(bellMs / floor, 1), unit: '×' },
      );
    }
  } finally {
    await app.close();
  }
  return rows;
}

export default defineBench({
  name: 'deadline-board',
  title:
    'Deadline board and notification bell (demo county) vs a signed-in request plus one read of the open clocks',
  async run() {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    notes.push(
      ...(await onDemoDatabases('board', SECRET, async (b, seeding) => {
        rows.push(...(await measure(b)));
        notes.push(`${b.dialect}: ${seeding}`);
      })),
    );
    notes.push(
      `median of ${RUNS} requests after ${WARMUP} warm-up ones, app.inject in one process; the floor is the median of GET /api/auth/me plus the median of the one statement (through the same Kysely connection)`,
    );
    return { rows, notes };
  },
});
