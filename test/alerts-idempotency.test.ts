/**
 * Exactly one alert per (session_id, rules_version): Powertools idempotency with the local
 * persistence store (real), and with the DynamoDB layer against a fake client boundary
 * (DynamoDB cannot run here).
 */
import { IdempotencyAlreadyInProgressError } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALERT_IDEMPOTENCY_PREFIX, IdempotentAlertOnce } from '../lib/alerts';
import { LocalIdempotencyStore } from '../lib/local/idempotency-store';

const key = { session_id: 'sess_1', rules_version: 'v1' };

function counter() {
  let n = 0;
  return { publish: async () => void n++, get count() { return n; } };
}

describe('IdempotentAlertOnce over LocalIdempotencyStore', () => {
  test('publishes once per (session_id, rules_version); a new rules version alerts again', async () => {
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore());
    const c = counter();
    expect(await once.run(key, c.publish)).toBe(true);
    expect(await once.run(key, c.publish)).toBe(false);
    expect(await once.run({ ...key }, c.publish)).toBe(false);
    expect(c.count).toBe(1);
    expect(await once.run({ ...key, rules_version: 'v2' }, c.publish)).toBe(true);
    expect(await once.run({ ...key, session_id: 'sess_2' }, c.publish)).toBe(true);
    expect(c.count).toBe(3);
  });

  test('a failed publish leaves the key free, so the redelivery publishes', async () => {
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore());
    await expect(once.run(key, async () => Promise.reject(new Error('SNS down')))).rejects.toThrow('SNS down');
    const c = counter();
    expect(await once.run(key, c.publish)).toBe(true);
    expect(c.count).toBe(1);
  });

  test('a concurrent delivery of the same key is refused as in progress (transient), never published twice', async () => {
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let n = 0;
    let started!: () => void;
    const publishing = new Promise<void>((r) => (started = r));
    const first = once.run(key, async () => {
      started();
      await gate;
      n++;
    });
    await publishing; // the first delivery holds the key as in progress
    await expect(once.run(key, async () => void n++)).rejects.toBeInstanceOf(IdempotencyAlreadyInProgressError);
    release();
    expect(await first).toBe(true);
    expect(await once.run(key, async () => void n++)).toBe(false);
    expect(n).toBe(1);
  });

  test('a publish that never finished (crash) blocks its key only for the in-progress timeout', async () => {
    const store = new LocalIdempotencyStore();
    const timeoutMs = 1000;
    const once = new IdempotentAlertOnce(store, { inProgressTimeoutMs: timeoutMs });
    let started!: () => void;
    const publishing = new Promise<void>((r) => (started = r));
    const since = Date.now();
    void once.run(key, () => {
      started();
      return new Promise<void>(() => undefined); // hangs forever
    });
    await publishing;
    await expect(once.run(key, async () => undefined)).rejects.toBeInstanceOf(IdempotencyAlreadyInProgressError);
    // Waits on the clock, not a fixed sleep after the check, so a loaded machine cannot make it flaky.
    await new Promise((r) => setTimeout(r, Math.max(0, since + timeoutMs + 50 - Date.now())));
    const c = counter();
    expect(await once.run(key, c.publish)).toBe(true);
    expect(c.count).toBe(1);
  });

  test('with a file, a later process (new store on the same file) remembers the alert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idem-'));
    try {
      const file = join(dir, 'state', 'idempotency.json');
      const c = counter();
      expect(await new IdempotentAlertOnce(new LocalIdempotencyStore(file)).run(key, c.publish)).toBe(true);
      const reopened = new LocalIdempotencyStore(file);
      expect(reopened.size()).toBe(1);
      expect(await new IdempotentAlertOnce(reopened).run(key, c.publish)).toBe(false);
      expect(c.count).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an expired key alerts again', async () => {
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore(), { expiresAfterSeconds: 1 });
    const c = counter();
    await once.run(key, c.publish);
    const realNow = Date.now;
    Date.now = () => realNow() + 5_000;
    try {
      expect(await once.run(key, c.publish)).toBe(true);
    } finally {
      Date.now = realNow;
    }
    expect(c.count).toBe(2);
  });
});

describe('LocalIdempotencyStore journal file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'idem-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('each change appends one line; reopening compacts to one line per live key', async () => {
    const file = join(dir, 'idempotency.json');
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore(file));
    const c = counter();
    for (let i = 0; i < 5; i++) await once.run({ session_id: `s${i}`, rules_version: 'v1' }, c.publish);
    // in progress + completed: two lines per alert
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(10);
    const reopened = new LocalIdempotencyStore(file);
    expect(reopened.size()).toBe(5);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(await new IdempotentAlertOnce(reopened).run({ session_id: 's3', rules_version: 'v1' }, c.publish)).toBe(false);
    expect(c.count).toBe(5);
  });

  test('a failed publish is journaled as deleted, so a later process may alert', async () => {
    const file = join(dir, 'idempotency.json');
    const once = new IdempotentAlertOnce(new LocalIdempotencyStore(file));
    await expect(once.run(key, async () => Promise.reject(new Error('SNS down')))).rejects.toThrow('SNS down');
    expect(readFileSync(file, 'utf8')).toContain('"deleted"');
    const c = counter();
    expect(await new IdempotentAlertOnce(new LocalIdempotencyStore(file)).run(key, c.publish)).toBe(true);
    expect(c.count).toBe(1);
  });

  test('a last line cut short by a crash is ignored; the older array format is still read', async () => {
    const file = join(dir, 'idempotency.json');
    await new IdempotentAlertOnce(new LocalIdempotencyStore(file)).run(key, counter().publish);
    appendFileSync(file, '{"idempotencyKey":"half');
    expect(new LocalIdempotencyStore(file).size()).toBe(1);

    const legacy = join(dir, 'legacy.json');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    writeFileSync(legacy, JSON.stringify(lines, null, 1));
    const c = counter();
    expect(await new IdempotentAlertOnce(new LocalIdempotencyStore(legacy)).run(key, c.publish)).toBe(false);
    expect(c.count).toBe(0);
  });
});

describe('IdempotentAlertOnce over DynamoDBPersistenceLayer (client boundary faked)', () => {
  function fakeDynamo() {
    const client = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const sent: unknown[] = [];
    let existing: Record<string, AttributeValue> | null = null;
    client.send = (async (cmd: unknown) => {
      sent.push(cmd);
      if (cmd instanceof PutItemCommand && existing) {
        throw new ConditionalCheckFailedException({ message: 'exists', $metadata: {}, Item: existing });
      }
      return {};
    }) as typeof client.send;
    return { client, sent, setExisting: (item: Record<string, AttributeValue>) => void (existing = item) };
  }

  test('conditional put keyed by prefix + hash of (session_id, rules_version), with a TTL; completed key suppresses', async () => {
    const { client, sent, setExisting } = fakeDynamo();
    const once = new IdempotentAlertOnce(new DynamoDBPersistenceLayer({ tableName: 'alerts', awsSdkV3Client: client }));
    const c = counter();
    expect(await once.run(key, c.publish)).toBe(true);
    const put = sent.find((x) => x instanceof PutItemCommand) as PutItemCommand;
    expect(put.input.TableName).toBe('alerts');
    expect(put.input.ConditionExpression).toContain('attribute_not_exists(#id)');
    const id = put.input.Item!.id!.S!;
    expect(id.startsWith(`${ALERT_IDEMPOTENCY_PREFIX}#`)).toBe(true);
    expect(Number(put.input.Item!.expiration!.N)).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
    expect(sent.some((x) => x instanceof UpdateItemCommand)).toBe(true);

    // the same key again (another attempt id): the stored record is COMPLETED → not published
    setExisting({
      id: { S: id },
      status: { S: 'COMPLETED' },
      expiration: { N: String(Math.floor(Date.now() / 1000) + 3600) },
      data: { M: { attempt: { S: 'earlier' }, published_at: { S: '2026-11-20T17:00:00.000Z' } } },
    });
    expect(await once.run(key, c.publish)).toBe(false);
    expect(c.count).toBe(1);
    const puts = sent.filter((x) => x instanceof PutItemCommand) as PutItemCommand[];
    expect(puts[1]!.input.Item!.id!.S).toBe(id);
  });
});
