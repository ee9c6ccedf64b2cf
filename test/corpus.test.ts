/**
 * Real calls no one here wrote: every call in ../shared/corpus/sales-calls/** is replayed
 * through the agent's replay mode into the local stack, and each must become a valid session
 * record under the key layout that score-lead scores (no quarantine) and partition-register
 * registers, and that DuckDB reads back. Skips with a printed reason when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replayFiles, type ReplayOutcome } from '../bin/commands/replay';
import { expandCallPaths } from '../bin/cli/call-files';
import { openLocalLake, startLocalStack, type LocalStack } from '../lib/local';
import { LeadScoreSchema } from '../lib/scoring';
import { parseSessionKey, parseSessionRecord, sessionKey } from '../lib/session-record';
import { S3SessionSink } from '../lib/storage/session-sink';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'sales-calls');
const maybe = existsSync(corpus) ? describe : describe.skip;
if (!existsSync(corpus)) console.warn(`corpus test skipped: ${corpus} is absent (the shared corpus of real sales calls is not checked out)`);

maybe('the shared sales-call corpus through the whole local pipeline', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trialist-corpus-'));
  const { files } = expandCallPaths([corpus]);
  let stack: LocalStack;
  let outcomes: ReplayOutcome[];

  beforeAll(async () => {
    stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: () => undefined });
    outcomes = await replayFiles(files, { sink: new S3SessionSink(stack.s3, stack.bucket), log: () => undefined });
    await stack.drain();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the corpus calls', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('replays every call into a valid session record under the key layout', () => {
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed).toEqual([]);
    for (const o of outcomes) {
      if (!o.ok) continue;
      const record = parseSessionRecord(o.record);
      expect(o.key).toBe(sessionKey(record.session_id, record.started_at));
      expect(parseSessionKey(o.key).sessionId).toBe(record.session_id);
      expect(record.transcript.length).toBeGreaterThan(1);
      expect(record.transcript.some((t) => t.role === 'user')).toBe(true);
      expect(record.transcript.some((t) => t.role === 'agent')).toBe(true);
      expect(record.session.replay_source).toBe(path.basename(o.file));
    }
    // Session ids must not collide, or one call would overwrite another.
    expect(new Set(outcomes.map((o) => (o.ok ? o.record.session_id : o.file))).size).toBe(files.length);
  });

  it('score-lead accepts and scores every record; partition-register registers every day', async () => {
    const deliveries = stack.deliveries();
    expect(deliveries.filter((d) => !d.ok)).toEqual([]);
    const scoreRuns = deliveries.filter((d) => d.fn === 'score-lead');
    expect(scoreRuns).toHaveLength(files.length);
    for (const d of scoreRuns) expect(d.result).toMatchObject({ quarantined: [] });
    const scores = stack.scores();
    for (const o of outcomes) {
      if (!o.ok) continue;
      const score = LeadScoreSchema.parse(scores.get(o.record.session_id));
      expect(score.started_at).toBe(o.record.started_at);
    }
    const days = new Set(outcomes.flatMap((o) => (o.ok ? [o.key.split('/').slice(1, 4).join('/')] : [])));
    expect(new Set((await stack.catalog.list('voice_sessions')).map((p) => p.path))).toEqual(days);
  });

  it('DuckDB reads every record and score back through the views', async () => {
    const lake = await openLocalLake({ directory: dir });
    try {
      const n = await lake.run(
        'SELECT count(*) AS sessions, count(DISTINCT s.session_id) AS scored FROM voice_sessions v LEFT JOIN lead_scores s ON s.session_id = v.session_id',
      );
      expect(n.rows).toEqual([{ sessions: files.length, scored: files.length }]);
      const turns = await lake.run('SELECT sum(cardinality(transcript)) AS turns FROM voice_sessions');
      const expected = outcomes.reduce((t, o) => t + (o.ok ? o.record.transcript.length : 0), 0);
      expect(turns.rows).toEqual([{ turns: expected }]);
    } finally {
      lake.close();
    }
  });
});
