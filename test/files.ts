// Files through the API in tests: one file uploaded as a browser's form does it, and an XLSX the
// API answered read back as rows of text.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Client } from './app.ts';
import { multipart } from './security/probe.ts';

/** POSTs one file as the form field `file`. */
export function uploadFile(c: Client, url: string, name: string, bytes: Buffer) {
  return multipart(c, url, [{ name, bytes }]);
}

/** The first sheet's rows, each cell as text ('' when empty). */
export async function xlsxRows(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}

/** `bytes` written to a new temporary file, as an upload leaves them before a blob store takes them. */
export function tmpFile(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fazhi-blob-')), 'upload.part');
  writeFileSync(file, bytes);
  return file;
}

export const sha256Of = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The SHA-256 of what a stream yields (comparing megabytes with toEqual takes vitest seconds). */
export const shaOfStream = async (s: Readable | null) =>
  s ? sha256Of(Buffer.concat(await s.toArray())) : null;
