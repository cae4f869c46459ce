// `fazhi demo` — loads the fictional demo county into an empty database.
import type { Command } from 'commander';
import { writeCheckpoint } from '../../server/core/audit-checkpoints.ts';
import { piiFor } from '../../server/core/pii.ts';
import { DEMO_COUNTY, DEMO_PASSWORD } from '../../server/demo/county.ts';
import { loadDemo } from '../../server/demo/seed.ts';
import { action, describeDb, out, withDb } from '../context.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description(`向空数据库载入演示数据（虚构的${DEMO_COUNTY.name}）`)
    .option('--no-ledgers', '只载入组织机构和账号，不生成台账演示记录（较快）')
    .action(
      action(async (opts: { ledgers: boolean }) =>
        withDb(
          async (db, config) => {
            const pii = piiFor({ secret: config.secret, dataDir: config.dataDir });
            const r = await loadDemo(
              db,
              opts.ledgers ? { ledgers: { pii, dataDir: config.dataDir, s3: config.s3 } } : {},
            );
            out(`数据库：${describeDb(config)}`);
            if (!r.created) {
              out('数据库中已有组织机构，未载入演示数据（演示数据只能载入空数据库）。');
              return;
            }
            out(`已载入演示县“${DEMO_COUNTY.name}”：${r.orgs} 个组织机构，${r.users} 个演示账号。`);
            out(
              `演示账号密码均为 ${DEMO_PASSWORD}，例如：sysadmin、secadmin、auditor、supervisor、chengguan.leader、chengguan.clerk。`,
            );
            out('演示账号仅供体验，正式使用前请停用。');
            await writeCheckpoint(db.k, config.dataDir);
          },
          { create: true },
        ),
      ),
    );
}
