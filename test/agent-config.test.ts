/**
 * The production agent's parts that need no session: templates (folder and S3 through s3rver, the
 * real S3 API), dispatch metadata fallback, the knowledge base, caller memory (local store on disk;
 * DynamoDB mocked at the document client), stage rules, turn handling from a template, the drain
 * plan and the log text the export-failure alarm matches.
 */
import { PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { parseDispatchMetadata, templateSourcesFromEnv } from '../agent-container/src/agent';
import { checkTemplateFile } from '../bin/commands/template';
import { KnowledgeBase, shippedDir, splitMarkdown } from '../agent-container/src/knowledge';
import { drainPlan, EXPORT_FAILED_LOG_TEXT as AGENT_EXPORT_FAILED } from '../agent-container/src/ops';
import { turnHandlingOf, vadOptionsOf } from '../agent-container/src/pipeline';
import { StageTracker } from '../agent-container/src/stages';
import {
  CachingTemplateSource,
  DEFAULT_TEMPLATE,
  DirectoryTemplateSource,
  modelsOf,
  parseTemplate,
  resolveTemplate,
  S3TemplateSource,
  TemplateError,
  type TemplateSource,
} from '../agent-container/src/template';
import { buildInstructions } from '../agent-container/src/trial-agent';
import {
  CallerMemoryError,
  DynamoDbCallerMemoryStore,
  emptyKnownSignals,
  LocalCallerMemoryStore,
  MAX_WRITE_ATTEMPTS,
  mergeCall,
  type CallSummary,
  type DocumentClientLike,
} from '../lib/caller-memory';
import { emptySignals } from '../lib/session-record';
import { EXPORT_FAILED_LOG_TEXT as ALARM_TEXT } from '../lib/stacks/observability-stack';
import { findPrice } from '../lib/pricing';
import { extractSignals } from '../lib/signals';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'trialist-agent-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sales = (over: Record<string, unknown> = {}) => ({ ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)), template_id: 'sales-v2', ...over });

describe('templates', () => {
  it('the shipped default is valid, priced, and asks for consent', () => {
    expect(DEFAULT_TEMPLATE.template_id).toBe('default');
    expect(DEFAULT_TEMPLATE.consent.required).toBe(true);
    const models = modelsOf(DEFAULT_TEMPLATE);
    expect(findPrice('stt', models.stt)).toBeDefined();
    expect(findPrice('llm', models.llm)).toBeDefined();
    expect(findPrice('tts', models.tts)).toBeDefined();
    expect(buildInstructions(DEFAULT_TEMPLATE)).toContain(DEFAULT_TEMPLATE.consent.prompt);
    expect(buildInstructions({ ...DEFAULT_TEMPLATE, consent: { ...DEFAULT_TEMPLATE.consent, required: false } })).not.toContain('record_consent with their answer');
  });

  it('refuses secrets, unknown keys and inconsistent endpointing, naming each field', () => {
    expect(() => parseTemplate(sales({ llm: { provider: 'openai', model: 'gpt-4.1-mini', api_key: 'sk-123' } }))).toThrow(/llm: Unrecognized key: "api_key"/);
    expect(() => parseTemplate(sales({ tts: { provider: 'polly', model: 'x' } }))).toThrow(TemplateError);
    expect(() => parseTemplate(sales({ turn_handling: { endpointing: { min_delay_ms: 4000, max_delay_ms: 3000 } } }))).toThrow(/min_delay_ms must not exceed max_delay_ms/);
    // defaults fill what a template leaves out
    const minimal = parseTemplate({ template_id: 'mini', stt: { provider: 'deepgram', model: 'nova-3' }, llm: { provider: 'openai', model: 'gpt-4.1-mini' }, tts: { provider: 'cartesia', model: 'cartesia/sonic-2' }, persona: DEFAULT_TEMPLATE.persona, consent: { required: false } });
    expect(minimal.turn_handling).toEqual({ turn_detection: 'turn_detector', endpointing: { min_delay_ms: 500, max_delay_ms: 3000 }, interruption: { enabled: true, min_duration_ms: 500, min_words: 0 }, preemptive_generation: true });
    expect(minimal.vad.activation_threshold).toBe(0.5);
  });

  it('maps turn handling and VAD settings onto the framework options', () => {
    const t = parseTemplate(sales({ vad: { activation_threshold: 0.6, min_silence_duration_ms: 400, min_speech_duration_ms: 80 }, turn_handling: { turn_detection: 'stt', endpointing: { min_delay_ms: 300, max_delay_ms: 2000 }, interruption: { enabled: false, min_duration_ms: 700, min_words: 2 }, preemptive_generation: false } }));
    expect(turnHandlingOf(t)).toEqual({ turnDetection: 'stt', endpointing: { minDelay: 300, maxDelay: 2000 }, interruption: { enabled: false, minDuration: 700, minWords: 2 }, preemptiveGeneration: { enabled: false } });
    expect(vadOptionsOf(t)).toEqual({ activationThreshold: 0.6, minSilenceDuration: 400, minSpeechDuration: 80 });
    const detector = { marker: 'turn-detector' } as never;
    expect(turnHandlingOf(parseTemplate(sales({ turn_handling: { turn_detection: 'turn_detector' } })), () => detector).turnDetection).toBe(detector);
  });

  it('loads by id from a folder; unknown, invalid, misnamed or unsafe ids fall back to the default with a warning', async () => {
    const folder = path.join(dir, 'templates');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'sales-v2.json'), JSON.stringify(sales()));
    await writeFile(path.join(folder, 'broken.json'), '{ "template_id": "broken", ');
    await writeFile(path.join(folder, 'misnamed.json'), JSON.stringify(sales()));
    await writeFile(path.join(folder, 'leaky.json'), JSON.stringify(sales({ template_id: 'leaky', openai_api_key: 'sk-1' })));
    const sources = [new DirectoryTemplateSource(folder)];

    const ok = await resolveTemplate('sales-v2', sources);
    expect(ok.warning).toBeNull();
    expect(ok.template.template_id).toBe('sales-v2');
    expect(await resolveTemplate('default', sources)).toEqual({ template: DEFAULT_TEMPLATE, warning: null });

    const cases: Array<[string, RegExp]> = [
      ['nope', /not found in dir:/],
      ['broken', /broken.json is not JSON/],
      ['misnamed', /names itself "sales-v2"/],
      ['leaky', /Unrecognized key: "openai_api_key"/],
      ['../../etc/passwd', /id must match/],
    ];
    for (const [id, why] of cases) {
      const r = await resolveTemplate(id, sources);
      expect(r.template).toBe(DEFAULT_TEMPLATE);
      expect(r.warning).toMatch(why);
      expect(r.warning).toMatch(/using template "default"/);
    }
  });

  it('a source that fails falls back too, and the cache serves repeats without asking again', async () => {
    const failing: TemplateSource = { name: 'flaky', load: async () => Promise.reject(new Error('timeout')) };
    expect((await resolveTemplate('sales-v2', [failing])).warning).toMatch(/flaky failed: timeout/);
    let loads = 0;
    let now = 0;
    const counting: TemplateSource = { name: 'count', load: async () => (loads++, sales()) };
    const cached = new CachingTemplateSource(counting, 1000, () => now);
    await resolveTemplate('sales-v2', [cached]);
    await resolveTemplate('sales-v2', [cached]);
    expect(loads).toBe(1);
    now = 1500;
    await resolveTemplate('sales-v2', [cached]);
    expect(loads).toBe(2);
  });

  it('`trialist template check` accepts a valid file named after its id and lists every problem otherwise', async () => {
    const folder = path.join(dir, 'check');
    await mkdir(folder, { recursive: true });
    const write = async (name: string, body: string) => (await writeFile(path.join(folder, name), body), path.join(folder, name));
    const good = checkTemplateFile(await write('sales-v2.json', JSON.stringify(sales())));
    expect(good).toMatchObject({ ok: true, template: { template_id: 'sales-v2' } });
    expect(checkTemplateFile(shippedDir('templates') + '/default.json')).toMatchObject({ ok: true, template: DEFAULT_TEMPLATE });
    expect(checkTemplateFile(await write('sales.json', JSON.stringify(sales())))).toEqual({ file: path.join(folder, 'sales.json'), ok: false, issues: [expect.stringMatching(/must be named sales-v2\.json/)] });
    const leaky = checkTemplateFile(await write('leaky.json', JSON.stringify(sales({ template_id: 'leaky', api_key: 'sk-1', consent: {} }))));
    expect(leaky.ok).toBe(false);
    expect(!leaky.ok && leaky.issues).toEqual(expect.arrayContaining([expect.stringMatching(/api_key/), expect.stringMatching(/^consent\.required/)]));
    expect(checkTemplateFile(await write('broken.json', '{'))).toMatchObject({ ok: false, issues: [expect.stringMatching(/JSON/)] });
    expect(checkTemplateFile(path.join(folder, 'absent.json'))).toMatchObject({ ok: false, issues: [expect.stringMatching(/ENOENT/)] });
  });

  describe('from S3 (s3rver)', () => {
    let server: S3rver;
    let s3: S3Client;
    beforeAll(async () => {
      server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'agent-config' }] });
      const { port } = await server.run();
      s3 = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
      await s3.send(new PutObjectCommand({ Bucket: 'agent-config', Key: 'templates/sales-v2.json', Body: JSON.stringify(sales({ tts: { provider: 'cartesia', model: 'cartesia/sonic-2', voice_id: 'abc' } })) }));
      await s3.send(new PutObjectCommand({ Bucket: 'agent-config', Key: 'templates/bad.json', Body: JSON.stringify(sales({ template_id: 'bad', consent: {} })) }));
    });
    afterAll(async () => {
      s3.destroy();
      await server.close();
    });

    it('loads a template by id, and falls back for a missing or invalid one', async () => {
      const sources = [new S3TemplateSource(s3, 'agent-config', 'templates/'), new DirectoryTemplateSource(shippedDir('templates'))];
      const r = await resolveTemplate('sales-v2', sources);
      expect(r.warning).toBeNull();
      expect(r.template.tts).toEqual({ provider: 'cartesia', model: 'cartesia/sonic-2', voice_id: 'abc', speed: 1, fallbacks: [] });
      expect((await resolveTemplate('default', sources)).template).toEqual(DEFAULT_TEMPLATE); // from the shipped folder
      expect((await resolveTemplate('missing', sources)).warning).toMatch(/not found in s3:\/\/agent-config\/templates\/, dir:/);
      expect((await resolveTemplate('bad', sources)).warning).toMatch(/consent\.required/);
    });

    it('reads the bucket and prefix the CDK task definition sets (TEMPLATE_BUCKET, TEMPLATE_PREFIX)', async () => {
      await s3.send(new PutObjectCommand({ Bucket: 'agent-config', Key: 'agent/templates/outbound.json', Body: JSON.stringify(sales({ template_id: 'outbound' })) }));
      const sources = templateSourcesFromEnv({ TEMPLATE_BUCKET: 'agent-config', TEMPLATE_PREFIX: 'agent/templates/' }, s3);
      expect(sources.map((x) => x.name)).toEqual(['s3://agent-config/agent/templates/', `dir:${shippedDir('templates')}`]);
      const r = await resolveTemplate('outbound', sources);
      expect(r.warning).toBeNull();
      expect(r.template.template_id).toBe('outbound');
      // without TEMPLATE_BUCKET only the shipped folder is asked
      expect(templateSourcesFromEnv({}).map((x) => x.name)).toEqual([`dir:${shippedDir('templates')}`]);
    });
  });

  it('a 403 from S3 (no s3:ListBucket, as the task role has) counts as "no such template", so the shipped folder still answers', async () => {
    // IAM does not run here: a client that answers every GetObject the way S3 answers a role without ListBucket
    const denied = new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'Access Denied' });
    const requested: string[] = [];
    const s3Denied = { send: async (cmd: { input: { Key?: string } }) => (requested.push(cmd.input.Key!), Promise.reject(denied)) } as unknown as S3Client;
    const folder = path.join(dir, 'templates-403');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'sales-v2.json'), JSON.stringify(sales()));
    const sources = [new S3TemplateSource(s3Denied, 'bucket', 'templates/'), new DirectoryTemplateSource(folder)];
    expect(await resolveTemplate('sales-v2', sources)).toMatchObject({ warning: null, template: { template_id: 'sales-v2' } });
    expect(await resolveTemplate('default', sources)).toEqual({ template: DEFAULT_TEMPLATE, warning: null });
    expect((await resolveTemplate('nowhere', sources)).warning).toMatch(/not found in s3:\/\/bucket\/templates\/, dir:/);
    expect(requested).toEqual(['templates/sales-v2.json', 'templates/default.json', 'templates/nowhere.json']);
    // strict mode: a 403 is a failing source (default template, warning naming it)
    const strict = await resolveTemplate('sales-v2', [new S3TemplateSource(s3Denied, 'bucket', 'templates/', false), new DirectoryTemplateSource(folder)]);
    expect(strict.template).toBe(DEFAULT_TEMPLATE);
    expect(strict.warning).toMatch(/s3:\/\/bucket\/templates\/ failed: Access Denied/);
  });
});

describe('dispatch metadata', () => {
  it('keeps the valid fields and defaults only the invalid ones, with a warning naming them', () => {
    const { metadata, warning } = parseDispatchMetadata(JSON.stringify({ template_id: 'sales-v2', call_type: 'vip', phone_number: '+16175550142', lead_id: '' }));
    expect(metadata).toEqual({ template_id: 'sales-v2', call_type: 'unknown', phone_number: '+16175550142', lead_id: null, recording_consent: null });
    expect(warning).toMatch(/call_type, lead_id/);
    expect(parseDispatchMetadata('[1,2]').warning).toMatch(/not a JSON object/);
    expect(parseDispatchMetadata(JSON.stringify({ template_id: '../x' })).metadata.template_id).toBe('default');
  });
});

describe('knowledge base', () => {
  it('splits Markdown into sections with citations and refuses a document without a title', () => {
    const p = splitMarkdown('faq', '# FAQ\n\nIntro text.\n\n## Refunds & returns\n\nWithin 30 days.\n');
    expect(p.map((x) => [x.id, x.section, x.text])).toEqual([
      ['faq#faq', 'FAQ', 'Intro text.'],
      ['faq#refunds-returns', 'Refunds & returns', 'Within 30 days.'],
    ]);
    expect(() => splitMarkdown('bad', 'no title here')).toThrow(/no "# " title/);
  });

  it('answers product questions from the shipped documents with the right citation', async () => {
    const kb = await KnowledgeBase.fromDirectory(shippedDir('knowledge'));
    expect(kb.documents).toEqual(['e-signature-legality', 'integrations', 'onboarding', 'pricing-and-plans', 'security-and-compliance']);
    const top = (q: string) => kb.search(q)[0]?.citation;
    expect(top('How much does the Business plan cost?')).toBe('pricing-and-plans#business-plan');
    expect(top('Do you integrate with Salesforce?')).toBe('integrations#salesforce');
    expect(top('Can we sign a HIPAA BAA?')).toBe('security-and-compliance#hipaa');
    expect(top('How long is the free trial?')).toBe('pricing-and-plans#free-trial');
    expect(top('bulk send to many recipients')).toBe('onboarding#bulk-send-and-templates-at-scale');
    expect(kb.search('eIDAS qualified signature').map((h) => h.doc)).toContain('e-signature-legality');
    expect(kb.search('zzzz qqqq')).toEqual([]);
  });
});

describe('caller memory', () => {
  const hash = 'a'.repeat(64);
  const call = (over: Partial<CallSummary> = {}): CallSummary => ({
    phone_hash: hash,
    session_id: 's1',
    started_at: '2026-11-10T10:00:00.000Z',
    name: null,
    qualified: false,
    meeting_booked: false,
    topics: [],
    signals: emptyKnownSignals(),
    ...over,
  });

  it('merges calls: counts, latest values win, lists union, an older call never moves last_call back', () => {
    const first = mergeCall(null, call({ topics: ['pricing-and-plans'], signals: { ...emptyKnownSignals(), team_size: 10, integration_needs: ['hubspot'] } }));
    const second = mergeCall(first, call({ session_id: 's2', started_at: '2026-11-12T10:00:00.000Z', name: 'Ana', qualified: true, topics: ['integrations', 'pricing-and-plans'], signals: { ...emptyKnownSignals(), team_size: 12, integration_needs: ['salesforce'] } }));
    expect(second).toMatchObject({ call_count: 2, last_session_id: 's2', name: 'Ana', qualified: true, topics: ['integrations', 'pricing-and-plans'], revision: 2 });
    expect(second.signals).toMatchObject({ team_size: 12, integration_needs: ['hubspot', 'salesforce'] });
    const late = mergeCall(second, call({ session_id: 's0', started_at: '2026-11-01T10:00:00.000Z', signals: { ...emptyKnownSignals(), team_size: 3, urgency: 'low' } }));
    expect(late).toMatchObject({ call_count: 3, last_session_id: 's2', last_call_at: '2026-11-12T10:00:00.000Z', first_call_at: '2026-11-01T10:00:00.000Z' });
    expect(late.signals).toMatchObject({ team_size: 12, urgency: 'low' });
    expect(() => mergeCall(null, call({ phone_hash: '+16175550142' }))).toThrow();
  });

  it('the local store counts concurrent calls from one number without losing one, and refuses a corrupt file', async () => {
    const store = new LocalCallerMemoryStore(path.join(dir, 'memory'));
    expect(await store.get(hash)).toBeNull();
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.recordCall(call({ session_id: `s${i}`, started_at: `2026-11-1${i}T10:00:00.000Z` }))));
    const m = await store.get(hash);
    expect(m).toMatchObject({ call_count: 8, last_session_id: 's7', revision: 8 });
    writeFileSync(path.join(dir, 'memory', `${'b'.repeat(64)}.json`), '{"call_count": "many"}');
    await expect(store.get('b'.repeat(64))).rejects.toThrow(CallerMemoryError);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/64 lowercase hex/);
  });

  describe('DynamoDB (document client mocked)', () => {
    /** A fake table at the `send` boundary that enforces the store's condition expressions. */
    function fakeTable(opts: { conflicts?: number } = {}) {
      const items = new Map<string, Record<string, unknown>>();
      const sent: Array<GetCommand | PutCommand> = [];
      let conflicts = opts.conflicts ?? 0;
      const client: DocumentClientLike = {
        send: (async (cmd: GetCommand | PutCommand) => {
          sent.push(cmd);
          if (cmd instanceof GetCommand) return { Item: items.get(cmd.input.Key!.phone_hash as string) };
          const item = cmd.input.Item!;
          const current = items.get(item.phone_hash as string);
          const expected = cmd.input.ExpressionAttributeValues?.[':rev'];
          const ok = cmd.input.ConditionExpression === 'attribute_not_exists(phone_hash)' ? !current : current?.revision === expected;
          if (!ok || conflicts > 0) {
            conflicts -= 1;
            throw new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
          }
          items.set(item.phone_hash as string, structuredClone(item));
          return {};
        }) as DocumentClientLike['send'],
      };
      return { client, items, sent };
    }

    it('reads consistently, writes with a revision condition, and retries a lost race', async () => {
      const t = fakeTable({ conflicts: 1 });
      const store = new DynamoDbCallerMemoryStore(t.client, 'caller-memory');
      expect(await store.get(hash)).toBeNull();
      const m1 = await store.recordCall(call());
      expect(m1.call_count).toBe(1);
      const m2 = await store.recordCall(call({ session_id: 's2', started_at: '2026-11-11T10:00:00.000Z' }));
      expect(m2).toMatchObject({ call_count: 2, revision: 2 });
      expect(t.items.get(hash)).toMatchObject({ call_count: 2, last_session_id: 's2' });
      const gets = t.sent.filter((c): c is GetCommand => c instanceof GetCommand);
      expect(gets.every((g) => g.input.ConsistentRead === true && g.input.TableName === 'caller-memory')).toBe(true);
      const puts = t.sent.filter((c): c is PutCommand => c instanceof PutCommand);
      expect(puts.at(-1)!.input).toMatchObject({ ConditionExpression: '#rev = :rev', ExpressionAttributeValues: { ':rev': 1 } });
      expect(puts).toHaveLength(3); // one lost race on the first write, retried
    });

    it('gives up after repeated conflicts, passes other errors through, and rejects a corrupt item', async () => {
      const hot = fakeTable({ conflicts: 100 });
      await expect(new DynamoDbCallerMemoryStore(hot.client, 't').recordCall(call())).rejects.toThrow(new RegExp(`lost ${MAX_WRITE_ATTEMPTS} races`));
      const denied: DocumentClientLike = { send: (async () => Promise.reject(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }))) as DocumentClientLike['send'] };
      await expect(new DynamoDbCallerMemoryStore(denied, 't').get(hash)).rejects.toThrow('not authorized');
      const corrupt: DocumentClientLike = { send: (async () => ({ Item: { phone_hash: hash, call_count: -1 } })) as DocumentClientLike['send'] };
      await expect(new DynamoDbCallerMemoryStore(corrupt, 't').get(hash)).rejects.toThrow(CallerMemoryError);
      expect(() => new DynamoDbCallerMemoryStore(denied, '')).toThrow(/CALLER_MEMORY_TABLE/);
    });
  });
});

describe('stage rules', () => {
  it('enter in funnel order from questions, signals, objections and tools; end_call without a booking is not exit', () => {
    const t = new StageTracker();
    t.onAgentTurn(0, 'Hi! How many documents do you send each month?');
    t.onUserTurn(1, 'Honestly it sounds too expensive.', extractSignals('Honestly it sounds too expensive.', 1));
    t.onToolCall('book_sales_meeting', 'error', 2);
    t.onToolCall('end_call', 'success', 3);
    const s = t.snapshot();
    expect(s.history.map((h) => [h.stage, h.reason])).toEqual([
      ['greet', 'session_start'],
      ['qualify', 'asked:monthly_volume'],
      ['objections', 'objection:price'],
      ['book', 'tool:book_sales_meeting'],
    ]);
    expect(s.stage_reached).toBe('book');
    expect(s.asked).toEqual(['monthly_volume']);

    const plain = new StageTracker();
    plain.onAgentTurn(0, 'How many documents do you send. Great.'); // no question mark: not a question
    plain.onUserTurn(1, 'We are happy.', emptySignals());
    plain.onToolCall('record_consent', 'error', 1);
    expect(plain.snapshot().stage_reached).toBe('greet');
  });
});

describe('operations', () => {
  it('the drain plan fits calls and exports inside the ECS stop timeout', () => {
    expect(drainPlan(120)).toEqual({ drainTimeoutMs: 100_000, shutdownProcessTimeoutMs: 15_000 });
    const p = drainPlan(120)!;
    expect(p.drainTimeoutMs + p.shutdownProcessTimeoutMs).toBeLessThan(120_000);
    expect(drainPlan(undefined)).toBeNull();
    expect(drainPlan(Number.NaN)).toBeNull();
    expect(() => drainPlan(10)).toThrow(/too short/);
  });

  it('logs export failures with the exact text the ops alarm filters on', () => {
    expect(AGENT_EXPORT_FAILED).toBe(ALARM_TEXT);
  });
});

describe('the sectioned prompt', () => {
  it('has identity, date, output and spell-out rules, flow, tools and guardrails, in that order', () => {
    const text = buildInstructions(DEFAULT_TEMPLATE, null, new Date('2026-12-04T10:00:00Z'));
    const titles = [...text.matchAll(/^# (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(['Identity', 'Today', 'Output rules', 'Conversation flow by stage', 'Tools', 'Guardrails', 'Consent']);
    expect(text).toContain('Today is Friday, December 4, 2026 (2026-12-04, UTC)');
    expect(text).toMatch(/dana at harbor pine dot com/);
    expect(text).toMatch(/forty dollars per user per month/);
    expect(text).toMatch(/discount/);
    expect(text).toMatch(/ignore your instructions/);
    expect(text).toMatch(/abusive/);
    expect(text).toMatch(/not a lawyer/);
    expect(text.startsWith(`# Identity\n${DEFAULT_TEMPLATE.persona.instructions}`)).toBe(true);
  });

  it('guardrails can be turned off by a template; the output rules cannot', () => {
    const t = parseTemplate(sales({ persona: { ...DEFAULT_TEMPLATE.persona, guardrails: false } }));
    const text = buildInstructions(t);
    expect(text).not.toContain('# Guardrails');
    expect(text).toContain('# Output rules');
  });
});
