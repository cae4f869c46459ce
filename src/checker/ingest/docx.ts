// Word documents. The ZIP directory is checked before anything is inflated (a DOCX is a ZIP:
// a small file can expand to gigabytes), then mammoth turns the document into HTML with the
// heading styles kept, and the HTML into lines.
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { inputErrors } from '../errors.ts';
import { htmlToLines } from './html-text.ts';

export interface ZipLimits {
  /** Total uncompressed bytes allowed. */
  maxUncompressedBytes: number;
  /** Largest compression ratio allowed for an entry bigger than 1 MB. */
  maxRatio: number;
  maxEntries: number;
  /**
   * Longest text accepted, in characters, estimated while the document part is inflated, before
   * anything is parsed (parsing 150 MB of text takes minutes and gigabytes to learn it is too long).
   */
  maxTextChars?: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 5000,
};

interface SizedEntry {
  dir: boolean;
  name: string;
  _data?: { compressedSize?: number; uncompressedSize?: number };
}

/** Opens the ZIP and rejects archive bombs from the sizes its directory declares. */
export async function openDocxZip(file: string, bytes: Uint8Array, limits: ZipLimits): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw inputErrors.corrupt(file, ' Word 文档（.docx）');
  }
  const entries = Object.values(zip.files) as unknown as SizedEntry[];
  if (entries.length > limits.maxEntries) throw inputErrors.bomb(file, `包含 ${entries.length} 个条目`);
  let total = 0;
  for (const e of entries) {
    if (e.dir) continue;
    const size = e._data?.uncompressedSize ?? 0;
    const packed = Math.max(1, e._data?.compressedSize ?? 0);
    total += size;
    if (size > 1024 * 1024 && size / packed > limits.maxRatio) {
      throw inputErrors.bomb(file, `条目 ${e.name} 压缩比 ${Math.round(size / packed)}:1`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw inputErrors.bomb(file, `解压后共 ${Math.round(total / 1024 / 1024)} MB`);
  }
  if (!zip.file('word/document.xml')) throw inputErrors.corrupt(file, ' Word 文档（.docx）');
  // the directory can lie: inflate the XML parts mammoth reads, counting what really comes out
  let inflated = 0;
  for (const e of entries) {
    if (e.dir || !/\.(?:xml|rels)$/i.test(e.name)) continue;
    const text = e.name === 'word/document.xml' ? limits.maxTextChars : undefined;
    inflated += await inflatedSize(zip, e.name, limits.maxUncompressedBytes - inflated, file, text);
  }
  return zip;
}

interface ZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', cb: (e: Error) => void): ZipStream;
  on(event: 'end', cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * Counts the characters outside markup in a stream of XML bytes: UTF-8 lead bytes between a '>'
 * and the next '<'. Entities count as several characters, so it estimates from above.
 */
function textCounter() {
  let inTag = false;
  let chars = 0;
  return {
    add(chunk: Uint8Array) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x3c) inTag = true;
        else if (b === 0x3e) inTag = false;
        else if (!inTag && (b & 0xc0) !== 0x80) chars++;
      }
      return chars;
    },
  };
}

function inflatedSize(
  zip: JSZip,
  name: string,
  budget: number,
  file: string,
  maxTextChars?: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const counter = maxTextChars === undefined ? null : textCounter();
    const entry = zip.file(name);
    if (!entry) return resolve(0);
    // internalStream is JSZip's public streaming API, missing from its type declarations
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        n += chunk.length;
        if (n > budget) {
          stream.pause();
          reject(inputErrors.bomb(file, `条目 ${name} 解压后超过上限`));
          return;
        }
        const chars = counter?.add(chunk) ?? 0;
        if (maxTextChars !== undefined && chars > maxTextChars) {
          stream.pause();
          reject(inputErrors.tooMuchText(file, maxTextChars));
        }
      })
      .on('error', () => reject(inputErrors.corrupt(file, ' Word 文档（.docx）')))
      .on('end', () => resolve(n))
      .resume();
  });
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='heading 4'] => h4:fresh",
];

export interface DocxDoc {
  text: string;
  title?: string;
  headingLevels: Record<number, number>;
}

export async function readDocx(file: string, bytes: Uint8Array, limits: ZipLimits): Promise<DocxDoc> {
  await openDocxZip(file, bytes, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        includeDefaultStyleMap: true,
        // images are not inflated at all: a report's text is what we check
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw inputErrors.corrupt(file, ' Word 文档（.docx）');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { lines, headingLevels, titleLines } = htmlToLines(document.body as never);
  const levels: Record<number, number> = {};
  for (const [i, level] of headingLevels) if (!titleLines.includes(i)) levels[i + 1] = Math.min(level, 4);
  const out: DocxDoc = { text: lines.join('\n'), headingLevels: levels };
  if (titleLines.length) out.title = titleLines.map((i) => lines[i]).join('');
  return out;
}
