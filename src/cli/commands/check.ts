// `fazhi check FILE|DIR… [--format text|json] [--config FILE]` — checks reports. Exit status:
// 2 when a file could not be read, 1 when an error-level finding exists, 0 otherwise.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type CheckerConfig,
  CheckerConfigError,
  CONFIG_FILE,
  checkFiles,
  exitStatus,
  formatText,
  loadConfig,
} from '../../checker/index.ts';

interface CheckCliOptions {
  format: string;
  config?: string;
}

export function register(program: Command): void {
  program
    .command('check')
    .description('体检法治政府建设年度报告（.txt .html .docx .pdf .md，目录则检查其中全部报告）')
    .argument('<路径...>', '报告文件或目录')
    .option('-f, --format <格式>', '输出格式：text（默认）或 json', 'text')
    .option('-c, --config <文件>', `规则配置文件（默认读取当前目录的 ${CONFIG_FILE}）`)
    .action(async (paths: string[], opts: CheckCliOptions) => {
      process.exitCode = await runCheck(paths, opts);
    });
}

export async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') {
    process.stderr.write(`不支持的输出格式“${opts.format}”，请使用 text 或 json。\n`);
    return 2;
  }
  let config: CheckerConfig | null;
  try {
    config = opts.config
      ? await loadConfig(opts.config)
      : existsSync(resolve(CONFIG_FILE))
        ? await loadConfig(resolve(CONFIG_FILE), false)
        : null;
  } catch (e) {
    if (e instanceof CheckerConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let results: Awaited<ReturnType<typeof checkFiles>>;
  try {
    results = await checkFiles(paths, { config });
  } catch (e) {
    if (e instanceof CheckerConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const r of results) if (r.error) process.stderr.write(`${r.error}\n`);
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    process.stdout.write(`${formatText(results, { color })}\n`);
  }
  return exitStatus(results);
}
