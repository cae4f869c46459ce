// PDF through LibreOffice: the DOCX is converted headless in a temporary directory, with the
// fontconfig aliases of fonts.conf (仿宋/小标宋/宋体 → serif CJK, 黑体 → sans, 楷体 → kai) set for the
// child process only. Without soffice/libreoffice on PATH there is no PDF: a clear Chinese message.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONTCONFIG_FILE = fileURLToPath(new URL('./fonts.conf', import.meta.url));

export const PDF_UNAVAILABLE =
  '未找到 LibreOffice（soffice 或 libreoffice 命令），无法生成 PDF，只导出 DOCX。' +
  '如需 PDF，请安装：apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk';

export class PdfUnavailableError extends Error {
  constructor() {
    super(PDF_UNAVAILABLE);
    this.name = 'PdfUnavailableError';
  }
}

export class PdfConversionError extends Error {
  constructor(detail: string) {
    super(`LibreOffice 转换 PDF 失败：${detail}`);
    this.name = 'PdfConversionError';
  }
}

/** The LibreOffice command on PATH (soffice, then libreoffice), or null. */
export function findSoffice(path = process.env.PATH ?? ''): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of path.split(delimiter)) {
      if (!dir) continue;
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export class PdfBusyError extends Error {
  constructor() {
    super('PDF 转换任务较多，请稍后再试，或先导出 DOCX。');
    this.name = 'PdfBusyError';
  }
}

/**
 * LibreOffice takes seconds and a few hundred MB per conversion: at most `maxRunning` run at once
 * in this process (FAZHI_PDF_CONVERSIONS, default 2), at most MAX_WAITING wait for a turn, and
 * further requests are refused (PdfBusyError) rather than piling up processes. The limit is the
 * host's memory and cores, so it is per process: with several app processes on one host, each gets
 * its share (docs/deploy.md).
 */
let maxRunning = 2;
const MAX_WAITING = 8;
let running = 0;

/** Sets this process's number of conversions at once (from the configuration, at start). */
export function setPdfConversions(n: number): void {
  maxRunning = Math.max(1, Math.floor(n));
}
const waiting: Array<() => void> = [];

async function turn(): Promise<() => void> {
  if (running >= maxRunning) {
    if (waiting.length >= MAX_WAITING) throw new PdfBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  // a waiter is handed the slot of the conversion that finished, so `running` stays counted
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/** Converts DOCX bytes to PDF bytes; throws PdfUnavailableError without LibreOffice. */
export async function docxToPdf(
  docx: Buffer,
  opts: { timeoutMs?: number; soffice?: string } = {},
): Promise<Buffer> {
  const soffice = opts.soffice ?? findSoffice();
  if (!soffice) throw new PdfUnavailableError();
  const release = await turn();
  try {
    return await convert(soffice, docx, opts.timeoutMs);
  } finally {
    release();
  }
}

async function convert(soffice: string, docx: Buffer, timeoutMs: number | undefined): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'fazhi-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          '--headless',
          '--norestore',
          '--nologo',
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--convert-to',
          'pdf:writer_pdf_Export',
          '--outdir',
          dir,
          input,
        ],
        {
          timeout: timeoutMs ?? 120_000,
          env: { ...process.env, FONTCONFIG_FILE, HOME: dir },
        },
        (error, _stdout, stderr) => {
          if (error)
            reject(
              new PdfConversionError(
                String(stderr || error.message)
                  .trim()
                  .slice(0, 300),
              ),
            );
          else resolve();
        },
      );
    });
    const output = join(dir, 'report.pdf');
    if (!existsSync(output)) throw new PdfConversionError('未生成 PDF 文件');
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
