// What a file really is, from its bytes; the extension only breaks ties between text formats.
import { extname } from 'node:path';
import type { SourceFormat } from '../types.ts';
import { looksBinary } from './text.ts';

export type Sniffed = { format: SourceFormat } | { unsupported: string };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

const BINARY_KINDS: Array<[number[], string, number?]> = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '旧版 Office 文档（.doc/.xls/.wps），请另存为 .docx'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x42, 0x4d], 'BMP 图片'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档，请另存为 .docx'],
  [[0x7f, 0x45, 0x4c, 0x46], '可执行程序'],
  [[0x4d, 0x5a], '可执行程序'],
];

export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.shtml',
  '.docx',
  '.pdf',
  '.md',
  '.markdown',
];

export function sniff(name: string, bytes: Uint8Array): Sniffed {
  const ext = extname(name).toLowerCase();
  // %PDF may follow a few bytes of junk
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // a ZIP: the DOCX check (word/document.xml) happens when it is opened
    return ext === '.xlsx' || ext === '.pptx' || ext === '.zip'
      ? { unsupported: ext === '.zip' ? 'ZIP 压缩包' : 'Excel/PowerPoint 文件' }
      : { format: 'docx' };
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { unsupported: 'WEBP 图片' };
  }
  for (const [sig, what] of BINARY_KINDS) if (startsWith(bytes, sig)) return { unsupported: what };
  if (looksBinary(bytes)) return { unsupported: '二进制文件' };
  const text = Buffer.from(bytes.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  if (/^(?:<!doctype html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<html)/.test(text))
    return { format: 'html' };
  if (ext === '.html' || ext === '.htm' || ext === '.shtml') {
    return /<(?:p|div|br|table|span)\b/.test(text) ? { format: 'html' } : { format: 'txt' };
  }
  if (ext === '.md' || ext === '.markdown') return { format: 'md' };
  return { format: 'txt' };
}
