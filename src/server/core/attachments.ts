// Attachments: content-addressed files in the installation's blob store (blob-store.ts: local disk
// for SQLite, the database for PostgreSQL, an S3-compatible bucket when configured), the SHA-256 and SM3 of every file recorded (执法全过程记录 needs the hash of each evidence file), the
// type checked by content against an allow-list, never by the file name alone.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { Attachment } from '../db/types.ts';
import { AppError, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { type BlobStore, blobStoreFor } from './blob-store.ts';
import type { S3Location } from './blob-store-s3.ts';
import { FILE_KIND_LABELS, ATTACHMENT_MESSAGES as M } from './messages.ts';
import { findOrg } from './orgs.ts';
import { authorize, scopePaths } from './policy.ts';
import { zipNamesOfFile } from './zip.ts';

interface AllowedKind {
  /** What file-type may report for a genuine file of this extension ('text': no binary signature). */
  detected: readonly string[];
  mime: string;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
/**
 * The allow-list, by extension. OOXML files written by some office suites carry their parts in an
 * order file-type cannot classify, so a plain ZIP is accepted for them; OFD (GB/T 33190-2016, the
 * Chinese fixed-layout format) is a ZIP package.
 */
export const ALLOWED_KINDS: Record<string, AllowedKind> = {
  pdf: { detected: ['pdf'], mime: 'application/pdf' },
  ofd: { detected: ['zip'], mime: 'application/ofd' },
  docx: { detected: ['docx', 'zip'], mime: `${OOXML}.wordprocessingml.document` },
  xlsx: { detected: ['xlsx', 'zip'], mime: `${OOXML}.spreadsheetml.sheet` },
  pptx: { detected: ['pptx', 'zip'], mime: `${OOXML}.presentationml.presentation` },
  doc: { detected: ['cfb'], mime: 'application/msword' },
  xls: { detected: ['cfb'], mime: 'application/vnd.ms-excel' },
  jpg: { detected: ['jpg'], mime: 'image/jpeg' },
  jpeg: { detected: ['jpg'], mime: 'image/jpeg' },
  png: { detected: ['png'], mime: 'image/png' },
  gif: { detected: ['gif'], mime: 'image/gif' },
  webp: { detected: ['webp'], mime: 'image/webp' },
  mp4: { detected: ['mp4', 'm4v'], mime: 'video/mp4' },
  mp3: { detected: ['mp3'], mime: 'audio/mpeg' },
  wav: { detected: ['wav'], mime: 'audio/wav' },
  m4a: { detected: ['m4a', 'mp4'], mime: 'audio/mp4' },
  txt: { detected: ['text', 'xml'], mime: 'text/plain; charset=utf-8' },
};

const ALLOWED_LIST = 'PDF、OFD、Word、Excel、PowerPoint、JPG、PNG、GIF、WebP、MP4、MP3、WAV、M4A、TXT';

export interface StoreAttachmentInput {
  stream: Readable;
  filename: string;
  /** Organisation the file belongs to; the actor's own by default. */
  orgId?: number;
  dataDir: string;
  /** The installation's bucket (Config.s3), when it keeps attachments in one. */
  s3?: S3Location;
  maxBytes: number;
  /** Where the bytes go; the installation's store (`blobStoreFor`) by default. */
  store?: BlobStore;
}

export interface AttachmentView {
  id: number;
  sha256: string;
  sm3: string;
  size: number;
  mime: string;
  name: string;
  orgId: number;
}

function present(a: Attachment): AttachmentView {
  return { id: a.id, sha256: a.sha256, sm3: a.sm3, size: a.size, mime: a.mime, name: a.name, orgId: a.orgId };
}

export { blobPath } from './blob-store.ts';

/**
 * Control characters (C0 with NUL, DEL, C1) and the bidirectional controls that make a name read
 * differently from what it is (“报告\u202Excod.exe” shows as “报告exe.docx”).
 */
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The last path segment, without control or bidirectional characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(UNSAFE_NAME_CHARS, '').trim();
  const chars = [...base];
  return (chars.length > 200 ? chars.slice(chars.length - 200).join('') : base) || '未命名文件';
}

function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i + 1).toLowerCase() : '';
}

/** No NUL byte and almost no control characters in the first 64 KiB: text (UTF-8 or GB18030). */
async function looksLikeText(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let control = 0;
    for (let i = 0; i < bytesRead; i++) {
      const b = buf[i];
      if (b === 0) return false;
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    }
    return control <= bytesRead / 100;
  } finally {
    await fh.close();
  }
}

/**
 * The part each ZIP-based kind cannot be without. file-type reports a plain 'zip' for OOXML files
 * whose parts it cannot classify; such a ZIP passes as .docx/.xlsx/.pptx/.ofd only when it holds
 * that part (a ZIP of index.html is not a Word document).
 */
const ZIP_MAIN_PART: Record<string, RegExp> = {
  docx: /^word\/document\d*\.xml$/,
  xlsx: /^xl\/workbook\.xml$/,
  pptx: /^ppt\/presentation\.xml$/,
  ofd: /^OFD\.xml$/i,
};

async function sniff(file: string, ext: string): Promise<string> {
  const t = await fileTypeFromFile(file);
  if (t?.ext === 'zip' && ZIP_MAIN_PART[ext]) {
    const names = await zipNamesOfFile(file);
    const ooxml = ext === 'ofd' || names?.includes('[Content_Types].xml');
    if (!names || !ooxml || !names.some((n) => ZIP_MAIN_PART[ext].test(n))) return 'zip-other';
  }
  if (t) return t.ext;
  return (await looksLikeText(file)) ? 'text' : 'unknown';
}

function kindLabel(detected: string): string {
  if (detected === 'text') return FILE_KIND_LABELS.txt;
  if (detected === 'zip-other') return M.otherZip;
  return FILE_KIND_LABELS[detected] ?? `${detected.toUpperCase()} 文件`;
}

/**
 * Streams the upload to a temporary file while hashing and counting, checks size and type, hands
 * it to the blob store under its SHA-256 (a file already stored is kept once), and records the row and its
 * audit event in one transaction (the caller's, when given one).
 */
export async function storeAttachment(
  k: Kdb | Tx,
  actor: Actor,
  input: StoreAttachmentInput,
): Promise<AttachmentView> {
  const { stream } = input;
  const name = cleanFilename(input.filename);
  const ext = extensionOf(name);
  let tmp: string | null = null;
  try {
    const org = await findOrg(k, actor, input.orgId ?? actor.orgId);
    authorize(actor, 'attachment.upload', { orgPath: org.path });
    const kind = ALLOWED_KINDS[ext];
    if (!kind) throw new AppError('UNSUPPORTED_FILE_TYPE', 415, M.unsupported(ext, ALLOWED_LIST));

    const tmpDir = join(input.dataDir, 'files', 'tmp');
    await mkdir(tmpDir, { recursive: true });
    tmp = join(tmpDir, `${randomUUID()}.part`);
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > input.maxBytes) {
          done(new AppError('FILE_TOO_LARGE', 413, M.tooLarge((input.maxBytes / 1048576).toFixed(0))));
          return;
        }
        sha256.update(chunk);
        sm3.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(stream, meter, createWriteStream(tmp, { flags: 'wx' }));
    // @fastify/multipart ends the stream at its own limit and marks it truncated.
    if ((stream as Readable & { truncated?: boolean }).truncated) {
      throw new AppError('FILE_TOO_LARGE', 413, M.tooLarge((input.maxBytes / 1048576).toFixed(0)));
    }
    if (size === 0) throw new AppError('EMPTY_FILE', 400, M.empty);

    const detected = await sniff(tmp, ext);
    if (!kind.detected.includes(detected)) {
      throw new AppError('FILE_TYPE_MISMATCH', 415, M.mismatch(ext, kindLabel(detected)));
    }

    const sha = sha256.digest('hex');
    const store = input.store ?? blobStoreFor(k, input.dataDir, input.s3);
    const stored = tmp;
    tmp = null;
    await store.put(k, sha, stored);

    const values = {
      sha256: sha,
      sm3: sm3.digest('hex'),
      size,
      mime: kind.mime,
      name,
      orgId: org.id,
      createdBy: actor.system ? null : actor.userId,
      createdAt: new Date().toISOString(),
    };
    const write = async (tx: Tx) => {
      const row = await tx.insertInto('attachment').values(values).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, actor, {
        action: 'attachment.upload',
        orgId: org.id,
        entityType: 'attachment',
        entityId: row.id,
        after: { name, size, mime: kind.mime, sha256: sha, sm3: values.sm3 },
      });
      return present(row);
    };
    return k.isTransaction ? await write(k as Tx) : await k.transaction().execute(write);
  } catch (err) {
    // Leave the rest of a refused upload unread but drained, so the request can complete.
    if (!stream.readableEnded) stream.resume();
    throw err;
  } finally {
    if (tmp) await rm(tmp, { force: true });
  }
}

/**
 * Whether the actor may read an attachment: decided by what it belongs to (a ledger record, a
 * township's external report), outside core. Core knows only the row.
 */
export type AttachmentGate = (k: Kdb, actor: Actor, row: Attachment) => Promise<boolean>;

/**
 * An attachment the gate lets the actor read, with a stream of its bytes; 404 otherwise (as for an
 * attachment that does not exist, so ids are not probed). The organisation scope is checked first.
 */
export async function openAttachment(
  k: Kdb,
  actor: Actor,
  id: number,
  dataDir: string,
  gate: AttachmentGate,
  store: BlobStore = blobStoreFor(k, dataDir),
): Promise<{ row: AttachmentView; stream: Readable }> {
  authorize(actor, 'attachment.read');
  const row = await k
    .selectFrom('attachment')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => inOrgSubtree(eb, 'attachment.orgId', scopePaths(actor, 'business')))
    .executeTakeFirst();
  if (!row || !(await gate(k, actor, row))) throw notFound(M.what);
  const stream = await store.open(k, row.sha256);
  if (!stream) throw new AppError('FILE_MISSING', 500, M.missingFile);
  return { row: present(row), stream };
}
