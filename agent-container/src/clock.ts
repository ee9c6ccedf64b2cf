/**
 * Where transcript turns sit in time. A live call reads the framework's own timestamps; a replay,
 * which runs much faster than real time, places turns on a simulated clock so the record's
 * offsets and duration look like the real call.
 */

/** Offsets of one turn, in ms from session start. */
export interface TurnTiming {
  start_ms: number;
  end_ms: number;
}

/** What a clock sees of a conversation item. */
export interface TimedItem {
  role: 'agent' | 'user';
  text: string;
  /** Epoch ms when the framework created the item. */
  createdAt: number;
  /** Epoch seconds from the item's metrics (`startedSpeakingAt` / `stoppedSpeakingAt`), when known. */
  startedSpeakingAt?: number;
  stoppedSpeakingAt?: number;
}

export interface SessionClock {
  /** Place a turn (called once per turn, in order). */
  placeTurn(item: TimedItem): TurnTiming;
  /** ms from session start to now: the session's duration when called at the end. */
  elapsedMs(): number;
}

/**
 * Conversational English runs at about 150 words per minute (the usual figure for speaking rate,
 * e.g. the National Center for Voice and Speech). Used to estimate how long a turn takes to say.
 */
export const WORDS_PER_MINUTE = 150;
/** Shortest plausible utterance ("Yes.") in ms. */
export const MIN_TURN_MS = 600;

/** Speaking time of `text` at WORDS_PER_MINUTE, at least MIN_TURN_MS. */
export function speechDurationMs(text: string): number {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
  return Math.max(MIN_TURN_MS, Math.round((words / WORDS_PER_MINUTE) * 60_000));
}

/** Live calls: offsets from the framework's speaking timestamps, else the item's creation time. */
export class LiveClock implements SessionClock {
  private lastEndMs = 0;

  constructor(
    private readonly startedAtMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  placeTurn(item: TimedItem): TurnTiming {
    const rel = (epochMs: number) => Math.max(0, Math.round(epochMs - this.startedAtMs));
    let start: number;
    let end: number;
    if (item.startedSpeakingAt !== undefined && item.stoppedSpeakingAt !== undefined) {
      start = rel(item.startedSpeakingAt * 1000);
      end = rel(item.stoppedSpeakingAt * 1000);
    } else {
      // text input or no VAD timing: the item was created when the utterance ended
      end = rel(item.createdAt);
      start = Math.max(this.lastEndMs, end - speechDurationMs(item.text));
    }
    if (end < start) end = start;
    this.lastEndMs = Math.max(this.lastEndMs, end);
    return { start_ms: start, end_ms: end };
  }

  elapsedMs(): number {
    return Math.max(this.lastEndMs, Math.round(this.now() - this.startedAtMs));
  }
}

/**
 * The replay clock. Constants (ms):
 * - the first turn starts LEAD_IN_MS after the session starts (the agent joins and speaks);
 * - a caller answers the agent after AGENT_TO_USER_GAP_MS (human turn-taking gaps are a few
 *   hundred ms: Stivers et al., PNAS 2009, "Universals and cultural variation in turn-taking");
 * - the agent answers the caller after USER_TO_AGENT_GAP_MS (a typical voice-agent response:
 *   end-of-utterance detection + LLM first token + TTS first byte);
 * - the same side keeps talking after SAME_SIDE_GAP_MS;
 * - the call ends TAIL_MS after the last turn.
 */
export const REPLAY_TIMING = {
  LEAD_IN_MS: 1000,
  AGENT_TO_USER_GAP_MS: 400,
  USER_TO_AGENT_GAP_MS: 900,
  SAME_SIDE_GAP_MS: 300,
  TAIL_MS: 1000,
} as const;

export class SimulatedClock implements SessionClock {
  private cursorMs = 0;
  private lastRole: 'agent' | 'user' | null = null;

  placeTurn(item: TimedItem): TurnTiming {
    const t = REPLAY_TIMING;
    const gap =
      this.lastRole === null
        ? t.LEAD_IN_MS
        : this.lastRole === item.role
          ? t.SAME_SIDE_GAP_MS
          : item.role === 'agent'
            ? t.USER_TO_AGENT_GAP_MS
            : t.AGENT_TO_USER_GAP_MS;
    const start = this.cursorMs + gap;
    const end = start + speechDurationMs(item.text);
    this.cursorMs = end;
    this.lastRole = item.role;
    return { start_ms: start, end_ms: end };
  }

  elapsedMs(): number {
    return this.lastRole === null ? 0 : this.cursorMs + REPLAY_TIMING.TAIL_MS;
  }
}
