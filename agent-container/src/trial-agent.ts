/**
 * The trialist voice agent: persona instructions (from the call's template, plus what caller memory
 * knows) and tools. The same class serves live calls (agent.ts) and replays (replay.ts), so both
 * run the same tools through the same AgentSession.
 *
 * Tools (`llm.tool`, zod parameters): search_knowledge (cited passages from the product knowledge
 * base), record_consent, book_sales_meeting, end_call. A tool that fails unexpectedly never reaches
 * the caller as a crash: the error is logged and the LLM gets a `ToolError` telling it what to say
 * instead (the framework records the call as an error); internal details stay out of the prompt.
 */
import { llm, log, voice } from '@livekit/agents';
import { z } from 'zod';
import { callerDisplayName } from '../../lib/caller-identity';
import { knownFields, type CallerMemory } from '../../lib/caller-memory';
import { describeIssues } from '../../lib/validation';
import { BookingError, MeetingRequestSchema, type BookingAdapter } from './booking';
import type { KnowledgeBase } from './knowledge';
import { sectionedPrompt } from './prompt';
import { DEFAULT_TEMPLATE, type AgentTemplate } from './template';

/** How tools act on the call; live calls shut the session down, replay just notes it. */
export interface CallControls {
  /** End the call after the agent's current reply has been spoken. */
  endCall(reason: string): void;
  /** Store the caller's consent answer; returns when it was recorded (ISO 8601 UTC). */
  recordConsent(answer: { recording: 'granted' | 'denied'; data_processing?: 'granted' | 'denied' }): { recorded_at: string | null };
}

export interface TrialAgentOptions {
  booking: BookingAdapter;
  sessionId: string;
  /** Keyed hash (lib/privacy) of the caller's phone number (passed to the booking adapter), null without one. */
  callerHash?: string | null;
  controls: CallControls;
  /** Speak a generated greeting on entering the call (live). Replay drives the greeting from the recording. */
  greet: boolean;
  /** Persona, greeting and consent policy; default: the shipped default template. */
  template?: AgentTemplate;
  /** Product knowledge for search_knowledge; null: the tool answers that it is unavailable. */
  knowledge?: KnowledgeBase | null;
  /** What caller memory knew at call start (null for a first call). */
  memory?: CallerMemory | null;
  /** The caller's name as known at the start (participant name or memory), if any. */
  callerName?: string | null;
  /** Warm transfer to a sales rep (live calls with a rep configured); absent: no transfer tool. */
  transfer?: TransferControls | null;
}

/** How the transfer tool asks whether it may transfer, and runs it. */
export interface TransferControls {
  check(): { offer: boolean; reason: string | null };
  /** Run the transfer; `transferred` ends the agent's part of the call. */
  run(): Promise<{ status: 'transferred' | 'failed' | 'declined'; reason: string | null }>;
}

/** What the LLM is told when a tool fails for a reason the caller cannot fix. */
export const TOOL_FAILURE_MESSAGES: Record<string, string> = {
  book_sales_meeting:
    'The calendar could not be reached, so the meeting is NOT booked. Apologise briefly, and tell the caller that the sales team will email them to confirm a time.',
  search_knowledge: 'The knowledge base is not available right now. Say you cannot look that up at the moment and offer an email follow-up.',
  record_consent: 'The answer could not be saved. Carry on with the call; do not ask again.',
  end_call: 'Say goodbye; the call will end.',
};

const LABELS: Record<string, string> = {
  team_size: 'team size',
  monthly_volume: 'documents per month',
  integration_needs: 'systems to connect',
  current_solution: 'current tools',
  urgency: 'urgency',
  industry: 'industry',
  use_case: 'main use case',
  pain_points: 'pain points',
};

/** The instructions block describing a returning caller; '' for a first call. */
export function memoryInstructions(memory: CallerMemory | null | undefined): string {
  if (!memory) return '';
  const lines = [
    `Returning caller: this is call number ${memory.call_count + 1} from this number; the last call was on ${memory.last_call_at.slice(0, 10)}.` +
      (memory.name ? ` Their name is ${memory.name}.` : ''),
  ];
  const known = knownFields(memory.signals).map((k) => {
    const v = memory.signals[k];
    return `${LABELS[k]}: ${Array.isArray(v) ? v.join(', ') : String(v)}`;
  });
  if (known.length > 0) lines.push(`Already known from earlier calls, so do not ask again (confirm only if it matters): ${known.join('; ')}.`);
  if (memory.topics.length > 0) lines.push(`Topics discussed before: ${memory.topics.join(', ')}.`);
  if (memory.meeting_booked) lines.push('A meeting with sales was already booked on an earlier call; ask whether it still works before booking another.');
  return lines.join('\n');
}

/**
 * Full instructions: the sectioned prompt (./prompt.ts: identity, today's date, output and
 * spell-out rules, flow by stage, tools, guardrails), then the consent rule when required and what
 * caller memory knows.
 */
export function buildInstructions(template: AgentTemplate, memory?: CallerMemory | null, today: Date = new Date()): string {
  const extra: Array<{ title: string; body: string }> = [];
  if (template.consent.required) extra.push({ title: 'Consent', body: `Consent is required on this call. ${template.consent.prompt}` });
  const m = memoryInstructions(memory);
  if (m) extra.push({ title: 'Caller', body: m });
  return sectionedPrompt(template, today, extra);
}

/** The instruction for the opening reply. */
export function greetingInstructions(template: AgentTemplate, memory?: CallerMemory | null): string {
  const welcomeBack = memory ? ` This caller has called before: welcome them back${memory.name ? ` by name (${memory.name})` : ''} and do not repeat questions they already answered.` : '';
  const consent = template.consent.required ? ` Then: ${template.consent.prompt}` : '';
  return `${template.persona.greeting}${welcomeBack}${consent}`;
}

/**
 * The fixed opening for templates that have one (`persona.opening`), spoken with session.say so
 * the caller hears the agent at once (no LLM round trip): greeting and disclosure, a welcome back
 * (by name only when `callerName` is a real name, lib/caller-identity.ts) for a returning caller,
 * then exactly one question: the consent question when the template requires consent (unless the
 * opening already ends in a question), else the opening's own. Null without an opening.
 */
export function openingText(template: AgentTemplate, memory?: CallerMemory | null, callerName?: string | null): string | null {
  const opening = template.persona.opening?.replaceAll('{name}', template.persona.name).trim();
  if (!opening) return null;
  const name = callerDisplayName(callerName ?? memory?.name ?? null);
  const welcome = memory ? `Welcome back${name ? `, ${name}` : ''}! ` : '';
  const asks = opening.endsWith('?');
  const question = template.consent.required && !asks ? ` ${template.consent.question}` : '';
  return `${welcome}${opening}${question}`;
}

/** Run a tool body; unexpected errors become a ToolError with a speakable message (and a log line). */
async function guarded<T>(name: string, sessionId: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof llm.ToolError) throw e;
    const detail = e instanceof BookingError ? { kind: e.kind, status: e.status, attempts: e.attempts } : {};
    log().child({ component: 'trialist-agent' }).warn({ session_id: sessionId, tool: name, error: (e as Error).message, ...detail }, 'tool failed');
    throw new llm.ToolError(TOOL_FAILURE_MESSAGES[name] ?? 'That did not work. Apologise and offer an email follow-up.');
  }
}

/** The agent's tools, built with `llm.tool` and zod parameters. */
export function buildTools(opts: Pick<TrialAgentOptions, 'booking' | 'sessionId' | 'callerHash' | 'controls' | 'knowledge' | 'transfer'>) {
  const transfer = opts.transfer;
  const transferTool: Record<string, ReturnType<typeof llm.tool>> = transfer
    ? {
        transfer_to_sales_rep: llm.tool({
          description:
            'Connect the caller to a sales rep now (warm transfer), when they want to talk to a person. Only works for callers ready to buy, in business hours; otherwise offer to book a meeting.',
          execute: async () => {
            const c = transfer.check();
            if (!c.offer) return { transferred: false, reason: c.reason, next: 'Say a live transfer is not possible right now and offer to book a meeting with sales.' };
            const r = await transfer.run();
            if (r.status === 'transferred') return { transferred: true };
            return { transferred: false, reason: 'the rep could not be reached', next: 'Apologise briefly and offer to book a meeting with sales instead.' };
          },
        }),
      }
    : {};
  return {
    ...transferTool,
    search_knowledge: llm.tool({
      description:
        'Search the trialist product knowledge base (pricing and plans, integrations, security and compliance, e-signature legality, onboarding). Returns cited passages; answer only from them.',
      parameters: z.object({
        query: z.string().min(2).max(300).describe('What the caller wants to know, in a few words, e.g. "Business plan price" or "HIPAA"'),
      }),
      execute: async ({ query }) =>
        guarded('search_knowledge', opts.sessionId, async () => {
          if (!opts.knowledge) throw new Error('no knowledge base loaded');
          const hits = opts.knowledge.search(query, 3);
          if (hits.length === 0) return { query, passages: [], note: 'Nothing in the knowledge base matches. Say you do not know and offer an email follow-up.' };
          return { query, passages: hits.map((h) => ({ citation: h.citation, source: `${h.title}: ${h.section}`, text: h.text })) };
        }),
    }),
    record_consent: llm.tool({
      description: "Record the caller's answer to the recording and data-processing consent question, as soon as they answer it.",
      parameters: z.object({
        recording: z.enum(['granted', 'denied']).describe('May the call be recorded and transcribed?'),
        data_processing: z.enum(['granted', 'denied']).optional().describe('May we keep and use what they told us to follow up? Omit if not asked separately.'),
      }),
      execute: async (args) =>
        guarded('record_consent', opts.sessionId, async () => {
          const answer = { recording: args.recording, data_processing: args.data_processing ?? args.recording };
          const { recorded_at } = opts.controls.recordConsent(answer);
          return { recorded: true, ...answer, recorded_at };
        }),
    }),
    book_sales_meeting: llm.tool({
      description:
        'Book a meeting with the sales team once the caller agreed to one. Needs their full name, email and a time window they gave (e.g. "Tuesday 2-4pm ET").',
      parameters: z.object({
        name: z.string().describe('Full name of the caller'),
        email: z.string().describe('Email address the invite goes to'),
        time_window: z.string().describe('When the caller is available, as they said it, with time zone'),
      }),
      execute: async (args) =>
        guarded('book_sales_meeting', opts.sessionId, async () => {
          const parsed = MeetingRequestSchema.safeParse(args);
          if (!parsed.success) {
            // ToolError messages reach the LLM, which asks the caller to correct them.
            throw new llm.ToolError(`Cannot book: ${describeIssues(parsed.error).join('; ')}`);
          }
          const c = await opts.booking.book(parsed.data, opts.sessionId, opts.callerHash ?? null);
          return { booked: true, booking_id: c.booking_id, time_window: c.time_window, email: c.email };
        }),
    }),
    end_call: llm.tool({
      description: 'End the call after saying goodbye, when the caller is done or asks to hang up.',
      execute: async () => {
        opts.controls.endCall('agent_ended');
        return undefined;
      },
    }),
  };
}

/** The trialist agent: instructions plus tools, optionally greeting on entry. */
export class TrialAgent extends voice.Agent {
  private readonly greet: boolean;
  private readonly greeting: string;
  private readonly opening: string | null;

  constructor(opts: TrialAgentOptions) {
    const template = opts.template ?? DEFAULT_TEMPLATE;
    super({ instructions: buildInstructions(template, opts.memory), tools: buildTools(opts) });
    this.greet = opts.greet;
    this.greeting = greetingInstructions(template, opts.memory);
    this.opening = openingText(template, opts.memory, opts.callerName);
  }

  /** The fixed opening when the template has one, else a reply generated from the greeting instruction. */
  override async onEnter(): Promise<void> {
    if (!this.greet) return;
    if (this.opening) this.session.say(this.opening);
    else this.session.generateReply({ instructions: this.greeting });
  }
}
