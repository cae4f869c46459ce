// The backup archive of `fazhi backup` and `fazhi restore`: one .tar.gz holding the database (an
// SQLite snapshot or a pg_dump), the attachment files, the audit checkpoints and the deployment key
// sealed with the operator's passphrase; `manifest.json`, written last, lists every entry with its
// size and SHA-256, so a restore refuses an archive that is cut short, altered or mixed with another.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scryptSync,
  timingSafeEqual,
} from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { CliError } from './context.ts';

export const MANIFEST = 'manifest.json';
export const SQLITE_ENTRY = 'fazhi.sqlite';
export const PG_ENTRY = 'postgres.dump';
export const KEYS_ENTRY = 'keys.enc';
export const MIN_PASSPHRASE = 12;

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 'fazhi-backup';
  version: 1;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** The key sealed in keys.enc; false when FAZHI_SECRET holds it (kept apart by the operator). */
  key: boolean;
  auditEvents: number;
  entries: ManifestEntry[];
}

/** What an archive may hold: nothing outside these names is extracted. */
export function allowedEntry(path: string): boolean {
  if (path.includes('\\') || path.startsWith('/') || path.split('/').some((p) => p === '..' || p === ''))
    return false;
  return (
    [MANIFEST, SQLITE_ENTRY, PG_ENTRY, KEYS_ENTRY, 'audit-checkpoints.log'].includes(path) ||
    /^files\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(path)
  );
}

// ── the key, sealed with the passphrase (scrypt, then SM4-CBC and HMAC-SM3, encrypt-then-MAC) ──

const SEAL = 'fazhi-seal-v1';

function sealKeys(passphrase: string, salt: Buffer) {
  const k = scryptSync(passphrase.normalize('NFC'), salt, 48, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  return { enc: k.subarray(0, 16), mac: k.subarray(16) };
}

export function seal(plain: Buffer, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const k = sealKeys(passphrase, salt);
  const c = createCipheriv('sm4-cbc', k.enc, iv);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  const mac = createHmac('sm3', k.mac).update(SEAL).update(salt).update(iv).update(ct).digest();
  return Buffer.from(
    JSON.stringify({
      v: SEAL,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      ct: ct.toString('base64'),
      mac: mac.toString('base64'),
    }),
  );
}

/** The sealed bytes, or a CliError when the passphrase is wrong or the file altered. */
export function unseal(sealed: Buffer, passphrase: string): Buffer {
  let s: { v: string; salt: string; iv: string; ct: string; mac: string };
  try {
    s = JSON.parse(sealed.toString('utf8'));
  } catch {
    throw new CliError('备份中的密钥文件已损坏，未恢复任何内容');
  }
  const salt = Buffer.from(s.salt, 'base64');
  const iv = Buffer.from(s.iv, 'base64');
  const ct = Buffer.from(s.ct, 'base64');
  const k = sealKeys(passphrase, salt);
  const expected = createHmac('sm3', k.mac).update(SEAL).update(salt).update(iv).update(ct).digest();
  const given = Buffer.from(s.mac, 'base64');
  if (s.v !== SEAL || given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new CliError('备份口令不正确（或密钥文件被修改），未恢复任何内容');
  const d = createDecipheriv('sm4-cbc', k.enc, iv);
  return Buffer.concat([d.update(ct), d.final()]);
}

// ── writing ──────────────────────────────────────────────────────────────────────────────────

/** Every regular file under `dir`, as archive paths under `prefix` (POSIX separators). */
export function filesUnder(dir: string, prefix: string): Array<{ path: string; file: string }> {
  const out: Array<{ path: string; file: string }> = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const file = join(d, name);
      const st = statSync(file);
      if (st.isDirectory()) walk(file);
      else if (st.isFile())
        out.push({ path: posix.join(prefix, relative(dir, file).split(sep).join('/')), file });
    }
  };
  walk(dir);
  return out;
}

async function sha256Of(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}

/**
 * Writes the archive: each source (a file on disk or bytes) in order, then the manifest. Files are
 * streamed, never held in memory.
 */
export async function writeArchive(
  target: string,
  sources: Array<{ path: string; file?: string; bytes?: Buffer }>,
  manifest: Omit<Manifest, 'entries'>,
): Promise<Manifest> {
  mkdirSync(dirname(target), { recursive: true });
  const pack = tar.pack();
  const done = pipeline(pack, createGzip(), createWriteStream(target, { mode: 0o600 }));
  const entries: ManifestEntry[] = [];
  for (const s of sources) {
    if (s.bytes) {
      await new Promise<void>((res, rej) =>
        pack.entry({ name: s.path, mode: 0o600 }, s.bytes as Buffer, (e) => (e ? rej(e) : res())),
      );
      entries.push({
        path: s.path,
        size: s.bytes.length,
        sha256: createHash('sha256').update(s.bytes).digest('hex'),
      });
      continue;
    }
    const file = s.file as string;
    const size = statSync(file).size;
    const sha256 = await sha256Of(file);
    await new Promise<void>((res, rej) => {
      const entry = pack.entry({ name: s.path, size, mode: 0o600 }, (e) => (e ? rej(e) : res()));
      pipeline(createReadStream(file), entry).catch(rej);
    });
    entries.push({ path: s.path, size, sha256 });
  }
  const full: Manifest = { ...manifest, entries };
  const bytes = Buffer.from(JSON.stringify(full, null, 2));
  await new Promise<void>((res, rej) =>
    pack.entry({ name: MANIFEST, mode: 0o600 }, bytes, (e) => (e ? rej(e) : res())),
  );
  pack.finalize();
  await done;
  return full;
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────

/**
 * Extracts the archive into `dir` (which must be empty), hashing as it goes, and checks the result
 * against the manifest: every listed entry present with its size and hash, nothing else. Throws a
 * CliError in Chinese on any fault; the caller discards `dir` then.
 */
export async function extractArchive(archive: string, dir: string): Promise<Manifest> {
  const seen = new Map<string, ManifestEntry>();
  let manifestBytes: Buffer | null = null;
  const extract = tar.extract();
  const reading = pipeline(createReadStream(archive), createGunzip(), extract);
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (
        entry.header.type !== 'file' ||
        !allowedEntry(name) ||
        seen.has(name) ||
        (name === MANIFEST && manifestBytes)
      ) {
        entry.resume();
        throw new CliError(`备份文件中有不应出现的内容“${name}”，未恢复任何内容`);
      }
      if (name === MANIFEST) {
        const chunks: Buffer[] = [];
        for await (const c of entry) chunks.push(c as Buffer);
        manifestBytes = Buffer.concat(chunks);
        continue;
      }
      const file = join(dir, ...name.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      const h = createHash('sha256');
      let size = 0;
      await pipeline(
        entry,
        async function* (source: AsyncIterable<unknown>) {
          for await (const chunk of source) {
            const c = chunk as Buffer;
            h.update(c);
            size += c.length;
            yield c;
          }
        },
        createWriteStream(file, { mode: 0o600 }),
      );
      seen.set(name, { path: name, size, sha256: h.digest('hex') });
    }
    await reading;
  } catch (e) {
    reading.catch(() => {});
    if (e instanceof CliError) throw e;
    throw new CliError(`备份文件已损坏或不完整（${(e as Error).message}），未恢复任何内容`);
  }
  if (!manifestBytes)
    throw new CliError('备份文件不完整：缺少清单 manifest.json（可能在写入时中断），未恢复任何内容');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  } catch {
    throw new CliError('备份清单 manifest.json 已损坏，未恢复任何内容');
  }
  if (manifest.format !== 'fazhi-backup' || manifest.version !== 1 || !Array.isArray(manifest.entries))
    throw new CliError('不是 Fazhi 备份文件（清单格式不符），未恢复任何内容');
  for (const e of manifest.entries) {
    const got = seen.get(e.path);
    if (!got) throw new CliError(`备份文件不完整：缺少“${e.path}”，未恢复任何内容`);
    if (got.size !== e.size || got.sha256 !== e.sha256)
      throw new CliError(`备份文件中“${e.path}”与清单不符（已损坏或被修改），未恢复任何内容`);
    seen.delete(e.path);
  }
  const extra = [...seen.keys()];
  if (extra.length > 0) throw new CliError(`备份文件中有清单以外的内容“${extra[0]}”，未恢复任何内容`);
  return manifest;
}
