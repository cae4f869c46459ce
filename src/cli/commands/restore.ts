// `fazhi restore FILE` — brings an installation back from an archive made by `fazhi backup`, into
// its data directory (created when new). The archive is first extracted aside and checked whole —
// every entry against the manifest, the key against the passphrase, the SQLite file's integrity —
// and only then swapped in, keeping what it replaces beside it (`*.before-restore-…`); a partial or
// altered archive changes nothing. Afterwards the audit chain is verified against the checkpoints.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadConfig } from '../../server/config.ts';
import { CHECKPOINT_FILE, verifyAuditWithCheckpoints } from '../../server/core/audit-checkpoints.ts';
import { PII_KEY_FILE } from '../../server/core/keys.ts';
import { extractArchive, KEYS_ENTRY, PG_ENTRY, SQLITE_ENTRY, unseal } from '../backup-archive.ts';
import { action, CliError, EXIT_FAILED, err, out, withDb } from '../context.ts';
import { passphraseFrom } from './backup.ts';

/** Tables every Fazhi database has since its first migration. */
const REQUIRED_TABLES = ['kysely_migration', 'org', 'app_user', 'role_assignment', 'audit_event'];

/** Throws a CliError unless `file` is an intact SQLite database with Fazhi's tables. */
export function checkFazhiBackup(file: string): void {
  if (!existsSync(file)) throw new CliError(`找不到备份文件 ${file}`);
  let conn: SQLite.Database | null = null;
  try {
    conn = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = conn.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`备份中的数据库已损坏（SQLite 完整性检查：${String(check)}）`);
    const names = new Set(
      (
        conn.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>
      ).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !names.has(t));
    if (missing.length > 0)
      throw new CliError(`备份中的数据库不是 Fazhi 数据库（缺少数据表：${missing.join('、')}）`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('备份中的数据库不是有效的 SQLite 数据库文件');
  } finally {
    conn?.close();
  }
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

const DIALECT = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

export function register(program: Command): void {
  program
    .command('restore')
    .description('从 fazhi backup 生成的归档恢复数据库、附件、审计校验点和密钥。恢复前请先停止服务')
    .argument('<文件>', '由 fazhi backup 生成的备份文件（.tar.gz）')
    .option(
      '--passphrase-file <文件>',
      '从文件读取备份口令（也可设置 FAZHI_BACKUP_PASSPHRASE，否则提示输入）',
    )
    .action(
      action(async (file: string, opts: { passphraseFile?: string }) => {
        const config = loadConfig(process.env);
        const source = resolve(file);
        if (!existsSync(source)) throw new CliError(`找不到备份文件 ${source}`);
        mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
        const work = mkdtempSync(join(config.dataDir, '.restore-'));
        const kept: string[] = [];
        try {
          const manifest = await extractArchive(source, work);
          if (manifest.dialect !== config.db.dialect)
            throw new CliError(
              `该备份来自 ${DIALECT[manifest.dialect]} 数据库，当前配置的是 ${DIALECT[config.db.dialect]}（DATABASE_URL），未恢复任何内容`,
            );
          let key: Buffer | null = null;
          if (manifest.key)
            key = unseal(
              readFileSync(join(work, KEYS_ENTRY)),
              await passphraseFrom(opts.passphraseFile, false),
            );
          else if (!config.secret)
            throw new CliError(
              '该备份未包含密钥（原系统使用 FAZHI_SECRET）：请设置同一 FAZHI_SECRET 后再恢复，未恢复任何内容',
            );
          if (config.db.dialect === 'sqlite') checkFazhiBackup(join(work, SQLITE_ENTRY));

          // everything checked: swap in, keeping what is replaced
          const suffix = `.before-restore-${stamp()}`;
          const keep = async (path: string) => {
            if (!existsSync(path)) return;
            if (path === (config.db as { file?: string }).file) {
              // a consistent copy of the current database, WAL included
              const current = new SQLite(path, { fileMustExist: true });
              try {
                await current.backup(`${path}${suffix}`);
              } finally {
                current.close();
              }
              for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
            } else renameSync(path, `${path}${suffix}`);
            kept.push(`${path}${suffix}`);
          };
          if (config.db.dialect === 'sqlite') {
            await keep(config.db.file);
            renameSync(join(work, SQLITE_ENTRY), config.db.file);
          } else {
            const r = spawnSync(
              'pg_restore',
              ['--clean', '--if-exists', '--no-owner', `--dbname=${config.db.url}`, join(work, PG_ENTRY)],
              { encoding: 'utf8' },
            );
            if (r.error)
              throw new CliError(
                '找不到 pg_restore：请安装 PostgreSQL 客户端工具（如 apt-get install postgresql-client）',
              );
            if (r.status !== 0) throw new CliError(`pg_restore 失败：${r.stderr.trim()}`);
          }
          const files = join(config.dataDir, 'files');
          await keep(files);
          if (existsSync(join(work, 'files'))) renameSync(join(work, 'files'), files);
          const checkpoints = join(config.dataDir, CHECKPOINT_FILE);
          await keep(checkpoints);
          if (existsSync(join(work, CHECKPOINT_FILE))) renameSync(join(work, CHECKPOINT_FILE), checkpoints);
          if (key) {
            const keyFile = join(config.dataDir, PII_KEY_FILE);
            if (!existsSync(keyFile) || !readFileSync(keyFile).equals(key)) {
              await keep(keyFile);
              writeFileSync(keyFile, key, { mode: 0o600 });
            }
          }
          out(
            `已从 ${source} 恢复到 ${config.dataDir}（${manifest.entries.length} 个文件，备份于 ${manifest.createdAt}）。`,
          );
          for (const k of kept) out(`原有内容已另存为 ${k}。`);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }

        return withDb(
          async (db) => {
            const v = await verifyAuditWithCheckpoints(db.k, config.dataDir);
            if (v.ok) {
              out(pc.green(`审计链完整：共 ${v.count} 条事件。`));
              out('请重新启动服务（fazhi serve）。');
              return undefined;
            }
            err(pc.red(`警告：恢复的数据库审计链已断裂：${v.firstBroken?.reason ?? ''}`));
            return EXIT_FAILED;
          },
          { config },
        );
      }),
    );
}
