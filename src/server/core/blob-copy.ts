// Moving an installation's attachments into its bucket (`fazhi attachments copy-to-s3`): every file
// an attachment row names is read from the store used before the bucket (`blob_chunk` on
// PostgreSQL, `<dataDir>/files/` on SQLite), checked against its SHA-256 and put in the bucket
// unless it is there already. Nothing is deleted; running it again copies only what is missing.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kdb } from '../db/connect.ts';
import { blobStoreFor } from './blob-store.ts';
import { type S3Location, s3BlobStore } from './blob-store-s3.ts';

export interface CopyResult {
  /** Distinct files the attachment rows name. */
  total: number;
  copied: number;
  /** Already in the bucket. */
  present: number;
  /** Named by a row, found in neither the bucket nor the old store. */
  missing: string[];
  /** Found in the old store with other bytes than its SHA-256 says: not copied. */
  corrupt: string[];
}

export async function copyToBucket(
  k: Kdb,
  dataDir: string,
  loc: S3Location,
  progress?: (done: number, total: number) => void,
): Promise<CopyResult> {
  const rows = await k.selectFrom('attachment').select('sha256').distinct().orderBy('sha256').execute();
  const before = blobStoreFor(k, dataDir);
  const bucket = s3BlobStore(loc);
  const tmpDir = join(dataDir, 'files', 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const r: CopyResult = { total: rows.length, copied: 0, present: 0, missing: [], corrupt: [] };
  for (const [i, { sha256 }] of rows.entries()) {
    if (await bucket.has(sha256)) r.present++;
    else {
      const stream = await before.open(k, sha256);
      if (!stream) r.missing.push(sha256);
      else {
        const tmp = join(tmpDir, `${randomUUID()}.part`);
        const hash = createHash('sha256');
        const meter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        });
        try {
          await pipeline(stream, meter, createWriteStream(tmp, { flags: 'wx' }));
          if (hash.digest('hex') !== sha256) r.corrupt.push(sha256);
          else {
            await bucket.put(k, sha256, tmp);
            r.copied++;
          }
        } finally {
          await rm(tmp, { force: true });
        }
      }
    }
    progress?.(i + 1, rows.length);
  }
  return r;
}
