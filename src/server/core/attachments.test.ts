import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../test/factories.ts';
import { blobPath, cleanFilename, openAttachment, storeAttachment } from './attachments.ts';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(200, 0x90)]);

async function docx(): Promise<Buffer> {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  z.file('word/document.xml', '<w:document/>');
  return z.generateAsync({ type: 'nodebuffer' });
}

function streamOf(buf: Buffer, chunk = 7): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  return Readable.from(parts);
}

/** The organisation scope alone (what an attachment belongs to is the routes' gate, test/security). */
const open = async () => true;

describeEachDialect('attachments', (ctx, dialect) => {
  it('stores by content address with SHA-256 and SM3, deduplicating blobs, and audits', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k, '附件');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const put = (buf: Buffer, filename: string, orgId?: number) =>
      storeAttachment(db.k, clerk.actor, {
        stream: streamOf(buf),
        filename,
        orgId,
        dataDir,
        maxBytes: 1024 * 1024,
      });

    const a = await put(PNG, '现场照片.PNG');
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(a).toMatchObject({
      sha256: sha,
      sm3: createHash('sm3').update(PNG).digest('hex'),
      size: PNG.length,
      mime: 'image/png',
      name: '现场照片.PNG',
      orgId: tree.town.id,
    });
    // SQLite keeps the bytes in the data directory, PostgreSQL in the database (blob-store.ts)
    const path = blobPath(dataDir, sha);
    expect(path).toBe(join(dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha));
    expect(existsSync(path)).toBe(dialect === 'sqlite');
    const chunks = await db.k.selectFrom('blobChunk').select('seq').where('sha256', '=', sha).execute();
    expect(chunks.length).toBe(dialect === 'sqlite' ? 0 : 1);

    const b = await put(PNG, 'copy.png', tree.village.id);
    expect(b.id).not.toBe(a.id);
    expect(b.sha256).toBe(sha);
    if (dialect === 'sqlite')
      expect(readdirSync(join(dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4)))).toEqual([sha]);
    else
      expect(
        await db.k.selectFrom('blobChunk').select('seq').where('sha256', '=', sha).execute(),
      ).toHaveLength(1);

    const event = await db.k
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: 'attachment.upload',
      entityId: String(b.id),
      orgId: tree.village.id,
      actorId: clerk.id,
    });

    expect((await put(PDF, 'decision.pdf')).mime).toBe('application/pdf');
    expect((await put(await docx(), '合同.docx')).mime).toContain('wordprocessingml');
    expect((await put(Buffer.from('全年共排查调解各类矛盾纠纷208件。\n'), '说明.txt')).mime).toContain(
      'text/plain',
    );
    expect((await put(iconv.encode('依法治镇工作要点', 'gb18030'), 'gbk.txt')).size).toBe(16);

    const { row, stream } = await openAttachment(db.k, clerk.actor, a.id, dataDir, open);
    expect(row.name).toBe('现场照片.PNG');
    expect(Buffer.from(await text(stream), 'utf8').length).toBeGreaterThan(0);
  });

  it('refuses by content: unknown types, mismatches, empty and oversized files, leaving no temp file', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k, '拒收');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const put = (buf: Buffer, filename: string, maxBytes = 1024) =>
      storeAttachment(db.k, clerk.actor, { stream: streamOf(buf), filename, dataDir, maxBytes });

    await expect(put(EXE, 'setup.exe')).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
    const mismatch = put(EXE, '通知.pdf');
    await expect(mismatch).rejects.toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    await expect(put(EXE, '通知.pdf')).rejects.toThrow(/\.pdf.*内容/);
    await expect(put(PNG, 'photo.jpg')).rejects.toThrow(/PNG 图片/);
    await expect(put(PDF, 'notes.txt')).rejects.toMatchObject({ code: 'FILE_TYPE_MISMATCH' });
    await expect(put(EXE, 'readme.txt')).rejects.toMatchObject({ code: 'FILE_TYPE_MISMATCH' });
    await expect(put(Buffer.alloc(0), 'empty.pdf')).rejects.toMatchObject({
      status: 400,
      code: 'EMPTY_FILE',
    });
    await expect(put(Buffer.alloc(5000, 0x41), 'big.txt')).rejects.toMatchObject({
      status: 413,
      code: 'FILE_TOO_LARGE',
    });
    expect(readdirSync(join(dataDir, 'files', 'tmp'))).toEqual([]);
    const rows = await db.k.selectFrom('attachment').select('id').where('orgId', '=', tree.town.id).execute();
    expect(rows).toEqual([]);
  });

  it('is scoped: no upload or download outside the business scope, none for administrators', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k, '范围');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const other = await makeUser(db.k, tree.sibling.id, ['leader']);
    const supervisor = await makeUser(db.k, tree.county.id, ['supervisor']);
    const sys = await makeUser(db.k, tree.county.id, ['sysadmin']);
    const a = await inTx(db.k, (tx) =>
      storeAttachment(tx, clerk.actor, {
        stream: streamOf(PDF),
        filename: 'a.pdf',
        dataDir,
        maxBytes: 1 << 20,
      }),
    );
    await expect(openAttachment(db.k, other.actor, a.id, dataDir, open)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(openAttachment(db.k, sys.actor, a.id, dataDir, open)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const { stream } = await openAttachment(db.k, supervisor.actor, a.id, dataDir, open);
    expect(await text(stream)).toContain('%PDF');
    await expect(
      storeAttachment(db.k, other.actor, {
        stream: streamOf(PDF),
        filename: 'b.pdf',
        orgId: tree.town.id,
        dataDir,
        maxBytes: 1 << 20,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      storeAttachment(db.k, sys.actor, {
        stream: streamOf(PDF),
        filename: 'c.pdf',
        dataDir,
        maxBytes: 1 << 20,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('cleans file names', () => {
    expect(cleanFilename('C:\\Users\\x\\报告.docx')).toBe('报告.docx');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFilename('')).toBe('未命名文件');
  });
});
