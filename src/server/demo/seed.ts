// Loads the demo county into an empty database, through the ordinary commands acting as the
// system, so every created row has its audit event. Deterministic except for password salts.
import { sql } from 'kysely';
import { seedAnnualReports } from '../annual-report/seeds.ts';
import { systemActor } from '../core/actor.ts';
import { chinaDate } from '../core/clock.ts';
import { createOrg } from '../core/orgs.ts';
import { hashPassword } from '../core/passwords.ts';
import { assignRole } from '../core/roles.ts';
import { isPostgres } from '../core/sql-util.ts';
import { createUser } from '../core/users.ts';
import type { Db, Tx } from '../db/connect.ts';
import { seedDisclosureReports } from '../disclosure-report/seeds.ts';
import { type LedgerSeedOptions, seedLedgers } from '../ledgers/seed.ts';
import { DEMO_COUNTY, DEMO_PASSWORD, DEMO_TOWNSHIPS, demoAccounts } from './county.ts';

/** Key of the PostgreSQL advisory lock held while loading ("DEMO"), so two starting processes do
 * not both load. */
const DEMO_LOCK_KEY = 0x44454d4f;

export interface DemoResult {
  created: boolean;
  orgs: number;
  users: number;
  /** Organisation ids by code, user ids by username (for ledger seeds). */
  orgIds: Map<string, number>;
  userIds: Map<string, number>;
}

async function orgCount(k: Db['k'] | Tx): Promise<number> {
  const r = await k
    .selectFrom('org')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** True when no organisation exists yet (a fresh installation). */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await orgCount(db.k)) === 0;
}

/** With these, the ledgers' demo records are loaded too (through ledgers/registry). */
export interface DemoOptions {
  ledgers?: Pick<LedgerSeedOptions, 'pii' | 'dataDir' | 's3' | 'today'>;
}

/** Creates the demo county when the database has no organisation; otherwise does nothing. */
export async function loadDemo(db: Db, opts: DemoOptions = {}): Promise<DemoResult> {
  const result: DemoResult = { created: false, orgs: 0, users: 0, orgIds: new Map(), userIds: new Map() };
  if (!(await isEmpty(db))) return result;
  const accounts = demoAccounts();
  // The demo password is published, so a salt per account protects nothing here; hashing it once
  // keeps start-up fast. An account that changes its password gets its own salt then.
  const demoHash = await hashPassword(DEMO_PASSWORD);

  await db.k.transaction().execute(async (tx) => {
    if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${sql.lit(DEMO_LOCK_KEY)})`.execute(tx);
    if ((await orgCount(tx)) > 0) return;
    const org = async (
      parentId: number | null,
      code: string,
      name: string,
      kind: Parameters<typeof createOrg>[2]['kind'],
    ) => {
      const o = await createOrg(tx, systemActor, { parentId, code, name, kind });
      result.orgIds.set(code, o.id);
      return o.id;
    };
    const county = await org(null, DEMO_COUNTY.code, DEMO_COUNTY.name, DEMO_COUNTY.kind);
    for (const t of DEMO_TOWNSHIPS) {
      const town = await org(county, t.code, t.name, t.kind);
      for (const u of t.units) {
        const unit = await org(town, u.code, u.name, u.kind);
        for (const [i, grid] of (u.grids ?? []).entries()) {
          await org(unit, `${u.code}${String(i + 1).padStart(2, '0')}`, `${u.name}${grid}`, 'grid');
        }
      }
    }
    for (const a of accounts) {
      const orgId = result.orgIds.get(a.orgCode);
      if (orgId === undefined) throw new Error(`demo account ${a.username}: unknown org ${a.orgCode}`);
      const user = await createUser(
        tx,
        systemActor,
        { username: a.username, displayName: a.displayName, orgId, password: DEMO_PASSWORD },
        { mustChangePassword: false, isDemo: true, passwordHash: demoHash },
      );
      await assignRole(tx, systemActor, { userId: user.id, role: a.role, orgId });
      result.userIds.set(a.username, user.id);
    }
    result.created = true;
    result.orgs = result.orgIds.size;
    result.users = result.userIds.size;
  });
  if (result.created && opts.ledgers) {
    await seedLedgers(db, { ...opts.ledgers, orgIds: result.orgIds, userIds: result.userIds });
    // The previous year's annual reports, written from those ledgers through the real workflow.
    const today = opts.ledgers.today ?? chinaDate();
    const ctx = { orgIds: result.orgIds, userIds: result.userIds, today, now: new Date().toISOString() };
    await db.k.transaction().execute((tx) => seedAnnualReports(tx, ctx));
    // and its 政府信息公开工作年度报告, from the disclosure ledger
    await db.k.transaction().execute((tx) => seedDisclosureReports(tx, ctx));
  }
  return result;
}
