/**
 * Where the embedded local stack keeps its state inside one data folder (`--dir`):
 *
 * ```
 * <dir>/s3/<bucket>/sessions/year=YYYY/month=MM/day=DD/<id>.json.gz._S3rver_object   (s3rver's files)
 * <dir>/outbox/<session_id>.json      hot-lead alerts (the local stand-in for the SNS topic)
 * <dir>/catalog.json                  registered partitions (the local stand-in for Glue)
 * <dir>/idempotency.json              alerts already sent (the local stand-in for the DynamoDB table)
 * <dir>/dead-letter/*.json            events a handler failed on (the local dead-letter queue)
 * ```
 */
import path from 'node:path';
import { hasDotSegment } from '../bucket-layout';

/** The bucket name the local stack serves unless told otherwise. */
export const DEFAULT_LOCAL_BUCKET = 'trialist-local';

/** s3rver stores each object as `<key>._S3rver_object` (plus metadata and md5 side files). */
export const S3RVER_OBJECT_SUFFIX = '._S3rver_object';

/** Absolute paths of everything the local stack keeps in its data folder. */
export interface LocalLayout {
  root: string;
  bucket: string;
  /** s3rver's root directory (one sub-folder per bucket). */
  s3Dir: string;
  /** The bucket's folder: object keys are paths below it. */
  bucketDir: string;
  outboxDir: string;
  catalogFile: string;
  idempotencyFile: string;
  deadLetterDir: string;
}

/** The layout of a local data folder (nothing is created). */
export function localLayout(directory: string, bucket = DEFAULT_LOCAL_BUCKET): LocalLayout {
  const root = path.resolve(directory);
  const s3Dir = path.join(root, 's3');
  return {
    root,
    bucket,
    s3Dir,
    bucketDir: path.join(s3Dir, bucket),
    outboxDir: path.join(root, 'outbox'),
    catalogFile: path.join(root, 'catalog.json'),
    idempotencyFile: path.join(root, 'idempotency.json'),
    deadLetterDir: path.join(root, 'dead-letter'),
  };
}

/** The file s3rver keeps an object's bytes in. @throws Error for a key with a `.` or `..` segment (it would climb out of the bucket folder). */
export function objectFile(layout: LocalLayout, key: string): string {
  if (hasDotSegment(key)) throw new Error(`object key ${JSON.stringify(key.slice(0, 300))} has a "." or ".." segment: not a path inside the bucket folder`);
  return path.join(layout.bucketDir, ...key.split('/')) + S3RVER_OBJECT_SUFFIX;
}
