// The `fazhi` command line. Each command lives in commands/<name>.ts and is listed here.
import { Command } from 'commander';
import { z } from 'zod';
import { register as attachments } from './commands/attachments.ts';
import { register as audit } from './commands/audit.ts';
import { register as backup } from './commands/backup.ts';
import { register as calendar } from './commands/calendar.ts';
import { register as check } from './commands/check.ts';
import { register as demo } from './commands/demo.ts';
import { register as digest } from './commands/digest.ts';
import { register as migrate } from './commands/migrate.ts';
import { register as org } from './commands/org.ts';
import { register as portal } from './commands/portal.ts';
import { register as report } from './commands/report.ts';
import { register as restore } from './commands/restore.ts';
import { register as serve } from './commands/serve.ts';
import { register as user } from './commands/user.ts';

// Validation messages of every schema in Chinese.
z.config(z.locales.zhCN());

const program = new Command('fazhi')
  .description('法治政府建设工作台命令行')
  .helpOption('-h, --help', '显示帮助')
  .addHelpCommand('help [命令]', '显示命令的帮助')
  .showHelpAfterError('（使用 --help 查看用法）');

const commands: Array<(p: Command) => void> = [
  check,
  serve,
  migrate,
  demo,
  org,
  user,
  audit,
  backup,
  restore,
  attachments,
  calendar,
  report,
  portal,
  digest,
];
for (const register of commands) register(program);

await program.parseAsync(process.argv);
