// `fazhi org add|list` — organisations from the command line; on a fresh installation without the
// demo, the county (the root) is created here, then its first administrators with `fazhi user add`.
import type { Command } from 'commander';
import { createOrg, listOrgs } from '../../server/core/orgs.ts';
import { isOrgKind, ORG_KIND_LABELS, ORG_KINDS } from '../../shared/roles.ts';
import { action, CliError, cliActor, out, withDb } from '../context.ts';

const KIND_HELP = ORG_KINDS.map((k) => `${k}（${ORG_KIND_LABELS[k]}）`).join('、');

export function register(program: Command): void {
  const org = program.command('org').description('组织机构管理');

  org
    .command('add')
    .description('新建组织机构（不指定上级则新建县级顶级机构）')
    .argument('<机构代码>', '如统计用区划代码 511099101')
    .requiredOption('--name <名称>', '机构名称')
    .option('--kind <类型>', `类型：${KIND_HELP}`, 'county')
    .option('--parent <上级机构代码>', '上级组织机构的代码')
    .action(
      action(async (code: string, opts: { name: string; kind: string; parent?: string }) => {
        const kind = opts.kind.trim();
        if (!isOrgKind(kind)) throw new CliError(`未知机构类型“${opts.kind}”，可选：${KIND_HELP}`);
        await withDb(async (db) => {
          let parentId: number | null = null;
          if (opts.parent) {
            const parent = await db.k
              .selectFrom('org')
              .select('id')
              .where('code', '=', opts.parent.trim())
              .executeTakeFirst();
            if (!parent) throw new CliError(`找不到机构代码为 ${opts.parent} 的上级组织机构`);
            parentId = parent.id;
          }
          const created = await db.k
            .transaction()
            .execute((tx) => createOrg(tx, cliActor(), { parentId, code, name: opts.name, kind }));
          out(`已新建${ORG_KIND_LABELS[created.kind]}“${created.name}”（代码 ${created.code}）。`);
        });
      }),
    );

  org
    .command('list')
    .description('列出全部组织机构')
    .action(
      action(async () =>
        withDb(async (db) => {
          const orgs = await listOrgs(db.k, cliActor());
          if (orgs.length === 0)
            out('还没有组织机构。可用 fazhi org add 新建，或用 fazhi demo 载入演示数据。');
          for (const o of orgs) {
            const depth = o.path.split('/').filter(Boolean).length - 1;
            const state = o.active ? '' : '（已停用）';
            out(`${'  '.repeat(depth)}${o.code}  ${o.name}  ${ORG_KIND_LABELS[o.kind]}${state}`);
          }
        }),
      ),
    );
}
