// `fazhi attachments copy-to-s3` on each dialect, into a real S3-compatible server (s3rver): the
// files of before (blob_chunk on PostgreSQL, the data directory) copied once, a second run copying
// nothing, a file that is nowhere named, and a refusal without FAZHI_S3_URL.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../../test/cli.ts';
import { describeEachDialect } from '../../../test/db.ts';
import { makeTree, makeUser } from '../../../test/factories.ts';
import { type S3Server, startS3 } from '../../../test/s3.ts';
import { storeAttachment } from '../../server/core/attachments.ts';
import type { BlobStore } from '../../server/core/blob-store.ts';
import { fileBlobStore } from '../../server/core/blob-store.ts';
import { parseS3Url, s3Key } from '../../server/core/blob-store-s3.ts';

const BUCKET = 'fazhi-copy';
let s3: S3Server;
let s3Dir: string;
let port: number;

beforeAll(async () => {
  s3 = await startS3(BUCKET);
  ({ port, dir: s3Dir } = s3);
});

afterAll(async () => {
  await s3.close();
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describeEachDialect('command line: attachments copy-to-s3', (ctx, dialect) => {
  it('copies the files of before into the bucket once and names a file that is nowhere', async () => {
    const t = ctx();
    const url = `http://S3RVER:S3RVER@127.0.0.1:${port}/${BUCKET}/${dialect}`;
    const tree = await makeTree(t.db.k, '迁移');
    const clerk = await makeUser(t.db.k, tree.town.id, ['clerk']);
    const put = (text: string, store?: BlobStore) =>
      storeAttachment(t.db.k, clerk.actor, {
        stream: Readable.from([Buffer.from(text)]),
        filename: `${text}.txt`,
        dataDir: t.dataDir,
        maxBytes: 1024 * 1024,
        store,
      });
    // the installation's own store (blob_chunk or files), and a file on disk from before that
    const files = [
      await put('甲：调解协议'),
      await put('乙：现场照片说明'),
      await put('丙：旧文件', fileBlobStore(t.dataDir)),
    ];

    expect((await run(t, ['attachments', 'copy-to-s3'])).stderr).toContain(
      '未配置对象存储：请先设置 FAZHI_S3_URL',
    );

    const first = await run(t, ['attachments', 'copy-to-s3'], { FAZHI_S3_URL: url });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      `对象存储 http://127.0.0.1:${port}/${BUCKET}/${dialect}：共 3 个附件文件，复制 3 个，已在其中 0 个。`,
    );
    const loc = parseS3Url(url);
    for (const f of files) {
      const object = join(s3Dir, BUCKET, `${s3Key(loc, f.sha256)}._S3rver_object`);
      expect(sha(readFileSync(object))).toBe(f.sha256);
    }
    // no temporary copy left behind
    expect(readdirSync(join(t.dataDir, 'files', 'tmp'))).toEqual([]);

    const again = await run(t, ['attachments', 'copy-to-s3'], { FAZHI_S3_URL: url });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('共 3 个附件文件，复制 0 个，已在其中 3 个。');

    const lost = await put('丁：丢失的文件', {
      kind: 'files',
      put: (_k, _s, tmp) => rm(tmp, { force: true }),
      open: async () => null,
    });
    const third = await run(t, ['attachments', 'copy-to-s3'], { FAZHI_S3_URL: url });
    expect(third.code).toBe(1);
    expect(third.stdout).toContain('共 4 个附件文件，复制 0 个，已在其中 3 个。');
    expect(third.stderr).toContain(`找不到文件 ${lost.sha256}（数据库、数据目录和对象存储中都没有）`);
  });
});
