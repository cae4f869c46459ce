// Attachments through the API of an installation whose files live in an S3-compatible bucket
// (FAZHI_S3_URL; s3rver, a real S3 API server in Node, on an ephemeral port): uploaded, downloaded
// back identical, the bytes in the bucket and neither in the data directory nor in the database.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseS3Url, s3Key } from '../../src/server/core/blob-store-s3.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile } from '../files.ts';
import { type S3Server, startS3 } from '../s3.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const dialect of dialects()) {
  describe(`attachments in an S3 bucket [${dialect}]`, () => {
    let t: TestApp;
    let s3: S3Server;
    let s3Dir: string;
    let url: string;

    beforeAll(async () => {
      s3 = await startS3('county-files');
      s3Dir = s3.dir;
      url = `http://S3RVER:S3RVER@127.0.0.1:${s3.port}/county-files/fazhi?region=cn-north-4`;
      t = await createTestApp(dialect, { config: { s3: parseS3Url(url) } });
    });

    afterAll(async () => {
      await t?.close();
      await s3?.close();
    });

    it('uploads into the bucket and downloads the same bytes; nothing in the data dir or database', async () => {
      const clerk = await t.login('chengguan.clerk');
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024)]);
      const h = sha(bytes);
      const up = await uploadFile(clerk, '/api/attachments', '现场检查笔录.pdf', bytes);
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ sha256: h, size: bytes.length, mime: 'application/pdf' });

      const object = join(s3Dir, 'county-files', `${s3Key(parseS3Url(url), h)}._S3rver_object`);
      expect(sha(readFileSync(object))).toBe(h);
      const files = join(t.app.config.dataDir, 'files');
      const local = existsSync(files) ? readdirSync(files, { recursive: true }).map(String) : [];
      expect(local.filter((f) => f !== 'tmp')).toEqual([]);
      const chunks = await t.app.db.k
        .selectFrom('blobChunk')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(chunks.n)).toBe(0);

      const down = await t.app.inject({
        method: 'GET',
        url: `/api/attachments/${up.body.id}`,
        headers: { cookie: clerk.cookie ?? '' },
      });
      expect(down.statusCode).toBe(200);
      expect(down.headers['content-length']).toBe(String(bytes.length));
      expect(sha(down.rawPayload)).toBe(h);

      // the same file again is stored once: a second row, the one object
      const again = await uploadFile(clerk, '/api/attachments', '副本.pdf', bytes);
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(up.body.id);
      const objects = readdirSync(join(s3Dir, 'county-files'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('._S3rver_object'));
      expect(objects).toEqual([`${s3Key(parseS3Url(url), h)}._S3rver_object`]);
    });
  });
}
