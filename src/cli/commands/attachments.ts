// `fazhi attachments copy-to-s3` — copies the attachments an installation kept before it had a
// bucket (in `blob_chunk` on PostgreSQL, in the data directory on SQLite) into the bucket of
// FAZHI_S3_URL. The server reads files the bucket lacks from the old store anyway; after this the
// bucket holds them all and the old copies can be backed up and dropped by hand.
import type { Command } from 'commander';
import pc from 'picocolors';
import { copyToBucket } from '../../server/core/blob-copy.ts';
import { S3StoreError } from '../../server/core/blob-store-s3.ts';
import { action, CliError, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

export function register(program: Command): void {
  const attachments = program.command('attachments').description('附件文件');
  attachments
    .command('copy-to-s3')
    .description('把数据库或数据目录中的附件文件复制到对象存储（FAZHI_S3_URL），已在其中的不重复复制')
    .action(
      action(async () =>
        withDb(async (db, config) => {
          const s3 = config.s3;
          if (!s3) throw new CliError('未配置对象存储：请先设置 FAZHI_S3_URL。');
          const where = `${s3.endpoint}/${s3.bucket}${s3.prefix ? `/${s3.prefix}` : ''}`;
          let r: Awaited<ReturnType<typeof copyToBucket>>;
          try {
            r = await copyToBucket(db.k, config.dataDir, s3, (done, total) => {
              if (done % 500 === 0 && done < total) out(`已处理 ${done}/${total} 个文件…`);
            });
          } catch (e) {
            if (e instanceof S3StoreError) throw new CliError(e.message);
            throw e;
          }
          out(`对象存储 ${where}：共 ${r.total} 个附件文件，复制 ${r.copied} 个，已在其中 ${r.present} 个。`);
          for (const sha of r.missing) err(pc.red(`找不到文件 ${sha}（数据库、数据目录和对象存储中都没有）`));
          for (const sha of r.corrupt) err(pc.red(`文件 ${sha} 的内容与其 SHA-256 不符，未复制`));
          if (r.missing.length || r.corrupt.length) return EXIT_FAILED;
          out(pc.green('全部附件文件已在对象存储中。'));
          return EXIT_OK;
        }),
      ),
    );
}
