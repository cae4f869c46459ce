// `fazhi backup --out FILE` — an online, consistent copy of the SQLite database (better-sqlite3's
// backup API, safe while the server runs). PostgreSQL is backed up with its own tools (exit 2).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { action, CliError, EXIT_MANUAL, out, withDb } from '../context.ts';

export function register(program: Command): void {
  program
    .command('backup')
    .description('在线备份数据库（SQLite；PostgreSQL 请使用 pg_dump）')
    .requiredOption('-o, --out <文件>', '备份文件路径')
    .option('--force', '覆盖已存在的备份文件')
    .action(
      action(async (opts: { out: string; force?: boolean }) =>
        withDb(
          async (db, config) => {
            const filesDir = join(config.dataDir, 'files');
            if (db.dialect === 'postgres' || !db.sqlite) {
              out('当前使用 PostgreSQL 数据库，请用 PostgreSQL 自带工具备份，例如：');
              out('  pg_dump --format=custom --file=fazhi-备份.dump "$DATABASE_URL"');
              out(`附件文件保存在 ${filesDir}，请一并备份（例如 tar 或 rsync）。`);
              return EXIT_MANUAL;
            }
            const target = resolve(opts.out);
            if (config.db.dialect === 'sqlite' && target === resolve(config.db.file)) {
              throw new CliError('备份文件不能是正在使用的数据库文件本身');
            }
            if (existsSync(target) && !opts.force) {
              throw new CliError(`备份文件 ${target} 已存在；如需覆盖请加 --force`);
            }
            mkdirSync(dirname(target), { recursive: true });
            await db.sqlite.backup(target);
            const mb = (statSync(target).size / 1048576).toFixed(2);
            out(`已备份数据库到 ${target}（${mb} MB）。`);
            out(`附件文件保存在 ${filesDir}，不在数据库备份中，请一并备份（例如 tar 或 rsync）。`);
          },
          { migrate: false },
        ),
      ),
    );
}
