/**
 * Where finished sessions go: `SessionSink.write` stores one record and returns its S3 key.
 * The S3 sink is used by the agent on AWS and, pointed at the local s3rver, by replay and demo.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { encodeSessionRecord, sessionKey, type SessionRecord } from '../session-record';

export interface SessionSink {
  /** Store the record (with `metadata` as object metadata where the store keeps any); resolves to the S3 key it was written under. */
  write(record: SessionRecord, metadata?: Record<string, string>): Promise<string>;
}

/** Writes `sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz` (gzip JSON) to a bucket. */
export class S3SessionSink implements SessionSink {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async write(record: SessionRecord, metadata: Record<string, string> = {}): Promise<string> {
    const key = sessionKey(record.session_id, record.started_at);
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: encodeSessionRecord(record),
        ContentType: 'application/json',
        ContentEncoding: 'gzip',
        Metadata: { ...metadata, 'schema-version': String(record.schema_version) },
      }),
    );
    return key;
  }
}
