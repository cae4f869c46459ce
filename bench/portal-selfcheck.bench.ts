// The public portal's self-check (portal/integrity.ts `selfCheck`) on the demo county with its
// ledgers: the first run, which writes the whole index, then runs with nothing new. A fingerprint of
// the index (every column of every row, ids included) shows that two versions of the code wrote the
// same rows: compare it between runs on different commits. FAZHI_BENCH_TOWNSHIPS=N adds N generated
// townships (bench/scale/province-data.ts: copies of the demo's townships over 5 years, as the
// province bench makes them) before the runs, for the index of a larger province.
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { hashPassword } from '../src/server/core/passwords.ts';
import { piiFor } from '../src/server/core/pii.ts';
import type { Dialect } from '../src/server/db/connect.ts';
import { DEMO_COUNTY, DEMO_PASSWORD } from '../src/server/demo/county.ts';
import { loadDemo } from '../src/server/demo/seed.ts';
import { selfCheck } from '../src/server/portal/integrity.ts';
import { type BenchDb, benchDialects, copyDemo, freshDb } from './bench-db.ts';
import { type BenchRow, defineBench, round } from './harness.ts';
import { generateTownships, readTemplate } from './scale/province-data.ts';

const SECRET = 'fazhi-bench-secret-not-for-production';
/** The demo's day and the self-check's instant: fixed, so that runs on different days compare. */
const TODAY = '2026-12-03';
const AT = '2026-12-03T02:00:00.000Z';
const AGAIN = 2;
const TOWNSHIPS = Number(process.env.FAZHI_BENCH_TOWNSHIPS ?? 0);

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** SHA-256 over the index's rows in id order, every column. */
async function fingerprint(b: BenchDb): Promise<{ rows: number; hash: string }> {
  const rows = await b.db.k.selectFrom('portalItem').selectAll().orderBy('id').execute();
  const h = createHash('sha256');
  for (const r of rows) {
    h.update(
      JSON.stringify([
        r.id,
        r.orgId,
        r.ref,
        r.kind,
        r.title,
        r.body,
        r.path,
        r.year,
        r.category,
        r.publishedOn,
        r.sm3,
        r.hashedAt,
        r.tamperedSince,
      ]),
    );
  }
  return { rows: rows.length, hash: h.digest('hex').slice(0, 16) };
}

async function measure(b: BenchDb): Promise<BenchRow[]> {
  const d = b.dialect;
  const before = await b.db.k
    .selectFrom('portalItem')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(before.n) !== 0) throw new Error(`${d}: the index is not empty before the first run`);
  const t0 = performance.now();
  const changed = await selfCheck(b.db.k, TODAY, AT);
  const first = performance.now() - t0;
  if (changed.length) throw new Error(`${d}: the first run found ${changed.length} changed items`);
  const fp = await fingerprint(b);
  const rows: BenchRow[] = [
    { metric: `${d}: items indexed`, value: fp.rows },
    {
      metric: `${d}: first self-check (empty index)`,
      value: round(first / 1000, 2),
      unit: 's',
      note: `load ${load()}`,
    },
  ];
  for (let i = 1; i <= AGAIN; i++) {
    const t = performance.now();
    const again = await selfCheck(b.db.k, TODAY, AT);
    const ms = performance.now() - t;
    if (again.length) throw new Error(`${d}: a run with nothing new found ${again.length} changed items`);
    rows.push({
      metric: `${d}: self-check with nothing new (#${i})`,
      value: round(ms / 1000, 2),
      unit: 's',
      note: `load ${load()}`,
    });
  }
  const same = await fingerprint(b);
  if (same.hash !== fp.hash) throw new Error(`${d}: a run with nothing new changed the index`);
  rows.push({ metric: `${d}: index fingerprint`, value: fp.hash, note: 'SHA-256 of every row, id order' });
  return rows;
}

export default defineBench({
  name: 'portal-selfcheck',
  title: "The portal's self-check on the demo county: the first run (whole index) and runs with nothing new",
  async run() {
    const rows: BenchRow[] = [];
    const notes: string[] = [`load average at start ${load()}`];
    const lite = await freshDb('sqlite', 'portal');
    try {
      const t = performance.now();
      await loadDemo(lite.db, {
        ledgers: {
          pii: piiFor({ secret: SECRET, dataDir: lite.dataDir }),
          dataDir: lite.dataDir,
          today: TODAY,
        },
      });
      notes.push(
        `demo county with its ledger seeds (today ${TODAY}) loaded by loadDemo in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
      if (TOWNSHIPS > 0) {
        const tg = performance.now();
        const template = await readTemplate(lite.db, DEMO_COUNTY.code, TODAY);
        await generateTownships(
          lite.db,
          template,
          { counties: [], townships: [] },
          { passwordHash: await hashPassword(DEMO_PASSWORD), shifts: [0, -2, -4], from: 0, to: TOWNSHIPS },
        );
        notes.push(
          `${TOWNSHIPS} generated townships (3 copies each, shifts 0, −2, −4 years) in ${((performance.now() - tg) / 1000).toFixed(1)} s`,
        );
      }
      let pgDb: BenchDb | undefined;
      try {
        // copied before SQLite's index is written, so that PostgreSQL starts from the same empty index
        if (benchDialects().includes('postgres')) {
          pgDb = await freshDb('postgres' as Dialect, 'portal');
          const t2 = performance.now();
          const copied = await copyDemo(lite.db, pgDb.db);
          notes.push(
            `PostgreSQL: the same demo copied from SQLite (${copied.toLocaleString('en-US')} rows, then VACUUM ANALYZE) in ${((performance.now() - t2) / 1000).toFixed(1)} s`,
          );
        } else notes.push('PostgreSQL skipped: set FAZHI_BENCH_PG to a server URL to measure it too');
        rows.push(...(await measure(lite)));
        if (pgDb) rows.push(...(await measure(pgDb)));
      } finally {
        await pgDb?.drop();
      }
    } finally {
      await lite.drop();
    }
    notes.push(
      `one process, selfCheck called directly (no timer), today ${TODAY}; load average at end ${load()}`,
    );
    return { rows, notes };
  },
});
