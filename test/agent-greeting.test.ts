/**
 * The greeting, driven through the real AgentSession and TrialAgent with `voice.testing.FakeLLM`:
 * on entering a live call (greet: true) the agent asks the LLM for its opening line with the
 * template's greeting (and consent question when the template requires it, and a welcome back for
 * a returning caller), and that reply is the session's first turn.
 */
import { initializeLogger, llm as lkllm, loggerOptions, voice } from '@livekit/agents';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { DEFAULT_TEMPLATE, modelsOf, parseTemplate, type AgentTemplate } from '../agent-container/src/template';
import { greetingInstructions } from '../agent-container/src/trial-agent';
import { CALLER_MEMORY_VERSION, parseCallerMemory, type CallerMemory } from '../lib/caller-memory';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});


/**
 * FakeLLM answers a reply asked for with instructions only (no caller input yet, as the greeting
 * is) by the last line of the system message, where the framework appends those instructions;
 * FakeLLM itself only does so for lines starting `instructions:`. Every lookup input is kept.
 */
class GreetingFakeLLM extends voice.testing.FakeLLM {
  readonly asked: string[] = [];

  override chat(args: Parameters<voice.testing.FakeLLM['chat']>[0]) {
    const stream = super.chat(args);
    const s = stream as unknown as { getInputText(): string | undefined };
    const own = s.getInputText.bind(stream);
    s.getInputText = () => {
      const items = args.chatCtx.items;
      // nothing from the caller and no tool step yet: only the system message (and config updates)
      const onlyInstructions = items.every((i) => (i instanceof lkllm.ChatMessage ? i.role !== 'user' : i.type === 'agent_config_update'));
      const system = items.find((i): i is lkllm.ChatMessage => i instanceof lkllm.ChatMessage && i.role === 'system');
      const input = own() ?? (onlyInstructions && system ? (system.textContent ?? '').split('\n').at(-1) : undefined);
      if (input !== undefined) this.asked.push(input);
      return input;
    };
    return stream;
  }
}

function greetedCall(llm: GreetingFakeLLM, template: AgentTemplate, memory: CallerMemory | null = null) {
  const call = createCallSession({
    collector: {
      sessionId: `lk-greet-${template.template_id}`,
      startedAt: new Date(),
      session: { channel: 'sip', template_id: template.template_id },
      caller: { identity: 'sip_caller', name: null, phone: '+16175550142', memory },
      models: modelsOf(template),
    },
    session: { llm, vad: null },
    template,
    booking: new MemoryBookingAdapter(),
    sink: new MemorySink(),
    greet: true,
  });
  call.session.output.setAudioEnabled(false);
  call.session.output.setTranscriptionEnabled(false);
  return call;
}

/** Resolves with the first agent message the session adds (the greeting), or rejects after `ms`. */
function firstAgentTurn(session: voice.AgentSession, ms = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no agent turn within ${ms} ms`)), ms);
    const on = (ev: voice.ConversationItemAddedEvent) => {
      if (ev.item instanceof lkllm.ChatMessage && ev.item.role === 'assistant') {
        clearTimeout(timer);
        session.off(voice.AgentSessionEventTypes.ConversationItemAdded, on);
        resolve(ev.item.textContent ?? '');
      }
    };
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, on);
  });
}

/** The default template with the LLM-generated greeting (no fixed opening). */
const LLM_GREETING = parseTemplate({ ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)), template_id: 'llm-greeting', persona: { ...DEFAULT_TEMPLATE.persona, opening: null } });

const CONSENT_GREETING = "Hi, I'm Riley, the trialist assistant. This call is recorded and transcribed to help our team follow up; is that okay?";

describe('the greeting', () => {
  it("is the session's first turn: the template's greeting with its consent question, then consent is recorded", async () => {
    expect(LLM_GREETING.consent.required).toBe(true);
    const instruction = greetingInstructions(LLM_GREETING);
    expect(instruction).toBe(`${LLM_GREETING.persona.greeting} Then: ${LLM_GREETING.consent.prompt}`);
    const llm = new GreetingFakeLLM([
      { input: instruction, content: CONSENT_GREETING },
      { input: 'Yes, that is fine.', content: 'Thanks.', toolCalls: [{ name: 'record_consent', args: { recording: 'granted', data_processing: 'granted' } }] },
    ]);
    const call = greetedCall(llm, LLM_GREETING);
    const greeting = firstAgentTurn(call.session);
    await call.session.start({ agent: call.agent });
    expect(await greeting).toBe(CONSENT_GREETING);
    await call.session.run({ userInput: 'Yes, that is fine.' }).wait();
    await call.session.close();
    const { record } = await call.exported;

    expect(llm.asked[0]).toBe(instruction);
    expect(record.transcript[0]).toMatchObject({ turn_index: 0, role: 'agent', text: CONSENT_GREETING });
    expect(record.transcript[1]).toMatchObject({ role: 'user', text: 'Yes, that is fine.' });
    expect(record.consent).toMatchObject({ recording: 'granted', data_processing: 'granted' });
    expect(call.collector.stageSnapshot().history[0]!.stage).toBe('greet');
  });

  it('asks no consent question when the template does not require consent', async () => {
    const template = parseTemplate({ ...JSON.parse(JSON.stringify(LLM_GREETING)), template_id: 'no-consent', consent: { required: false } });
    const instruction = greetingInstructions(template);
    expect(instruction).toBe(template.persona.greeting);
    const llm = new GreetingFakeLLM([{ input: instruction, content: 'Hi, I am Riley from trialist. How is your trial going?' }]);
    const call = greetedCall(llm, template);
    const greeting = firstAgentTurn(call.session);
    await call.session.start({ agent: call.agent });
    expect(await greeting).toBe('Hi, I am Riley from trialist. How is your trial going?');
    await call.session.close();
    const { record } = await call.exported;
    expect(llm.asked).toEqual([instruction]);
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual([['agent', 'Hi, I am Riley from trialist. How is your trial going?']]);
    expect(record.consent.recording).toBe('not_asked');
  });

  it('welcomes a returning caller back by name, before the consent question', async () => {
    const memory: CallerMemory = parseCallerMemory({
      memory_version: CALLER_MEMORY_VERSION,
      phone_hash: 'b'.repeat(64),
      call_count: 2,
      first_call_at: '2026-11-01T15:00:00.000Z',
      last_call_at: '2026-11-10T15:00:00.000Z',
      last_session_id: 'earlier',
      name: 'Dana',
      qualified: true,
      meeting_booked: false,
      topics: [],
      signals: { team_size: 40, monthly_volume: null, integration_needs: [], current_solution: [], urgency: null, industry: null, use_case: null, pain_points: [] },
      revision: 2,
    });
    const instruction = greetingInstructions(LLM_GREETING, memory);
    expect(instruction).toMatch(/^Greet the caller warmly.* welcome them back by name \(Dana\).* Then: Before anything else/);
    const llm = new GreetingFakeLLM([{ input: instruction, content: 'Welcome back, Dana! Before we start: this call is recorded, is that okay?' }]);
    const call = greetedCall(llm, LLM_GREETING, memory);
    const greeting = firstAgentTurn(call.session);
    await call.session.start({ agent: call.agent });
    expect(await greeting).toBe('Welcome back, Dana! Before we start: this call is recorded, is that okay?');
    await call.session.close();
    const { record } = await call.exported;
    expect(record.caller).toMatchObject({ returning_caller: true, call_count: 3 });
    expect(record.transcript[0]!.text).toMatch(/^Welcome back, Dana!/);
  });
});
