/**
 * Seeded generator of realistic session records for the benchmarks and the soak test: trial calls
 * with a greeting, qualification questions, the caller's answers (team size, volume, tools,
 * urgency, industry) with evidence, small talk drawn from an English lexicon (compromise's, so the
 * text compresses like speech transcripts, not like repeated templates), tool calls, metrics and
 * costs. Same seed, same records.
 *
 * Tiers are not chosen here: each record gets a lead profile (hot-ish, warm-ish, cold-ish signals)
 * and the scoring rules decide. A typical record (`typicalRecord`) is about 20 KB gzip.
 */
import nlp from 'compromise';
import { seededRandom } from './random';
import { SCHEMA_VERSION, type SessionRecord, type SignalEvidence, type ToolCall, type TranscriptTurn } from '../lib/session-record';

export { seededRandom };

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

let lexicon: Record<string, string[]> | undefined;
/** Words by part of speech from compromise's lexicon (loaded once). */
function words(): Record<string, string[]> {
  if (!lexicon) {
    const lex = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
    const by: Record<string, string[]> = {};
    for (const [w, tags] of Object.entries(lex)) {
      if (!/^[a-z][a-z' -]{2,}$/.test(w)) continue;
      for (const t of [tags].flat()) (by[t] ??= []).push(w);
    }
    for (const k of Object.keys(by)) by[k]!.sort();
    lexicon = by;
  }
  return lexicon;
}

const FILLERS = ['so', 'um', 'yeah', 'honestly', 'I mean', 'right', 'okay', 'well', 'you know', 'basically'];
const INDUSTRIES = ['real_estate', 'legal', 'financial_services', 'insurance', 'healthcare', 'staffing', 'construction', 'education', 'marketing_agency', 'retail', 'nonprofit'];
const INTEGRATIONS = ['salesforce', 'hubspot', 'google_drive', 'microsoft_365', 'sharepoint', 'box', 'dropbox', 'slack', 'zapier', 'greenhouse', 'athenahealth', 'netsuite'];
const CURRENT = ['docusign', 'adobe_sign', 'pandadoc', 'paper_and_scanning', 'email_attachments'];

/** One small-talk sentence from the lexicon, e.g. "honestly the regional planners were renovating cheaper invoices". */
function sentence(rng: Rng): string {
  const w = words();
  const frames: (() => string)[] = [
    () => `${pick(rng, FILLERS)} the ${pick(rng, w.Adjective!)} ${pick(rng, w.Plural!)} were ${pick(rng, w.Gerund!)} ${pick(rng, w.Plural!)}`,
    () => `we ${pick(rng, w.PastTense!)} the ${pick(rng, w.Singular!)} last ${pick(rng, ['week', 'month', 'quarter'])} because ${pick(rng, w.FemaleName!)} ${pick(rng, w.PastTense!)} it`,
    () => `our ${pick(rng, w.Singular!)} in ${pick(rng, w.City!)} keeps ${pick(rng, w.Gerund!)} ${pick(rng, w.Adjective!)} ${pick(rng, w.Plural!)}`,
    () => `I would ${pick(rng, w.Infinitive!)} the ${pick(rng, w.Plural!)} before ${pick(rng, w.MaleName!)} has to ${pick(rng, w.Infinitive!)} them`,
    () => `it is ${pick(rng, w.Comparative ?? w.Adjective!)} than the ${pick(rng, w.Adjective!)} ${pick(rng, w.Singular!)} we had`,
  ];
  return pick(rng, frames)();
}

function utterance(rng: Rng, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = sentence(rng);
    out.push(s[0]!.toUpperCase() + s.slice(1) + pick(rng, ['.', '.', '.', '?', '!']));
  }
  return out.join(' ');
}

/** How promising a generated caller is (the rules decide the tier). */
export type LeadProfile = 'strong' | 'medium' | 'weak';

/**
 * Exchanges of a call as the agent records it: the default template ends a call at 20 minutes
 * (`max_duration_seconds` 1,200, agent-container/templates/default.json), so 15-65 exchanges:
 * 3-20 minute calls (11 on average, ~80 turns, ~9,300 characters of transcript, 22 KB of JSON, 6.6 KB gzip).
 * The recorded demo calls are shorter still (1-3 minutes, 10-19 turns); the per-turn shape (text
 * length, timing, fields) is the same.
 */
export const AGENT_CALL_EXCHANGES: readonly [number, number] = [15, 65];

/** Options for one generated record. */
export interface GenerateOptions {
  /**
   * Caller/agent exchanges (two turns each, ~18 s an exchange), or a range to draw from. Default
   * 90-170: 25-53 minute calls (39 on average), 13-25 KB gzip, longer than the agent records under
   * its default template (AGENT_CALL_EXCHANGES).
   */
  exchanges?: number | readonly [number, number];
  profile?: LeadProfile;
  /** First day calls may start on (UTC, `YYYY-MM-DD`) and how many days they spread over. */
  firstDay?: string;
  days?: number;
}

const noLatency = (rng: Rng, base: number) => {
  const p50 = Math.round(base * (0.8 + rng() * 0.4));
  return { p50, p95: Math.round(p50 * (1.6 + rng() * 0.8)), samples: int(rng, 10, 40) };
};

/**
 * One valid session record. `index` makes the session id unique (`bench-<seed>-<index>`).
 * Pure given `rng`'s state.
 */
export function generateSession(rng: Rng, seed: number, index: number, opts: GenerateOptions = {}): SessionRecord {
  const profile: LeadProfile = opts.profile ?? (rng() < 0.2 ? 'strong' : rng() < 0.45 ? 'medium' : 'weak');
  const exchanges = typeof opts.exchanges === 'number' ? opts.exchanges : int(rng, ...(opts.exchanges ?? ([90, 170] as const)));
  const day0 = Date.parse(`${opts.firstDay ?? '2026-10-01'}T00:00:00.000Z`);
  const start = day0 + Math.floor(rng() * (opts.days ?? 30) * 86_400_000);
  const transcript: TranscriptTurn[] = [];
  const evidence: SignalEvidence[] = [];
  let t = 0;
  const say = (role: 'user' | 'agent', text: string) => {
    const dur = Math.round(text.length * (55 + rng() * 20));
    const turn: TranscriptTurn = { turn_index: transcript.length, role, text, start_ms: t, end_ms: t + dur, interrupted: role === 'agent' && rng() < 0.05 };
    transcript.push(turn);
    t += dur + int(rng, 300, 1500);
    return turn.turn_index;
  };
  const said = (field: SignalEvidence['field'], value: string, text: string) => {
    const turn = say('user', text);
    evidence.push({ field, value, turn_index: turn, quote: text, confidence: Math.round((0.7 + rng() * 0.3) * 100) / 100 });
  };

  const team = profile === 'strong' ? int(rng, 20, 250) : profile === 'medium' ? int(rng, 5, 30) : rng() < 0.5 ? int(rng, 1, 3) : null;
  const volume = profile === 'strong' ? int(rng, 5, 60) * 100 : profile === 'medium' ? int(rng, 10, 60) * 10 : rng() < 0.5 ? int(rng, 1, 40) : null;
  const urgency = profile === 'strong' ? pick(rng, ['high', 'high', 'medium'] as const) : profile === 'medium' ? pick(rng, ['medium', 'low'] as const) : rng() < 0.5 ? 'low' : null;
  const industry = profile === 'weak' && rng() < 0.5 ? null : pick(rng, INDUSTRIES);
  const integrations = profile === 'weak' ? [] : Array.from(new Set(Array.from({ length: int(rng, 1, 3) }, () => pick(rng, INTEGRATIONS))));
  const current = rng() < 0.6 ? [pick(rng, CURRENT)] : [];
  const booked = profile === 'strong' ? rng() < 0.7 : profile === 'medium' ? rng() < 0.2 : false;
  const name = pick(rng, words().FemaleName!.concat(words().MaleName!));

  say('agent', `Hi, this is the trial assistant. Thanks for trying us out! Who do I have the pleasure of speaking with?`);
  say('user', `Hi, this is ${name[0]!.toUpperCase()}${name.slice(1)}. ${utterance(rng, 1)}`);
  const facts: (() => void)[] = [];
  if (team !== null) facts.push(() => said('team_size', String(team), `We are a team of ${team} people, ${utterance(rng, 1).toLowerCase()}`));
  if (volume !== null) facts.push(() => said('monthly_volume', String(volume), `We send around ${volume} contracts a month. ${utterance(rng, 1)}`));
  if (urgency !== null) facts.push(() => said('urgency', urgency, urgency === 'high' ? 'We need this live before the end of the month.' : urgency === 'medium' ? 'Sometime next quarter would be good.' : 'No rush, we are just looking around.'));
  if (industry !== null) facts.push(() => said('industry', industry, `We are in ${industry.replace(/_/g, ' ')}. ${utterance(rng, 1)}`));
  for (const i of integrations) facts.push(() => said('integration_needs', i, `It has to work with ${i.replace(/_/g, ' ')}.`));
  for (const c of current) facts.push(() => said('current_solution', c, `Right now we use ${c.replace(/_/g, ' ')}.`));
  const factAt = new Set(Array.from({ length: facts.length }, () => int(rng, 1, Math.max(1, exchanges - 3))));
  let nextFact = 0;
  for (let e = 1; e < exchanges - 2; e++) {
    say('agent', utterance(rng, int(rng, 1, 3)));
    if ((factAt.has(e) || e >= exchanges - 3 - (facts.length - nextFact)) && nextFact < facts.length) facts[nextFact++]!();
    else say('user', utterance(rng, int(rng, 1, 4)));
  }
  while (nextFact < facts.length) facts[nextFact++]!();

  const toolCalls: ToolCall[] = [];
  if (booked) {
    say('agent', 'Shall I book you a call with our sales team on Tuesday at 3pm?');
    say('user', 'Yes, Tuesday at 3pm works for me.');
    toolCalls.push({
      call_id: `call_${index}_1`,
      name: 'book_sales_meeting',
      arguments: JSON.stringify({ time: 'Tuesday 3pm', name }),
      outcome: 'success',
      output: 'booked',
      latency_ms: int(rng, 80, 600),
      turn_index: transcript.length - 1,
    });
  }
  say('agent', 'Thanks for your time, have a great day!');
  say('user', 'Thanks, bye.');

  const userTurns = transcript.filter((x) => x.role === 'user').length;
  const endedAt = start + t;
  const llmUsd = Math.round(rng() * 2000) / 100000;
  return {
    schema_version: SCHEMA_VERSION,
    session_id: `bench-${seed}-${String(index).padStart(6, '0')}`,
    session: {
      channel: pick(rng, ['sip', 'webrtc'] as const),
      agent_name: 'trialist-agent',
      agent_version: '0.1.0',
      template_id: 'default',
      call_type: profile === 'weak' ? 'unqualified' : 'inbound-qualified',
      lead_id: rng() < 0.5 ? `lead_${int(rng, 10000, 99999)}` : null,
      room_name: `room-${index}`,
      replay_source: null,
    },
    caller: { identity: `caller-${index}`, name, phone_hash: null, returning_caller: rng() < 0.1, call_count: 1 },
    started_at: new Date(start).toISOString(),
    ended_at: new Date(endedAt).toISOString(),
    duration_seconds: Math.round(t / 100) / 10,
    transcript,
    discovered_signals: {
      team_size: team,
      monthly_volume: volume,
      integration_needs: integrations,
      current_solution: current,
      urgency,
      industry,
      use_case: profile === 'weak' ? null : 'contract_signing',
      pain_points: rng() < 0.5 ? ['manual_work'] : [],
      evidence,
    },
    tool_calls: toolCalls,
    outcome: { stage_reached: booked ? 'book' : profile === 'weak' ? 'answer' : 'qualify', meeting_booked: booked, meeting_time: booked ? 'Tuesday 3pm' : null, end_reason: 'caller_hangup' },
    consent: { recording: 'granted', data_processing: 'granted', recorded_at: new Date(start + 5000).toISOString() },
    metrics_summary: {
      user_turns: userTurns,
      agent_turns: transcript.length - userTurns,
      end_of_utterance_delay_ms: noLatency(rng, 350),
      llm_ttft_ms: noLatency(rng, 420),
      tts_ttfb_ms: noLatency(rng, 250),
      end_to_end_ms: noLatency(rng, 1100),
      llm_prompt_tokens: int(rng, 5000, 40000),
      llm_completion_tokens: int(rng, 500, 4000),
      stt_audio_seconds: Math.round(t / 1000),
      tts_characters: transcript.filter((x) => x.role === 'agent').reduce((n, x) => n + x.text.length, 0),
      tts_audio_seconds: Math.round(t / 2000),
    },
    cost_summary: {
      price_table_version: '2026-11',
      total_usd: Math.round((llmUsd + 0.02) * 100000) / 100000,
      by_provider: [
        { provider: 'openai', service: 'llm', model: 'gpt-4o-mini', usd: llmUsd },
        { provider: 'deepgram', service: 'stt', model: 'nova-3', usd: 0.01 },
        { provider: 'elevenlabs', service: 'tts', model: 'flash_v2_5', usd: 0.01 },
      ],
    },
  };
}

/** `count` records from one seed (deterministic). */
export function generateSessions(seed: number, count: number, opts: GenerateOptions = {}): SessionRecord[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generateSession(rng, seed, i, opts));
}

/** The typical record of the warm-handler benchmark: a medium lead, 150 exchanges (about 20 KB gzip). */
export function typicalRecord(seed = 20): SessionRecord {
  return generateSession(seededRandom(seed), seed, 0, { profile: 'medium', exchanges: 150 });
}
