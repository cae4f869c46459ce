// `fazhi backup` and `fazhi restore` on each dialect: one archive brings back every record, every
// attachment byte, the key that decrypts personal data, and an audit chain that verifies against its
// checkpoints; a wrong passphrase, a cut or altered archive, or a mistyped data directory changes
// nothing. And `fazhi audit verify` names events deleted from the end of the chain.
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { run } from '../../../test/cli.ts';
import { describeEachDialect, pgUrl } from '../../../test/db.ts';
import { systemActor } from '../../server/core/actor.ts';
import { storeAttachment } from '../../server/core/attachments.ts';
import { blobStoreFor } from '../../server/core/blob-store.ts';
import { auditKeyFor } from '../../server/core/keys.ts';
import { createPii } from '../../server/core/pii.ts';
import { type DbTarget, openDb } from '../../server/db/connect.ts';

const PASS = { FAZHI_BACKUP_PASSPHRASE: '县司法局-备份口令-2026' };
const dirs: string[] = [];
const databases: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fazhi-backup-'));
  dirs.push(d);
  return d;
};

afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (!pgUrl || databases.length === 0) return;
  const a = new pg.Client({ connectionString: pgUrl });
  await a.connect();
  for (const name of databases) await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await a.end();
});

/** A new, empty target for the restore: a new data dir, and for PostgreSQL a new database. */
async function freshTarget(dialect: string): Promise<{ dataDir: string; target: DbTarget }> {
  const dataDir = join(tmp(), '新目录');
  if (dialect === 'sqlite')
    return { dataDir, target: { dialect: 'sqlite', file: join(dataDir, 'fazhi.sqlite') } };
  const name = `fazhi_restore_${randomBytes(5).toString('hex')}`;
  databases.push(name);
  const a = new pg.Client({ connectionString: pgUrl });
  await a.connect();
  await a.query(`CREATE DATABASE ${name}`);
  await a.end();
  const url = new URL(pgUrl as string);
  url.pathname = `/${name}`;
  return { dataDir, target: { dialect: 'postgres', url: url.toString() } };
}

async function snapshot(t: { dataDir: string; target: DbTarget }) {
  const db = openDb(t.target, { auditKey: auditKeyFor({ dataDir: t.dataDir }) });
  try {
    const tables = ['org', 'appUser', 'auditEvent', 'attachment'] as const;
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const r = await db.k
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(r.n);
    }
    const head = await db.k
      .selectFrom('auditEvent')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return { counts, head: head.hash };
  } finally {
    await db.destroy();
  }
}

describeEachDialect('command line: backup and restore', (ctx, dialect) => {
  it('restores everything into a new directory, and refuses a wrong passphrase or a damaged archive', async () => {
    const t = ctx();
    expect((await run(t, ['demo', '--no-ledgers'])).code).toBe(0);
    const pii = createPii({ dataDir: t.dataDir });
    const phone = pii.encrypt('13812345678');
    const bytes = Buffer.from('调解协议书：双方自愿达成协议，签字为证。'.repeat(50), 'utf8');
    const org = await t.db.k
      .selectFrom('org')
      .select('id')
      .where('kind', '=', 'township')
      .executeTakeFirstOrThrow();
    const att = await storeAttachment(t.db.k, systemActor, {
      stream: Readable.from([bytes]),
      filename: '调解协议书.txt',
      orgId: org.id,
      dataDir: t.dataDir,
      maxBytes: 1 << 20,
    });
    const before = await snapshot(t);

    const archive = join(tmp(), 'fazhi-备份.tar.gz');
    const b = await run(t, ['backup', '--out', archive], PASS);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('1 个附件文件');
    expect(b.stdout).toContain('密钥已用备份口令加密');
    expect((statSync(archive).mode & 0o777).toString(8)).toBe('600');

    // a wrong passphrase: refused, nothing written into the new directory
    const wrong = await freshTarget(dialect);
    const w = await run(wrong, ['restore', archive], { FAZHI_BACKUP_PASSPHRASE: '不是这个口令-0000' });
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('备份口令不正确');
    expect(existsSync(join(wrong.dataDir, 'pii.key'))).toBe(false);
    expect(existsSync(join(wrong.dataDir, 'files'))).toBe(false);
    expect(existsSync(join(wrong.dataDir, 'fazhi.sqlite'))).toBe(false);

    // a cut archive and an altered one: refused whole
    const cut = join(tmp(), 'cut.tar.gz');
    writeFileSync(cut, readFileSync(archive));
    truncateSync(cut, Math.floor(statSync(archive).size / 2));
    const c = await run(await freshTarget(dialect), ['restore', cut], PASS);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/已损坏或不完整|不完整/);
    expect(c.stderr).toContain('未恢复任何内容');

    // the restore proper, into a new directory (and a new PostgreSQL database)
    const target = await freshTarget(dialect);
    const r = await run(target, ['restore', archive], PASS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('审计链完整');
    const after = await snapshot(target);
    expect(after).toEqual(before);
    // the file came back with the database (PostgreSQL) or the data directory (SQLite)
    const restored = openDb(target.target, { auditKey: auditKeyFor({ dataDir: target.dataDir }) });
    try {
      const stream = await blobStoreFor(restored.k, target.dataDir).open(restored.k, att.sha256);
      expect(stream && Buffer.concat(await stream.toArray())).toEqual(bytes);
    } finally {
      await restored.destroy();
    }
    expect(createPii({ dataDir: target.dataDir }).decrypt(phone)).toBe('13812345678');
    expect((statSync(join(target.dataDir, 'pii.key')).mode & 0o777).toString(8)).toBe('600');
    const v = await run(target, ['audit', 'verify']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('校验点');
  }, 120_000);

  it('refuses a data directory that does not exist instead of creating an empty installation', async () => {
    const missing = join(tmp(), '打错的目录');
    const target: DbTarget =
      dialect === 'sqlite' ? { dialect: 'sqlite', file: join(missing, 'fazhi.sqlite') } : ctx().target;
    for (const args of [
      ['audit', 'verify'],
      ['backup', '--out', join(tmp(), 'x.tar.gz')],
      ['user', 'unlock', 'x'],
    ]) {
      const r = await run({ dataDir: missing, target }, args, PASS);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('不存在');
    }
    expect(existsSync(missing)).toBe(false);
    const restore = await run({ dataDir: missing, target }, ['restore', join(tmp(), '没有这个文件.tar.gz')]);
    expect(restore.stderr).toContain('找不到备份文件');
  });

  it('names events deleted from the end of the chain, back to the last checkpoint', async () => {
    const t = ctx();
    expect((await run(t, ['audit', 'checkpoint'])).code).toBe(0);
    const head = await t.db.k
      .selectFrom('auditEvent')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    if (dialect === 'postgres')
      await sql`DROP TRIGGER audit_event_no_update_delete ON audit_event`.execute(t.db.k);
    else await sql`DROP TRIGGER audit_event_no_delete`.execute(t.db.k);
    await t.db.k
      .deleteFrom('auditEvent')
      .where('seq', '>', head.seq - 5)
      .execute();
    const r = await run(t, ['audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('审计链被截断');
    expect(r.stderr).toContain(`第 ${head.seq} 条`);
  });
});
