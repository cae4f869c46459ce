// Ingest: bytes of a file → SourceDoc. The format is sniffed from the bytes, the size and the
// time spent are bounded, and every failure is a CheckerInputError with a Chinese message that
// names the file.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CheckerInputError, inputErrors } from '../errors.ts';
import type { SourceDoc } from '../types.ts';
import { DEFAULT_ZIP_LIMITS, readDocx, type ZipLimits } from './docx.ts';
import { decodeHtml, parseHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { SUPPORTED_EXTENSIONS, sniff } from './sniff.ts';
import { decodeText } from './text.ts';

export interface IngestOptions {
  /** Largest file accepted, bytes (default 20 MB). */
  maxBytes?: number;
  /** Time limit per file, milliseconds (default 20 s). */
  timeoutMs?: number;
  /** DOCX archive limits. */
  zip?: Partial<ZipLimits>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;

export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<SourceDoc> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw inputErrors.unsupported(path, '目录');
    size = s.size;
  } catch (e) {
    if (e instanceof CheckerInputError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw inputErrors.notFound(path);
    throw inputErrors.unreadable(path, (e as NodeJS.ErrnoException).code ?? '未知原因');
  }
  // refuse before reading: a 2 GB file must not be loaded to learn it is too big
  if (size > maxBytes) throw inputErrors.tooLarge(path, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw inputErrors.unreadable(path, (e as NodeJS.ErrnoException).code ?? '未知原因');
  }
  return ingestBuffer(path, bytes, opts);
}

export async function ingestBuffer(
  name: string,
  bytes: Uint8Array,
  opts: IngestOptions = {},
): Promise<SourceDoc> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (bytes.length > maxBytes) throw inputErrors.tooLarge(name, bytes.length, maxBytes);
  if (bytes.length === 0) throw inputErrors.empty(name);
  const sniffed = sniff(name, bytes);
  if ('unsupported' in sniffed) throw inputErrors.unsupported(name, sniffed.unsupported);

  let cancel = () => {};
  const work = (async (): Promise<SourceDoc> => {
    // parsers below run in long microtask chains; start them after the time limit's timer is set
    await new Promise((resolve) => setImmediate(resolve));
    switch (sniffed.format) {
      case 'pdf': {
        const task = readPdf(name, bytes);
        cancel = task.cancel;
        const pdf = await task.promise;
        return { file: name, format: 'pdf', text: pdf.text, meta: {} };
      }
      case 'docx': {
        const docx = await readDocx(name, bytes, { ...DEFAULT_ZIP_LIMITS, ...opts.zip });
        const doc: SourceDoc = { file: name, format: 'docx', text: docx.text, meta: {} };
        if (Object.keys(docx.headingLevels).length) doc.headingLevels = docx.headingLevels;
        if (docx.title) doc.title = docx.title;
        return doc;
      }
      case 'html': {
        const { text: html, encoding } = decodeHtml(bytes);
        const page = parseHtml(html);
        const doc: SourceDoc = { file: name, format: 'html', text: page.text, meta: page.meta, encoding };
        if (page.title) doc.title = page.title;
        return doc;
      }
      case 'md':
        return markdownDoc(name, bytes);
      default: {
        const { text, encoding } = decodeText(bytes);
        return { file: name, format: 'txt', text, meta: {}, encoding };
      }
    }
  })();
  const doc = await withTimeout(work, timeoutMs, () => {
    cancel();
    return inputErrors.timeout(name, timeoutMs);
  });
  if (!doc.text.replace(/[\s\u3000\ufeff]/g, '')) throw inputErrors.empty(name);
  return doc;
}

function markdownDoc(name: string, bytes: Uint8Array): SourceDoc {
  const { text, encoding } = decodeText(bytes);
  const headingLevels: Record<number, number> = {};
  let title: string | undefined;
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const m = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) return;
    if (m[1].length === 1 && title === undefined) title = m[2].replace(/\*\*/g, '');
    else headingLevels[i + 1] = Math.min(m[1].length - 1 || 1, 4);
  });
  const doc: SourceDoc = { file: name, format: 'md', text, meta: {}, encoding };
  if (Object.keys(headingLevels).length) doc.headingLevels = headingLevels;
  if (title) doc.title = title;
  return doc;
}

/** Runs `work` under a time limit; on expiry `onTimeout` stops it and supplies the error. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Expands directories (recursively) into the supported files they hold, sorted by path. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // missing files are reported by ingestFile with their name
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string) => {
      const entries = await readdir(dir, { withFileTypes: true });
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) await walk(full);
        else if (SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) found.push(full);
      }
    };
    await walk(p);
    out.push(...found.sort());
  }
  return out;
}

export { SUPPORTED_EXTENSIONS };
