/**
 * The soak replay's invariants on a few hundred generated sessions through the local stack
 * (s3rver, S3-shaped events, score-lead, partition-register, outbox, idempotency journal), with
 * duplicated events (some concurrent, some late and out of order) and every kind of malformed
 * object: each valid session scored once, each hot one alerted once, each malformed one quarantined.
 * `npm run bench` runs the same with 10,000 sessions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSoak, type SoakReport } from '../bench/soak';
import { AGENT_CALL_EXCHANGES, generateSessions, typicalRecord } from '../bench/generate';
import defaultTemplate from '../agent-container/templates/default.json';
import { encodeSessionRecord, parseSessionRecord } from '../lib/session-record';

describe('generated sessions', () => {
  test('are valid records, deterministic per seed, and the typical one is about 20 KB gzip', () => {
    const a = generateSessions(5, 20);
    expect(generateSessions(5, 20)).toEqual(a);
    expect(generateSessions(6, 20)).not.toEqual(a);
    for (const r of a) expect(parseSessionRecord(r)).toEqual(r);
    expect(new Set(a.map((r) => r.session_id)).size).toBe(20);
    const size = encodeSessionRecord(typicalRecord()).byteLength;
    expect(size).toBeGreaterThan(18_000);
    expect(size).toBeLessThan(23_000);
  });

  test('AGENT_CALL_EXCHANGES gives calls no longer than the default template lets the agent record', () => {
    const cap = (defaultTemplate as { call: { max_duration_seconds: number } }).call.max_duration_seconds;
    const records = generateSessions(7, 200, { exchanges: AGENT_CALL_EXCHANGES });
    const seconds = records.map((r) => r.duration_seconds);
    expect(Math.max(...seconds)).toBeLessThanOrEqual(cap);
    expect(Math.min(...seconds)).toBeGreaterThan(120);
    for (const r of records) expect(parseSessionRecord(r)).toEqual(r);
  });
});

describe('soak replay through the local stack', () => {
  let dir: string;
  let report: SoakReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soak-'));
    report = await runSoak({ directory: dir, sessions: 300, seed: 3, duplicateRate: 0.1, malformedRate: 0.05, exchanges: 20 });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the mix holds duplicates, hot leads and every kind of malformed object', () => {
    expect(report.objects).toBe(300);
    expect(report.valid + report.malformed).toBe(300);
    expect(report.duplicatesDelivered).toBeGreaterThan(10);
    expect(report.hot).toBeGreaterThan(20);
    expect(Object.keys(report.quarantineByReason).sort()).toEqual([
      'decompressed_too_large',
      'invalid_json',
      'invalid_record',
      'key_outside_layout',
      'key_record_mismatch',
      'not_gzip',
      'unsupported_schema_version',
    ]);
  });

  test('no invariant is broken', () => {
    expect(report.violations).toEqual([]);
    expect(report.deadLettered).toBe(0);
  });

  test('every valid session scored once, redeliveries rescored in place', () => {
    expect(report.scoredOnce).toBe(report.valid);
    expect(report.scoringRuns).toBeGreaterThan(report.valid);
  });

  test('every hot session alerted exactly once, nothing else alerted', () => {
    expect(report.alertedOnce).toBe(report.hot);
    expect(report.alertsPublished).toBe(report.hot);
    expect(report.outboxFiles).toBe(report.hot);
  });

  test('every malformed object quarantined with its reason and moved out of sessions/; every partition registered', () => {
    expect(report.quarantined).toBe(report.malformed);
    expect(report.moved).toBe(report.malformed);
    expect(report.partitionsRegistered).toBe(report.partitions);
  });
});
