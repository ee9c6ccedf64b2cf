import { gunzipSync, gzipSync } from 'node:zlib';
import {
  decodeEventKey,
  KeyLayoutError,
  parseSessionKey,
  parseSessionRecord,
  SessionRecordError,
  sessionKey,
  sessionRecordJsonSchema,
} from '../lib/session-record';
import { makeRecord } from './fixtures';
import { analyzeCall } from '../lib/analysis';

describe('session record schema', () => {
  it('round-trips through gzip JSON unchanged', () => {
    const record = makeRecord();
    const bytes = gzipSync(JSON.stringify(record));
    expect(parseSessionRecord(JSON.parse(gunzipSync(bytes).toString('utf8')))).toEqual(record);
  });

  it('rejects an unknown schema_version by name', () => {
    expect(() => parseSessionRecord({ ...makeRecord(), schema_version: 3 })).toThrow(/unsupported schema_version 3 \(this code reads 1 and 2\)/);
  });

  it('reads version 1 records (no analysis) and version 2 records with an analysis block', () => {
    const v1 = { ...makeRecord(), schema_version: 1 };
    expect(parseSessionRecord(v1).schema_version).toBe(1);
    const v2 = { ...makeRecord(), schema_version: 2, analysis: analyzeCall(makeRecord()) };
    expect(parseSessionRecord(v2).analysis?.summary).toMatch(/Next step/);
    expect(() => parseSessionRecord({ ...v2, analysis: { ...v2.analysis, next_step: { kind: 'lunch' } } })).toThrow(/analysis\.next_step/);
  });

  it('names each missing or invalid field by path', () => {
    const { transcript: _dropped, ...rest } = makeRecord();
    try {
      parseSessionRecord({ ...rest, duration_seconds: -1 });
      throw new Error('expected a SessionRecordError');
    } catch (e) {
      expect(e).toBeInstanceOf(SessionRecordError);
      expect((e as SessionRecordError).issues.join('\n')).toMatch(/transcript/);
      expect((e as SessionRecordError).issues.join('\n')).toMatch(/duration_seconds/);
    }
  });

  it('reads a partial record with a recovery end reason, and a v1 record without the partial field', () => {
    const base = makeRecord();
    const recovered = { ...base, partial: true, outcome: { ...base.outcome, end_reason: 'recovered_from_checkpoint' as const } };
    expect(parseSessionRecord(recovered)).toMatchObject({ partial: true, outcome: { end_reason: 'recovered_from_checkpoint' } });
    const lost = { ...base, partial: true, outcome: { ...base.outcome, end_reason: 'lost_before_checkpoint' as const } };
    expect(parseSessionRecord(lost).outcome.end_reason).toBe('lost_before_checkpoint');
    expect('partial' in parseSessionRecord(base)).toBe(false);
    expect(() => parseSessionRecord({ ...base, partial: 'yes' })).toThrow(SessionRecordError);
  });

  it('rejects unknown top-level fields and non-UTC timestamps', () => {
    expect(() => parseSessionRecord({ ...makeRecord(), surprise: 1 })).toThrow(SessionRecordError);
    expect(() => parseSessionRecord(makeRecord({ started_at: '2026-11-20T15:04:05+02:00' }))).toThrow(SessionRecordError);
  });

  it('rejects a session that ends before it starts', () => {
    expect(() => parseSessionRecord(makeRecord({ ended_at: '2026-11-20T15:00:00.000Z' }))).toThrow(/ended_at/);
  });

  it('generates a JSON Schema that allows schema_version 1 and 2', () => {
    const schema = sessionRecordJsonSchema() as { properties: Record<string, { enum?: number[] }>; required: string[] };
    expect(schema.properties.schema_version?.enum).toEqual([1, 2]);
    expect(schema.required).toEqual(expect.arrayContaining(['session_id', 'transcript', 'discovered_signals', 'cost_summary']));
  });
});

describe('key layout', () => {
  it('partitions by the UTC start date', () => {
    // 23:30 in New York on the 20th is the 21st in UTC.
    expect(sessionKey('abc-123', '2026-11-21T04:30:00.000Z')).toBe('sessions/year=2026/month=11/day=21/abc-123.json.gz');
    expect(sessionKey('abc', new Date(Date.UTC(2026, 0, 5)))).toBe('sessions/year=2026/month=01/day=05/abc.json.gz');
  });

  it('parses what it builds', () => {
    expect(parseSessionKey(sessionKey('s_1', '2026-02-28T10:00:00Z'))).toEqual({
      year: '2026',
      month: '02',
      day: '28',
      sessionId: 's_1',
    });
  });

  it.each([
    '../etc/passwd',
    'a/b',
    'has space',
    '',
    'x'.repeat(129),
    '-leading-dash',
    'semi;colon',
    "quote'",
  ])('rejects unsafe session id %j', (id) => {
    expect(() => sessionKey(id, '2026-11-21T00:00:00Z')).toThrow(KeyLayoutError);
  });

  it.each([
    'sessions/year=2026/month=11/day=21/abc.json',
    'sessions/year=2026/month=13/day=01/abc.json.gz',
    'sessions/year=2026/month=02/day=30/abc.json.gz',
    'quarantine/year=2026/month=11/day=21/abc.json.gz',
    'sessions/year=2026/month=11/day=21/../abc.json.gz',
    'sessions/year=2026/month=11/day=21/sub/abc.json.gz',
  ])('rejects key outside the layout %j', (key) => {
    expect(() => parseSessionKey(key)).toThrow(KeyLayoutError);
  });

  it('decodes S3 event keys with + and percent escapes', () => {
    expect(decodeEventKey('sessions/year%3D2026/month%3D11/day%3D21/abc.json.gz')).toBe(
      'sessions/year=2026/month=11/day=21/abc.json.gz',
    );
    expect(decodeEventKey('a+b%2Bc')).toBe('a b+c');
    expect(() => decodeEventKey('bad%E0%A4%A')).toThrow(KeyLayoutError);
  });
});

describe('schema/session-record.schema.json', () => {
  it('is the file generated from the zod schema (run `npm run schema:json` after a change)', async () => {
    const { readFileSync } = await import('node:fs');
    const onDisk = JSON.parse(readFileSync(new URL('../schema/session-record.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(sessionRecordJsonSchema());
  });
});
