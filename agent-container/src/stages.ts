/**
 * Conversation stages, tracked deterministically from what happens in the session (never from the
 * LLM's opinion): caller and agent turns, the signals extracted from caller turns, and tool calls.
 *
 * Funnel order: greet → verify → qualify → answer → objections → book → exit. A stage is entered
 * (first time only, with the turn and the reason) when:
 * - greet:      the session starts;
 * - verify:     record_consent succeeds (the caller answered the consent question);
 * - qualify:    the agent asks a qualification question, or a caller turn yields a signal;
 * - answer:     search_knowledge runs (the caller asked a product question);
 * - objections: a caller turn raises an objection (price, timing, current tool, security, trust;
 *               `OBJECTION_PATTERNS`);
 * - book:       book_sales_meeting is called (whatever its outcome);
 * - exit:       end_call runs after a meeting was booked: the whole funnel was completed.
 * `stage_reached` in the record is the furthest stage entered in funnel order. end_call before a
 * booking ends the call without moving the funnel: the record keeps where the call got to.
 *
 * Also tracked: which qualification topics the agent asked about, and which it learned.
 */
import type { DiscoveredSignals, Stage } from '../../lib/session-record';

export const STAGE_ORDER: readonly Stage[] = ['greet', 'verify', 'qualify', 'answer', 'objections', 'book', 'exit'];

/** Qualification topics the agent asks about; the same names as the signal fields they fill. */
export type QualificationTopic = 'team_size' | 'monthly_volume' | 'current_solution' | 'integration_needs' | 'urgency' | 'industry' | 'use_case';

/** An agent question about a topic: the turn has a `?` and one of these cues. */
export const QUESTION_CUES: Record<QualificationTopic, RegExp> = {
  team_size: /\bhow (?:many|big)\b[^?]*\b(?:people|users|seats|team|reps|employees|of you)\b|\bteam size\b/i,
  monthly_volume: /\bhow many\b[^?]*\b(?:documents?|contracts?|agreements?|proposals?|ndas?|envelopes?|leases?)\b|\bvolume\b/i,
  current_solution: /\b(?:what|which)\b[^?]*\b(?:use|using|tool|software)\b[^?]*\b(?:today|now|currently|at the moment)\b|\bcurrently using\b/i,
  integration_needs: /\b(?:crm|integrat\w*|connect\w*|salesforce|hubspot)\b/i,
  urgency: /\b(?:how soon|when do you need|timeline|by when|deadline|go live)\b/i,
  industry: /\b(?:what industry|which industry|what (?:kind of|type of) (?:business|company)|what does your company do)\b/i,
  use_case: /\b(?:what (?:kind of|type of) documents?|what do you (?:send|sign)|use case)\b/i,
};

/** Caller objections, by kind. Matching is on the caller's own words only. */
export const OBJECTION_PATTERNS: Record<string, RegExp> = {
  price: /\b(?:too (?:expensive|pricey|much)|can'?t afford|out of (?:our|my) budget|over (?:our|my) budget|cheaper|costs? (?:too|a lot)|no budget)\b/i,
  timing: /\b(?:not (?:right )?now|not a priority|maybe (?:later|next (?:year|quarter))|need (?:more )?time to think|think about it)\b/i,
  incumbent: /\b(?:happy with|locked into|under contract with|already (?:have|use|pay for))\b/i,
  security: /\b(?:worried|concerned|nervous|unsure)\b[^.?!]*\b(?:security|privacy|data|legal|compliance|binding)\b/i,
  trust: /\b(?:not (?:sure|convinced)|sounds? too good|don'?t (?:trust|see the value))\b/i,
};

/** One stage entry. */
export interface StageEntry {
  stage: Stage;
  /** Transcript turn at which it was entered (0 for greet). */
  turn_index: number;
  /** Why, e.g. `tool:search_knowledge`, `signal:team_size`, `objection:price`, `asked:monthly_volume`. */
  reason: string;
}

/** What the tracker knows; safe to log (ids and field names only, no caller text). */
export interface StageSnapshot {
  stage_reached: Stage;
  history: StageEntry[];
  asked: QualificationTopic[];
  learned: QualificationTopic[];
  objections: string[];
}

export class StageTracker {
  private readonly entered = new Map<Stage, StageEntry>();
  private readonly asked = new Set<QualificationTopic>();
  private readonly learned = new Set<QualificationTopic>();
  private readonly objections = new Set<string>();
  private booked = false;

  constructor() {
    this.enter('greet', 0, 'session_start');
  }

  private enter(stage: Stage, turnIndex: number, reason: string): void {
    if (!this.entered.has(stage)) this.entered.set(stage, { stage, turn_index: turnIndex, reason });
  }

  /** An agent turn: qualification questions it asks. */
  onAgentTurn(turnIndex: number, text: string): void {
    if (!text.includes('?')) return;
    // only the question sentences count
    const questions = text.split(/(?<=[.!?])\s+/).filter((s) => s.includes('?'));
    for (const [topic, cue] of Object.entries(QUESTION_CUES) as Array<[QualificationTopic, RegExp]>) {
      if (questions.some((q) => cue.test(q))) {
        this.asked.add(topic);
        this.enter('qualify', turnIndex, `asked:${topic}`);
      }
    }
  }

  /** A final caller turn with the signals extracted from it. */
  onUserTurn(turnIndex: number, text: string, signals: DiscoveredSignals): void {
    for (const e of signals.evidence) {
      if (e.field === 'pain_points') continue;
      this.learned.add(e.field);
      this.enter('qualify', turnIndex, `signal:${e.field}`);
    }
    for (const [kind, re] of Object.entries(OBJECTION_PATTERNS)) {
      if (re.test(text)) {
        this.objections.add(kind);
        this.enter('objections', turnIndex, `objection:${kind}`);
      }
    }
  }

  /** A tool call as it finished. */
  onToolCall(name: string, outcome: 'success' | 'error', turnIndex: number): void {
    switch (name) {
      case 'record_consent':
        if (outcome === 'success') this.enter('verify', turnIndex, 'tool:record_consent');
        break;
      case 'search_knowledge':
        this.enter('answer', turnIndex, 'tool:search_knowledge');
        break;
      case 'book_sales_meeting':
        this.enter('book', turnIndex, 'tool:book_sales_meeting');
        if (outcome === 'success') this.booked = true;
        break;
      case 'end_call':
        if (this.booked) this.enter('exit', turnIndex, 'tool:end_call');
        break;
      default:
        break;
    }
  }

  /** Topics already known before the call (caller memory) count as learned. */
  markKnown(topics: readonly QualificationTopic[]): void {
    for (const t of topics) this.learned.add(t);
  }

  /** The furthest stage entered, in funnel order. */
  get stageReached(): Stage {
    let best: Stage = 'greet';
    for (const s of STAGE_ORDER) if (this.entered.has(s)) best = s;
    return best;
  }

  snapshot(): StageSnapshot {
    return {
      stage_reached: this.stageReached,
      history: [...this.entered.values()].sort((a, b) => a.turn_index - b.turn_index || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage)),
      asked: [...this.asked].sort(),
      learned: [...this.learned].sort(),
      objections: [...this.objections].sort(),
    };
  }
}
