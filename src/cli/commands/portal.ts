// `fazhi portal verify` — recomputes what the public portal would serve and compares each published
// item with the SM3 hash taken when the application published it; exit 1 names every item changed
// behind the application (type, township, title). `fazhi portal index` brings the portal's index in
// step (new items hashed at first sight, withdrawn ones dropped) without re-hashing any other item.
import type { Command } from 'commander';
import pc from 'picocolors';
import { chinaDate } from '../../server/core/clock.ts';
import { checkPortal, syncPortal } from '../../server/portal/integrity.ts';
import { kindLabel } from '../../server/portal/items.ts';
import { action, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

export function register(program: Command): void {
  const portal = program.command('portal').description('公开门户');
  portal
    .command('verify')
    .description('核对公开门户的内容与发布时的内容校验值（SM3），列出发布后被改动的信息')
    .action(
      action(async () =>
        withDb(async (db, config) => {
          const today = config.today ?? chinaDate();
          const count = await db.k
            .selectFrom('portalItem')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirst();
          const changed = await checkPortal(db.k, today);
          if (changed.length === 0) {
            out(pc.green(`公开门户内容完整：已核对 ${Number(count?.n ?? 0)} 条公开信息，均与发布时一致。`));
            return EXIT_OK;
          }
          err(pc.red(`公开门户有 ${changed.length} 条信息与发布时的内容不一致（发布后在系统之外被改动）：`));
          for (const c of changed) {
            err(`- ${kindLabel(c.kind)}｜${c.orgName}｜${c.title}（${c.path}）`);
            err(`  发布时 SM3 ${c.published}`);
            err(`  现在   SM3 ${c.served}`);
          }
          return EXIT_FAILED;
        }),
      ),
    );
  portal
    .command('index')
    .description('更新公开门户的检索索引：收录新公开的信息、移除已撤回的信息（不改变已有信息的校验值）')
    .action(
      action(async () =>
        withDb(async (db, config) => {
          const today = config.today ?? chinaDate();
          await syncPortal(db.k, today, new Date().toISOString());
          const count = await db.k
            .selectFrom('portalItem')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirst();
          out(`公开门户索引已更新：共 ${Number(count?.n ?? 0)} 条公开信息。`);
        }),
      ),
    );
}
