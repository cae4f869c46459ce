// Shared plumbing of the database commands: configuration, an open and migrated database, Chinese
// messages and exit codes (0 done, 1 failed, 2 must be done by hand for this database).

import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import pc from 'picocolors';
import { type Config, loadConfig } from '../server/config.ts';
import { type Actor, systemActor } from '../server/core/actor.ts';
import { auditKeyFor } from '../server/core/keys.ts';
import { type Db, openDb } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { AppError } from '../server/errors.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_MANUAL = 2;

/** A failure to report in Chinese with its exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The operator at the command line: the system, named with the OS account in audit events. */
export function cliActor(): Actor {
  let who = '';
  try {
    who = userInfo().username;
  } catch {
    // No passwd entry (some containers): the event still says it came from the command line.
  }
  return { ...systemActor, displayName: who ? `命令行（${who}）` : '命令行' };
}

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function describeDb(config: Config): string {
  return config.db.dialect === 'postgres' ? 'PostgreSQL（DATABASE_URL）' : `SQLite（${config.db.file}）`;
}

/**
 * Refuses a data directory (or SQLite database) that does not exist: a mistyped FAZHI_DATA_DIR must
 * not become a new, empty installation with a new key that reports an empty audit chain as complete.
 */
export function requireInstallation(config: Config): void {
  if (!existsSync(config.dataDir))
    throw new CliError(
      `数据目录 ${config.dataDir} 不存在，请检查 FAZHI_DATA_DIR（新安装请先运行 fazhi migrate）`,
    );
  if (config.db.dialect === 'sqlite' && !existsSync(config.db.file))
    throw new CliError(
      `数据库文件 ${config.db.file} 不存在，请检查 FAZHI_DATA_DIR（新安装请先运行 fazhi migrate）`,
    );
}

/**
 * Loads the configuration, opens the database, migrates it (unless told not to), runs `fn`. Only
 * the commands that set up an installation (`create`) may start from a missing data directory.
 */
export async function withDb<T>(
  fn: (db: Db, config: Config) => Promise<T>,
  opts: { migrate?: boolean; config?: Config; create?: boolean } = {},
): Promise<T> {
  const config = opts.config ?? loadConfig(process.env);
  if (!opts.create) requireInstallation(config);
  const db = openDb(config.db, { auditKey: auditKeyFor(config) });
  try {
    if (opts.migrate !== false) await migrateToLatest(db);
    return await fn(db, config);
  } finally {
    await db.destroy();
  }
}

/** Wraps a command action: known errors become a red Chinese line and an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      process.exitCode = typeof code === 'number' ? code : EXIT_OK;
    } catch (e) {
      if (e instanceof CliError) {
        err(pc.red(e.message));
        process.exitCode = e.exitCode;
      } else if (e instanceof AppError) {
        const fields = (e.extra.fields ?? {}) as Record<string, string>;
        err(pc.red(e.message));
        for (const [k, v] of Object.entries(fields)) if (!e.message.includes(v)) err(pc.red(`  ${k}: ${v}`));
        process.exitCode = EXIT_FAILED;
      } else if (e instanceof Error && /环境变量配置有误/.test(e.message)) {
        err(pc.red(e.message));
        process.exitCode = EXIT_FAILED;
      } else {
        throw e;
      }
    }
  };
}

/** Reads a line from the terminal without echoing it; from a pipe, reads the next line. */
export function promptSecret(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    const rl = createInterface({ input, output: process.stderr, terminal: input.isTTY === true });
    if (input.isTTY) {
      process.stderr.write(question);
      // Echo nothing of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    }
    rl.once('line', (line) => {
      if (input.isTTY) process.stderr.write('\n');
      resolve(line);
      rl.close();
    });
    rl.once('close', () => reject(new CliError('未输入密码')));
  });
}

/** The password from --password, or asked for (twice on a terminal). */
export async function passwordFrom(option: string | undefined): Promise<string> {
  if (option !== undefined) return option;
  const first = await promptSecret('请输入密码：');
  if (process.stdin.isTTY) {
    const second = await promptSecret('请再次输入密码：');
    if (first !== second) throw new CliError('两次输入的密码不一致');
  }
  return first;
}
