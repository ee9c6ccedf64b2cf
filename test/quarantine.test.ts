/**
 * Quarantine on a versioned bucket. s3rver keeps no versions (the s3rver tests in
 * lambda-score-lead.test.ts cover the plain move), so these run score-lead over a small fake at
 * the S3 client boundary that behaves like a versioned S3 bucket: every put is a new version,
 * GetObject/HeadObject answer the current one with its VersionId, CopyObject copies the version its
 * CopySource names, DeleteObject with a VersionId removes exactly that version. Optionally, a
 * missing key answers 403 as S3 does for a caller without s3:ListBucket (the deployed role).
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { gzipSync } from 'node:zlib';
import { makeScoreLeadHandler, ScoreLeadBatchError } from '../lambdas/score-lead/handler';
import type { HandlerLogger } from '../lambdas/shared/observability';
import { s3EventOf, s3EventRecord } from '../lib/local/events';
import { copySource, quarantinedObjectKey, quarantineKey } from '../lib/pipeline';
import { encodeSessionRecord, sessionKey } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'versioned';
const LIMITS = { maxCompressedBytes: 64 * 1024, maxDecompressedBytes: 1024 * 1024 };
const quiet: HandlerLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

interface Version {
  versionId: string;
  body: Buffer;
  contentType?: string;
  contentEncoding?: string;
  metadata: Record<string, string>;
}

const s3Error = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

/** A versioned bucket behind `send` (one bucket; no delete markers are needed here). */
class VersionedBucket {
  readonly versions = new Map<string, Version[]>();
  readonly calls: { command: string; input: Record<string, unknown> }[] = [];
  /** Runs before each command is applied (e.g. to land a re-export mid-move). */
  before?: (command: string, input: Record<string, unknown>) => void;
  private n = 0;

  constructor(private readonly listBucket = true) {}

  put(key: string, body: Uint8Array | string, extra: Partial<Omit<Version, 'versionId' | 'body'>> = {}): string {
    const v: Version = { versionId: `v${++this.n}`, body: Buffer.from(body), metadata: {}, ...extra };
    this.versions.set(key, [...(this.versions.get(key) ?? []), v]);
    return v.versionId;
  }

  current(key: string): Version | undefined {
    return this.versions.get(key)?.at(-1);
  }

  private find(key: string, versionId?: string): Version {
    const list = this.versions.get(key) ?? [];
    const v = versionId ? list.find((x) => x.versionId === versionId) : list.at(-1);
    if (!v) throw this.listBucket ? s3Error(versionId ? 'NoSuchVersion' : 'NoSuchKey', 404) : s3Error('AccessDenied', 403);
    return v;
  }

  client(): S3Client {
    return { send: (command: object) => this.send(command) } as unknown as S3Client;
  }

  async send(command: object): Promise<unknown> {
    const name = command.constructor.name;
    const input = (command as { input: Record<string, unknown> }).input;
    this.calls.push({ command: name, input });
    this.before?.(name, input);
    const key = input.Key as string;
    if (command instanceof GetObjectCommand || command instanceof HeadObjectCommand) {
      const v = this.find(key, input.VersionId as string | undefined);
      const head = { VersionId: v.versionId, ContentLength: v.body.byteLength, ContentType: v.contentType, ContentEncoding: v.contentEncoding, Metadata: v.metadata };
      if (command instanceof HeadObjectCommand) return head;
      return { ...head, Body: (async function* () { yield v.body; })() };
    }
    if (command instanceof PutObjectCommand) {
      const body = input.Body as Uint8Array | string;
      return { VersionId: this.put(key, body, { contentType: input.ContentType as string, contentEncoding: input.ContentEncoding as string, metadata: (input.Metadata as Record<string, string>) ?? {} }) };
    }
    if (command instanceof CopyObjectCommand) {
      const m = /^([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(input.CopySource as string)!;
      const source = this.find(m[2]!.split('/').map(decodeURIComponent).join('/'), m[3] && decodeURIComponent(m[3]));
      const replace = input.MetadataDirective === 'REPLACE';
      const versionId = this.put(key, source.body, {
        contentType: replace ? (input.ContentType as string) : source.contentType,
        contentEncoding: replace ? (input.ContentEncoding as string) : source.contentEncoding,
        metadata: replace ? ((input.Metadata as Record<string, string>) ?? {}) : source.metadata,
      });
      return { VersionId: versionId, CopySourceVersionId: source.versionId };
    }
    if (command instanceof DeleteObjectCommand) {
      const list = this.versions.get(key) ?? [];
      if (!input.VersionId) throw new Error('this fake only deletes specific versions (a versioned bucket would add a delete marker)');
      this.versions.set(key, list.filter((v) => v.versionId !== input.VersionId));
      return { VersionId: input.VersionId };
    }
    throw new Error(`unexpected command ${name}`);
  }
}

const record = makeRecord({ session_id: 'ver_1' });
const KEY = sessionKey(record.session_id, record.started_at);
const eventFor = (key: string) => s3EventOf(s3EventRecord(BUCKET, key));
const handlerOver = (bucket: VersionedBucket) =>
  makeScoreLeadHandler({ s3: bucket.client(), publisher: { publish: async () => undefined }, limits: LIMITS, logger: quiet });

describe('quarantine on a versioned bucket', () => {
  test('deletes exactly the version it read: a valid re-export written meanwhile stays current', async () => {
    const bucket = new VersionedBucket();
    const bad = gzipSync('{"schema_version": 1, "session_id": ');
    const v1 = bucket.put(KEY, bad, { contentType: 'application/json', contentEncoding: 'gzip', metadata: { 'exported-by': 'agent' } });
    const good = encodeSessionRecord(record);
    bucket.before = (command, input) => {
      // the agent re-exports the call while score-lead writes the quarantine note
      if (command === 'PutObjectCommand' && input.Key === quarantineKey('invalid_json', KEY)) bucket.put(KEY, good);
    };
    const res = await handlerOver(bucket)(eventFor(KEY));
    expect(res.quarantined).toEqual([expect.objectContaining({ key: KEY, reason: 'invalid_json', moved_to: quarantinedObjectKey(KEY) })]);

    const deletes = bucket.calls.filter((c) => c.command === 'DeleteObjectCommand');
    expect(deletes.map((d) => [d.input.Key, d.input.VersionId])).toEqual([[KEY, v1]]);
    expect(bucket.versions.get(KEY)!.map((v) => v.versionId)).not.toContain(v1);
    expect(bucket.current(KEY)!.body.equals(good)).toBe(true);

    const moved = bucket.current(quarantinedObjectKey(KEY))!;
    expect(moved.body.equals(bad)).toBe(true);
    expect(moved).toMatchObject({ contentType: 'application/json', contentEncoding: 'gzip', metadata: { 'exported-by': 'agent', 'trialist-quarantine-reason': 'invalid_json' } });
    const note = JSON.parse(bucket.current(quarantineKey('invalid_json', KEY))!.body.toString('utf8'));
    expect(note).toMatchObject({ original_key: KEY, moved_to: quarantinedObjectKey(KEY), version_id: v1, size_bytes: bad.byteLength });

    // the re-export's own event is scored as usual
    const next = await handlerOver(bucket)(eventFor(KEY));
    expect(next.scored.map((s) => s.session_id)).toEqual(['ver_1']);
  });

  test('an object over the size cap is copied server-side from the version read, not the newest', async () => {
    const bucket = new VersionedBucket();
    const big = Buffer.alloc(LIMITS.maxCompressedBytes + 10, 7);
    const v1 = bucket.put(KEY, big);
    bucket.before = (command) => {
      if (command === 'CopyObjectCommand') bucket.put(KEY, encodeSessionRecord(record)); // lands just before the copy
    };
    const res = await handlerOver(bucket)(eventFor(KEY));
    expect(res.quarantined.map((q) => q.reason)).toEqual(['object_too_large']);
    const copy = bucket.calls.find((c) => c.command === 'CopyObjectCommand')!;
    expect(copy.input.CopySource).toBe(`${BUCKET}/${KEY}?versionId=${v1}`);
    expect(bucket.current(quarantinedObjectKey(KEY))!.body.equals(big)).toBe(true);
    expect(bucket.versions.get(KEY)!).toHaveLength(1); // only the re-export is left
    expect(bucket.versions.get(KEY)!.some((v) => v.versionId === v1)).toBe(false);
    expect(bucket.current(KEY)!.body.equals(encodeSessionRecord(record))).toBe(true);
  });

  test('without s3:ListBucket (403 for a missing key) a redelivery of a moved object is recognized; an unknown missing key is retried', async () => {
    const bucket = new VersionedBucket(false);
    bucket.put(KEY, 'not gzip');
    const handler = handlerOver(bucket);
    expect((await handler(eventFor(KEY))).quarantined.map((q) => q.reason)).toEqual(['not_gzip']);
    const again = await handler(eventFor(KEY));
    expect(again.quarantined).toEqual([]);
    expect(again.already_quarantined).toEqual([{ key: KEY, reason: 'not_gzip', note: quarantineKey('not_gzip', KEY) }]);

    const unknown = sessionKey('never_here', record.started_at);
    const err = await handler(eventFor(unknown)).catch((e) => e);
    expect(err).toBeInstanceOf(ScoreLeadBatchError);
    expect(err.failures.map((f: { key: string }) => f.key)).toEqual([unknown]);
    expect([...bucket.versions.keys()].filter((k) => k.includes('never_here'))).toEqual([]);
  });

  test('a key outside the layout under sessions/ is moved too, and recognized when redelivered', async () => {
    const bucket = new VersionedBucket(false);
    const odd = 'sessions/year=2026/month=11/day=20/odd name+1.json.gz';
    const bytes = encodeSessionRecord(record);
    bucket.put(odd, bytes);
    const handler = handlerOver(bucket);
    const first = await handler(eventFor(odd));
    expect(first.quarantined).toEqual([expect.objectContaining({ key: odd, reason: 'key_outside_layout', moved_to: quarantinedObjectKey(odd) })]);
    expect(bucket.versions.get(odd)).toEqual([]);
    expect(bucket.current(quarantinedObjectKey(odd))!.body.equals(bytes)).toBe(true);
    const second = await handler(eventFor(odd));
    expect(second.already_quarantined.map((q) => q.key)).toEqual([odd]);
    expect(second.quarantined).toEqual([]);
  });
});

describe('quarantine keys', () => {
  test('the note and the moved bytes are named after the original key; very long keys are cut and hashed', () => {
    expect(quarantineKey('not_gzip', 'sessions/year=2026/month=11/day=20/a.json.gz')).toBe('quarantine/not_gzip/sessions/year=2026/month=11/day=20/a.json.gz.json');
    expect(quarantinedObjectKey('sessions/year=2026/month=11/day=20/a.json.gz')).toBe('quarantine/objects/sessions/year=2026/month=11/day=20/a.json.gz');
    const long = `sessions/${'é'.repeat(600)}`;
    const a = quarantinedObjectKey(long);
    const b = quarantinedObjectKey(`${long}x`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(1024);
    expect(a).not.toBe(b);
    expect(a).toMatch(/~[0-9a-f]{16}$/);
  });

  test('copySource URL-encodes each key segment, keeps "=" and "/", and names the version', () => {
    expect(copySource('b', 'sessions/year=2026/month=11/day=20/a b+c.json.gz')).toBe('b/sessions/year=2026/month=11/day=20/a%20b%2Bc.json.gz');
    expect(copySource('b', 'sessions/x.json.gz', 'abc/+=')).toBe('b/sessions/x.json.gz?versionId=abc%2F%2B%3D');
  });
});
