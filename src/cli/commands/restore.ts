// `fazhi restore FILE` — replaces the SQLite database with a backup made by `fazhi backup`, after
// checking that the file is an intact Fazhi database and keeping a copy of the current one.
// PostgreSQL is restored with its own tools (exit 2).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadConfig } from '../../server/config.ts';
import { verifyAudit } from '../../server/core/audit.ts';
import { action, CliError, EXIT_FAILED, EXIT_MANUAL, err, out, withDb } from '../context.ts';

/** Tables every Fazhi database has since its first migration. */
const REQUIRED_TABLES = ['kysely_migration', 'org', 'app_user', 'role_assignment', 'audit_event'];

/** Throws a CliError unless `file` is an intact SQLite database with Fazhi's tables. */
export function checkFazhiBackup(file: string): void {
  if (!existsSync(file)) throw new CliError(`找不到备份文件 ${file}`);
  let conn: SQLite.Database | null = null;
  try {
    conn = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = conn.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`备份文件已损坏（SQLite 完整性检查：${String(check)}）`);
    const names = new Set(
      (
        conn.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>
      ).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !names.has(t));
    if (missing.length > 0)
      throw new CliError(`${file} 不是 Fazhi 数据库备份（缺少数据表：${missing.join('、')}）`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file} 不是有效的 SQLite 数据库文件`);
  } finally {
    conn?.close();
  }
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function register(program: Command): void {
  program
    .command('restore')
    .description('从备份文件恢复数据库（SQLite；PostgreSQL 请使用 pg_restore）。恢复前请先停止服务')
    .argument('<文件>', '由 fazhi backup 生成的备份文件')
    .action(
      action(async (file: string) => {
        const config = loadConfig(process.env);
        if (config.db.dialect === 'postgres') {
          out('当前使用 PostgreSQL 数据库，请先停止服务，再用 PostgreSQL 自带工具恢复，例如：');
          out('  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" fazhi-备份.dump');
          out('恢复后运行 fazhi migrate 与 fazhi audit verify。');
          return EXIT_MANUAL;
        }
        const source = resolve(file);
        const target = resolve(config.db.file);
        if (source === target) throw new CliError('备份文件就是当前数据库文件，无需恢复');
        checkFazhiBackup(source);

        let saved: string | null = null;
        if (existsSync(target)) {
          // A consistent copy of the current database (including its WAL) before it is replaced.
          saved = `${target}.before-restore-${stamp()}`;
          const current = new SQLite(target, { fileMustExist: true });
          try {
            await current.backup(saved);
          } finally {
            current.close();
          }
        }
        for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
        copyFileSync(source, target);
        out(`已从 ${source} 恢复数据库到 ${target}。`);
        if (saved) out(`恢复前的数据库已另存为 ${saved}。`);

        return withDb(
          async (db) => {
            const v = await verifyAudit(db.k);
            if (v.ok) {
              out(pc.green(`审计链完整：共 ${v.count} 条事件。`));
              out('请重新启动服务（fazhi serve）。');
              return undefined;
            }
            err(pc.red(`警告：恢复的数据库审计链已断裂：${v.firstBroken?.reason ?? ''}`));
            return EXIT_FAILED;
          },
          { config },
        );
      }),
    );
}
