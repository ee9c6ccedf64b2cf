/**
 * The production agent driven offline: the real AgentSession, TrialAgent tools and
 * SessionCollector (agent-container/src/call-session.ts) with the framework's
 * `voice.testing.FakeLLM` scripting the model's replies and tool calls. Checks tools and their
 * records, stages, consent, caller memory across two calls (local store), a throwing tool, and the
 * exported record (transcript, signals, metrics, cost) against the schema.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCallerMemory } from '../agent-container/src/agent';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { callerPhoneHash } from '../lib/caller-phone-hash';
import { KnowledgeBase, shippedDir } from '../agent-container/src/knowledge';
import { SESSION_ANALYTICS_MSG, sessionAnalytics } from '../agent-container/src/ops';
import { DEFAULT_TEMPLATE, modelsOf, parseTemplate, type AgentTemplate } from '../agent-container/src/template';
import { greetingInstructions, TOOL_FAILURE_MESSAGES } from '../agent-container/src/trial-agent';
import { LocalCallerMemoryStore, type CallerMemory, type CallerMemoryStore } from '../lib/caller-memory';
import { findPrice, PRICE_TABLE_VERSION } from '../lib/pricing';
import { emptySignals, parseSessionRecord, RECORDING_DENIED_MARKER, type SessionRecord } from '../lib/session-record';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});


type Scripted = voice.testing.FakeLLMResponse & { prefix?: boolean };

/** FakeLLM that also matches an input by prefix (tool outputs are JSON whose tail varies). */
class ScriptedLLM extends voice.testing.FakeLLM {
  constructor(private readonly script: Scripted[]) {
    super(script.filter((s) => !s.prefix));
  }
  override lookup(input: string) {
    return super.lookup(input) ?? this.script.find((s) => s.prefix && input.startsWith(s.input));
  }
}

const PHONE = '+16175550142';
let knowledge: KnowledgeBase;
let dir: string;

beforeAll(async () => {
  knowledge = await KnowledgeBase.fromDirectory(shippedDir('knowledge'));
  dir = mkdtempSync(path.join(tmpdir(), 'trialist-agent-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startCall(
  llm: voice.testing.FakeLLM,
  opts: { sessionId: string; memory?: CallerMemory | null; store?: CallerMemoryStore; kb?: KnowledgeBase; sink?: MemorySink; template?: AgentTemplate; speechUsage?: 'metrics' | 'transcript'; identity?: string },
) {
  const template = opts.template ?? DEFAULT_TEMPLATE;
  const call = createCallSession({
    collector: {
      sessionId: opts.sessionId,
      startedAt: new Date(),
      session: { channel: 'sip', template_id: template.template_id, call_type: 'inbound-qualified' },
      caller: { identity: opts.identity ?? 'sip_caller', name: null, phone: PHONE, memory: opts.memory ?? null },
      models: modelsOf(template),
      speechUsage: opts.speechUsage,
    },
    session: { llm, vad: null },
    template,
    knowledge: opts.kb ?? knowledge,
    memoryStore: opts.store ?? null,
    booking: new MemoryBookingAdapter(),
    sink: opts.sink ?? new MemorySink(),
    greet: false,
  });
  call.session.output.setAudioEnabled(false);
  call.session.output.setTranscriptionEnabled(false);
  return call;
}

const BOOK = { name: 'Dana Whitfield', email: 'dana@harborpine.com', time_window: 'Thursday 10am-12pm ET' };

describe('a first call: consent, qualification, knowledge, objection, booking, exit', () => {
  const sink = new MemorySink();
  let store: LocalCallerMemoryStore;
  let record: SessionRecord;
  let call: ReturnType<typeof startCall>;
  let memory: CallerMemory | null;

  beforeAll(async () => {
    store = new LocalCallerMemoryStore(path.join(dir, 'memory-1'));
    const llm = new ScriptedLLM([
      { input: 'Hi, I have a question about my trial.', content: 'Happy to help. This call is recorded to help our team follow up, is that okay?' },
      { input: 'Sure, that is fine.', content: 'Thanks.', toolCalls: [{ name: 'record_consent', args: { recording: 'granted', data_processing: 'granted' } }] },
      { input: '{"recorded":true', prefix: true, content: 'Noted. How many people are on your team?' },
      { input: 'We are a team of 40 real estate agents sending about 300 contracts a month.', content: 'Great. Anything you want to know?' },
      { input: 'How much is the Business plan?', content: 'Let me check.', toolCalls: [{ name: 'search_knowledge', args: { query: 'Business plan price' } }] },
      { input: '{"query":"Business plan price"', prefix: true, content: 'Business is 35 dollars per user per month billed annually, per our pricing page.' },
      { input: 'Hmm, that is too expensive for us.', content: 'Annual billing saves about twenty percent. Want to talk to sales about volume pricing?' },
      { input: 'Yes, Thursday 10 to 12 Eastern, dana@harborpine.com, Dana Whitfield.', content: 'Booking it now.', toolCalls: [{ name: 'book_sales_meeting', args: BOOK }] },
      { input: '{"booked":true', prefix: true, content: 'You are booked for Thursday.' },
      { input: 'Thanks, bye.', content: 'Bye!', toolCalls: [{ name: 'end_call', args: {} }] },
    ]);
    call = startCall(llm, { sessionId: 'lk-first-call', store, sink });
    await call.session.start({ agent: call.agent });
    for (const text of [
      'Hi, I have a question about my trial.',
      'Sure, that is fine.',
      'We are a team of 40 real estate agents sending about 300 contracts a month.',
      'How much is the Business plan?',
      'Hmm, that is too expensive for us.',
      'Yes, Thursday 10 to 12 Eastern, dana@harborpine.com, Dana Whitfield.',
      'Thanks, bye.',
    ]) {
      await call.session.run({ userInput: text }).wait();
    }
    ({ record } = await call.exported);
    memory = await call.remembered;
  });

  it('exports exactly one record that validates against the schema', () => {
    expect(sink.written).toHaveLength(1);
    expect(parseSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(record.transcript.length).toBeGreaterThanOrEqual(14);
    expect(record.outcome.end_reason).toBe('agent_ended');
  });

  it('runs every tool and records its arguments, outcome and latency', () => {
    expect(record.tool_calls.map((c) => [c.name, c.outcome])).toEqual([
      ['record_consent', 'success'],
      ['search_knowledge', 'success'],
      ['book_sales_meeting', 'success'],
      ['end_call', 'success'],
    ]);
    for (const c of record.tool_calls) {
      expect(c.latency_ms).toBeGreaterThanOrEqual(0);
      expect(record.transcript[c.turn_index]).toBeDefined();
    }
    expect(JSON.parse(record.tool_calls[1]!.arguments)).toEqual({ query: 'Business plan price' });
    const found = JSON.parse(record.tool_calls[1]!.output) as { passages: Array<{ citation: string; text: string }> };
    expect(found.passages[0]!.citation).toBe('pricing-and-plans#business-plan');
    expect(found.passages[0]!.text).toMatch(/\$35 per user per month/);
  });

  it('asks for consent and stores the answer with its time', () => {
    expect(record.consent.recording).toBe('granted');
    expect(record.consent.data_processing).toBe('granted');
    const at = Date.parse(record.consent.recorded_at!);
    expect(at).toBeGreaterThanOrEqual(Date.parse(record.started_at));
    expect(at).toBeLessThanOrEqual(Date.parse(record.ended_at));
  });

  it('moves through the stages in order and reports the furthest', () => {
    const snap = call.collector.stageSnapshot();
    expect(snap.history.map((h) => h.stage)).toEqual(['greet', 'verify', 'qualify', 'answer', 'objections', 'book', 'exit']);
    expect(snap.history.find((h) => h.stage === 'objections')!.reason).toBe('objection:price');
    expect(snap.asked).toContain('team_size');
    expect(snap.learned).toEqual(expect.arrayContaining(['team_size', 'monthly_volume', 'industry']));
    expect(record.outcome.stage_reached).toBe('exit');
  });

  it('extracts signals from the caller turns, with evidence', () => {
    expect(record.discovered_signals.team_size).toBe(40);
    expect(record.discovered_signals.monthly_volume).toBe(300);
    for (const e of record.discovered_signals.evidence) expect(record.transcript[e.turn_index]!.role).toBe('user');
  });

  it('holds metrics and a priced cost summary', () => {
    const m = record.metrics_summary;
    expect(m.user_turns).toBe(7);
    expect(m.llm_ttft_ms.samples).toBeGreaterThan(0);
    expect(m.tts_characters).toBe(0); // no TTS in this session: no characters synthesized
    expect(record.cost_summary.price_table_version).toBe(PRICE_TABLE_VERSION);
    expect(record.cost_summary.by_provider.map((p) => `${p.provider}/${p.service}`).sort()).toEqual(['deepgram/stt', 'elevenlabs/tts', 'openai/llm']);
  });

  it('remembers the caller by phone hash after the call', async () => {
    expect(memory).toMatchObject({ phone_hash: callerPhoneHash(PHONE).hash, call_count: 1, qualified: true, meeting_booked: true, topics: ['pricing-and-plans'] });
    expect(memory!.signals).toMatchObject({ team_size: 40, monthly_volume: 300 });
    expect(await store.get(callerPhoneHash(PHONE).hash!)).toEqual(memory);
  });

  it('logs one session_analytics line without transcript text', () => {
    const line = sessionAnalytics(record, call.collector.stageSnapshot());
    expect(line).toMatchObject({ event: SESSION_ANALYTICS_MSG, session_id: 'lk-first-call', stage_reached: 'exit', consent_recording: 'granted', meeting_booked: true, transcript_retained: true, consent_redaction: null });
    expect(line.tools).toMatchObject({ search_knowledge: { calls: 1, errors: 0 } });
    const text = JSON.stringify(line);
    for (const t of record.transcript) expect(text).not.toContain(t.text);
    expect(text).not.toContain('dana@harborpine.com');
    expect(text).not.toContain(callerPhoneHash(PHONE).hash);
  });
});

describe('a returning caller', () => {
  it('is recognized: known signals go into the instructions, and the memory counts the call', async () => {
    const store = new LocalCallerMemoryStore(path.join(dir, 'memory-2'));
    const hash = callerPhoneHash(PHONE).hash!;
    await store.recordCall({
      phone_hash: hash,
      session_id: 'earlier',
      started_at: '2026-11-10T15:00:00.000Z',
      name: 'Dana',
      qualified: true,
      meeting_booked: false,
      topics: ['integrations'],
      signals: { team_size: 40, monthly_volume: null, integration_needs: ['salesforce'], current_solution: ['docusign'], urgency: null, industry: 'real_estate', use_case: null, pain_points: [] },
    });
    const warnings: string[] = [];
    const memory = await readCallerMemory(store, PHONE, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(memory).toMatchObject({ call_count: 1, name: 'Dana' });

    const llm = new ScriptedLLM([{ input: 'Hi again, it is Dana.', content: 'Welcome back Dana! Still 40 on the team?' }]);
    const call = startCall(llm, { sessionId: 'lk-second-call', memory, store });
    expect(call.agent.instructions).toMatch(/Returning caller: this is call number 2/);
    expect(call.agent.instructions).toMatch(/do not ask again[^\n]*team size: 40[^\n]*systems to connect: salesforce[^\n]*current tools: docusign/);
    expect(greetingInstructions(DEFAULT_TEMPLATE, memory)).toMatch(/welcome them back by name \(Dana\)/);
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Hi again, it is Dana.' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.caller).toMatchObject({ returning_caller: true, call_count: 2, phone_hash: hash });
    expect(call.collector.stageSnapshot().learned).toEqual(expect.arrayContaining(['team_size', 'integration_needs', 'current_solution', 'industry']));
    const after = await call.remembered;
    expect(after).toMatchObject({ call_count: 2, last_session_id: 'lk-second-call', topics: ['integrations'], meeting_booked: false });
    expect(after!.signals.team_size).toBe(40);
  });

  it('a memory store that fails or hangs does not hold up the call: the caller is treated as new', async () => {
    const broken: CallerMemoryStore = { get: async () => Promise.reject(new Error('throttled')), recordCall: async () => Promise.reject(new Error('throttled')) };
    const slow: CallerMemoryStore = { get: () => new Promise(() => undefined), recordCall: async () => Promise.reject(new Error('no')) };
    const warnings: string[] = [];
    expect(await readCallerMemory(broken, PHONE, (m) => warnings.push(m))).toBeNull();
    expect(await readCallerMemory(slow, PHONE, (m) => warnings.push(m), 50)).toBeNull();
    expect(await readCallerMemory(broken, null, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual(['throttled', 'no answer within 50 ms']);

    // and a failing memory write leaves the record export alone
    const call = startCall(new ScriptedLLM([{ input: 'Hello?', content: 'Hi there.' }]), { sessionId: 'lk-memory-down', store: broken });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Hello?' }).wait();
    await call.session.close();
    await expect(call.exported).resolves.toMatchObject({ record: { session_id: 'lk-memory-down' } });
    await expect(call.remembered).rejects.toThrow('throttled');
  });
});

describe('tool failures', () => {
  it('a search that throws is recorded as an error, the agent is told what to say, and the call goes on', async () => {
    const broken = Object.create(knowledge) as KnowledgeBase;
    broken.search = () => {
      throw new Error('index corrupted at offset 4711');
    };
    const llm = new ScriptedLLM([
      { input: 'Is e-signature legal in Germany?', content: 'Let me check.', toolCalls: [{ name: 'search_knowledge', args: { query: 'e-signature legal EU' } }] },
      { input: TOOL_FAILURE_MESSAGES.search_knowledge!, content: 'I cannot look that up right now; can I email you the answer?' },
      { input: 'Sure.', content: 'Great, I will.' },
    ]);
    const call = startCall(llm, { sessionId: 'lk-tool-throws', kb: broken });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Is e-signature legal in Germany?' }).wait();
    await call.session.run({ userInput: 'Sure.' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.tool_calls).toEqual([expect.objectContaining({ name: 'search_knowledge', outcome: 'error', output: TOOL_FAILURE_MESSAGES.search_knowledge })]);
    expect(JSON.stringify(record)).not.toContain('4711');
    expect(record.transcript.map((t) => t.text)).toEqual([
      'Is e-signature legal in Germany?',
      'Let me check.',
      'I cannot look that up right now; can I email you the answer?',
      'Sure.',
      'Great, I will.',
    ]);
    // a failed search still means the caller asked a product question
    expect(record.outcome.stage_reached).toBe('answer');
    expect(record.consent).toEqual({ recording: 'not_asked', data_processing: 'not_asked', recorded_at: null });
  });

  it('a denied consent is stored as denied, the call continues, and the exported record keeps nothing the caller said', async () => {
    const store = new LocalCallerMemoryStore(path.join(dir, 'memory-denied'));
    const llm = new ScriptedLLM([
      { input: 'No, please do not record this.', content: 'Understood.', toolCalls: [{ name: 'record_consent', args: { recording: 'denied' } }] },
      { input: '{"recorded":true', prefix: true, content: 'No problem, how can I help?' },
      { input: 'We are 40 agents at Harbor Pine Realty, is HIPAA covered?', content: 'Let me check.', toolCalls: [{ name: 'search_knowledge', args: { query: 'HIPAA BAA' } }] },
      { input: '{"query":"HIPAA BAA"', prefix: true, content: 'Yes, Enterprise includes a BAA.' },
    ]);
    const sink = new MemorySink();
    const call = startCall(llm, { sessionId: 'lk-consent-denied', store, sink });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'No, please do not record this.' }).wait();
    await call.session.run({ userInput: 'We are 40 agents at Harbor Pine Realty, is HIPAA covered?' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.consent).toMatchObject({ recording: 'denied', data_processing: 'denied' });
    expect(record.consent.recorded_at).not.toBeNull();
    // the call went on (the agent answered), but the written record holds none of it
    expect(sink.written).toEqual([record]);
    expect(record.transcript).toHaveLength(6);
    expect(record.transcript.every((t) => t.text === RECORDING_DENIED_MARKER)).toBe(true);
    expect(record.discovered_signals).toEqual(emptySignals()); // data processing was denied with it
    expect(record.tool_calls.map((c) => [c.name, c.outcome])).toEqual([['record_consent', 'success'], ['search_knowledge', 'success']]);
    expect(record.tool_calls[1]!.output).toBe(RECORDING_DENIED_MARKER);
    const text = JSON.stringify(record);
    for (const said of ['please do not record', 'Harbor Pine', 'HIPAA', 'No problem, how can I help?', 'Enterprise includes']) expect(text).not.toContain(said);
    expect(parseSessionRecord(JSON.parse(text))).toEqual(record);
    // usage was measured on the real call; the stage tracker still saw the question
    expect(record.metrics_summary).toMatchObject({ user_turns: 2, agent_turns: 4 });
    expect(record.outcome.stage_reached).toBe('answer');
    // the analytics line says what was removed (counts only)
    const line = sessionAnalytics(record, call.collector.stageSnapshot(), [], call.collector.redaction);
    expect(line).toMatchObject({
      consent_recording: 'denied',
      transcript_retained: false,
      consent_redaction: { recording_denied: true, data_processing_denied: true, turns_redacted: 6, signals_dropped: true, tool_calls_redacted: 1 },
    });
    expect((line.consent_redaction as { evidence_dropped: number }).evidence_dropped).toBeGreaterThan(0);
    // and caller memory keeps nothing from this call
    expect(await call.remembered).toBeNull();
    expect(await store.get(callerPhoneHash(PHONE).hash!)).toBeNull();
  });

  it('recording denied but data processing granted: no words kept, the signal values are', async () => {
    const llm = new ScriptedLLM([
      { input: 'Do not record, but you can use my details to follow up.', content: 'Sure.', toolCalls: [{ name: 'record_consent', args: { recording: 'denied', data_processing: 'granted' } }] },
      { input: '{"recorded":true', prefix: true, content: 'Noted. How big is your team?' },
      { input: 'We are a team of 40 sending 300 contracts a month.', content: 'Thanks.' },
    ]);
    const call = startCall(llm, { sessionId: 'lk-consent-data-only' });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Do not record, but you can use my details to follow up.' }).wait();
    await call.session.run({ userInput: 'We are a team of 40 sending 300 contracts a month.' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.consent).toMatchObject({ recording: 'denied', data_processing: 'granted' });
    expect(record.transcript.every((t) => t.text === RECORDING_DENIED_MARKER)).toBe(true);
    expect(record.discovered_signals).toMatchObject({ team_size: 40, monthly_volume: 300, evidence: [] });
    expect(JSON.stringify(record)).not.toContain('contracts a month');
    expect(call.collector.redaction).toMatchObject({ recording_denied: true, data_processing_denied: false, signals_dropped: false });
  });
});

describe('interruptions', () => {
  it('an agent turn cut short by the caller is flagged interrupted', async () => {
    const llm = new ScriptedLLM([
      { input: 'Tell me everything about integrations.', content: 'We integrate with Salesforce, HubSpot, Google Drive and many more systems through our API.', duration: 1500 },
      { input: 'Stop, just Salesforce.', content: 'Salesforce is supported.' },
    ]);
    const call = startCall(llm, { sessionId: 'lk-interrupted' });
    await call.session.start({ agent: call.agent });
    const first = call.session.run({ userInput: 'Tell me everything about integrations.' });
    await new Promise((r) => setTimeout(r, 200));
    await call.session.interrupt();
    await first.wait().catch(() => undefined);
    await call.session.run({ userInput: 'Stop, just Salesforce.' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    const agentTurns = record.transcript.filter((t) => t.role === 'agent');
    expect(agentTurns.at(-1)).toMatchObject({ text: 'Salesforce is supported.', interrupted: false });
    expect(agentTurns.filter((t) => t.interrupted)).toHaveLength(agentTurns.length - 1);
    expect(agentTurns.length).toBe(2);
  });
});

describe('a call on a Cartesia template', () => {
  it('prices its TTS at the Cartesia (LiveKit Inference) rate, with nothing unpriced', async () => {
    const template = parseTemplate({ ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)), template_id: 'cartesia-v1', tts: { provider: 'cartesia', model: 'cartesia/sonic-2', voice_id: '9626c31c-bec5-4cca-baa8-f8ba9e84c8bc' } });
    const llm = new ScriptedLLM([
      { input: 'Hi, how much is the Business plan?', content: 'Business is 35 dollars per user per month, billed annually.' },
      { input: 'Thanks.', content: 'You are welcome, goodbye!' },
    ]);
    // no audio here: TTS characters come from the agent's transcript (as in replay)
    const call = startCall(llm, { sessionId: 'lk-cartesia', template, speechUsage: 'transcript' });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Hi, how much is the Business plan?' }).wait();
    await call.session.run({ userInput: 'Thanks.' }).wait();
    await call.session.close();
    const { record } = await call.exported;

    const characters = record.transcript.filter((t) => t.role === 'agent').reduce((n, t) => n + t.text.length, 0);
    expect(characters).toBeGreaterThan(0);
    expect(record.metrics_summary.tts_characters).toBe(characters);
    const price = findPrice('tts', { provider: 'cartesia', model: 'cartesia/sonic-2' })!;
    expect(price).toMatchObject({ provider: 'cartesia', model: 'sonic-2', source: expect.stringMatching(/^https:\/\/livekit\.io\/pricing\/inference/) });
    const tts = record.cost_summary.by_provider.find((p) => p.service === 'tts');
    expect(tts).toEqual({ provider: 'cartesia', service: 'tts', model: 'sonic-2', usd: Math.round((characters / 1000) * price.usdPerThousandCharacters! * 1e6) / 1e6 });
    expect(tts!.usd).toBeGreaterThan(0);
    expect(record.cost_summary.price_table_version).toBe(PRICE_TABLE_VERSION);
    expect(call.collector.unpricedModels).toEqual([]);
    expect(sessionAnalytics(record, call.collector.stageSnapshot(), call.collector.unpricedModels)).toMatchObject({ template_id: 'cartesia-v1', unpriced_models: [] });
  });
});

describe('caller identity', () => {
  it('keeps the phone number out of the record, even where the SIP identity held it', async () => {
    const call = startCall(new ScriptedLLM([{ input: 'Hello?', content: 'Hi there.' }]), { sessionId: 'lk-sip-identity', identity: `sip_${PHONE}` });
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Hello?' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.caller.identity).toBe(`sip_#${callerPhoneHash(PHONE).hash!.slice(0, 12)}`);
    expect(JSON.stringify(record)).not.toContain(PHONE.slice(1));
  });
});
