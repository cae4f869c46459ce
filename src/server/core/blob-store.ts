// Where attachment bytes live, behind one small interface so that several app processes can read
// every file (docs/deploy.md). Content-addressed by SHA-256: a file is stored once, never changed.
// - `files`: `<dataDir>/files/ab/cd/<sha256>` on local disk (SQLite, one process);
// - `database`: chunks of `blob_chunk` in the database itself (PostgreSQL's default: every process
//   on the database reads every file; pg_dump backs them up with the rows). A file is written in
//   one transaction (none of it or all of it is visible) and read one chunk per query, so neither
//   side holds a whole file in memory;
// - `s3`: an S3-compatible bucket (blob-store-s3.ts), on either database, when FAZHI_S3_URL is set.
import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Kdb, Tx } from '../db/connect.ts';
import { type S3Location, s3BlobStore } from './blob-store-s3.ts';
import { isPostgres } from './sql-util.ts';

export interface BlobStore {
  readonly kind: 'files' | 'database' | 's3';
  /**
   * Stores the file at `tmp` under its SHA-256 (computed by the caller while it was written) unless
   * already stored, and removes `tmp`. Inside the caller's transaction when `k` is one.
   */
  put(k: Kdb | Tx, sha256: string, tmp: string): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under this SHA-256. */
  open(k: Kdb | Tx, sha256: string): Promise<Readable | null>;
}

/** Bytes per `blob_chunk` row. */
export const CHUNK_BYTES = 1024 * 1024;

function checkSha(sha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
}

/** Where a file with this SHA-256 lives in the `files` store. */
export function blobPath(dataDir: string, sha256: string): string {
  checkSha(sha256);
  return join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function fileBlobStore(dataDir: string): BlobStore {
  return {
    kind: 'files',
    async put(_k, sha256, tmp) {
      const final = blobPath(dataDir, sha256);
      if (await exists(final)) {
        await rm(tmp, { force: true });
        return;
      }
      await mkdir(join(final, '..'), { recursive: true });
      await rename(tmp, final);
    },
    async open(_k, sha256) {
      const path = blobPath(dataDir, sha256);
      return (await exists(path)) ? createReadStream(path) : null;
    },
  };
}

async function chunk(k: Kdb | Tx, sha256: string, seq: number): Promise<Buffer | null> {
  const row = await k
    .selectFrom('blobChunk')
    .select('data')
    .where('sha256', '=', sha256)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row ? Buffer.from(row.data) : null;
}

/**
 * The `database` store. `fallbackDir`: a file not (yet) in the database is read from that data
 * directory's `files` store, as written before the installation moved to several processes.
 */
export function databaseBlobStore(fallbackDir?: string): BlobStore {
  const fallback = fallbackDir ? fileBlobStore(fallbackDir) : null;
  return {
    kind: 'database',
    async put(k, sha256, tmp) {
      checkSha(sha256);
      const write = async (tx: Tx) => {
        if (await chunk(tx, sha256, 0)) return;
        let seq = 0;
        for await (const data of createReadStream(tmp, { highWaterMark: CHUNK_BYTES })) {
          // a concurrent writer of the same bytes (another process) waits on the key, then skips
          await tx
            .insertInto('blobChunk')
            .values({ sha256, seq, data: data as Buffer })
            .onConflict((oc) => oc.columns(['sha256', 'seq']).doNothing())
            .execute();
          seq += 1;
        }
      };
      try {
        if (k.isTransaction) await write(k as Tx);
        else await k.transaction().execute(write);
      } finally {
        await rm(tmp, { force: true });
      }
    },
    async open(k, sha256) {
      checkSha(sha256);
      const first = await chunk(k, sha256, 0);
      if (!first) return fallback ? fallback.open(k, sha256) : null;
      async function* chunks() {
        yield first as Buffer;
        for (let seq = 1; ; seq++) {
          const next = await chunk(k, sha256, seq);
          if (!next) return;
          yield next;
        }
      }
      return Readable.from(chunks(), { objectMode: false });
    },
  };
}

/**
 * The store of an installation: the database for PostgreSQL (several processes, one database),
 * local files for SQLite (one process, one machine); or its bucket when it has one (`s3`: Config.s3,
 * FAZHI_S3_URL, on either database), which reads a file it does not hold from the store used
 * before (so files written before the move are still served).
 */
export function blobStoreFor(k: Kdb | Tx, dataDir: string, s3?: S3Location): BlobStore {
  const own = isPostgres(k) ? databaseBlobStore(dataDir) : fileBlobStore(dataDir);
  return s3 ? s3BlobStore(s3, { fallback: own }) : own;
}
