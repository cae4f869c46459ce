// The `s3` blob store: attachments in an S3-compatible bucket (华为云 OBS, 阿里云 OSS in its S3
// mode, MinIO, a government cloud's own service), configured by FAZHI_S3_URL. Objects are keyed
// `<prefix>/ab/cd/<sha256>`, addressed path-style by default (`<endpoint>/<bucket>/<key>`, which
// MinIO and OBS accept; `?style=virtual` for `<bucket>.<host>/<key>`, which 阿里云 OSS wants) and
// signed with AWS Signature Version 4, written here on node:crypto and fetch: three requests (HEAD,
// PUT, GET) do not need an SDK.
import { createHash, createHmac } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Kdb, Tx } from '../db/connect.ts';

/** Where the bucket is and how to sign for it (parsed from FAZHI_S3_URL by `parseS3Url`). */
export interface S3Location {
  /** `http(s)://host[:port]`, without a path. */
  endpoint: string;
  bucket: string;
  /** Key prefix without leading or trailing slash; '' for none. */
  prefix: string;
  region: string;
  /** `<bucket>.<host>/<key>` (`?style=virtual`) rather than `<host>/<bucket>/<key>`. */
  virtualHosted: boolean;
  accessKeyId: string;
  secretAccessKey: string;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const SEGMENT = /^[A-Za-z0-9._-]+$/;
const REGION = /^[A-Za-z0-9-]+$/;

/**
 * `https://ACCESS:SECRET@host[:port]/bucket[/prefix…][?region=cn-north-4][&style=virtual]` →
 * S3Location. The keys are URL-encoded in the address (a `/` in a secret key is written `%2F`);
 * the region is `us-east-1` when not given (MinIO's default). Throws an Error with a Chinese message.
 */
export function parseS3Url(text: string): S3Location {
  const fail = (why: string): never => {
    throw new Error(
      `${why}；格式为 https://访问密钥ID:访问密钥@主机[:端口]/桶名[/前缀]?region=区域[&style=virtual]（密钥中的 / + @ : 等字符须按网址规则编码，如 / 写作 %2F）`,
    );
  };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('不是有效的网址');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('必须以 http:// 或 https:// 开头');
  let accessKeyId = '';
  let secretAccessKey = '';
  try {
    accessKeyId = decodeURIComponent(url.username);
    secretAccessKey = decodeURIComponent(url.password);
  } catch {
    fail('访问密钥的网址编码有误');
  }
  if (!accessKeyId || !secretAccessKey) fail('缺少访问密钥ID或访问密钥');
  const [bucket = '', ...prefix] = url.pathname.split('/').filter(Boolean);
  if (!bucket) fail('缺少桶名');
  if (!BUCKET.test(bucket)) fail(`桶名“${bucket}”无效（3–63 个小写字母、数字、点或连字符）`);
  const bad = prefix.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) fail(`前缀中的“${bad}”无效（只可使用字母、数字、点、下划线和连字符，以 / 分隔）`);
  for (const key of url.searchParams.keys())
    if (key !== 'region' && key !== 'style') fail(`不认识的参数“${key}”（只有 region 和 style）`);
  const region = url.searchParams.get('region') || 'us-east-1';
  if (!REGION.test(region)) fail(`区域“${region}”无效`);
  const style = url.searchParams.get('style') || 'path';
  if (style !== 'path' && style !== 'virtual') fail(`style 只能是 path（默认）或 virtual，不能是“${style}”`);
  if (style === 'virtual' && isIP(url.hostname.replace(/^\[|\]$/g, '')))
    fail('style=virtual 把桶名加在主机名前，主机须是域名而不是 IP 地址');
  if (url.hash) fail('不应包含 #');
  return {
    endpoint: url.origin,
    bucket,
    prefix: prefix.join('/'),
    region,
    virtualHosted: style === 'virtual',
    accessKeyId,
    secretAccessKey,
  };
}

/** RFC 3986 encoding of one path segment or query component, as SigV4 wants it. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export interface SignInput {
  method: string;
  url: URL;
  /** Headers to sign besides `host` (names in any case); `x-amz-date` is added. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`. */
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  now: Date;
}

/**
 * AWS Signature Version 4 (`Authorization` header form): the headers to send, `authorization`,
 * `host` and `x-amz-date` included. The URL's path must already be encoded as it is sent (S3 does
 * not encode it a second time).
 */
export function signV4(i: SignInput): Record<string, string> {
  const amzDate = i.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { host: i.url.host, 'x-amz-date': amzDate };
  for (const [k, v] of Object.entries(i.headers)) headers[k.toLowerCase()] = v.trim().replace(/\s+/g, ' ');
  const names = Object.keys(headers).sort();
  const query = [...i.url.searchParams]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join('&');
  const canonical = [
    i.method,
    i.url.pathname || '/',
    query,
    ...names.map((n) => `${n}:${headers[n]}`),
    '',
    names.join(';'),
    i.payloadHash,
  ].join('\n');
  const scope = `${day}/${i.region}/${i.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  let key = hmac(`AWS4${i.secretAccessKey}`, day);
  for (const part of [i.region, i.service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
}

/** The object key of a file: `<prefix>/ab/cd/<sha256>`. */
export function s3Key(loc: S3Location, sha256: string): string {
  const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  return loc.prefix ? `${loc.prefix}/${key}` : key;
}

/** `<endpoint>/<bucket>/<key>`, or `<bucket>.<endpoint host>/<key>` when virtual-hosted. */
export function objectUrl(loc: S3Location, sha256: string): URL {
  const key = s3Key(loc, sha256).split('/').map(encode).join('/');
  if (!loc.virtualHosted) return new URL(`/${encode(loc.bucket)}/${key}`, loc.endpoint);
  const url = new URL(`/${key}`, loc.endpoint);
  url.hostname = `${loc.bucket}.${url.hostname}`;
  return url;
}

/** A request the bucket refused or could not be reached for; the message says which and why. */
export class S3StoreError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly s3Code?: string,
  ) {
    super(message);
    this.name = 'S3StoreError';
  }
}

async function refused(method: string, url: URL, res: Response): Promise<S3StoreError> {
  const body = method === 'HEAD' ? '' : await res.text().catch(() => '');
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  const detail = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  const what = [code, detail && `（${detail}）`].filter(Boolean).join('');
  const hint =
    res.status === 403 || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch'
      ? '请检查 FAZHI_S3_URL 中的访问密钥ID、访问密钥和区域'
      : '请检查对象存储服务和 FAZHI_S3_URL';
  return new S3StoreError(
    `对象存储拒绝了请求：${method} ${url.pathname} 返回 ${res.status}${what ? ` ${what}` : ''}。${hint}`,
    res.status,
    code,
  );
}

/**
 * The store's side of blob-store.ts's `BlobStore` (spelled out here, not imported: blob-store.ts
 * imports this module).
 */
export interface S3BlobStore {
  readonly kind: 's3';
  /** Whether the bucket holds the object (HEAD). */
  has(sha256: string): Promise<boolean>;
  put(k: Kdb | Tx, sha256: string, tmp: string): Promise<void>;
  open(k: Kdb | Tx, sha256: string): Promise<Readable | null>;
}

export interface S3StoreOptions {
  /** Read a file the bucket does not hold from here: the store used before the bucket. */
  fallback?: Pick<S3BlobStore, 'open'>;
  /** The signing clock (tests). */
  now?: () => Date;
}

/**
 * The `s3` store. The database handle of `put` and `open` is not used: an object written for a
 * transaction that then rolls back is harmless, since nothing refers to it and the same bytes
 * would be written under the same key again; two processes writing the same file at once write
 * identical bytes to one key.
 */
export function s3BlobStore(loc: S3Location, opts: S3StoreOptions = {}): S3BlobStore {
  const now = opts.now ?? (() => new Date());
  const request = async (
    method: 'HEAD' | 'GET' | 'PUT',
    sha256: string,
    extra: { headers?: Record<string, string>; payloadHash?: string; body?: Readable; length?: number } = {},
  ): Promise<Response> => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
    const url = objectUrl(loc, sha256);
    const payloadHash = extra.payloadHash ?? sha256Hex('');
    const headers = signV4({
      method,
      url,
      headers: { 'x-amz-content-sha256': payloadHash, ...extra.headers },
      payloadHash,
      region: loc.region,
      service: 's3',
      accessKeyId: loc.accessKeyId,
      secretAccessKey: loc.secretAccessKey,
      now: now(),
    });
    if (extra.length !== undefined) headers['content-length'] = String(extra.length);
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        ...(extra.body ? { body: Readable.toWeb(extra.body) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new S3StoreError(
        `无法连接对象存储 ${loc.endpoint}（${cause?.code ?? cause?.message ?? (e as Error).message}）：请检查 FAZHI_S3_URL 和网络`,
      );
    }
    if (res.ok || res.status === 404) return res;
    throw await refused(method, url, res);
  };

  return {
    kind: 's3',
    async has(sha256) {
      return (await request('HEAD', sha256)).ok;
    },
    async put(_k, sha256, tmp) {
      try {
        const head = await request('HEAD', sha256);
        if (head.status === 404) {
          const { size } = await stat(tmp);
          // the payload's own SHA-256: the server refuses bytes that changed on the way
          const res = await request('PUT', sha256, {
            headers: { 'content-type': 'application/octet-stream' },
            payloadHash: sha256,
            body: createReadStream(tmp),
            length: size,
          });
          // 404 on a PUT: no such bucket
          if (res.status === 404) throw await refused('PUT', objectUrl(loc, sha256), res);
          await res.body?.cancel();
        }
      } finally {
        await rm(tmp, { force: true });
      }
    },
    async open(k, sha256) {
      const res = await request('GET', sha256);
      if (res.status === 404 || !res.body) {
        await res.body?.cancel();
        return opts.fallback ? opts.fallback.open(k, sha256) : null;
      }
      return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    },
  };
}
