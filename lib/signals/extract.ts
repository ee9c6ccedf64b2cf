/**
 * One caller utterance → signals with evidence, plus what aggregation needs to apply corrections
 * (products the caller dropped, a bare corrected number). Pure: no I/O, no clock, no state.
 */
import { emptySignals, type DiscoveredSignals, type SignalEvidence, type SignalField } from '../session-record';
import { industryHits, bestIndustry } from './industry';
import { painHits, useCaseHit } from './labels';
import { counts, findMentions, linkDeclined, type Mention } from './mentions';
import { bestTeam, spokenTeamCandidates } from './team-size';
import { bestUrgency, urgencyHits, type UrgencyHit } from './urgency';
import { aboutOthers, prepare, quote, rawOffset, type Utterance } from './utterance';
import { bestVolume, periodIn, volumeCandidates, type Period } from './volume';
import { WordScanner } from './word-regexp';

/** Everything extracted from one utterance. */
export interface UtteranceAnalysis {
  signals: DiscoveredSignals;
  /** Products named here as dropped, left behind or not needed: aggregation removes them from earlier turns. */
  dropped: { integration_needs: string[]; current_solution: string[] };
  /** A number with no noun, for answering the agent's question or correcting an earlier number ("sorry, 25"). */
  bareNumber: { value: number; start: number; end: number; period: Period | null } | null;
  /** The utterance corrects an earlier statement ("actually", "sorry", "I mean", "make that"). */
  isCorrection: boolean;
}

const CORRECTION = WordScanner.of(/\b(?=\w)(?:actually|sorry|i mean|i meant|make that|scratch that|correction|wait|rather|not \S+,|more like|closer to)\b/);

function ev(u: Utterance, field: SignalField, value: string, turnIndex: number, start: number, end: number, confidence: number): SignalEvidence {
  return { field, value, turn_index: turnIndex, quote: quote(u, start, end) || u.raw.trim().slice(0, 200), confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)) };
}

/** A negated product mention (alias plus what follows): the integration itself is what is not wanted ("don't need a Slack integration"). */
const INTEGRATION_NOUN_AFTER = /^[^,.;:!?]{0,24}?\b(?:integration|integrations|sync|syncing|connector|connection|hookup|plugin|plug-in|app|add-on)\b/;

const PAIN_SCOPE_BREAK = new RegExp(
  String.raw`[.?!;]|\b(?:so|now|here|today|currently|these days|still|anymore|any more|any longer|` +
  String.raw`(?:and|but) we(?! (?:then )?(?:dropped|ditched|cancel+ed|stopped|got rid of|left|quit|gave up|moved off|switched))` +
  String.raw`|(?:and )?(?:have|we've|we have) been|ended up|went back|back to|instead|it's all|it's just|it is just|everything's|everything is|for us(?=,? (?:it's|it is|we|we're|now|today)\b))\b`,
  'g',
);

/** Where the comment on a product mentioned at `from` ends: the sentence end or a shift to the present. */
function painScopeEnd(u: Utterance, from: number): number {
  PAIN_SCOPE_BREAK.lastIndex = from;
  const x = PAIN_SCOPE_BREAK.exec(u.lower);
  return x ? x.index : u.lower.length;
}

/** Urgency hits that do not time a tool the caller is only thinking of getting ("getting Salesforce next year"). */
function notAboutProspects(u: Utterance, hits: UrgencyHit[], mentions: readonly Mention[]): UrgencyHit[] {
  if (hits.length === 0 || !mentions.some((m) => m.stance === 'prospect')) return hits;
  return hits.filter((h) => !mentions.some((m) => m.stance === 'prospect' && h.start >= m.end && h.start - m.end <= PROSPECT_REACH &&
    !/[.?!;]|\bbut\b/.test(u.lower.slice(m.end, h.start))));
}
/** The caller speaking of their own: where a relative's comment on their tool ends. */
const CALLER_WORD = /\b(?:we|we're|we've|we'd|our|us|i|i'm)\b/;
/** How far after a considered tool a time phrase is taken as that tool's timing. */
const PROSPECT_REACH = 40;

/** Analyze one caller utterance; `turnIndex` is stamped on every piece of evidence. */
export function analyzeUtterance(text: string, turnIndex = 0): UtteranceAnalysis {
  const u = prepare(text);
  const s = emptySignals();
  const dropped = { integration_needs: [] as string[], current_solution: [] as string[] };

  const teams = spokenTeamCandidates(u);
  const team = bestTeam(teams);
  if (team) {
    s.team_size = team.value;
    s.evidence.push(ev(u, 'team_size', String(team.value), turnIndex, team.start, team.end, team.confidence));
  }
  // "my buddy's got a tattoo studio ..., two hundred clients a month": someone else's documents.
  const vols = volumeCandidates(u, teams);
  const vol = bestVolume(u.someoneElse ? vols.filter((c) => !aboutOthers(u, c.start)) : vols);
  if (vol) {
    s.monthly_volume = vol.value;
    s.evidence.push(ev(u, 'monthly_volume', String(vol.value), turnIndex, vol.start, vol.end, vol.confidence));
  }
  const mentions = findMentions(u);
  for (const m of mentions) {
    // "my brother-in-law ... he's on docu sign and hates it": a relative's tool, neither used nor dropped here.
    if (aboutOthers(u, m.start)) continue;
    const list = s[m.field];
    if (counts(m)) {
      if (!list.includes(m.id)) {
        list.push(m.id);
        s.evidence.push(ev(u, m.field, m.id, turnIndex, m.start, m.end, 0.85));
      }
    } else if (m.stance !== 'echo' && m.stance !== 'prospect' && m.stance !== 'theirs' && !dropped[m.field].includes(m.id)) dropped[m.field].push(m.id);
  }
  // "we use Slack, but we don't need a Slack integration" / "I don't need this connected to Teams": an integration itself negated outweighs mere use.
  for (const m of mentions) {
    if (m.field !== 'integration_needs' || m.stance !== 'negated' || !(INTEGRATION_NOUN_AFTER.test(u.lower.slice(m.start, m.end + 24)) || linkDeclined(u, m))) continue;
    const i = s.integration_needs.indexOf(m.id);
    if (i < 0) continue;
    s.integration_needs.splice(i, 1);
    s.evidence = s.evidence.filter((e) => !(e.field === 'integration_needs' && e.value === m.id));
    dropped.integration_needs.push(m.id);
  }
  // Mentioned both ways ("we still use DocuSign ... we dropped DocuSign for NDAs"): the positive wins here.
  dropped.integration_needs = dropped.integration_needs.filter((id) => !s.integration_needs.includes(id));
  dropped.current_solution = dropped.current_solution.filter((id) => !s.current_solution.includes(id));

  // "my sister ... so i can tell her when i see her on sunday": someone else's date.
  const ownUrgency = urgencyHits(u).filter((h) => !aboutOthers(u, h.start));
  const urg = bestUrgency(notAboutProspects(u, ownUrgency, mentions));
  if (urg) {
    s.urgency = urg.value;
    s.evidence.push(ev(u, 'urgency', urg.value, turnIndex, urg.start, urg.end, urg.confidence));
  }
  const ind = bestIndustry(industryHits(u), u.lower);
  if (ind) {
    s.industry = ind.value;
    s.evidence.push(ev(u, 'industry', ind.value, turnIndex, ind.start, ind.end, ind.confidence));
  }
  const uc = useCaseHit(u);
  if (uc) {
    s.use_case = uc.value;
    s.evidence.push(ev(u, 'use_case', uc.value, turnIndex, uc.start, uc.end, uc.confidence));
  }
  // A complaint about a tool the caller already left is not a current pain ("we ditched X, way too expensive").
  // A tool still in use under another name ("we're on dropbox sign, it used to be hello sign") leaves nothing behind.
  // The comment on a left tool ends where a tool in use is named again ("we moved off X because of the cost, and Y's been
  // fine but it doesn't talk to our xero": the missing link is Y's).
  const kept = mentions.filter((m) => s[m.field].includes(m.id));
  const leftSpans = mentions.filter((m) => (m.stance === 'left' || m.stance === 'eval' || m.stance === 'theirs') && !s[m.field].includes(m.id)).map((m) => {
    const next = kept.find((k) => k.start >= m.end);
    const end = Math.min(painScopeEnd(u, m.end), next ? next.start : u.lower.length);
    // a relative's tool: their comment ends where the caller speaks of their own ("pero we don't have it, we do everything on paper")
    const own = m.stance === 'theirs' ? u.lower.slice(m.end, end).search(CALLER_WORD) : -1;
    return [m.end, own < 0 ? end : m.end + own] as const;
  });
  for (const p of painHits(u)) {
    if (leftSpans.some(([a, b]) => p.start >= a && p.start < b)) continue;
    s.pain_points.push(p.value);
    s.evidence.push(ev(u, 'pain_points', p.value, turnIndex, p.start, p.end, p.confidence));
  }

  // Read on demand: `extractSignals` and most other callers only read `signals` (same values, same key order for JSON).
  let bare: UtteranceAnalysis['bareNumber'] | undefined;
  let correction: boolean | undefined;
  return {
    signals: s,
    dropped,
    get bareNumber() {
      return bare === undefined ? (bare = bareNumberOf(u)) : bare;
    },
    get isCorrection() {
      return correction ?? (correction = CORRECTION.test(u.lower));
    },
  };
}

/** The last cardinal that is not a year, with the period said right after it, or null. */
function bareNumberOf(u: Utterance): UtteranceAnalysis['bareNumber'] {
  for (let k = u.quantities.length - 1; k >= 0; k--) {
    const q = u.quantities[k];
    if (q.kind !== 'cardinal' || q.yearLike) continue;
    return { value: q.value, start: rawOffset(u, q.start), end: rawOffset(u, q.end, true), period: periodIn(u.lower.slice(q.end, q.end + 30)) };
  }
  return null;
}
