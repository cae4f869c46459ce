import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutReport, makePdf } from '../../../test/fixtures/checker/make-pdf.ts';
import {
  SAMPLE_PARAGRAPHS,
  SAMPLE_TEXT,
  SAMPLE_TITLE,
} from '../../../test/fixtures/checker/sample-report.ts';
import { CheckerInputError } from '../errors.ts';
import { parseReport } from '../structure/index.ts';
import { expandPaths, ingestBuffer, ingestFile, withTimeout } from './index.ts';

const fixtures = new URL('../../../test/fixtures/checker/', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: SAMPLE_PARAGRAPHS.map((p) => {
          if (p.title) return new Paragraph({ text: p.text, heading: HeadingLevel.TITLE });
          if (p.heading === 1) return new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_1 });
          if (p.heading === 2) return new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_2 });
          if (p.signoff) return new Paragraph({ text: p.text, alignment: AlignmentType.RIGHT });
          return new Paragraph({ text: p.text });
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function expectInputError(p: Promise<unknown>, code: string, file: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CheckerInputError);
  expect((err as CheckerInputError).code).toBe(code);
  expect((err as CheckerInputError).message).toContain(file);
  expect((err as CheckerInputError).message).toMatch(/[\u4e00-\u9fa5]/);
}

describe('text files', () => {
  it('reads UTF-8 with and without BOM', async () => {
    const plain = await ingestBuffer('a.txt', new TextEncoder().encode(SAMPLE_TEXT));
    expect(plain.text).toBe(SAMPLE_TEXT);
    expect(plain.encoding).toBe('utf-8');
    const bom = await ingestBuffer(
      'b.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE_TEXT)]),
    );
    expect(bom.text).toBe(SAMPLE_TEXT);
    expect(bom.encoding).toBe('utf-8-bom');
  });

  it('reads GBK / GB18030 text', async () => {
    const path = join(tmp, 'gbk.txt');
    writeFileSync(path, iconv.encode(SAMPLE_TEXT, 'gbk'));
    const doc = await ingestFile(path);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(SAMPLE_TEXT);
    const report = parseReport(doc);
    expect(report.title).toBe(SAMPLE_TITLE);
    expect(report.sections.map((s) => s.key)).toEqual([
      'measures',
      'shortcomings',
      'reasons',
      'leaders',
      'plans',
    ]);
  });

  it('reads UTF-16 LE and BE, with or without BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE_TEXT, 'utf-16le')]);
    expect((await ingestBuffer('le.txt', le)).text).toBe(SAMPLE_TEXT);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE_TEXT, 'utf-16be')]);
    expect((await ingestBuffer('be.txt', be)).text).toBe(SAMPLE_TEXT);
    const bare = iconv.encode(`2024 report\n${SAMPLE_TEXT}`, 'utf-16le');
    const doc = await ingestBuffer('bare.txt', bare);
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.text).toContain(SAMPLE_TITLE);
  });

  it('reads Markdown with its title and heading levels', async () => {
    const md = `# ${SAMPLE_TITLE}\n\n## 一、主要举措和成效\n\n全年组织专题学法6次。\n`;
    const doc = await ingestBuffer('r.md', new TextEncoder().encode(md));
    expect(doc.format).toBe('md');
    expect(doc.title).toBe(SAMPLE_TITLE);
    expect(doc.headingLevels).toEqual({ 3: 1 });
    const report = parseReport(doc);
    expect(report.changes.filter((c) => c.kind === 'markup-residue')).toEqual([]);
    expect(report.headings[0].text).toBe('一、主要举措和成效');
  });
});

describe('HTML pages saved from portals', () => {
  it('keeps the article and the catalogue metadata, drops the chrome', async () => {
    const doc = await ingestFile(new URL('portal-page.html', fixtures).pathname);
    expect(doc.format).toBe('html');
    expect(doc.title).toBe(SAMPLE_TITLE);
    expect(doc.meta['索引号']).toBe('11500000MB0000000X/2025-00012');
    expect(doc.meta['发布机构']).toBe('清溪镇人民政府');
    expect(doc.meta['发文字号']).toBe('清溪府〔2025〕3号');
    expect(doc.meta['成文日期']).toBe('2024-12-30');
    expect(doc.meta['主题分类']).toBe('司法');
    const report = parseReport(doc);
    expect(report.title).toBe(SAMPLE_TITLE);
    expect(report.org).toBe('清溪镇人民政府');
    expect(report.year).toBe(2024);
    expect(report.signoff?.date).toBe('2024-12-30');
    expect(report.sections.map((s) => s.key)).toEqual([
      'measures',
      'shortcomings',
      'reasons',
      'leaders',
      'plans',
    ]);
    for (const chrome of [
      '当前位置',
      '浏览次数',
      '字体',
      '扫一扫',
      '打印本页',
      '版权所有',
      'ICP',
      '分享到',
      'views',
    ]) {
      expect(report.text).not.toContain(chrome);
    }
  });

  it('takes the title from the heading when there is no ArticleTitle, not from <title>', async () => {
    const html = `<html><head><title>关于2024年法治政府建设情况的报告 - 某镇人民政府网</title></head><body>
      <h1>某镇人民政府关于2024年法治政府建设情况的报告</h1><p>${'全年开展法治宣传活动12场，发放资料3000份。'.repeat(8)}</p></body></html>`;
    const doc = await ingestBuffer('p.html', new TextEncoder().encode(html));
    expect(doc.title).toBe('某镇人民政府关于2024年法治政府建设情况的报告');
  });

  it('decodes a page declared as gb2312', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta name="ArticleTitle" content="${SAMPLE_TITLE}"></head><body><p>${SAMPLE_PARAGRAPHS[2].text}</p></body></html>`;
    const doc = await ingestBuffer('gb.htm', iconv.encode(html, 'gbk'));
    expect(doc.text).toContain('扎实推进依法行政各项工作');
    expect(doc.title).toBe(SAMPLE_TITLE);
  });
});

describe('DOCX', () => {
  it('keeps the title and heading levels from the styles', async () => {
    const doc = await ingestBuffer('r.docx', await sampleDocx());
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe(SAMPLE_TITLE);
    const lines = doc.text.split('\n');
    const level = (t: string) => doc.headingLevels?.[lines.indexOf(t) + 1];
    expect(level('一、主要举措和成效')).toBe(1);
    expect(level('（一）抓实领导干部学法')).toBe(2);
    const report = parseReport(doc);
    expect(report.title).toBe(SAMPLE_TITLE);
    expect(report.headings.filter((h) => h.level === 1).map((h) => h.ordinal)).toEqual([1, 2, 3, 4]);
    expect(report.sections.map((s) => s.key)).toEqual([
      'measures',
      'shortcomings',
      'reasons',
      'leaders',
      'plans',
    ]);
    expect(report.signoff).toMatchObject({ org: '清溪镇人民政府', date: '2025-01-10' });
  });

  it('rejects an archive bomb from its directory before inflating', async () => {
    const zip = await JSZip.loadAsync(await sampleDocx());
    zip.file('word/media/padding.bin', new Uint8Array(30 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expectInputError(ingestBuffer('bomb.docx', bytes), 'ARCHIVE_BOMB', 'bomb.docx');
    await expectInputError(
      ingestBuffer('big.docx', bytes, { zip: { maxRatio: 1e9, maxUncompressedBytes: 10 * 1024 * 1024 } }),
      'ARCHIVE_BOMB',
      'big.docx',
    );
  });

  it('refuses a Word document whose text is past the limit while inflating it, before parsing', async () => {
    const docx = await sampleDocx();
    const text = (await ingestBuffer('sample.docx', docx)).text.replace(/\s/g, '').length;
    // the estimate counts markup-free characters of document.xml, from above
    await expectInputError(
      ingestBuffer('long.docx', docx, { zip: { maxTextChars: Math.floor(text / 2) } }),
      'TOO_LARGE',
      'long.docx',
    );
    const doc = await ingestBuffer('ok.docx', docx, { zip: { maxTextChars: text * 2 } });
    expect(doc.text.length).toBeGreaterThan(0);
  });

  it('rejects a ZIP that is not a Word document and a truncated one', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expectInputError(ingestBuffer('fake.docx', bytes), 'CORRUPT', 'fake.docx');
    const docx = await sampleDocx();
    await expectInputError(
      ingestBuffer('cut.docx', docx.subarray(0, docx.length / 2)),
      'CORRUPT',
      'cut.docx',
    );
  });
});

const paragraphs = SAMPLE_PARAGRAPHS.map((p) => ({ text: p.text, center: p.title }));
const options = { runningHead: '清溪镇人民政府文件', pageNumber: (n: number) => `— ${n} —`, linesPerPage: 9 };

describe('PDF', () => {
  it('extracts the text, drops page numbers and running heads, rejoins broken lines', async () => {
    const bytes = makePdf(layoutReport(paragraphs, options));
    const doc = await ingestBuffer('r.pdf', bytes);
    expect(doc.format).toBe('pdf');
    expect(doc.text).not.toMatch(/— \d —/);
    expect(doc.text).not.toContain('清溪镇人民政府文件');
    for (const p of SAMPLE_PARAGRAPHS) expect(doc.text.split('\n')).toContain(p.text);
    const report = parseReport(doc);
    expect(report.title).toBe(SAMPLE_TITLE);
    expect(report.changes.filter((c) => c.kind === 'broken-line')).toEqual([]);
  });

  it('reads the committed PDF fixture', async () => {
    const doc = await ingestFile(new URL('report.pdf', fixtures).pathname);
    expect(doc.text.split('\n')).toContain(SAMPLE_PARAGRAPHS[5].text);
    expect(readFileSync(new URL('report.pdf', fixtures)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports a corrupt PDF', async () => {
    const bytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    await expectInputError(ingestBuffer('broken.pdf', bytes), 'CORRUPT', 'broken.pdf');
  });
});

describe('limits and unsupported input', () => {
  it('sniffs by bytes, not by extension', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expectInputError(ingestBuffer('report.txt', png), 'UNSUPPORTED', 'report.txt');
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expectInputError(ingestBuffer('old.doc', doc), 'UNSUPPORTED', 'old.doc');
    const pdfNamedTxt = makePdf(layoutReport(paragraphs.slice(0, 3)));
    expect((await ingestBuffer('really-a-pdf.txt', pdfNamedTxt)).format).toBe('pdf');
  });

  it('refuses files over the size limit, before reading them', async () => {
    const path = join(tmp, 'big.txt');
    writeFileSync(path, 'a'.repeat(2048));
    await expectInputError(ingestFile(path, { maxBytes: 1024 }), 'TOO_LARGE', path);
  });

  it('reports missing and empty files', async () => {
    await expectInputError(ingestFile(join(tmp, 'nope.txt')), 'NOT_FOUND', 'nope.txt');
    await expectInputError(ingestBuffer('empty.txt', new Uint8Array(0)), 'EMPTY', 'empty.txt');
    await expectInputError(ingestBuffer('blank.txt', Buffer.from('  \n\n ')), 'EMPTY', 'blank.txt');
  });

  it('stops work that exceeds the time limit', async () => {
    const never = new Promise<never>(() => {});
    let cancelled = false;
    const err = await withTimeout(never, 20, () => {
      cancelled = true;
      return new Error('late');
    }).catch((e: Error) => e);
    expect(cancelled).toBe(true);
    expect((err as Error).message).toBe('late');
    const many = Array.from({ length: 60 }, () => paragraphs).flat();
    const bytes = makePdf(layoutReport(many, options));
    await expectInputError(ingestBuffer('slow.pdf', bytes, { timeoutMs: 5 }), 'TIMEOUT', 'slow.pdf');
  });

  it('expands directories into supported files', async () => {
    const dir = join(tmp, 'batch');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), SAMPLE_TEXT);
    writeFileSync(join(dir, 'sub', 'b.html'), '<p>x</p>');
    writeFileSync(join(dir, 'c.png'), 'x');
    expect(await expandPaths([dir, 'x.txt'])).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'sub', 'b.html'),
      'x.txt',
    ]);
  });
});
