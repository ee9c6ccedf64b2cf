/**
 * Keys with `.`/`..` segments never become paths outside the data folder: the local S3 store
 * refuses them, objectFile refuses them, and score-lead quarantines such an event with a note
 * (under an escaped key) without reading or moving anything.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escapeDotSegments, hasDotSegment } from '../lib/bucket-layout';
import { localLayout, objectFile, startLocalStack, type LocalStack } from '../lib/local';
import { s3EventOf, s3EventRecord } from '../lib/local/events';
import { quarantineKey, quarantinedObjectKey } from '../lib/pipeline/quarantine';

const TRAVERSAL = 'sessions/../../../../../../outside/hostname';

describe('dot segments in keys', () => {
  it('are recognised and escaped', () => {
    expect(hasDotSegment('sessions/../../../../etc/hostname')).toBe(true);
    expect(hasDotSegment('sessions/./x.json.gz')).toBe(true);
    expect(hasDotSegment('sessions/year=2026/a..b.json.gz')).toBe(false);
    expect(escapeDotSegments('sessions/../x/./y')).toBe('sessions/%2E%2E/x/%2E/y');
    expect(quarantineKey('key_outside_layout', 'sessions/../../etc/hostname')).toBe('quarantine/key_outside_layout/sessions/%2E%2E/%2E%2E/etc/hostname.json');
    expect(hasDotSegment(quarantinedObjectKey('sessions/../../etc/hostname'))).toBe(false);
  });

  it('objectFile refuses them', () => {
    expect(() => objectFile(localLayout('/tmp/x'), 'sessions/../../../../etc/hostname')).toThrow(/"\.\." segment/);
  });

  describe('in the local stack', () => {
    let root: string;
    let stack: LocalStack;
    beforeAll(async () => {
      root = mkdtempSync(path.join(tmpdir(), 'trialist-dots-'));
      // a file the traversal key points at from inside the bucket folder, planted outside the data folder
      mkdirSync(path.join(root, 'outside'), { recursive: true });
      writeFileSync(path.join(root, 'outside', 'hostname._S3rver_object'), 'secret-host');
      stack = await startLocalStack({ directory: path.join(root, 'a', 'b', 'data'), log: () => undefined });
    });
    afterAll(async () => {
      await stack.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('the store refuses to read or write such a key (400, not a file outside)', async () => {
      await expect(stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: TRAVERSAL }))).rejects.toMatchObject({ name: 'InvalidArgument' });
      await expect(stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `${TRAVERSAL}-2`, Body: 'x' }))).rejects.toMatchObject({
        name: 'InvalidArgument',
      });
      expect(readdirSync(path.join(root, 'outside')).sort()).toEqual(['hostname._S3rver_object']);
    });

    it('score-lead writes a note under an escaped key and moves nothing', async () => {
      stack.deliver(s3EventOf(s3EventRecord(stack.bucket, TRAVERSAL)));
      const report = await stack.drain();
      expect(report.failed).toEqual([]);
      const d = stack.deliveries().find((x) => x.fn === 'score-lead' && x.subject === TRAVERSAL)!;
      const note = quarantineKey('key_outside_layout', TRAVERSAL);
      expect(d.result).toMatchObject({ quarantined: [{ key: TRAVERSAL, reason: 'key_outside_layout', moved_to: null }] });
      const body = await (await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: note }))).Body!.transformToString();
      expect(JSON.parse(body)).toMatchObject({ original_key: TRAVERSAL, moved_to: null, message: expect.stringMatching(/"\.\." segment/) });
      expect(existsSync(objectFile(stack.layout, note))).toBe(true);
      // nothing appeared outside the data folder
      expect(readdirSync(root).sort()).toEqual(['a', 'outside']);
      expect(readdirSync(path.join(root, 'a'))).toEqual(['b']);
      expect(readdirSync(path.join(root, 'outside'))).toEqual(['hostname._S3rver_object']);
    });
  });
});
