/**
 * Scoring rules v2 (lib/scoring/rules.v2.json): v1's fit signals and the seeds' qualification rule,
 * plus what the call analysis found: the agreed next step, interest, authority and open objections.
 */
import { emptySignals, type SessionRecord } from '../lib/session-record';
import { DEFAULT_RULES, RULES_V1, RULES_V2, scoreLead, usesAnalysis } from '../lib/scoring';
import { makeRecord } from './fixtures';

const AT = new Date('2026-11-20T16:00:00Z');
const turns = (lines: [string, string][]): SessionRecord['transcript'] =>
  lines.map(([who, text], i) => ({ turn_index: i, role: who === 'A' ? 'agent' : 'user', text, start_ms: i * 1000, end_ms: i * 1000 + 900, interrupted: false }));

const verbalMeeting = makeRecord({
  schema_version: 1,
  discovered_signals: { ...emptySignals(), integration_needs: ['salesforce'] },
  outcome: { stage_reached: 'book', meeting_booked: false, meeting_time: null, end_reason: 'caller_hangup' },
  transcript: turns([
    ['A', "I've got openings Thursday at 2pm or Friday at 10am for a demo. Which works better?"],
    ['U', "Friday at 10 works. Send me the invite. It's my decision, I approve the spend."],
    ['A', 'Perfect, see you Friday at 10.'],
  ]),
});

describe('rules v2', () => {
  it('is the default and reads the call analysis', () => {
    expect(DEFAULT_RULES).toBe(RULES_V2);
    expect(usesAnalysis(RULES_V2)).toBe(true);
    expect(usesAnalysis(RULES_V1)).toBe(false);
  });

  it('scores a meeting agreed only in words, with the quote behind it', () => {
    const v1 = scoreLead(verbalMeeting, RULES_V1, AT);
    const v2 = scoreLead(verbalMeeting, RULES_V2, AT);
    expect(v1.tier).toBe('cold');
    expect(v2.score).toBeGreaterThan(v1.score + 30);
    expect(v2.tier).not.toBe('cold');
    expect(v2.reasons.find((r) => r.rule === 'next_step')).toMatchObject({ points: 25, reason: 'Agreed a meeting for Friday at 10', turn_index: 1 });
    expect(v2.reasons.find((r) => r.rule === 'authority')?.points).toBe(8);
    expect(v2.next_step).toEqual({ kind: 'meeting', when_text: 'Friday at 10', when_iso: '2026-11-27T10:00' });
    expect(v2.interest_level).toBe('medium'); // a meeting alone is a commitment but not yet a high score
  });

  it('counts a booked meeting even when data processing was denied (no analysis)', () => {
    const r = makeRecord({
      consent: { recording: 'granted', data_processing: 'denied', recorded_at: null },
      outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tuesday 3pm', end_reason: 'caller_hangup' },
    });
    const s = scoreLead(r, RULES_V2, AT);
    expect(s.reasons.find((x) => x.rule === 'next_step')).toMatchObject({ points: 25, reason: 'Booked a meeting with sales for Tuesday 3pm' });
    expect(s.next_step).toBeUndefined();
  });

  it('deducts for open objections, and the seeds qualification floor still holds', () => {
    const r = makeRecord({
      discovered_signals: { ...emptySignals(), team_size: 12 },
      outcome: { stage_reached: 'objections', meeting_booked: false, meeting_time: null, end_reason: 'caller_hangup' },
      transcript: turns([
        ['U', "We're 12 people. Forty-five a month? That's way too expensive."],
        ['A', 'Free apps have no audit trail.'],
        ['U', "I still think it's too expensive. Without a native NetSuite connector it's a dealbreaker."],
        ['A', 'Understood.'],
        ['U', 'No thanks.'],
      ]),
    });
    const s = scoreLead(r, RULES_V2, AT);
    const open = s.reasons.filter((x) => x.rule === 'objections');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open.every((x) => x.points < 0 && x.quote !== null)).toBe(true);
    expect(s.qualified).toBe(true);
    expect(s.score).toBe(RULES_V2.qualified.floor_score);
    expect(s.reasons.reduce((a, x) => a + x.points, 0)).toBe(s.score);
  });
});
