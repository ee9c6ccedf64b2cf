import { gunzipSync } from 'node:zlib';
import {
  decodeLeadScore,
  RULES_V1,
  encodeLeadScore,
  isQualified,
  LeadScoreError,
  LeadScoreSchema,
  parseRulesConfig,
  RulesConfigError,
  scoreKey,
  scoreLead,
  tierOf,
  type RulesConfig,
} from '../lib/scoring';
import { emptySignals, type DiscoveredSignals, type SessionRecord, type SignalEvidence } from '../lib/session-record';
import { makeRecord } from './fixtures';

const AT = new Date('2026-11-20T16:00:00.000Z');

function ev(field: SignalEvidence['field'], value: string, turn_index: number, quote: string): SignalEvidence {
  return { field, value, turn_index, quote, confidence: 0.9 };
}

/** A record with the given signals (evidence auto-added for numbers unless given). */
function withSignals(signals: Partial<DiscoveredSignals>, extra: Partial<SessionRecord> = {}): SessionRecord {
  const s = { ...emptySignals(), ...signals };
  return makeRecord({ discovered_signals: s, ...extra });
}

describe('scoreLead: the seeds rule (team_size >= 5 or monthly_volume >= 100 is qualified)', () => {
  const cases: [number | null, number | null, boolean][] = [
    [5, null, true],
    [4, null, false],
    [null, 100, true],
    [null, 99.9, false],
    [4, 99, false],
    [1, 100, true],
    [200, 0, true],
    [null, null, false],
  ];
  test.each(cases)('team %p, volume %p → qualified %p', (team, vol, want) => {
    const r = withSignals({ team_size: team, monthly_volume: vol });
    const s = scoreLead(r, RULES_V1, AT);
    expect(s.qualified).toBe(want);
    expect(isQualified(r)).toBe(want);
    if (want) expect(s.tier).not.toBe('cold');
    if (want) expect(s.score).toBeGreaterThanOrEqual(RULES_V1.qualified.floor_score);
  });

  test('holds on a grid of team sizes and volumes, whatever else the call had', () => {
    for (const team of [null, 0, 2, 4, 5, 6, 19, 20, 50, 500]) {
      for (const vol of [null, 0, 19, 20, 99, 100, 101, 499, 1000]) {
        for (const booked of [false, true]) {
          const r = withSignals(
            { team_size: team, monthly_volume: vol, urgency: booked ? 'high' : null },
            { outcome: { stage_reached: 'book', meeting_booked: booked, meeting_time: null, end_reason: 'caller_hangup' } },
          );
          const s = scoreLead(r, RULES_V1, AT);
          const want = (team ?? -1) >= 5 || (vol ?? -1) >= 100;
          expect(s.qualified).toBe(want);
          if (want) expect(['warm', 'hot']).toContain(s.tier);
          expect(Number.isInteger(s.score)).toBe(true);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  test('the floor is its own reason, so the points still add up to the score', () => {
    const r = withSignals({ team_size: 5, evidence: [ev('team_size', '5', 3, 'we are five people')] });
    const s = scoreLead(r, RULES_V1, AT);
    expect(s.score).toBe(40);
    expect(s.reasons.reduce((a, x) => a + x.points, 0)).toBe(40);
    const floor = s.reasons.find((x) => x.rule === 'qualified_floor')!;
    expect(floor.points).toBe(40 - 15);
    expect(floor.quote).toBe('we are five people');
    expect(floor.turn_index).toBe(3);
  });
});

describe('scoreLead: tiers at the boundaries', () => {
  test('tierOf cut-offs', () => {
    expect(tierOf(100)).toBe('hot');
    expect(tierOf(65)).toBe('hot');
    expect(tierOf(64)).toBe('warm');
    expect(tierOf(40)).toBe('warm');
    expect(tierOf(39)).toBe('cold');
    expect(tierOf(0)).toBe('cold');
  });

  test('a call worth exactly 65 points is hot; one point less is warm', () => {
    // team 50 (25) + volume 1000 (25) + urgency high (15) = 65
    const hot = scoreLead(withSignals({ team_size: 50, monthly_volume: 1000, urgency: 'high' }), RULES_V1, AT);
    expect(hot.score).toBe(65);
    expect(hot.tier).toBe('hot');
    // team 49 → band 20: 20 + 25 + 15 = 60
    const warm = scoreLead(withSignals({ team_size: 49, monthly_volume: 1000, urgency: 'high' }), RULES_V1, AT);
    expect(warm.score).toBe(60);
    expect(warm.tier).toBe('warm');
  });

  test('an unqualified call with some interest stays cold below 40', () => {
    const s = scoreLead(withSignals({ team_size: 3, urgency: 'medium' }), RULES_V1, AT);
    expect(s.score).toBe(5 + 8);
    expect(s.tier).toBe('cold');
    expect(s.qualified).toBe(false);
  });

  test('a caller who gives nothing scores 0, cold, with no reasons', () => {
    const s = scoreLead(makeRecord(), RULES_V1, AT);
    expect(s).toMatchObject({ score: 0, tier: 'cold', qualified: false, reasons: [] });
  });

  test('the score is capped at 100', () => {
    const r = withSignals(
      {
        team_size: 500,
        monthly_volume: 5000,
        urgency: 'high',
        industry: 'real_estate',
        integration_needs: ['salesforce', 'hubspot', 'box'],
      },
      {
        outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tuesday 3pm ET', end_reason: 'caller_hangup' },
        caller: { identity: 'x', name: 'Dana', phone_hash: null, returning_caller: true, call_count: 2 },
      },
    );
    const s = scoreLead(r, RULES_V1, AT);
    expect(s.score).toBe(100);
    expect(s.tier).toBe('hot');
    expect(s.reasons.map((x) => x.rule).sort()).toEqual(
      ['industry_fit', 'integrations', 'integrations', 'meeting_booked', 'monthly_volume', 'returning_caller', 'team_size', 'urgency'],
    );
  });
});

describe('scoreLead: reasons carry evidence', () => {
  const record = withSignals(
    {
      team_size: 40,
      monthly_volume: 600,
      urgency: 'high',
      industry: 'legal',
      integration_needs: ['salesforce', 'netsuite'],
      evidence: [
        ev('team_size', '12', 1, 'a team of 12'),
        ev('team_size', '40', 5, 'actually after the merger we are 40 people'),
        ev('monthly_volume', '600', 3, 'about 600 contracts a month'),
        ev('urgency', 'high', 7, 'we need this before the end of the quarter'),
        ev('industry', 'legal', 1, 'we are a law firm'),
        ev('integration_needs', 'salesforce', 9, 'it has to work with Salesforce'),
        ev('integration_needs', 'netsuite', 11, 'and NetSuite for billing'),
      ],
    },
    {
      transcript: [
        { turn_index: 0, role: 'agent', text: 'Hello', start_ms: 0, end_ms: 1000, interrupted: false },
        { turn_index: 12, role: 'user', text: 'Thursday at 2 works for me.', start_ms: 50000, end_ms: 52000, interrupted: false },
        { turn_index: 13, role: 'agent', text: 'Booked.', start_ms: 53000, end_ms: 54000, interrupted: false },
      ],
      tool_calls: [
        {
          call_id: 'c1',
          name: 'book_meeting',
          arguments: '{"slot":"Thu 14:00"}',
          outcome: 'success',
          output: 'ok',
          latency_ms: 120,
          turn_index: 12,
        },
      ],
      outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Thursday 2pm', end_reason: 'caller_hangup' },
    },
  );
  const s = scoreLead(record, RULES_V1, AT);
  const by = (rule: string) => s.reasons.filter((r) => r.rule === rule);

  test('each reason has its rule id, points, a sentence and the quote that supports it', () => {
    expect(by('team_size')[0]).toMatchObject({ points: 20, turn_index: 5, quote: 'actually after the merger we are 40 people' });
    expect(by('team_size')[0]!.reason).toMatch(/Team of 40/);
    expect(by('monthly_volume')[0]).toMatchObject({ points: 20, turn_index: 3, quote: 'about 600 contracts a month' });
    expect(by('urgency')[0]).toMatchObject({ points: 15, turn_index: 7 });
    expect(by('industry_fit')[0]).toMatchObject({ points: 10, turn_index: 1, quote: 'we are a law firm' });
    expect(by('integrations').map((r) => [r.points, r.turn_index])).toEqual([
      [5, 9],
      [3, 11],
    ]);
    // a booking reason says what was booked and when; the caller's turn is not quoted
    expect(by('meeting_booked')[0]).toMatchObject({ points: 20, turn_index: 12, quote: null });
    expect(by('meeting_booked')[0]!.reason).toBe('Booked a meeting with sales for Thursday 2pm');
  });

  test('quotes and reasons carry no email, phone, card or account number; the rest of the quote stays', () => {
    const planted = withSignals(
      {
        team_size: 40,
        evidence: [ev('team_size', '40', 5, 'we are 40 people, call me on 617-555-0142 or write to dana@northwind.example')],
      },
      {
        transcript: [{ turn_index: 12, role: 'user', text: 'Thursday works, my email is dana@northwind.example', start_ms: 0, end_ms: 1, interrupted: false }],
        tool_calls: [{ call_id: 'c1', name: 'book_sales_meeting', arguments: '{"email":"dana@northwind.example"}', outcome: 'success', output: 'ok', latency_ms: 1, turn_index: 12 }],
        outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Thursday 2pm, ring 617 555 0142', end_reason: 'caller_hangup' },
      },
    );
    const scored = scoreLead(planted, RULES_V1, AT);
    const text = JSON.stringify(scored);
    expect(text).not.toMatch(/dana@|northwind|555.?0142/);
    expect(scored.reasons.find((r) => r.rule === 'team_size')!.quote).toBe('we are 40 people, call me on [phone] or write to [email]');
    expect(scored.reasons.find((r) => r.rule === 'meeting_booked')!.reason).toBe('Booked a meeting with sales for Thursday 2pm, ring [phone]');
  });

  test('points add up to the score and reasons are sorted by points', () => {
    expect(s.score).toBe(20 + 20 + 15 + 10 + 8 + 20);
    expect(s.reasons.reduce((a, r) => a + r.points, 0)).toBe(s.score);
    const pts = s.reasons.map((r) => r.points);
    expect([...pts].sort((a, b) => b - a)).toEqual(pts);
  });

  test('the stored score is flat, valid and carries the rules version', () => {
    expect(LeadScoreSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      schema_version: 1,
      session_id: record.session_id,
      started_at: record.started_at,
      scored_at: AT.toISOString(),
      rules_version: 'v1',
      team_size: 40,
      monthly_volume: 600,
      industry: 'legal',
      urgency: 'high',
      meeting_booked: true,
    });
  });

  test('long quotes are clipped to 300 characters', () => {
    const long = 'x'.repeat(1000);
    const r = scoreLead(withSignals({ team_size: 10, evidence: [ev('team_size', '10', 0, long)] }), RULES_V1, AT);
    expect(r.reasons[0]!.quote!.length).toBe(300);
  });
});

describe('rules config', () => {
  const clone = (): RulesConfig => JSON.parse(JSON.stringify(RULES_V1));

  test('v1 loads from rules.v1.json with the seeds thresholds', () => {
    expect(RULES_V1.rules_version).toBe('v1');
    expect(RULES_V1.qualified).toMatchObject({ team_size_min: 5, monthly_volume_min: 100 });
  });

  test('rejects unsorted bands, duplicate ids, inverted tiers and bad versions', () => {
    const unsorted = clone();
    (unsorted.rules[0] as { bands: { min: number; points: number }[] }).bands.reverse();
    expect(() => parseRulesConfig(unsorted)).toThrow(/descending/);
    const dup = clone();
    dup.rules[1]!.id = dup.rules[0]!.id;
    expect(() => parseRulesConfig(dup)).toThrow(/unique/);
    const tiers = clone();
    tiers.tiers = { hot: 40, warm: 40 };
    expect(() => parseRulesConfig(tiers)).toThrow(RulesConfigError);
    expect(() => parseRulesConfig({ ...clone(), rules_version: 'latest' })).toThrow(/rules_version/);
    expect(() => parseRulesConfig({ ...clone(), extra: 1 })).toThrow(RulesConfigError);
  });

  test('a new version changes the score and is recorded in it', () => {
    const v2 = clone();
    v2.rules_version = 'v2';
    v2.tiers = { hot: 30, warm: 10 };
    const r = withSignals({ team_size: 20 });
    expect(scoreLead(r, RULES_V1, AT).tier).toBe('warm');
    const s2 = scoreLead(r, parseRulesConfig(v2), AT);
    expect(s2).toMatchObject({ tier: 'hot', rules_version: 'v2' });
  });
});

describe('stored score', () => {
  test('lives under scores/ with the record partitioning', () => {
    const s = scoreLead(makeRecord({ session_id: 'abc-1', started_at: '2026-01-02T23:59:59.000Z', ended_at: '2026-01-03T00:05:00.000Z' }));
    expect(scoreKey(s)).toBe('scores/year=2026/month=01/day=02/abc-1.json.gz');
  });

  test('gzip JSON round trip; invalid scores are refused', () => {
    const s = scoreLead(withSignals({ team_size: 9 }), RULES_V1, AT);
    const bytes = encodeLeadScore(s);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(s);
    expect(decodeLeadScore(bytes)).toEqual(s);
    expect(() => encodeLeadScore({ ...s, score: 101 })).toThrow(LeadScoreError);
    expect(() => decodeLeadScore(Buffer.from('nope'))).toThrow(LeadScoreError);
  });
});
