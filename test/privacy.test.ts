/**
 * lib/privacy: the keyed phone hash (normalisation, key file, rotation order), caller memory found
 * under the previous key and moved to the current one, and PII redaction of quotes.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { decodeSessionRecord } from '../lib/session-record';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbCallerMemoryStore, LocalCallerMemoryStore, lookupCallerMemory, emptyKnownSignals, mergeCall, type DocumentClientLike } from '../lib/caller-memory';
import {
  displayableCallerName,
  generatePhoneHashKeys,
  LEGACY_KEY_ID,
  loadPhoneHasher,
  parsePhoneNumber,
  PhoneHasher,
  PhoneHashKeyError,
  PhoneNumberError,
  readPhoneHashKeyFile,
  redactPii,
  redactPiiCounted,
} from '../lib/privacy';

const root = mkdtempSync(path.join(tmpdir(), 'trialist-privacy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('E.164 normalisation', () => {
  it.each([
    ['+16175550142', '+16175550142'],
    ['+1 (617) 555-0142', '+16175550142'],
    ['(617) 555-0142', '+16175550142'],
    ['1-617-555-0142', '+16175550142'],
    ['0044 20 7946 0958', '+442079460958'],
    ['tel:+44.20.7946.0958', '+442079460958'],
  ])('%s -> %s', (raw, e164) => expect(parsePhoneNumber(raw)).toBe(e164));

  it.each(['', 'call me', '555-0142', '+0 617 555 0142', '+1 617 555 0142 2222 3333', '617+5550142', 'dana@example.com'])('refuses %j', (raw) => {
    expect(() => parsePhoneNumber(raw)).toThrow(PhoneNumberError);
  });
});

describe('keyed phone hash', () => {
  const keys = generatePhoneHashKeys();
  const hasher = new PhoneHasher(keys);

  it('hashes every spelling of one number alike, with the current key id', () => {
    const a = hasher.hash('+16175550142')!;
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.key_id).toBe(keys.current.id);
    expect(hasher.hash('(617) 555-0142')).toEqual(a);
    expect(hasher.hash(null)).toBeNull();
    expect(hasher.hash('not a number')).toBeNull();
  });

  it('is not the unkeyed SHA-256 and differs under another key', () => {
    const a = hasher.hash('+16175550142')!.hash;
    expect(a).not.toBe(createHash('sha256').update('+16175550142').digest('hex'));
    expect(new PhoneHasher(generatePhoneHashKeys()).hash('+16175550142')!.hash).not.toBe(a);
  });

  it('lists candidates current, previous, then legacy SHA-256', () => {
    const old = generatePhoneHashKeys().current;
    const rotated = new PhoneHasher({ current: keys.current, previous: { ...old, id: 'k-old' } });
    const c = rotated.candidates('+1 617 555 0142');
    expect(c.map((x) => x.key_id)).toEqual([keys.current.id, 'k-old', LEGACY_KEY_ID, LEGACY_KEY_ID]);
    expect(c[0]!.hash).toBe(hasher.hash('+16175550142')!.hash);
    expect(c[1]!.hash).toBe(new PhoneHasher({ current: { ...old, id: 'k-old' }, previous: null }).hash('+16175550142')!.hash);
    expect(c[2]!.hash).toBe(createHash('sha256').update('+16175550142').digest('hex'));
  });

  it('creates the local key file once, mode 0600, and reads the same keys back', async () => {
    const file = path.join(root, 'keys', '.local', 'phone-hash-key.json');
    const first = readPhoneHashKeyFile(file, { create: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readPhoneHashKeyFile(file)).toEqual(first);
    expect((await loadPhoneHasher({ file })).hash('+16175550142')).toEqual(new PhoneHasher(first).hash('+16175550142'));
  });

  it('refuses a missing key file (unless asked to create it) and an invalid one', async () => {
    await expect(loadPhoneHasher({ file: path.join(root, 'nope.json') })).rejects.toThrow(/does not exist/);
    const bad = path.join(root, 'bad.json');
    writeFileSync(bad, JSON.stringify({ current_id: 'k1', current: 'short' }));
    expect(() => readPhoneHashKeyFile(bad)).toThrow(PhoneHashKeyError);
    writeFileSync(bad, JSON.stringify({ current_id: 'k1', current: 'x'.repeat(40), previous_id: 'k1', previous: 'y'.repeat(40) }));
    expect(() => readPhoneHashKeyFile(bad)).toThrow(/previous_id must differ/);
  });
});

describe('caller memory across a key rotation', () => {
  it('finds the caller under the previous key and moves the entry to the current key', async () => {
    const dir = path.join(root, 'memory');
    const store = new LocalCallerMemoryStore(dir);
    const before = new PhoneHasher(generatePhoneHashKeys());
    const oldHash = before.hash('+16175550142')!.hash;
    await store.recordCall({
      phone_hash: oldHash,
      session_id: 's1',
      started_at: '2026-11-01T10:00:00.000Z',
      name: 'Dana',
      qualified: true,
      meeting_booked: false,
      topics: ['pricing-and-plans'],
      signals: emptyKnownSignals(),
    });
    const after = new PhoneHasher({ current: generatePhoneHashKeys().current, previous: before.keys.current });
    const newHash = after.hash('+16175550142')!.hash;
    const memory = await lookupCallerMemory(store, after.candidates('+16175550142'));
    expect(memory).toMatchObject({ phone_hash: newHash, call_count: 1, name: 'Dana', qualified: true });
    expect(readdirSync(dir)).toEqual([`${newHash}.json`]);
    expect(await store.get(oldHash)).toBeNull();
    // the next lookup finds it under the current key directly
    expect(await lookupCallerMemory(store, after.candidates('+16175550142'))).toEqual(memory);
    expect(await store.delete(newHash)).toBe(true);
    expect(await store.delete(newHash)).toBe(false);
  });
});

describe('caller memory in DynamoDB across a key rotation (document client faked at send)', () => {
  it('moves the item to the new key with a condition, merging an item already there, and deletes it', async () => {
    const items = new Map<string, Record<string, unknown>>();
    const client: DocumentClientLike = {
      send: (async (cmd: GetCommand | PutCommand | DeleteCommand) => {
        if (cmd instanceof GetCommand) return { Item: items.get(cmd.input.Key!.phone_hash as string) };
        if (cmd instanceof DeleteCommand) {
          const old = items.get(cmd.input.Key!.phone_hash as string);
          items.delete(cmd.input.Key!.phone_hash as string);
          return { Attributes: old };
        }
        const item = cmd.input.Item!;
        const current = items.get(item.phone_hash as string);
        const ok = cmd.input.ConditionExpression === 'attribute_not_exists(phone_hash)' ? !current : current?.revision === cmd.input.ExpressionAttributeValues?.[':rev'];
        if (!ok) throw new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
        items.set(item.phone_hash as string, structuredClone(item));
        return {};
      }) as DocumentClientLike['send'],
    };
    const store = new DynamoDbCallerMemoryStore(client, 'caller-memory');
    const summary = (hash: string, session: string, at: string, calls: Partial<Parameters<typeof mergeCall>[1]> = {}) => ({
      phone_hash: hash, session_id: session, started_at: at, name: null, qualified: false, meeting_booked: false, topics: [], signals: emptyKnownSignals(), ...calls,
    });
    const [oldHash, newHash] = ['1'.repeat(64), '2'.repeat(64)];
    await store.recordCall(summary(oldHash, 's1', '2026-11-01T10:00:00.000Z', { qualified: true }));
    await store.recordCall(summary(newHash, 's2', '2026-11-05T10:00:00.000Z', { name: 'Dana' }));
    const merged = await lookupCallerMemory(store, [{ hash: newHash, key_id: 'k2' }, { hash: oldHash, key_id: 'k1' }]);
    // the current key's item answers first; the old one is only moved when the current one is missing
    expect(merged).toMatchObject({ phone_hash: newHash, call_count: 1 });
    expect(await store.rekey(oldHash, newHash)).toMatchObject({ phone_hash: newHash, call_count: 2, qualified: true, name: 'Dana', last_session_id: 's2' });
    expect([...items.keys()]).toEqual([newHash]);
    expect(await store.delete(newHash)).toBe(true);
    expect(await store.delete(newHash)).toBe(false);
  });
});

describe('PII redaction', () => {
  it.each([
    ['Yes, Tuesday 2-4pm Eastern works, dana@northwind.example.', 'Yes, Tuesday 2-4pm Eastern works, [email].'],
    ['call me on (617) 555-0142 or +44 20 7946 0958 please', 'call me on [phone] or [phone] please'],
    ['my card is 4111 1111 1111 1111, expiry next May', 'my card is [card], expiry next May'],
    ['account 12345678, routing 021000021', 'account [account], routing [account]'],
    ['it is six one seven five five five zero one four two', 'it is [phone]'],
    ['mail dana dot ruiz at northwind dot com', 'mail [email]'],
    ['IBAN GB29 NWBK 6016 1331 9268 19 thanks', 'IBAN [account] thanks'],
  ])('%j', (input, output) => expect(redactPii(input)).toBe(output));

  it.each([
    'We are a team of 40 at a law firm and we send 500 contracts per month.',
    'Around 3,000 applications in two months, $1,200,000 in fees',
    'the meeting is 2026-11-24T15:00:00Z, version 3.2.1, 1.5 million, 2025 or 2026',
    'we need Salesforce and HubSpot by Q3',
  ])('keeps %j as it is', (text) => expect(redactPii(text)).toBe(text));

  it('counts what it replaced', () => {
    expect(redactPiiCounted('a@b.co and 617-555-0142 and 4111111111111111').counts).toEqual({ email: 1, phone: 1, card: 1, account: 0 });
  });

  it('drops caller names that are numbers, emails or SIP placeholders', () => {
    expect(displayableCallerName('Phone +16175550142')).toBeNull();
    expect(displayableCallerName('+1 617 555 0142')).toBeNull();
    expect(displayableCallerName('dana@northwind.example')).toBeNull();
    expect(displayableCallerName('  ')).toBeNull();
    expect(displayableCallerName(' Dana Ruiz ')).toBe('Dana Ruiz');
  });
});

describe('decode errors that reach logs and quarantine notes', () => {
  it('do not quote the broken record', () => {
    expect(() => decodeSessionRecord(gzipSync('{"x": dana@northwind.example, call 617-555-0142'))).toThrow(/^invalid JSON: Unexpected token 'd'$/);
  });
});
