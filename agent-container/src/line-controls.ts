/**
 * The call's behaviour on the line beyond the conversation itself, so the caller never sits in dead
 * air and the call always ends with a word and a hang-up:
 * - providers down: an unrecoverable STT/LLM/TTS error (every provider in the template's list
 *   failed) → the template's apology with a call-back offer (spoken with the TTS unless the TTS is
 *   what failed), then the end (`error`, detail `providers_failed`);
 * - caller away: when the framework marks the caller away (no speech for `away_timeout_seconds`)
 *   the agent re-prompts once; still nothing after as long again → `away_goodbye` and the end
 *   (`timeout`, detail `caller_away`); the caller speaking resets this;
 * - maximum length: after `max_duration_seconds` → `max_duration_goodbye` and the end (`timeout`,
 *   detail `max_duration`).
 * Fixed texts go through `session.say` (no LLM round trip). The end itself is the call's `end`
 * (close the session; the hang-up follows, ./call-session.ts).
 */
import { voice } from '@livekit/agents';
import type { EndDetail, SessionRecord } from '../../lib/session-record';
import type { LiveCallLog } from './live-call';
import type { AgentTemplate } from './template';

type EndReason = SessionRecord['outcome']['end_reason'];

/** Longest a farewell may play before the call ends anyway (ms). */
export const FAREWELL_MAX_MS = 12_000;

export interface LineControlOptions {
  session: voice.AgentSession;
  template: AgentTemplate;
  live: LiveCallLog;
  /** Note the end reason and close the session (CallSession.end). */
  end(reason: EndReason): Promise<void>;
  /** Overrides for tests (ms); default from the template. */
  maxDurationMs?: number;
  awayGoodbyeAfterMs?: number;
}

export interface LineControls {
  /** Settles when a farewell ended the call (or never). */
  readonly ended: Promise<EndDetail>;
  /** Stop the timers and listeners (the session closed). */
  stop(): void;
}

const SERVICE_ERRORS = new Set(['llm_error', 'tts_error', 'stt_error']);

export function attachLineControls(opts: LineControlOptions): LineControls {
  const { session, template, live } = opts;
  const E = voice.AgentSessionEventTypes;
  let ending = false;
  let resolveEnded!: (d: EndDetail) => void;
  const ended = new Promise<EndDetail>((r) => (resolveEnded = r));
  let awayTimer: NodeJS.Timeout | null = null;
  let prompted = false;

  const clearAway = () => {
    if (awayTimer) clearTimeout(awayTimer);
    awayTimer = null;
  };

  /** Say `text` (unless null), then end the call; only the first farewell counts. */
  const farewell = async (detail: EndDetail, reason: EndReason, text: string | null) => {
    if (ending) return;
    ending = true;
    clearAway();
    live.markEndDetail(detail);
    if (text) {
      try {
        const handle = session.say(text, { allowInterruptions: false });
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([handle.waitForPlayout(), new Promise((r) => (timer = setTimeout(r, FAREWELL_MAX_MS)))]);
        clearTimeout(timer);
      } catch {
        // the session may already be closing (e.g. after an STT failure): end without the words
      }
    }
    await opts.end(reason);
    resolveEnded(detail);
  };

  const onError = (ev: voice.ErrorEvent) => {
    if (ev.error.recoverable || !SERVICE_ERRORS.has(ev.error.type)) return;
    const ttsDown = ev.error.type === 'tts_error';
    void farewell('providers_failed', 'error', ttsDown ? null : template.call.apology);
  };

  const onUserState = (ev: voice.UserStateChangedEvent) => {
    if (ev.newState === 'away') {
      if (prompted || ending) return;
      prompted = true;
      live.noteAwayPrompt();
      const handle = session.say(template.call.away_reprompt);
      void handle.waitForPlayout().then(() => {
        if (ending || !prompted) return;
        clearAway();
        awayTimer = setTimeout(() => void farewell('caller_away', 'timeout', template.call.away_goodbye), opts.awayGoodbyeAfterMs ?? template.call.away_timeout_seconds * 1000);
      });
    } else if (ev.newState === 'speaking') {
      // the caller is back: a later silence gets its own re-prompt
      prompted = false;
      clearAway();
    }
  };

  const maxTimer = setTimeout(() => void farewell('max_duration', 'timeout', template.call.max_duration_goodbye), opts.maxDurationMs ?? template.call.max_duration_seconds * 1000);
  maxTimer.unref();

  const stop = () => {
    clearTimeout(maxTimer);
    clearAway();
    session.off(E.Error, onError);
    session.off(E.UserStateChanged, onUserState);
    session.off(E.Close, stop);
  };
  session.on(E.Error, onError);
  session.on(E.UserStateChanged, onUserState);
  session.on(E.Close, stop);
  return { ended, stop };
}
