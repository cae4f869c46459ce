// The `s3` blob store against a real S3-compatible server (s3rver, the S3 API written in Node, on an
// ephemeral port), on each dialect: multi-MB round trip, a file stored once, null for what is not
// stored, clear errors, the store of before read as fallback. s3rver checks the access key but not
// Signature Version 4 signatures, so the signer is checked against AWS's published examples.
import { randomBytes } from 'node:crypto';
import dns from 'node:dns';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { shaOfStream as read, sha256Of as sha, tmpFile } from '../../../test/files.ts';
import { type S3Server, startS3 } from '../../../test/s3.ts';
import { loadConfig } from '../config.ts';
import { blobStoreFor, databaseBlobStore, fileBlobStore } from './blob-store.ts';
import { objectUrl, parseS3Url, type S3Location, s3BlobStore, s3Key, signV4 } from './blob-store-s3.ts';

const BUCKET = 'fazhi-files';
let s3: S3Server;
let s3Dir: string;
let port: number;
let loc: S3Location;

/** Where s3rver keeps an object's bytes. */
const objectFile = (h: string) => join(s3Dir, BUCKET, `${s3Key(loc, h)}._S3rver_object`);

beforeAll(async () => {
  // `<bucket>.s3.localtest` is a virtual-hosted request for <bucket> (resolved below, in a test)
  s3 = await startS3(BUCKET, { serviceEndpoint: 'localtest' });
  ({ port, dir: s3Dir } = s3);
  loc = parseS3Url(`http://S3RVER:S3RVER@127.0.0.1:${port}/${BUCKET}/fazhi/att?region=cn-north-4`);
});

afterAll(async () => {
  await s3.close();
});

describeEachDialect('s3 blob store', (ctx, dialect) => {
  it('streams a multi-MB file up and back byte for byte, into the bucket and not the data dir', async () => {
    const { db, dataDir } = ctx();
    const store = s3BlobStore(loc);
    const bytes = randomBytes(5 * 1024 * 1024 + 4321);
    const h = sha(bytes);
    const tmp = tmpFile(bytes);
    await store.put(db.k, h, tmp);
    expect(existsSync(tmp)).toBe(false);
    expect(s3Key(loc, h)).toBe(`fazhi/att/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`);
    expect(sha(readFileSync(objectFile(h)))).toBe(h);
    expect(existsSync(join(dataDir, 'files'))).toBe(false);
    expect(await read(await store.open(db.k, h))).toBe(h);
  });

  it('stores a file once: the second put finds it (HEAD) and only removes its temp file', async () => {
    const { db } = ctx();
    const store = s3BlobStore(loc);
    const bytes = Buffer.from(`同一份文件 ${dialect}`);
    const h = sha(bytes);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await store.put(db.k, h, tmpFile(bytes));
      const second = tmpFile(bytes);
      await store.put(db.k, h, second);
      expect(existsSync(second)).toBe(false);
      const methods = fetchSpy.mock.calls.map(([, init]) => init?.method);
      expect(methods).toEqual(['HEAD', 'PUT', 'HEAD']);
    } finally {
      fetchSpy.mockRestore();
    }
    expect(await read(await store.open(db.k, h))).toBe(h);
  });

  it('answers null for what is not stored and refuses what is not a SHA-256', async () => {
    const { db } = ctx();
    const store = s3BlobStore(loc);
    expect(await store.open(db.k, sha(Buffer.from('从未上传')))).toBeNull();
    await expect(store.open(db.k, '../../etc/passwd')).rejects.toThrow(/SHA-256/);
    const tmp = tmpFile(Buffer.from('x'));
    await expect(store.put(db.k, 'ABC', tmp)).rejects.toThrow(/SHA-256/);
    expect(existsSync(tmp)).toBe(false);
  });

  it('says in Chinese what the server refused or that it cannot be reached, without the secret', async () => {
    const { db } = ctx();
    const h = sha(Buffer.from('拒绝'));
    const unknownKey = s3BlobStore({ ...loc, accessKeyId: 'NO-SUCH-KEY', secretAccessKey: 'top-secret-key' });
    const e1 = await unknownKey.open(db.k, h).catch((e: Error) => e);
    expect(e1).toMatchObject({ name: 'S3StoreError', status: 403, s3Code: 'InvalidAccessKeyId' });
    expect((e1 as Error).message).toMatch(/对象存储拒绝了请求.*403 InvalidAccessKeyId.*FAZHI_S3_URL/);
    expect((e1 as Error).message).not.toMatch(/top-secret-key/);
    const tmp = tmpFile(Buffer.from('拒绝'));
    await expect(s3BlobStore({ ...loc, bucket: 'no-such-bucket' }).put(db.k, h, tmp)).rejects.toMatchObject({
      status: 404,
      s3Code: 'NoSuchBucket',
      message: expect.stringMatching(/对象存储拒绝了请求：PUT \/no-such-bucket\//),
    });
    expect(existsSync(tmp)).toBe(false);
    const free = createServer();
    await new Promise<void>((done) => free.listen(0, '127.0.0.1', done));
    const { port: gone } = free.address() as AddressInfo;
    await new Promise((done) => free.close(done));
    const closed = s3BlobStore({ ...loc, endpoint: `http://127.0.0.1:${gone}` });
    await expect(closed.open(db.k, h)).rejects.toThrow(
      `无法连接对象存储 http://127.0.0.1:${gone}（ECONNREFUSED）：请检查 FAZHI_S3_URL 和网络`,
    );
  });

  it('addresses the bucket as a host name with style=virtual', async () => {
    const { db } = ctx();
    const virtual = parseS3Url(`http://S3RVER:S3RVER@s3.localtest:${port}/${BUCKET}/fazhi/att?style=virtual`);
    const bytes = Buffer.from(`虚拟主机方式 ${dialect}`);
    const h = sha(bytes);
    expect(objectUrl(virtual, h).href).toBe(`http://${BUCKET}.s3.localtest:${port}/${s3Key(loc, h)}`);
    const lookup = dns.lookup;
    // *.localtest → this machine, for fetch's connection only
    const local = ((host: string, opts: unknown, cb?: (...a: unknown[]) => void) => {
      const done = (typeof opts === 'function' ? opts : cb) as (...a: unknown[]) => void;
      if (!host.endsWith('.localtest')) return (lookup as (...a: unknown[]) => void)(host, opts, cb);
      const all = typeof opts === 'object' && (opts as { all?: boolean }).all;
      return all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4);
    }) as typeof dns.lookup;
    dns.lookup = local;
    try {
      const store = s3BlobStore(virtual);
      await store.put(db.k, h, tmpFile(bytes));
      expect(sha(readFileSync(objectFile(h)))).toBe(h);
      expect(await read(await store.open(db.k, h))).toBe(h);
      expect(await store.open(db.k, sha(Buffer.from('无')))).toBeNull();
    } finally {
      dns.lookup = lookup;
    }
  });

  it('is the store of an installation with a bucket, and reads files of before from the old store', async () => {
    const { db, dataDir } = ctx();
    const store = blobStoreFor(db.k, dataDir, loc);
    expect(store.kind).toBe('s3');
    expect(blobStoreFor(db.k, dataDir).kind).toBe(dialect === 'postgres' ? 'database' : 'files');
    const old = Buffer.from(`迁移前的文件 ${dialect}`);
    const h = sha(old);
    const before = dialect === 'postgres' ? databaseBlobStore(dataDir) : fileBlobStore(dataDir);
    await before.put(db.k, h, tmpFile(old));
    expect(await read(await store.open(db.k, h))).toBe(h);
    expect(existsSync(objectFile(h))).toBe(false);
    // files on disk from before PostgreSQL are read too (through the database store's own fallback)
    const older = Buffer.from(`更早的文件 ${dialect}`);
    await fileBlobStore(dataDir).put(db.k, sha(older), tmpFile(older));
    expect(await read(await store.open(db.k, sha(older)))).toBe(sha(older));
    expect(await s3BlobStore(loc).open(db.k, sha(older))).toBeNull();
  });
});

describe('Signature Version 4', () => {
  const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

  it('signs the IAM ListUsers example of the AWS General Reference', () => {
    const h = signV4({
      method: 'GET',
      url: new URL('https://iam.amazonaws.com/?Version=2010-05-08&Action=ListUsers'),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
      payloadHash: EMPTY,
      region: 'us-east-1',
      service: 'iam',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      now: new Date('2015-08-30T12:36:00Z'),
    });
    expect(h['x-amz-date']).toBe('20150830T123600Z');
    expect(h.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
        'SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });

  it('signs the S3 GET Object example of the S3 API reference, and a wrong secret signs otherwise', () => {
    const input = {
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY },
      payloadHash: EMPTY,
      region: 'us-east-1',
      service: 's3',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      now: new Date('2013-05-24T00:00:00Z'),
    };
    const signature = (s: string) => /Signature=([0-9a-f]{64})$/.exec(s)?.[1];
    const h = signV4(input);
    expect(h.authorization).toMatch(/SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,/);
    expect(signature(h.authorization)).toBe(
      'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    const wrong = signV4({ ...input, secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEX' });
    expect(signature(wrong.authorization)).not.toBe(signature(h.authorization));
  });
});

describe('FAZHI_S3_URL', () => {
  it('reads keys, bucket, prefix and region, the keys URL-encoded', () => {
    expect(
      parseS3Url(
        'https://AK%2B1:s%2Fe+c@obs.cn-north-4.myhuaweicloud.com/fazhi-files/county/att?region=cn-north-4',
      ),
    ).toEqual({
      endpoint: 'https://obs.cn-north-4.myhuaweicloud.com',
      bucket: 'fazhi-files',
      prefix: 'county/att',
      region: 'cn-north-4',
      virtualHosted: false,
      accessKeyId: 'AK+1',
      secretAccessKey: 's/e+c',
    });
    expect(parseS3Url('http://minio:minio123@10.0.0.5:9000/fazhi/')).toMatchObject({
      endpoint: 'http://10.0.0.5:9000',
      prefix: '',
      region: 'us-east-1',
    });
  });

  it('is read by loadConfig, which stops at a value it cannot use', () => {
    const env = (v: string) => ({ FAZHI_S3_URL: v }) as NodeJS.ProcessEnv;
    expect(loadConfig(env('http://a:b@10.0.0.5:9000/fazhi')).s3).toMatchObject({ bucket: 'fazhi' });
    expect(loadConfig(env('')).s3).toBeUndefined();
    expect(loadConfig({} as NodeJS.ProcessEnv).s3).toBeUndefined();
    expect(() => loadConfig(env('https://h/fazhi'))).toThrow(
      /环境变量配置有误：\nFAZHI_S3_URL: .*缺少访问密钥ID或访问密钥；格式为 https:\/\/访问密钥ID:访问密钥@主机/,
    );
  });

  it('refuses an address it cannot use, saying why in Chinese', () => {
    const why = (u: string) => {
      try {
        parseS3Url(u);
        return '';
      } catch (e) {
        return (e as Error).message.split('；')[0];
      }
    };
    expect(why('obs.example.cn/fazhi')).toBe('不是有效的网址');
    expect(why('ftp://a:b@h/fazhi')).toBe('必须以 http:// 或 https:// 开头');
    expect(why('https://h/fazhi')).toBe('缺少访问密钥ID或访问密钥');
    expect(why('https://a:b@h/')).toBe('缺少桶名');
    expect(why('https://a:b@h/Fazhi_Files')).toMatch(/^桶名“Fazhi_Files”无效/);
    expect(why('https://a:b@h/fazhi/a%20b')).toMatch(/^前缀中的“a%20b”无效/);
    expect(why('https://a:b@h/fazhi?regoin=cn')).toBe('不认识的参数“regoin”（只有 region 和 style）');
    expect(why('https://a:b@h/fazhi?style=vhost')).toBe('style 只能是 path（默认）或 virtual，不能是“vhost”');
    expect(why('https://a:b@10.0.0.5:9000/fazhi?style=virtual')).toMatch(/^style=virtual .*不是 IP 地址$/);
    expect(why('https://a:b@h/fazhi?region=cn/north')).toBe('区域“cn/north”无效');
  });
});
