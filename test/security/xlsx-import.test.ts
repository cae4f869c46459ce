// Issue 12 item 1, replayed: large XLSX imports must be refused while reading, quickly, without
// holding the workbook in memory and without blocking other requests; nothing is imported.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredSize, zipEntries } from '../../src/server/core/zip.ts';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_XML_BYTES,
} from '../../src/server/ledgers/xlsx.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { multipart, watch } from './probe.ts';

const URL = '/api/ledgers/disputes/dispute/import';
const HEADER = [
  '纠纷事由（必填）',
  '发生地（村、社区、网格）（必填）',
  '受理日期（必填）',
  '纠纷来源（必填）',
  '纠纷类别（必填）',
  '调解方式（必填）',
  '申请人（必填）',
];

/** A workbook written by exceljs's streaming writer: the header, then `rows` rows of `row(i)`. */
async function workbook(rows: number, row: (i: number) => unknown[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet('矛盾纠纷');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

const full = (i: number) => [
  `导入纠纷${i}`,
  '石桥村',
  '2026-01-05',
  '排查',
  '邻里纠纷',
  '人民调解',
  `王${i % 10}`,
];

/** Rewrites the central directory so that every entry declares `size` uncompressed bytes. */
function lie(buf: Buffer, size: number): Buffer {
  const out = Buffer.from(buf);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (out.readUInt32LE(i) === 0x02014b50)
      out.writeUInt32LE(Math.min(size, out.readUInt32LE(i + 24)), i + 24);
  }
  return out;
}

for (const dialect of dialects()) {
  describe(`XLSX import probes [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    const count = async () =>
      Number(
        (
          await t.app.db.k
            .selectFrom('dispute')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('refuses 200,000 rows at the row limit while reading, quickly and in bounded memory', async () => {
      // one column filled: small enough to pass the size check, so the row limit is what stops it
      const bytes = await workbook(200_000, (i) => [`导入纠纷${i}`]);
      expect(declaredSize(zipEntries(bytes))).toBeLessThan(MAX_IMPORT_XML_BYTES);
      const before = await count();
      const { result: res, watch: w } = await watch(t, () =>
        multipart(clerk, URL, [{ name: '二十万行.xlsx', bytes }]),
      );
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'IMPORT_TOO_MANY',
        message: `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
      });
      expect(await count()).toBe(before);
      // generous bounds for a loaded 2-core machine; the whole-workbook load took ~10 s and >500 MB
      expect(w.elapsedMs).toBeLessThan(8_000);
      expect(w.rssGrowthMb).toBeLessThan(200);
      expect(w.healthAnswers).toBeGreaterThan(0);
      console.info(`[probe] 200k-row import refused in ${Math.round(w.elapsedMs)} ms`, w);
    });

    it('refuses a workbook whose XML exceeds the size limit before parsing it', async () => {
      const bytes = await workbook(200_000, full);
      const xml = declaredSize(zipEntries(bytes));
      expect(xml).toBeGreaterThan(MAX_IMPORT_XML_BYTES);
      const { result: res, watch: w } = await watch(t, () =>
        multipart(clerk, URL, [{ name: '超大.xlsx', bytes }]),
      );
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('IMPORT_TOO_LARGE');
      expect(res.body.error.message).toContain(`超过导入上限 ${MAX_IMPORT_XML_BYTES / 1024 / 1024} MB`);
      expect(res.body.error.message).toContain('未导入任何记录');
      expect(w.elapsedMs).toBeLessThan(3_000);
      expect(w.rssGrowthMb).toBeLessThan(100);
      console.info(
        `[probe] ${Math.round(xml / 1e6)} MB-XML import refused in ${Math.round(w.elapsedMs)} ms`,
        w,
      );
    });

    it('refuses an upload past the import file limit while it arrives', async () => {
      // a 1,000,000-row workbook is about 27 MB: the bytes are refused before any is parsed
      const bytes = Buffer.concat([await workbook(10, full), Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1024, 7)]);
      const before = await count();
      const { result: res, watch: w } = await watch(t, () =>
        multipart(clerk, URL, [{ name: '百万行.xlsx', bytes }]),
      );
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('IMPORT_TOO_LARGE');
      expect(res.body.error.message).toContain(`超过导入上限 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`);
      expect(res.body.error.message).toContain('未导入任何记录');
      expect(await count()).toBe(before);
      expect(w.rssGrowthMb).toBeLessThan(100);
    });

    it('refuses a workbook whose directory understates its sizes, as it inflates', async () => {
      const bytes = lie(await workbook(200_000, full), 512 * 1024);
      expect(declaredSize(zipEntries(bytes))).toBeLessThan(MAX_IMPORT_XML_BYTES);
      const before = await count();
      const { result: res, watch: w } = await watch(t, () =>
        multipart(clerk, URL, [{ name: '伪造目录.xlsx', bytes }]),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('IMPORT_BAD_FILE');
      expect(res.body.error.message).toMatch(/无法读取/);
      expect(await count()).toBe(before);
      expect(w.elapsedMs).toBeLessThan(3_000);
      expect(w.rssGrowthMb).toBeLessThan(100);
    });

    it('still imports a good file at the limit and reports row and column of a bad one', async () => {
      const before = await count();
      const bad = await workbook(3, (i) =>
        i === 1 ? [...full(i).slice(0, 2), '2026-02-30', ...full(i).slice(3)] : full(i),
      );
      const refused = await multipart(clerk, URL, [{ name: '错误.xlsx', bytes: bad }]);
      expect(refused.status).toBe(400);
      expect(refused.body.error.errors).toEqual([
        { row: 3, column: '受理日期', message: '应为日期（如 2026-03-01）' },
      ]);
      const over = await multipart(clerk, URL, [
        { name: '超行.xlsx', bytes: await workbook(MAX_IMPORT_ROWS + 1, full) },
      ]);
      expect(over.body.error.code).toBe('IMPORT_TOO_MANY');
      expect(await count()).toBe(before);
      const ok = await multipart(clerk, URL, [
        { name: '正好.xlsx', bytes: await workbook(MAX_IMPORT_ROWS, full) },
      ]);
      expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(201);
      expect(ok.body.imported).toBe(MAX_IMPORT_ROWS);
      expect(await count()).toBe(before + MAX_IMPORT_ROWS);

      // a date typed into Excel is a number with a date format: read through the styles
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('矛盾纠纷');
      ws.addRow(HEADER);
      ws.addRow(full(0).map((v, i) => (i === 2 ? new Date(Date.UTC(2026, 0, 7)) : v)));
      ws.getCell('C2').numFmt = 'yyyy-mm-dd';
      const typed = await multipart(clerk, URL, [
        { name: '日期.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) },
      ]);
      expect(typed.status).toBe(201);
      const rec = await clerk.get(`/api/ledgers/disputes/dispute/${typed.body.ids[0]}`);
      expect(rec.body.fields.acceptedOn).toBe('2026-01-07');
    }, 120_000);
  });
}
