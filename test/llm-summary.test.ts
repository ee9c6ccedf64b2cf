/**
 * The optional LLM call analysis over real components: s3rver holds the record and its score, the
 * real @aws-sdk/client-bedrock-runtime talks HTTP to the local Bedrock Runtime stand-in
 * (lib/local/bedrock.ts: POST /model/{modelId}/converse, as the API reference documents it), which
 * replays the recorded answers under test/fixtures/bedrock/. No AWS account or network is used.
 */
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { S3Event } from 'aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LlmSummaryBatchError, makeLlmSummaryHandler } from '../lambdas/llm-summary/handler';
import { AuthorityLevel, InterestLevel, NextStepKind, ObjectionKind } from '../lib/analysis';
import {
  buildAnalysisRequest,
  llmAnalysisKey,
  llmToolInputSchema,
  LlmOutputError,
  parseAnalysisResponse,
  readLlmAnalysis,
  transcriptLines,
} from '../lib/analysis/llm';
import { loadRecordedExchange, startBedrockStandIn, type BedrockStandIn } from '../lib/local/bedrock';
import { startLocalS3, type LocalS3 } from '../lib/local/s3';
import { startLocalStack } from '../lib/local/stack';
import { encodeLeadScore, scoreKey, scoreLead } from '../lib/scoring';
import { encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'llm-test';
const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const fixture = (name: string) => loadRecordedExchange(path.join('test', 'fixtures', 'bedrock', `${name}.json`));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

const turns = (lines: [string, string][]): SessionRecord['transcript'] =>
  lines.map(([who, text], i) => ({ turn_index: i, role: who === 'A' ? 'agent' : 'user', text, start_ms: i * 1000, end_ms: i * 1000 + 900, interrupted: false }));

// the call the recorded answers describe
const call = (session_id: string, overrides: Partial<SessionRecord> = {}) =>
  makeRecord({
    session_id,
    started_at: '2026-11-18T15:00:00.000Z',
    ended_at: '2026-11-18T15:05:00.000Z',
    caller: { identity: 'sip_x', name: 'Dana Ruiz', phone_hash: null, returning_caller: false, call_count: 1 },
    transcript: turns([
      ['A', 'Hi, this is Ava from Trialist. Thanks for starting a trial. How is it going so far?'],
      ['U', "Good. We're a 40-person law firm, I run operations and I sign off on tools like this."],
      ['A', 'Would a 30-minute demo with our sales team help? They have Friday at 10 Eastern.'],
      ['U', 'Friday at 10 works. Send me the invite at dana@example.com. What does the team plan cost?'],
      ['A', 'The team plan is $49 per seat per month; sales can walk you through volume pricing.'],
      ['U', "That's a bit steep compared to Clio's add-on, but if the demo goes well we can find the budget. Call me on +1 415 555 0142."],
      ['A', "I've booked Friday at 10 Eastern. Anything else?"],
      ['U', "No, that's it. Thanks."],
    ]),
    ...overrides,
  });

describe('the request', () => {
  it('derives the tool schema from the analysis schema (same enums)', () => {
    const s = llmToolInputSchema() as { properties: Record<string, { properties: Record<string, { enum?: string[] }> }>; $schema?: string };
    expect(s.$schema).toBeUndefined();
    expect(s.properties.next_step!.properties.kind!.enum).toEqual(NextStepKind.options);
    expect(s.properties.interest!.properties.level!.enum).toEqual(InterestLevel.options);
    expect(s.properties.authority!.properties.level!.enum).toEqual(AuthorityLevel.options);
    expect(JSON.stringify(s.properties.objections)).toContain(JSON.stringify(ObjectionKind.options));
    expect(Object.keys(s.properties).sort()).toEqual(['authority', 'budget', 'competitors', 'interest', 'next_step', 'objections', 'questions', 'summary']);
  });

  it('sends the transcript with PII redacted, no caller name, and forces the tool', () => {
    const { input, inputSha256 } = buildAnalysisRequest(call('req_1'), MODEL);
    const text = JSON.stringify(input.messages);
    expect(text).toContain('[3] Caller: Friday at 10 works. Send me the invite at [email].');
    expect(text).toContain('[phone]');
    expect(text).not.toMatch(/dana@example\.com|555 0142|Dana|Ruiz/);
    expect(text).toContain('2026-11-18T15:00:00.000Z');
    expect(input.toolConfig?.toolChoice).toEqual({ tool: { name: 'record_call_analysis' } });
    expect(input.inferenceConfig).toMatchObject({ temperature: 0 });
    expect(inputSha256).toBe(buildAnalysisRequest(call('req_other_id'), MODEL).inputSha256);
    expect(inputSha256).not.toBe(buildAnalysisRequest(call('req_1', { started_at: '2026-11-19T15:00:00.000Z', ended_at: '2026-11-19T15:05:00.000Z' }), MODEL).inputSha256);
  });

  it('clips a very long transcript in the middle and says how many turns were left out', () => {
    const long = { transcript: Array.from({ length: 400 }, (_, i) => ({ turn_index: i, role: 'user' as const, text: 'x'.repeat(90) })) };
    const lines = transcriptLines(long, 10_000);
    expect(lines.join('\n').length).toBeLessThanOrEqual(10_100);
    expect(lines[0]).toMatch(/^\[0\] Caller:/);
    expect(lines.at(-1)).toMatch(/^\[399\] Caller:/);
    const gap = lines.find((l) => l.startsWith('[...'))!;
    expect(Number(/(\d+) turns left out/.exec(gap)![1]) + lines.length - 1).toBe(400);
  });
});

describe('the answer', () => {
  const turnsOf = new Set([0, 1, 2, 3, 4, 5, 6, 7]);
  const body = (name: string) => structuredClone(fixture(name).body) as Parameters<typeof parseAnalysisResponse>[0];

  it('accepts the recorded tool call', () => {
    const f = parseAnalysisResponse(body('converse-meeting-agreed'), MODEL, turnsOf);
    expect(f.next_step).toMatchObject({ kind: 'meeting', when_iso: '2026-11-20T10:00:00-05:00' });
    expect(f.interest.level).toBe('high');
  });

  it('names every invalid field', () => {
    const err = (() => {
      try {
        parseAnalysisResponse(body('converse-invalid'), MODEL, turnsOf);
      } catch (e) {
        return e as LlmOutputError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(LlmOutputError);
    expect(err!.message).toMatch(new RegExp(`^Bedrock model ${MODEL.replace(/\./g, '\\.')} returned no valid call analysis`));
    expect(err!.problems.join('\n')).toMatch(/interest\.level/);
    expect(err!.problems.join('\n')).toMatch(/objections\.0\.kind/);
    expect(err!.problems.join('\n')).toMatch(/summary/);
  });

  it('refuses a text answer, a cut answer and evidence from turns the call does not have', () => {
    expect(() => parseAnalysisResponse(body('converse-text-answer'), MODEL, turnsOf)).toThrow(/no record_call_analysis tool call \(stop reason end_turn\); it said: "The caller agreed/);
    expect(() => parseAnalysisResponse({ ...body('converse-meeting-agreed'), stopReason: 'max_tokens' }, MODEL, turnsOf)).toThrow(/cut at the output token limit/);
    expect(() => parseAnalysisResponse(body('converse-meeting-agreed'), MODEL, new Set([0, 1, 2]))).toThrow(/evidence cites turn 3, which the call does not have/);
  });

  it('redacts PII a model put back in a quote or the summary', () => {
    const b = body('converse-meeting-agreed') as { output: { message: { content: { toolUse: { input: Record<string, any> } }[] } } };
    const input = b.output.message.content[0]!.toolUse.input;
    input.next_step.evidence.quote = 'Send me the invite at dana@example.com';
    input.summary = 'Call back on +1 415 555 0142.';
    const f = parseAnalysisResponse(b as never, MODEL, turnsOf);
    expect(f.next_step.evidence!.quote).toBe('Send me the invite at [email]');
    expect(f.summary).toBe('Call back on [phone].');
  });
});

describe('llm-summary with the Bedrock stand-in', () => {
  let dir: string;
  let s3: LocalS3;
  let bedrock: BedrockStandIn;
  let client: BedrockRuntimeClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'llm-'));
    s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
    bedrock = await startBedrockStandIn({ models: [MODEL] });
    client = new BedrockRuntimeClient({ endpoint: bedrock.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 3 });
  });
  afterAll(async () => {
    client?.destroy();
    await bedrock?.stop();
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Store a record and its score; the S3 event of the score. */
  async function stored(record: SessionRecord): Promise<S3Event> {
    const score = scoreLead(record);
    await s3.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: sessionKey(record.session_id, record.started_at), Body: encodeSessionRecord(record) }));
    await s3.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: scoreKey(score), Body: encodeLeadScore(score) }));
    return { Records: [{ s3: { bucket: { name: BUCKET }, object: { key: scoreKey(score) } } }] } as unknown as S3Event;
  }
  const recordBytes = async (r: SessionRecord) =>
    Buffer.from(await (await s3.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: sessionKey(r.session_id, r.started_at) }))).Body!.transformToByteArray());
  const handler = (modelId = MODEL) =>
    makeLlmSummaryHandler({ s3: s3.s3, bedrock: client, modelId, logger: silent, now: () => new Date('2026-11-18T15:06:00.000Z') });

  it('stores the analysis beside the record with the model id, leaves the record alone, and does not ask twice', async () => {
    const record = call('llm_good_1');
    const event = await stored(record);
    const before = await recordBytes(record);
    bedrock.replay([fixture('converse-meeting-agreed')]);
    const n = bedrock.requests.length;
    const res = await handler()(event);
    expect(res.written).toEqual([{ session_id: 'llm_good_1', key: 'analysis-llm/year=2026/month=11/day=18/llm_good_1.json.gz', input_tokens: 1187, output_tokens: 412 }]);
    expect(bedrock.requests.slice(n).map((r) => [r.modelId, r.status])).toEqual([[MODEL, 200]]);
    const sent = JSON.stringify(bedrock.requests.at(-1)!.body);
    expect(sent).toContain('[email]');
    expect(sent).not.toContain('dana@example.com');

    const stored_ = await readLlmAnalysis(s3.s3, BUCKET, llmAnalysisKey('llm_good_1', record.started_at));
    expect(stored_).toMatchObject({
      session_id: 'llm_good_1',
      model_id: MODEL,
      generated_at: '2026-11-18T15:06:00.000Z',
      next_step: { kind: 'meeting', when_text: 'Friday at 10 Eastern' },
      interest: { level: 'high' },
      objections: [{ kind: 'price', accepted: null }],
      competitors: [{ id: 'clio', name: 'Clio' }],
      usage: { input_tokens: 1187, output_tokens: 412 },
    });
    expect(await recordBytes(record)).toEqual(before);

    const again = await handler()(event);
    expect(again.skipped).toEqual([{ key: expect.stringMatching(/^scores\//), why: `already analysed by ${MODEL}` }]);
    expect(bedrock.requests.length).toBe(n + 1);
  });

  it('keeps only the deterministic analysis when the answer is invalid, and does not retry it', async () => {
    const record = call('llm_invalid_1');
    const event = await stored(record);
    const before = await recordBytes(record);
    bedrock.replay([fixture('converse-invalid')]);
    const res = await handler()(event);
    expect(res.written).toEqual([]);
    expect(res.invalid).toEqual([{ session_id: 'llm_invalid_1', error: expect.stringMatching(/^Bedrock model .* returned no valid call analysis: .*interest\.level/) }]);
    expect(res.invalid[0]!.error).toMatch(/objections\.0\.kind/);
    expect(await readLlmAnalysis(s3.s3, BUCKET, llmAnalysisKey('llm_invalid_1', record.started_at))).toBeNull();
    expect(await recordBytes(record)).toEqual(before);
  });

  it('retries a 429 ThrottlingException and then succeeds', async () => {
    const record = call('llm_throttled_1');
    const event = await stored(record);
    bedrock.replay([fixture('throttling'), fixture('converse-meeting-agreed')]);
    const n = bedrock.requests.length;
    const res = await handler()(event);
    expect(bedrock.requests.slice(n).map((r) => r.status)).toEqual([429, 200]);
    expect(res.written.map((w) => w.session_id)).toEqual(['llm_throttled_1']);
  }, 20_000);

  it('fails the batch (for Lambda retries, then the dead-letter queue) when throttling outlasts the retries', async () => {
    const record = call('llm_throttled_2');
    const event = await stored(record);
    bedrock.replay([fixture('throttling')]);
    const n = bedrock.requests.length;
    const err = await handler()(event).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmSummaryBatchError);
    expect((err as Error).message).toMatch(/Too many requests/);
    expect(bedrock.requests.slice(n).map((r) => r.status)).toEqual([429, 429, 429]);
    expect(await readLlmAnalysis(s3.s3, BUCKET, llmAnalysisKey('llm_throttled_2', record.started_at))).toBeNull();
  }, 20_000);

  it('sends nothing for a caller who denied data processing', async () => {
    const record = call('llm_denied_1', { consent: { recording: 'granted', data_processing: 'denied', recorded_at: '2026-11-18T15:00:10.000Z' } });
    const event = await stored(record);
    const n = bedrock.requests.length;
    const res = await handler()(event);
    expect(res.skipped).toEqual([{ key: expect.any(String), why: 'the caller denied data processing' }]);
    expect(bedrock.requests.length).toBe(n);
  });

  it('the stand-in refuses what Bedrock refuses: an unknown model id, an unsigned request', async () => {
    const event = await stored(call('llm_unknown_model'));
    bedrock.replay([fixture('converse-meeting-agreed')]);
    await expect(handler('anthropic.no-such-model-v1:0')(event)).rejects.toThrow(/The provided model identifier is invalid/);
    const session = connect(bedrock.endpoint);
    const unsigned = await new Promise<{ status: number; type: unknown }>((resolve, reject) => {
      const req = session.request({ ':method': 'POST', ':path': `/model/${encodeURIComponent(MODEL)}/converse`, 'content-type': 'application/json' });
      req.on('response', (h) => resolve({ status: Number(h[':status']), type: h['x-amzn-errortype'] })).on('error', reject);
      req.end('{"messages":[{"role":"user","content":[{"text":"hi"}]}]}');
    });
    session.close();
    expect(unsigned).toEqual({ status: 403, type: 'AccessDeniedException' });
  });
});

describe('the local stack', () => {
  const quiet = () => undefined;
  /** Put one record through the embedded pipeline; the functions that ran and the keys under analysis-llm/. */
  async function run(llm?: Parameters<typeof startLocalStack>[0]['llm']) {
    const dir = mkdtempSync(path.join(tmpdir(), 'llm-local-'));
    const stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: quiet, llm });
    try {
      const record = call('llm_local_1');
      await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: sessionKey(record.session_id, record.started_at), Body: encodeSessionRecord(record) }));
      await stack.drain();
      await new Promise((r) => setTimeout(r, 300)); // the score's own S3 event
      const report = await stack.drain();
      const listed = await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: 'analysis-llm/' }));
      return { fns: [...new Set(stack.deliveries().map((d) => d.fn))].sort(), failed: report.failed, keys: (listed.Contents ?? []).map((o) => o.Key) };
    } finally {
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('runs no LLM analysis and needs no Bedrock unless one is configured (the demo configures none)', async () => {
    const res = await run();
    expect(res.failed).toEqual([]);
    expect(res.fns).toContain('score-lead');
    expect(res.fns).not.toContain('llm-summary');
    expect(res.keys).toEqual([]);
  });

  it('with a Bedrock client, analyses each scored call beside the record', async () => {
    const bedrock = await startBedrockStandIn({ models: [MODEL], script: [fixture('converse-meeting-agreed')] });
    const client = new BedrockRuntimeClient({ endpoint: bedrock.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    try {
      const res = await run({ bedrock: client, modelId: MODEL });
      expect(res.failed).toEqual([]);
      expect(res.fns).toContain('llm-summary');
      expect(res.keys).toEqual(['analysis-llm/year=2026/month=11/day=18/llm_local_1.json.gz']);
      expect(bedrock.requests.map((r) => r.status)).toEqual([200]);
    } finally {
      client.destroy();
      await bedrock.stop();
    }
  });
});
