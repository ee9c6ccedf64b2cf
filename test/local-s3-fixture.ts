/**
 * One real S3 (s3rver, lib/local/s3.ts) per test file: `useLocalS3(bucket)` starts it in a fresh
 * temporary folder before the file's tests and stops it and deletes the folder after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { startLocalS3, type LocalS3 } from '../lib/local/s3';

/** The running store of a test file; `s3` and `local` throw when read outside its tests. */
export interface LocalS3Fixture {
  /** An S3 client of the AWS SDK pointed at the store. */
  readonly s3: S3Client;
  /** The store itself (server, endpoint, stop). */
  readonly local: LocalS3;
  /** The folder s3rver keeps its objects in. */
  readonly directory: string;
}

/**
 * Register jest `beforeAll`/`afterAll` hooks that run s3rver with `buckets` created, in a folder
 * under the OS temp dir named after `label`. Call at the top of a file or a `describe` block.
 */
export function useLocalS3(buckets: string | readonly string[], label = 'trialist-s3-'): LocalS3Fixture {
  let local: LocalS3 | undefined;
  let directory = '';
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), label));
    local = await startLocalS3({ directory, buckets: typeof buckets === 'string' ? [buckets] : [...buckets] });
  });
  afterAll(async () => {
    await local?.stop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });
  const running = (): LocalS3 => {
    if (!local) throw new Error('the local S3 runs only inside the tests of the file that called useLocalS3');
    return local;
  };
  return {
    get s3() {
      return running().s3;
    },
    get local() {
      return running();
    },
    get directory() {
      return directory;
    },
  };
}
