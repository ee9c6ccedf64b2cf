/**
 * The agreed next step of a call, from the turns in order (cue tables in ./vocabulary/next-step.json):
 *
 * - meeting: a caller sentence naming a day or a clock with an agreeing word ("Friday at 10 works",
 *   "How about Monday at 9?", "Can we push it to next Monday, same time?"); a caller turn that opens
 *   with a yes to the agent's offer of a call or demo ("Yes, I think a demo would be very valuable");
 *   or a successful booking tool call. A sentence with a decline or a hedge ("no good", "neither",
 *   "maybe", "let me check my calendar", "actually, no") agrees to nothing.
 * - callback: the caller asks to be called, or says yes to the agent's offer to call or get back.
 * - trial_followup: a check-in on the trial that the caller agrees to.
 * - send_info: the caller asks for something to be sent, says yes to the agent's offer to send,
 *   or the agent commits to send after the caller asked for something.
 * The strongest kind wins (meeting > callback > trial_followup > send_info); within a kind, the
 * latest agreement. The time is the caller's words, completed from the agent's turns around it
 * that name the same day (zone, am/pm, "next week"), and resolved against the call's date.
 */
import type { AnalysisEvidence, NextStep, NextStepKind } from './schema';
import type { AnalysisInput, AnalysisTurn } from './input';
import { quoteOf, sentences } from './text';
import { completeTime, isSpecific, parseSpokenTime, parseSpokenTimes, resolveSpokenTime, type SpokenTime } from './time';
import { VOCABULARY } from './vocabulary';

const V = VOCABULARY.nextStep;
const RANK: Record<NextStepKind, number> = { meeting: 4, callback: 3, trial_followup: 2, send_info: 1, none: 0 };

interface Candidate {
  kind: NextStepKind;
  /** Position in the transcript array. */
  at: number;
  time: SpokenTime | null;
  evidence: AnalysisEvidence;
}

const declines = (s: string) => V.decline.test(s) || V.open.test(s);

/** The agent's words just before transcript position `i` (consecutive agent turns joined). */
function agentBefore(turns: readonly AnalysisTurn[], i: number): { text: string; at: number } | null {
  let j = i - 1;
  const parts: string[] = [];
  while (j >= 0 && turns[j]!.role === 'agent') parts.unshift(turns[j--]!.text);
  return parts.length ? { text: parts.join(' '), at: j + 1 } : null;
}

/** The first caller turn's opening: a yes that is not hedged or declined. */
function opensWithYes(text: string): boolean {
  const first = sentences(text)[0] ?? '';
  return V.agree.test(first.trim()) && !declines(first);
}

/** Merge the parts of several times said in one turn (the first says the day, a later one the clock). */
function mergeTimes(times: readonly SpokenTime[]): SpokenTime | null {
  if (times.length === 0) return null;
  const out: SpokenTime = { ...times[0]! };
  const texts = [times[0]!.text];
  for (const t of times.slice(1)) {
    let used = false;
    for (const k of Object.keys(t) as (keyof SpokenTime)[]) {
      if (k === 'text') continue;
      if (out[k] === undefined && t[k] !== undefined) {
        (out as unknown as Record<string, unknown>)[k] = t[k];
        used = true;
      }
    }
    if (used) texts.push(t.text);
  }
  out.text = texts.join(', ');
  return out;
}

/** Times in the caller's sentences that are not declined or hedged. */
function agreedTimes(text: string): SpokenTime[] {
  return sentences(text)
    .filter((s) => !declines(s))
    .map(parseSpokenTime)
    .filter((t): t is SpokenTime => t !== null);
}

/**
 * The time a caller turn agrees to: the sentences with an agreeing word first ("Can we push it to
 * next Monday, same time?"), completed by other undeclined sentences that add a clock or a zone but
 * no other day ("I have a demo tomorrow at 3 Eastern, but ..." names the day being moved away from).
 */
function turnTime(text: string): SpokenTime | null {
  const ss = sentences(text).filter((s) => !declines(s));
  const agreed = ss.filter((s) => V.agreeTime.test(s)).map(parseSpokenTime).filter((t): t is SpokenTime => t !== null);
  const others = ss.filter((s) => !V.agreeTime.test(s)).map(parseSpokenTime).filter((t): t is SpokenTime => t !== null);
  const names = (t: SpokenTime) => t.weekday !== undefined || t.relativeDay !== undefined || t.dayOfMonth !== undefined;
  if (agreed.some(isSpecific)) return mergeTimes([...agreed, ...others.filter((t) => !names(t) && !t.sameTime)]);
  return mergeTimes([...agreed, ...others]);
}

/** Complete a time from the agent's turns near position `at` naming the same day, and "same time" from earlier caller turns. */
function complete(turns: readonly AnalysisTurn[], at: number, time: SpokenTime): SpokenTime {
  let t = time;
  if (t.sameTime && t.hour === undefined) {
    for (let j = at; j >= Math.max(0, at - 6) && t.hour === undefined; j--) {
      for (const s of sentences(turns[j]!.text).reverse()) {
        const earlier = parseSpokenTime(s);
        if (earlier && earlier.hour !== undefined && earlier !== time && !earlier.sameTime) {
          t = completeTime(t, earlier);
          break;
        }
      }
    }
  }
  for (let j = Math.max(0, at - 3); j <= Math.min(turns.length - 1, at + 2); j++) {
    if (turns[j]!.role !== 'agent') continue;
    for (const s of sentences(turns[j]!.text)) for (const option of parseSpokenTimes(s)) t = completeTime(t, option);
  }
  return t;
}

/** When the agent said it would send: a time in its send sentences within two turns of position `at`. */
function sendTime(turns: readonly AnalysisTurn[], at: number): SpokenTime | null {
  for (const j of [at + 1, at - 1, at + 2, at - 2]) {
    const t = turns[j];
    if (!t || t.role !== 'agent') continue;
    const time = mergeTimes(sentences(t.text).filter((x) => V.sendOffer.test(x) || /\bsend\b/i.test(x)).map(parseSpokenTime).filter((x): x is SpokenTime => x !== null));
    if (time) return time;
  }
  return null;
}

function evidenceOf(turn: AnalysisTurn, confidence: number): AnalysisEvidence {
  return { turn_index: turn.turn_index, quote: quoteOf(turn.text), confidence };
}

function bookingCandidates(input: AnalysisInput, turns: readonly AnalysisTurn[]): Candidate[] {
  const out: Candidate[] = [];
  for (const call of input.tool_calls) {
    if (call.outcome !== 'success' || !V.bookingTool.test(call.name)) continue;
    let at = turns.findIndex((t) => t.turn_index > call.turn_index);
    at = at === -1 ? turns.length - 1 : at - 1;
    let callerAt = -1;
    for (let j = at; j >= 0 && j >= at - 4; j--) if (turns[j]!.role === 'user') { callerAt = j; break; }
    let args: Record<string, unknown> = {};
    try {
      args = JSON.parse(call.arguments) as Record<string, unknown>;
    } catch {
      args = {};
    }
    const window = ['time_window', 'time', 'when', 'start', 'slot'].map((k) => args[k]).find((v): v is string => typeof v === 'string');
    let time: SpokenTime | null = null;
    for (let j = at; j >= Math.max(0, at - 4) && !time; j--) {
      if (turns[j]!.role === 'user') {
        const t = turnTime(turns[j]!.text);
        time = t && isSpecific(t) ? complete(turns, j, t) : null;
      }
    }
    const fromTool = window ? parseSpokenTime(window) : null;
    if (time && fromTool) time = completeTime(time, fromTool);
    time ??= fromTool;
    const evTurn = turns[callerAt >= 0 ? callerAt : Math.max(0, at)]!;
    out.push({ kind: 'meeting', at, time, evidence: evidenceOf(evTurn, 0.95) });
  }
  return out;
}

/** The agreed next step with its time and evidence; `none` with null evidence when nothing was agreed. */
export function detectNextStep(input: AnalysisInput): NextStep {
  const turns = input.transcript;
  const candidates: Candidate[] = bookingCandidates(input, turns);
  let lastCallerWish = false;

  turns.forEach((turn, i) => {
    if (turn.role === 'agent') {
      // the agent commits to send something the caller asked for
      if (lastCallerWish && V.sendOffer.test(turn.text)) {
        const prev = [...turns.slice(0, i)].reverse().find((t) => t.role === 'user');
        if (prev) candidates.push({ kind: 'send_info', at: i, time: sendTime(turns, i - 1), evidence: evidenceOf(prev, 0.6) });
      }
      return;
    }
    const agent = agentBefore(turns, i);
    const yes = opensWithYes(turn.text);
    const ss = sentences(turn.text);
    lastCallerWish = V.callerWish.test(turn.text) && !declines(turn.text);

    // callback: asked for, or a yes to the agent's offer
    const asksCallback = ss.some((s) => V.callbackRequest.test(s) && !/\b(?:don'?t|no need to) call\b/i.test(s));
    const offerCallback = agent !== null && V.callbackOffer.test(agent.text) && yes;
    // trial check-in
    const checkIn = (agent !== null && V.trialFollowup.test(agent.text) && yes) || ss.some((s) => V.trialFollowup.test(s) && !declines(s));
    if (asksCallback || offerCallback) {
      const times = agreedTimes(turn.text);
      let time = mergeTimes(times);
      if (!time && agent) time = mergeTimes(sentences(agent.text).filter((s) => V.callbackOffer.test(s)).map(parseSpokenTime).filter((t): t is SpokenTime => t !== null));
      candidates.push({ kind: 'callback', at: i, time: time ? complete(turns, i, time) : null, evidence: evidenceOf(turn, asksCallback ? 0.85 : 0.7) });
    } else if (checkIn) {
      let time = mergeTimes(agreedTimes(turn.text));
      if (!time && agent) time = mergeTimes(sentences(agent.text).map(parseSpokenTime).filter((t): t is SpokenTime => t !== null));
      candidates.push({ kind: 'trial_followup', at: i, time, evidence: evidenceOf(turn, 0.7) });
    } else {
      // meeting: an agreed day or clock, or a yes to an offered call or demo
      const agreedDay =
        ss.some((x) => !declines(x) && V.agreeTime.test(x) && isSpecific(parseSpokenTime(x) ?? { text: '' })) ||
        (yes && ss.some((x) => !declines(x) && isSpecific(parseSpokenTime(x) ?? { text: '' })));
      const recent = turns.slice(Math.max(0, i - V.meetingWindow), i + 1);
      const meetingContext = recent.some((t) => V.meetingWords.test(t.text)) || (agent !== null && parseSpokenTimes(agent.text).length > 0);
      const offered = agent ? sentences(agent.text).filter((x) => V.meetingWords.test(x) && V.offer.test(x)) : [];
      if (agreedDay && meetingContext) {
        const time = turnTime(turn.text);
        candidates.push({ kind: 'meeting', at: i, time: time ? complete(turns, i, time) : null, evidence: evidenceOf(turn, 0.85) });
      } else if (yes && offered.length > 0 && !V.sendOffer.test(offered.join(' '))) {
        const options = offered.flatMap(parseSpokenTimes);
        candidates.push({ kind: 'meeting', at: i, time: options.length === 1 ? options[0]! : null, evidence: evidenceOf(turn, 0.75) });
      }
    }
    // send_info: asked for, or a yes to the agent's offer to send
    const asksSend = ss.some((s) => V.sendRequest.test(s) && !V.negatedSend.test(s));
    const offerSend = agent !== null && V.sendOffer.test(agent.text) && yes;
    if (asksSend || offerSend) {
      const asked = mergeTimes(ss.filter((x) => V.sendRequest.test(x)).map(parseSpokenTime).filter((t): t is SpokenTime => t !== null));
      candidates.push({ kind: 'send_info', at: i, time: asked ?? sendTime(turns, i), evidence: evidenceOf(turn, asksSend ? 0.8 : 0.65) });
    }
  });

  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!best || RANK[c.kind] > RANK[best.kind] || (RANK[c.kind] === RANK[best.kind] && (c.at >= best.at || (!best.time && c.time)))) {
      // a later meeting without a time does not erase an earlier one's time
      if (best && c.kind === best.kind && !c.time && best.time) c.time = best.time;
      best = c;
    }
  }
  if (!best) return { kind: 'none', when_text: null, when_iso: null, evidence: null };
  return {
    kind: best.kind,
    when_text: best.time?.text ?? null,
    when_iso: best.time ? resolveSpokenTime(best.time, input.started_at) : null,
    evidence: best.evidence,
  };
}
