// `fazhi user add|reset-password|unlock` — account administration by the operator, e.g. to create
// the first administrators of a new installation. Acts as the system; every change is audited.
import type { Command } from 'commander';
import { assignRole } from '../../server/core/roles.ts';
import { createUser, findUserIdByUsername, resetPassword, unlockUser } from '../../server/core/users.ts';
import type { Db } from '../../server/db/connect.ts';
import { isRole, ROLE_LABELS, ROLES } from '../../shared/roles.ts';
import { action, CliError, cliActor, out, passwordFrom, withDb } from '../context.ts';

const ROLE_HELP = ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、');

async function orgIdByCode(db: Db, code: string): Promise<{ id: number; name: string }> {
  const org = await db.k
    .selectFrom('org')
    .select(['id', 'name'])
    .where('code', '=', code.trim())
    .executeTakeFirst();
  if (!org) throw new CliError(`找不到机构代码为 ${code} 的组织机构`);
  return org;
}

async function userIdOf(db: Db, username: string): Promise<number> {
  try {
    return await findUserIdByUsername(db.k, cliActor(), username);
  } catch {
    throw new CliError(`找不到用户 ${username}`);
  }
}

interface AddOptions {
  name: string;
  org: string;
  role: string;
  password?: string;
}

export function register(program: Command): void {
  const user = program.command('user').description('用户账号管理');

  user
    .command('add')
    .description('新建用户并授予一个角色（首次登录须修改密码）')
    .argument('<用户名>', '3–32 位小写字母、数字、点、下划线或连字符')
    .requiredOption('--name <姓名>', '显示的姓名')
    .requiredOption('--org <机构代码>', '所属组织机构的代码，角色也适用于该机构及其下级')
    .requiredOption('--role <角色>', `角色：${ROLE_HELP}`)
    .option('--password <密码>', '初始密码（不提供则交互输入）')
    .action(
      action(async (username: string, opts: AddOptions) => {
        const role = opts.role.trim();
        if (!isRole(role)) throw new CliError(`未知角色“${opts.role}”，可选：${ROLE_HELP}`);
        const password = await passwordFrom(opts.password);
        await withDb(async (db) => {
          const org = await orgIdByCode(db, opts.org);
          const created = await db.k.transaction().execute(async (tx) => {
            const u = await createUser(tx, cliActor(), {
              username,
              displayName: opts.name,
              orgId: org.id,
              password,
            });
            await assignRole(tx, cliActor(), { userId: u.id, role, orgId: org.id });
            return u;
          });
          out(
            `已新建用户 ${created.username}（${created.displayName}），所属：${org.name}，角色：${ROLE_LABELS[role]}。`,
          );
          out('该用户首次登录时须修改密码。');
        });
      }),
    );

  user
    .command('reset-password')
    .description('重置用户密码（正式账号下次登录须修改密码），并结束其全部会话')
    .argument('<用户名>')
    .option('--password <密码>', '新密码（不提供则交互输入）')
    .action(
      action(async (username: string, opts: { password?: string }) => {
        const password = await passwordFrom(opts.password);
        await withDb(async (db) => {
          const id = await userIdOf(db, username);
          await db.k.transaction().execute((tx) => resetPassword(tx, cliActor(), id, password));
          out(`已重置用户 ${username.trim().toLowerCase()} 的密码。`);
        });
      }),
    );

  user
    .command('unlock')
    .description('解除因多次登录失败而锁定的账号')
    .argument('<用户名>')
    .action(
      action(async (username: string) =>
        withDb(async (db) => {
          const id = await userIdOf(db, username);
          await db.k.transaction().execute((tx) => unlockUser(tx, cliActor(), id));
          out(`已解除用户 ${username.trim().toLowerCase()} 的锁定。`);
        }),
      ),
    );
}
