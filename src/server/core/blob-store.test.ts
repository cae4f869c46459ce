// The attachment blob stores on each dialect: local files and the database (chunks), a file
// written by one process read by another, a file stored once when two processes write it at once,
// and the database store reading files kept on disk from before.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { shaOfStream as read, sha256Of as sha, tmpFile } from '../../../test/files.ts';
import { openDb } from '../db/connect.ts';
import { blobPath, blobStoreFor, CHUNK_BYTES, databaseBlobStore, fileBlobStore } from './blob-store.ts';
import { auditKeyFor } from './keys.ts';

describeEachDialect('blob stores', (ctx, dialect) => {
  it('chooses the database for PostgreSQL and local files for SQLite', () => {
    const { db, dataDir } = ctx();
    expect(blobStoreFor(db.k, dataDir).kind).toBe(dialect === 'postgres' ? 'database' : 'files');
  });

  for (const kind of ['files', 'database'] as const) {
    it(`${kind}: stores once, streams back every byte, answers null for what is not stored`, async () => {
      const { db, dataDir } = ctx();
      const store = kind === 'files' ? fileBlobStore(dataDir) : databaseBlobStore();
      const bytes = randomBytes(2 * CHUNK_BYTES + 12_345); // three chunks, the last one short
      const h = sha(bytes);
      const tmp = tmpFile(bytes);
      await store.put(db.k, h, tmp);
      expect(existsSync(tmp)).toBe(false);
      expect(await read(await store.open(db.k, h))).toBe(sha(bytes));

      const again = tmpFile(bytes);
      await store.put(db.k, h, again);
      expect(existsSync(again)).toBe(false);
      if (kind === 'files') expect(readdirSync(join(blobPath(dataDir, h), '..'))).toEqual([h]);
      else {
        const seqs = await db.k
          .selectFrom('blobChunk')
          .select('seq')
          .where('sha256', '=', h)
          .orderBy('seq')
          .execute();
        expect(seqs.map((r) => r.seq)).toEqual([0, 1, 2]);
      }
      expect(await store.open(db.k, sha(Buffer.from('不存在')))).toBeNull();
      await expect(store.open(db.k, '../../etc/passwd')).rejects.toThrow(/SHA-256/);
    });
  }

  it('database: a file written through one connection is read through another, empty directories', async () => {
    const { target, dataDir } = ctx();
    const a = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    const b = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    try {
      const bytes = randomBytes(CHUNK_BYTES + 1);
      const h = sha(bytes);
      await databaseBlobStore(mkdtempSync(join(tmpdir(), 'fazhi-a-'))).put(a.k, h, tmpFile(bytes));
      const other = mkdtempSync(join(tmpdir(), 'fazhi-b-'));
      expect(await read(await databaseBlobStore(other).open(b.k, h))).toBe(sha(bytes));
      expect(readdirSync(other)).toEqual([]);

      // two processes storing the same bytes at once: one copy, both succeed (PostgreSQL; SQLite is
      // one process's database)
      if (dialect === 'sqlite') return;
      const same = randomBytes(CHUNK_BYTES * 2);
      const hs = sha(same);
      await Promise.all([
        databaseBlobStore().put(a.k, hs, tmpFile(same)),
        databaseBlobStore().put(b.k, hs, tmpFile(same)),
      ]);
      const rows = await a.k.selectFrom('blobChunk').select('seq').where('sha256', '=', hs).execute();
      expect(rows).toHaveLength(2);
      expect(await read(await databaseBlobStore().open(b.k, hs))).toBe(sha(same));
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it('database: a write rolled back leaves nothing; files from before the move are still read', async () => {
    const { db, dataDir } = ctx();
    const bytes = randomBytes(1000);
    const h = sha(bytes);
    await expect(
      db.k.transaction().execute(async (tx) => {
        await databaseBlobStore().put(tx, h, tmpFile(bytes));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await databaseBlobStore().open(db.k, h)).toBeNull();

    await fileBlobStore(dataDir).put(db.k, h, tmpFile(bytes));
    expect(await read(await databaseBlobStore(dataDir).open(db.k, h))).toBe(sha(bytes));
    expect(await databaseBlobStore().open(db.k, h)).toBeNull();
  });
});
