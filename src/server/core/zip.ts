// A ZIP read from its central directory, for the uploads that are ZIP packages (XLSX imports, the
// OOXML attachments). Nothing is inflated to learn the sizes: the directory's declared sizes are
// checked first, and every entry opened afterwards is inflated as a stream that fails as soon as
// more comes out than the directory declared (a directory can lie).

import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused when opened. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  localOffset: number;
}

/** Why a buffer is not a ZIP this module reads (corrupt, ZIP64, encrypted, too many entries). */
export class ZipError extends Error {
  constructor(readonly reason: 'corrupt' | 'zip64' | 'encrypted' | 'entries' | 'method' | 'size') {
    super(`zip: ${reason}`);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries; throws ZipError when it cannot be read. */
export function zipEntries(buf: Buffer, maxEntries = 10_000): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('corrupt');
  let eocd = -1;
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipError('zip64');
  if (count > maxEntries) throw new ZipError('entries');
  if (cdOffset + cdSize > buf.length) throw new ZipError('corrupt');
  return centralDirectory(buf, cdOffset, count);
}

function centralDirectory(buf: Buffer, start: number, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = start;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('corrupt');
    const flags = buf.readUInt16LE(p + 8);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipError('zip64');
    }
    if (p + 46 + nameLen > buf.length) throw new ZipError('corrupt');
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      flags,
      compressedSize,
      size,
      localOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The names in a ZIP file's central directory, read from its end without loading the file; null
 * when it is not a ZIP this module reads.
 */
export async function zipNamesOfFile(
  path: string,
  maxDirectoryBytes = 8 * 1024 * 1024,
): Promise<string[] | null> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize > maxDirectoryBytes || cdOffset + cdSize > size) return null;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    return centralDirectory(cd, 0, count).map((e) => e.name);
  } catch {
    return null;
  } finally {
    await fh.close();
  }
}

/** The sum of the declared uncompressed sizes. */
export function declaredSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((n, e) => n + e.size, 0);
}

/**
 * One entry's bytes as a stream, inflated chunk by chunk. The stream errors with ZipError('size')
 * as soon as more bytes come out than the directory declared for the entry. With `text`, it emits
 * UTF-8 decoded strings (a character split between two chunks is kept whole).
 */
export function openZipEntry(
  buf: Buffer,
  e: ZipEntry,
  opts: { text?: boolean } = {},
): NodeJS.ReadableStream & Transform {
  if (e.flags & 0x1) throw new ZipError('encrypted');
  if (e.method !== 0 && e.method !== 8) throw new ZipError('method');
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError('corrupt');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError('corrupt');
  const data = buf.subarray(start, end);
  let out = 0;
  const decoder = opts.text ? new StringDecoder('utf8') : null;
  const guard = new Transform({
    readableObjectMode: Boolean(decoder),
    transform(chunk: Buffer, _enc, done) {
      out += chunk.length;
      if (out > e.size) return done(new ZipError('size'));
      if (!decoder) return done(null, chunk);
      const s = decoder.write(chunk);
      done(null, s === '' ? undefined : s);
    },
    flush(done) {
      const rest = decoder?.end() ?? '';
      done(null, rest === '' ? undefined : rest);
    },
  });
  if (e.method === 0) {
    guard.end(data);
    return guard;
  }
  const inflate = createInflateRaw();
  inflate.on('error', () => guard.destroy(new ZipError('corrupt')));
  inflate.pipe(guard);
  // fed in slices, so that inflating happens chunk by chunk as the reader asks for more
  const SLICE = 64 * 1024;
  let at = 0;
  const feed = () => {
    while (at < data.length) {
      const more = inflate.write(data.subarray(at, Math.min(data.length, at + SLICE)));
      at += SLICE;
      if (!more) {
        inflate.once('drain', feed);
        return;
      }
    }
    inflate.end();
  };
  feed();
  guard.on('close', () => inflate.destroy());
  return guard;
}

/** An entry's whole content, for small parts (at most `max` bytes). */
export async function readZipEntry(buf: Buffer, e: ZipEntry, max: number): Promise<Buffer> {
  if (e.size > max) throw new ZipError('size');
  const chunks: Buffer[] = [];
  for await (const c of openZipEntry(buf, e)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
