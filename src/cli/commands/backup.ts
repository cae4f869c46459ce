// `fazhi backup --out FILE` — one archive of everything an installation needs to come back: the
// database (an online SQLite snapshot, safe while the server runs, or pg_dump for PostgreSQL), the
// attachment files, the audit checkpoints and the key of the personal data and the audit chain,
// sealed with a passphrase the operator gives (see backup-archive.ts). Without the key a restored
// installation shows every phone number as ****** and cannot verify its audit chain. Attachments in
// an S3 bucket (FAZHI_S3_URL) are not taken: the bucket is backed up by the object storage itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeCheckpoint } from '../../server/core/audit-checkpoints.ts';
import { PII_KEY_FILE } from '../../server/core/keys.ts';
import {
  allowedEntry,
  filesUnder,
  KEYS_ENTRY,
  MIN_PASSPHRASE,
  PG_ENTRY,
  SQLITE_ENTRY,
  seal,
  writeArchive,
} from '../backup-archive.ts';
import { action, CliError, out, promptSecret, withDb } from '../context.ts';

/** The passphrase from a file, FAZHI_BACKUP_PASSPHRASE, or asked for (twice on a terminal). */
export async function passphraseFrom(file: string | undefined, confirm: boolean): Promise<string> {
  let p: string;
  if (file) {
    if (!existsSync(file)) throw new CliError(`找不到口令文件 ${file}`);
    p = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } else if (process.env.FAZHI_BACKUP_PASSPHRASE) {
    p = process.env.FAZHI_BACKUP_PASSPHRASE;
  } else {
    p = await promptSecret('请输入备份口令：');
    if (confirm && process.stdin.isTTY && (await promptSecret('请再次输入备份口令：')) !== p)
      throw new CliError('两次输入的口令不一致');
  }
  return p;
}

/** Runs pg_dump into `file`; a CliError in Chinese when it is missing or fails. */
function pgDump(url: string, file: string): void {
  const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`], {
    encoding: 'utf8',
  });
  if (r.error)
    throw new CliError(
      '找不到 pg_dump：请安装 PostgreSQL 客户端工具（如 apt-get install postgresql-client）',
    );
  if (r.status !== 0) throw new CliError(`pg_dump 失败：${r.stderr.trim()}`);
}

export function register(program: Command): void {
  program
    .command('backup')
    .description('备份数据库、附件、审计校验点和密钥到一个归档文件（密钥用备份口令加密）')
    .requiredOption('-o, --out <文件>', '备份文件路径，如 fazhi-备份.tar.gz')
    .option(
      '--passphrase-file <文件>',
      '从文件读取备份口令（也可设置 FAZHI_BACKUP_PASSPHRASE，否则提示输入）',
    )
    .option('--force', '覆盖已存在的备份文件')
    .action(
      action(async (opts: { out: string; force?: boolean; passphraseFile?: string }) =>
        withDb(
          async (db, config) => {
            const target = resolve(opts.out);
            if (config.db.dialect === 'sqlite' && target === resolve(config.db.file))
              throw new CliError('备份文件不能是正在使用的数据库文件本身');
            if (existsSync(target) && !opts.force)
              throw new CliError(`备份文件 ${target} 已存在；如需覆盖请加 --force`);
            const keyFile = join(config.dataDir, PII_KEY_FILE);
            const withKey = !config.secret;
            let passphrase = '';
            if (withKey) {
              if (!existsSync(keyFile)) throw new CliError(`找不到密钥文件 ${keyFile}，无法完整备份`);
              passphrase = await passphraseFrom(opts.passphraseFile, true);
              if ([...passphrase].length < MIN_PASSPHRASE)
                throw new CliError(`备份口令至少 ${MIN_PASSPHRASE} 个字符`);
            }
            const checkpoint = await writeCheckpoint(db.k, config.dataDir);
            const work = mkdtempSync(join(config.dataDir, '.backup-'));
            try {
              const dbFile = join(work, db.dialect === 'postgres' ? PG_ENTRY : SQLITE_ENTRY);
              if (db.dialect === 'postgres' || !db.sqlite) pgDump((config.db as { url: string }).url, dbFile);
              else await db.sqlite.backup(dbFile);
              const files = filesUnder(join(config.dataDir, 'files'), 'files').filter((f) =>
                allowedEntry(f.path),
              );
              const checkpoints = join(config.dataDir, 'audit-checkpoints.log');
              const sources = [
                { path: db.dialect === 'postgres' ? PG_ENTRY : SQLITE_ENTRY, file: dbFile },
                ...files,
                ...(existsSync(checkpoints) ? [{ path: 'audit-checkpoints.log', file: checkpoints }] : []),
                ...(withKey ? [{ path: KEYS_ENTRY, bytes: seal(readFileSync(keyFile), passphrase) }] : []),
              ];
              const m = await writeArchive(target, sources, {
                format: 'fazhi-backup',
                version: 1,
                createdAt: new Date().toISOString(),
                dialect: db.dialect,
                key: withKey,
                auditEvents: checkpoint?.seq ?? 0,
              });
              const mb = (m.entries.reduce((n, e) => n + e.size, 0) / 1048576).toFixed(2);
              // attachments kept in the database (PostgreSQL's blob store) are in the dump
              const inDb = await db.k
                .selectFrom('blobChunk')
                .select((eb) => eb.fn.count<number>('sha256').distinct().as('n'))
                .executeTakeFirstOrThrow();
              out(
                `已备份到 ${target}：数据库、${files.length + Number(inDb.n)} 个附件文件、审计链 ${checkpoint?.seq ?? 0} 条事件（共 ${mb} MB，压缩前）。`,
              );
              if (config.s3)
                out(
                  `附件存放在对象存储（${config.s3.endpoint}/${config.s3.bucket}），不在本备份中：请用对象存储自身的版本控制或复制功能另行备份。`,
                );
              if (withKey)
                out('密钥已用备份口令加密存入备份；请将口令与备份文件分开保管，遗失口令将无法恢复个人信息。');
              else
                out(
                  '密钥来自环境变量 FAZHI_SECRET，未存入备份；恢复时须设置同一 FAZHI_SECRET，请另行妥善保管。',
                );
            } finally {
              rmSync(work, { recursive: true, force: true });
            }
          },
          { migrate: false },
        ),
      ),
    );
}
