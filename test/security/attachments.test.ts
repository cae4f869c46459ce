// Issue 12 item 8 (the parts in attachments), replayed: a ZIP holding only index.html does not pass
// as a Word/Excel/PowerPoint/OFD file, and control and bidirectional characters do not reach the
// stored file name.
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { cleanFilename, storeAttachment } from '../../src/server/core/attachments.ts';
import { describeEachDialect } from '../db.ts';
import { makeTree, makeUser } from '../factories.ts';

async function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(files)) z.file(name, content);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const PAGE = '<!doctype html><script>alert(document.cookie)</script>';

describeEachDialect('attachment probes', (ctx) => {
  it('refuses a ZIP of index.html named .docx, .xlsx, .pptx or .ofd, and keeps genuine ones', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k, '伪装');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const put = (buf: Buffer, filename: string) =>
      storeAttachment(db.k, clerk.actor, {
        stream: Readable.from([buf]),
        filename,
        dataDir,
        maxBytes: 1 << 20,
      });

    const page = await zip({ 'index.html': PAGE });
    for (const name of ['协议.docx', '台账.xlsx', '汇报.pptx', '公文.ofd']) {
      await expect(put(page, name), name).rejects.toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    }
    await expect(put(page, '协议.docx')).rejects.toThrow(/ZIP 压缩包/);
    // the parts of another OOXML kind do not make a Word document either
    const book = await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    await expect(put(book, '协议.docx')).rejects.toMatchObject({ code: 'FILE_TYPE_MISMATCH' });

    const word = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect((await put(word, '协议.docx')).name).toBe('协议.docx');
    expect((await put(book, '台账.xlsx')).name).toBe('台账.xlsx');
    expect((await put(await zip({ 'OFD.xml': '<ofd:OFD/>' }), '公文.ofd')).name).toBe('公文.ofd');
  });

  it('strips NUL, control and bidirectional characters from stored file names', async () => {
    const { db, dataDir } = ctx();
    const tree = await makeTree(db.k, '文件名');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    // “报告\u202Excod.txt” is displayed as “报告txt.docx”
    const stored = await storeAttachment(db.k, clerk.actor, {
      stream: Readable.from([Buffer.from('正文')]),
      filename: '报\u0000告\u202excod\u2066\u200f.txt',
      dataDir,
      maxBytes: 1024,
    });
    expect(stored.name).toBe('报告xcod.txt');
    const row = await db.k
      .selectFrom('attachment')
      .select('name')
      .where('id', '=', stored.id)
      .executeTakeFirst();
    expect(row?.name).toBe('报告xcod.txt');
    expect(cleanFilename('a\u0085\u061c\u202ab\u2069.pdf')).toBe('ab.pdf');
  });
});
