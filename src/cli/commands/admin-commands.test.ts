import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDialect, type TestDb } from '../../../test/db.ts';
import { verifyPassword } from '../../server/core/passwords.ts';
import { register as audit } from './audit.ts';
import { register as backup } from './backup.ts';
import { register as demo } from './demo.ts';
import { register as migrate } from './migrate.ts';
import { register as org } from './org.ts';
import { register as restore } from './restore.ts';
import { register as user } from './user.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(t: TestDb, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const saved = { ...process.env };
  process.env.FAZHI_DATA_DIR = t.dataDir;
  if (t.target.dialect === 'postgres') process.env.DATABASE_URL = t.target.url;
  else delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  process.exitCode = undefined;
  try {
    const program = new Command('fazhi').exitOverride();
    for (const register of [migrate, demo, org, user, audit, backup, restore]) register(program);
    await program.parseAsync(['node', 'fazhi', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
    process.env = saved;
  }
}

describeEachDialect('command line: database administration', (ctx, dialect) => {
  let spare: string;
  beforeEach(() => {
    spare = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
  });
  afterEach(() => rmSync(spare, { recursive: true, force: true }));

  it('migrate, demo (once), org list', async () => {
    const t = ctx();
    expect((await run(t, ['migrate'])).stdout).toContain('已是最新版本');
    const first = await run(t, ['demo', '--no-ledgers']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/已载入演示县“清源县”：\d+ 个组织机构，46 个演示账号/);
    expect((await run(t, ['demo', '--no-ledgers'])).stdout).toContain('未载入演示数据');
    const list = await run(t, ['org', 'list']);
    expect(list.stdout).toContain('511099  清源县  县（区）');
    expect(list.stdout).toContain('  511099001  城关街道  街道');
  });

  it('user add, reset-password, unlock; clear refusals with exit 1', async () => {
    const t = ctx();
    const add = await run(t, [
      'user',
      'add',
      'Zhou.Min',
      '--name',
      '周敏',
      '--org',
      '511099101',
      '--role',
      'clerk',
      '--password',
      'Zhoumin#2026',
    ]);
    expect(add).toMatchObject({ code: 0 });
    expect(add.stdout).toContain('已新建用户 zhou.min（周敏），所属：青石镇，角色：经办人');
    const row = await t.db.k
      .selectFrom('appUser')
      .selectAll()
      .where('username', '=', 'zhou.min')
      .executeTakeFirstOrThrow();
    expect(row.mustChangePassword).toBe(1);
    const roles = await t.db.k
      .selectFrom('roleAssignment')
      .select('role')
      .where('userId', '=', row.id)
      .execute();
    expect(roles).toEqual([{ role: 'clerk' }]);

    const dup = await run(t, [
      'user',
      'add',
      'zhou.min',
      '--name',
      '周敏',
      '--org',
      '511099101',
      '--role',
      'clerk',
      '--password',
      'Zhoumin#2026',
    ]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('已被使用');
    const badRole = await run(t, [
      'user',
      'add',
      'li.na',
      '--name',
      '李娜',
      '--org',
      '511099101',
      '--role',
      'boss',
      '--password',
      'x',
    ]);
    expect(badRole).toMatchObject({ code: 1 });
    expect(badRole.stderr).toContain('未知角色');
    const badOrg = await run(t, [
      'user',
      'add',
      'li.na',
      '--name',
      '李娜',
      '--org',
      '000',
      '--role',
      'clerk',
      '--password',
      'Lina#2026abc',
    ]);
    expect(badOrg.stderr).toContain('找不到机构代码');
    const weak = await run(t, [
      'user',
      'add',
      'li.na',
      '--name',
      '李娜',
      '--org',
      '511099101',
      '--role',
      'clerk',
      '--password',
      'short',
    ]);
    expect(weak.stderr).toContain('密码至少 10 位');
    const auditor = await run(t, [
      'user',
      'add',
      'li.na',
      '--name',
      '李娜',
      '--org',
      '511099',
      '--role',
      'auditor',
      '--password',
      'Lina#2026abc',
    ]);
    expect(auditor.code).toBe(0);

    const reset = await run(t, ['user', 'reset-password', 'chengguan.clerk', '--password', 'Chongzhi#2026']);
    expect(reset.stdout).toContain('已重置用户 chengguan.clerk 的密码');
    const clerk = await t.db.k
      .selectFrom('appUser')
      .selectAll()
      .where('username', '=', 'chengguan.clerk')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword('Chongzhi#2026', clerk.passwordHash)).toBe(true);
    // a demo account too changes a password someone else chose (issue 12 item 3)
    expect(clerk.mustChangePassword).toBe(1);
    expect((await run(t, ['user', 'reset-password', 'zhou.min', '--password', 'Chongzhi#2026'])).code).toBe(
      0,
    );
    expect((await run(t, ['user', 'unlock', 'nobody'])).stderr).toContain('找不到用户 nobody');
    expect((await run(t, ['user', 'unlock', 'zhou.min'])).stdout).toContain('已解除');

    const events = await t.db.k
      .selectFrom('auditEvent')
      .select(['action', 'actorId', 'actorName'])
      .orderBy('seq', 'desc')
      .limit(3)
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'user.unlock',
      'user.reset_password',
      'user.reset_password',
    ]);
    expect(events[0].actorId).toBeNull();
    expect(events[0].actorName).toMatch(/^命令行/);
  });

  it('audit verify: exit 0 when intact, 1 naming the first broken link', async () => {
    const t = ctx();
    const ok = await run(t, ['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/审计链完整：共 \d+ 条事件/);
    if (dialect === 'postgres')
      await sql`DROP TRIGGER audit_event_no_update_delete ON audit_event`.execute(t.db.k);
    else await sql`DROP TRIGGER audit_event_no_update`.execute(t.db.k);
    await t.db.k.updateTable('auditEvent').set({ clientIp: '6.6.6.6' }).where('seq', '=', 42).execute();
    const broken = await run(t, ['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('第 42 条');
    expect(broken.stderr).toContain('此前 41 条事件校验通过');
  });

  it('backup and restore (SQLite), or instructions and exit 2 (PostgreSQL)', async () => {
    const t = ctx();
    const out = join(spare, 'backup.sqlite');
    if (dialect === 'postgres') {
      const b = await run(t, ['backup', '--out', out]);
      expect(b.code).toBe(2);
      expect(b.stdout).toContain('pg_dump');
      const r = await run(t, ['restore', out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('pg_restore');
      return;
    }
    // A database of its own: restore replaces the file under the configured data folder.
    const own: TestDb = {
      ...t,
      dataDir: spare,
      target: { dialect: 'sqlite', file: join(spare, 'fazhi.sqlite') },
    };
    await run(own, ['demo', '--no-ledgers']);
    const b = await run(own, ['backup', '--out', out]);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('已备份数据库到');
    expect((await run(own, ['backup', '--out', out])).stderr).toContain('已存在');
    await run(own, [
      'user',
      'add',
      'after.backup',
      '--name',
      '备份后',
      '--org',
      '511099',
      '--role',
      'supervisor',
      '--password',
      'Houlai#20260',
    ]);

    const r = await run(own, ['restore', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('恢复前的数据库已另存为');
    expect(r.stdout).toContain('审计链完整');
    expect(readdirSync(spare).some((f) => f.startsWith('fazhi.sqlite.before-restore-'))).toBe(true);
    const list = await run(own, ['user', 'unlock', 'after.backup']);
    expect(list.stderr).toContain('找不到用户');

    const junk = join(spare, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    expect((await run(own, ['restore', junk])).stderr).toContain('不是有效的 SQLite 数据库文件');
    expect((await run(own, ['restore', join(spare, 'missing.sqlite')])).stderr).toContain('找不到备份文件');
    expect(existsSync(join(spare, 'fazhi.sqlite'))).toBe(true);
  });
});
