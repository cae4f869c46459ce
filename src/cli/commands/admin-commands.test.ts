import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run } from '../../../test/cli.ts';
import { describeEachDialect } from '../../../test/db.ts';
import { verifyPassword } from '../../server/core/passwords.ts';

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
});
