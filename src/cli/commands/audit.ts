// `fazhi audit verify` — walks the audit chain (keyed SM3 hashes) and checks it against the newest
// signed checkpoint; exit 1 names the first break. `fazhi audit checkpoint` writes a checkpoint now.
import type { Command } from 'commander';
import pc from 'picocolors';
import { verifyAuditWithCheckpoints, writeCheckpoint } from '../../server/core/audit-checkpoints.ts';
import { chinaTime } from '../../server/core/clock.ts';
import { action, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

export function register(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计链（HMAC-SM3）与最近的校验点，发现修改、删除、截断或调换顺序的事件')
    .action(
      action(async () =>
        withDb(async (db, config) => {
          const r = await verifyAuditWithCheckpoints(db.k, config.dataDir);
          if (r.ok) {
            out(pc.green(`审计链完整：共 ${r.count} 条事件，未发现篡改。`));
            if (r.checkpoint)
              out(`与 ${chinaTime(r.checkpoint.at)} 的校验点（第 ${r.checkpoint.seq} 条事件）一致。`);
            else out('尚无审计校验点，无法发现末尾事件被删除；可运行 fazhi audit checkpoint 写入。');
            if (r.legacy) out(`其中最早的 ${r.legacy} 条事件写于启用审计密钥之前。`);
            return EXIT_OK;
          }
          err(pc.red(`审计链已断裂：${r.firstBroken?.reason ?? ''}`));
          err(`断裂位置：第 ${r.firstBroken?.seq} 条；此前 ${r.count} 条事件校验通过。`);
          return EXIT_FAILED;
        }),
      ),
    );
  audit
    .command('checkpoint')
    .description('立即写入一个审计校验点（审计链末端的签名记录，保存在数据目录中数据库之外）')
    .action(
      action(async () =>
        withDb(async (db, config) => {
          const c = await writeCheckpoint(db.k, config.dataDir);
          if (!c) out('审计日志中还没有事件，无需写入校验点。');
          else out(`校验点：第 ${c.seq} 条事件，${chinaTime(c.at)}，哈希 ${c.hash.slice(0, 16)}…`);
        }),
      ),
    );
}
