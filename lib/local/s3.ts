/**
 * The embedded object store: s3rver started in-process on a local folder, and an AWS SDK S3
 * client pointed at it. Shared by the local stack (lib/local/stack.ts), the benchmarks and the
 * tests, so there is one way to start it.
 */
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { hasDotSegment } from '../bucket-layout';

/** s3rver's own error type: thrown from its store, it becomes an S3 XML error with that code's status. */
const S3rverError = createRequire(import.meta.url)('s3rver/lib/models/error') as new (code: string, message: string, detail?: object) => Error;

/**
 * Make `server` refuse (400 InvalidArgument) any object key with a `.` or `..` segment: its store
 * joins keys into file paths, so `sessions/../../etc/hostname` would read or write outside the
 * data folder. Every object access (GET, PUT, COPY source and target, DELETE) resolves its file
 * through `getResourcePath`, so this one guard covers them all.
 */
export function refuseDotSegmentKeys(server: S3rver): void {
  const store = (server as unknown as { store: { getResourcePath(bucket: string, key?: string, resource?: string): string } }).store;
  const getResourcePath = store.getResourcePath.bind(store);
  store.getResourcePath = (bucket, key = '', resource) => {
    if (hasDotSegment(key)) throw new S3rverError('InvalidArgument', `object key ${JSON.stringify(key.slice(0, 300))} has a "." or ".." segment`);
    return getResourcePath(bucket, key, resource);
  };
}

/** An S3 client for an s3rver endpoint: path-style, s3rver's built-in key pair, no optional checksums. */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Options of `startLocalS3`. */
export interface LocalS3Options {
  /** s3rver's root folder (one sub-folder per bucket); created if missing, never wiped. */
  directory: string;
  /** Buckets to create (if missing) at start. */
  buckets: readonly string[];
  /** TCP port; default 0 (any free port). */
  port?: number;
}

/** A running s3rver and a client for it. Always `stop()` it. */
export interface LocalS3 {
  /** The server, e.g. to listen to its S3 notifications (`server.on('event', ...)`). */
  server: S3rver;
  /** `http://127.0.0.1:PORT`. */
  endpoint: string;
  s3: S3Client;
  /** Destroy the client and close the server. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Start s3rver on 127.0.0.1 over `directory` with the given buckets.
 * @throws whatever s3rver throws when it cannot listen or create a bucket folder.
 */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    port: options.port ?? 0,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  refuseDotSegmentKeys(server);
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const s3 = localS3Client(endpoint);
  let stopped = false;
  return {
    server,
    endpoint,
    s3,
    async stop() {
      if (stopped) return;
      stopped = true;
      s3.destroy();
      await server.close();
    },
  };
}
