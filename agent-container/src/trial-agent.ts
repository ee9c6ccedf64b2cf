/**
 * The trialist voice agent: persona instructions and tools. The same class serves live calls
 * (agent.ts) and replays (replay.ts), so both run the same tools through the same AgentSession.
 */
import { llm, voice } from '@livekit/agents';
import { z } from 'zod';
import { MeetingRequestSchema, type BookingAdapter } from './booking';

/** How a tool ends the call; live calls shut the session down, replay just notes it. */
export interface CallControls {
  /** End the call after the agent's current reply has been spoken. */
  endCall(reason: string): void;
}

export interface TrialAgentOptions {
  booking: BookingAdapter;
  sessionId: string;
  controls: CallControls;
  /** Speak a generated greeting on entering the call (live). Replay drives the greeting from the recording. */
  greet: boolean;
}

/** The persona. Short sentences: this is spoken, not read. */
export const INSTRUCTIONS = `You are the voice assistant of trialist, an e-signature and document automation product
(proposals, contracts, NDAs, templates, bulk send, audit trail, CRM integrations with Salesforce and HubSpot).
You talk with people who are on a free trial. Be warm, brief and concrete; speak in short sentences, no lists or markdown.
Learn, without interrogating: how big their team is, how many documents they send per month, which tools they use today
(for example DocuSign, PandaDoc, Adobe Sign), which systems it must connect to, how soon they need a solution, and their industry.
Answer product questions plainly; if you do not know, say so and offer a follow-up.
When the caller wants to talk to sales, collect their name, email and a time window, read the email back,
then call book_sales_meeting. When the caller is done, say goodbye and call end_call.`;

export const GREETING_INSTRUCTIONS =
  'Greet the caller, say you are the trialist assistant, and ask how their trial is going and what they want to get done.';

/** The agent's tools, built with `llm.tool` and zod parameters. */
export function buildTools(opts: Pick<TrialAgentOptions, 'booking' | 'sessionId' | 'controls'>) {
  return {
    book_sales_meeting: llm.tool({
      description:
        'Book a meeting with the sales team once the caller agreed to one. Needs their full name, email and a time window they gave (e.g. "Tuesday 2-4pm ET").',
      parameters: z.object({
        name: z.string().describe('Full name of the caller'),
        email: z.string().describe('Email address the invite goes to'),
        time_window: z.string().describe('When the caller is available, as they said it, with time zone'),
      }),
      execute: async (args) => {
        const parsed = MeetingRequestSchema.safeParse(args);
        if (!parsed.success) {
          // ToolError messages reach the LLM, which asks the caller to correct them.
          throw new llm.ToolError(`Cannot book: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        }
        const c = await opts.booking.book(parsed.data, opts.sessionId);
        return { booked: true, booking_id: c.booking_id, time_window: c.time_window, email: c.email };
      },
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

  constructor(opts: TrialAgentOptions) {
    super({ instructions: INSTRUCTIONS, tools: buildTools(opts) });
    this.greet = opts.greet;
  }

  override async onEnter(): Promise<void> {
    if (this.greet) this.session.generateReply({ instructions: GREETING_INSTRUCTIONS });
  }
}
