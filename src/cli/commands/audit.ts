// `fazhi audit verify` — walks the audit hash chain; exit 1 names the first broken link.
import type { Command } from 'commander';
import pc from 'picocolors';
import { verifyAudit } from '../../server/core/audit.ts';
import { action, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

export function register(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志哈希链（SM3），发现修改、删除或调换顺序的事件')
    .action(
      action(async () =>
        withDb(async (db) => {
          const r = await verifyAudit(db.k);
          if (r.ok) {
            out(pc.green(`审计链完整：共 ${r.count} 条事件，未发现篡改。`));
            return EXIT_OK;
          }
          err(pc.red(`审计链已断裂：${r.firstBroken?.reason ?? ''}`));
          err(`断裂位置：第 ${r.firstBroken?.seq} 条；此前 ${r.count} 条事件校验通过。`);
          return EXIT_FAILED;
        }),
      ),
    );
}
