// A local S3-compatible server for tests (s3rver, the S3 API written in Node, on an ephemeral
// port): one bucket, its objects in a temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface S3Server {
  port: number;
  /** Where s3rver keeps the buckets (`<dir>/<bucket>/<key>._S3rver_object`). */
  dir: string;
  close(): Promise<void>;
}

/** Starts s3rver with `bucket`; `serviceEndpoint` makes `<bucket>.s3.<it>` virtual-hosted requests. */
export async function startS3(bucket: string, opts: { serviceEndpoint?: string } = {}): Promise<S3Server> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
    ...opts,
  });
  const { port } = await server.run();
  return {
    port,
    dir,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
