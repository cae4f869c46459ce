// `fazhi migrate` — brings the database schema up to date.
import type { Command } from 'commander';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { action, describeDb, out, withDb } from '../context.ts';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('将数据库结构升级到最新版本')
    .action(
      action(async () =>
        withDb(
          async (db, config) => {
            const applied = await migrateToLatest(db);
            out(`数据库：${describeDb(config)}`);
            if (applied.length === 0) out('数据库已是最新版本，无需迁移。');
            else out(`已执行 ${applied.length} 个迁移：${applied.join('、')}`);
          },
          { migrate: false, create: true },
        ),
      ),
    );
}
