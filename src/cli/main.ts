// The `fazhi` command line. Each command lives in commands/<name>.ts and is listed here.
import { Command } from 'commander';
import { register as check } from './commands/check.ts';
import { register as serve } from './commands/serve.ts';

const program = new Command('fazhi')
  .description('法治政府建设工作台命令行')
  .helpOption('-h, --help', '显示帮助')
  .addHelpCommand('help [命令]', '显示命令的帮助')
  .showHelpAfterError('（使用 --help 查看用法）');

const commands: Array<(p: Command) => void> = [check, serve];
for (const register of commands) register(program);

await program.parseAsync(process.argv);
