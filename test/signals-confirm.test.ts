/**
 * Confirmed restatements at call level (lib/signals/confirm.ts via aggregateSignals): the agent
 * states the caller's figure back, the caller confirms with a short reply, and the fact counts as
 * the caller's, on the caller's turn, below a direct statement's confidence. The corpus test skips
 * with a printed reason when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadRecordedCall } from '../lib/recorded-call';
import { DiscoveredSignals } from '../lib/session-record';
import { aggregateSignals, SignalAccumulator, type SignalTurn } from '../lib/signals';
import { CONFIRMED_CONFIDENCE, isShortConfirmation, restatedFacts } from '../lib/signals/confirm';
import { CORPUS_DIR } from '../eval/signals/snapshot';

const W = 52 / 12;
const round2 = (n: number) => Math.round(n * 100) / 100;

function call(agent: string, caller: string): DiscoveredSignals {
  return aggregateSignals([
    { turn_index: 4, role: 'agent', text: agent },
    { turn_index: 5, role: 'user', text: caller },
  ]);
}

/** The confirmable fields only (urgency and pain points never come from a confirmation). */
function facts(s: DiscoveredSignals): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ['team_size', 'monthly_volume', 'industry', 'use_case', 'integration_needs', 'current_solution'] as const) {
    const v = s[f];
    if (v !== null && !(Array.isArray(v) && v.length === 0)) out[f] = v;
  }
  return out;
}

describe('confirmed restatements', () => {
  const pitch32 = "You've got 32 reps right now, averaging about $850K in revenue per rep annually. Is that about right?";
  const cases: [label: string, agent: string, caller: string, expected: Record<string, unknown>][] = [
    ['confirmed: team, with a money clause dropped', pitch32, 'Yeah, roughly.', { team_size: 32 }],
    ['confirmed: "that\'s right"', "You've got 32 reps right now. Is that about right?", "Yes, that's right.", { team_size: 32 }],
    ['confirmed with the same number', "So you've got 32 reps?", 'Yep, 32.', { team_size: 32 }],
    ['confirmed: volume per month', "So you're sending about 200 contracts a month?", 'Correct.', { monthly_volume: 200 }],
    ['confirmed: volume per week, normalized', "So you're sending about 50 contracts a week?", 'Exactly.', { monthly_volume: round2(50 * W) }],
    ['confirmed: integration', "You're on Salesforce, right?", 'Right.', { integration_needs: ['salesforce'] }],
    ['confirmed: tools in use', "And you're on Salesforce and DocuSign today, right?", "Yep, that's right.", { integration_needs: ['salesforce'], current_solution: ['docusign'] }],
    ['confirmed: industry and use case', 'So your team is real estate agents sending leases?', "That's right.", { industry: 'real_estate', use_case: 'lease_agreements' }],
    ['corrected: a different number wins', "You've got 32 reps right now. Is that about right?", 'No, more like 40.', { team_size: 40 }],
    ['corrected: "yeah" with another number is not a confirmation', "You've got 32 reps right now?", 'Yeah, 40 now.', { team_size: 40 }],
    ['corrected: volume in the caller\'s period', "So you're sending about 50 contracts a week?", 'No, 80 a week.', { monthly_volume: round2(80 * W) }],
    ['corrected in a sentence of its own', "So you've got 32 reps?", "Yeah, we're 35 now.", { team_size: 35 }],
    ['denied', "You've got 32 reps right now. Is that about right?", 'Not really.', {}],
    ['denied: no', "You're on Salesforce, right?", 'No.', {}],
    ['hedged', "You've got 32 reps right now. Is that about right?", "I'm not sure.", {}],
    ['hedged after a yes', "You're on Salesforce, right?", "Yes, but we're leaving it.", {}],
    ['unrelated number is not a correction', "You've got 32 reps right now?", "We've been around 10 years.", {}],
    ['agent about itself', 'We have 40 reps on our own team, and we run everything on Salesforce.', 'Yes.', {}],
    ['a product pitch addressed to the caller', 'Trialist has a Salesforce integration that fills templates straight from the opportunity, and you can import your existing templates.', 'Yes, please.', {}],
    ['what the caller could do, not what they have', 'You can send 500 contracts a month on the Business plan.', 'Yes.', {}],
    ['agent about itself, addressed to the caller', "We've got 50 people in support, so you're in good hands.", 'Yes, great.', {}],
    ['other-client story', 'One of our clients doubled from 20 to 45 reps in a year.', 'Exactly.', {}],
    ['other-client story told to the caller', 'A customer like you went from 20 to 45 reps on Salesforce.', 'Right.', {}],
    ['pricing quote', "For 45 reps you're looking at $12,000 per month.", 'Right.', {}],
    ['pricing quote, then a question', "For 45 reps, that's $12,000 a month. Does that work for your team?", 'Yes.', {}],
    ['hypothetical', "If you had 50 reps you'd save a lot.", 'Right.', {}],
    ['question, not a restatement', 'How many reps do you have, 30?', 'Yeah.', {}],
    ['alternatives are not a restatement', 'Do you use DocuSign or PandaDoc?', 'Yes.', {}],
    ['a long reply is a statement of its own', "You've got 32 reps right now?", 'Yes and honestly the bigger problem is how slow legal is on every single deal.', {}],
  ];

  it.each(cases)('%s', (_label, agent, caller, expected) => {
    const s = call(agent, caller);
    expect(facts(s)).toEqual(expected);
    expect(DiscoveredSignals.parse(s)).toEqual(s);
    for (const e of s.evidence) expect(e.turn_index).toBe(5);
  });

  it('puts the evidence on the caller turn, quoting the confirmed agent phrase and the reply, below direct confidence', () => {
    const s = call(pitch32, 'Yeah, roughly.');
    expect(s.evidence).toEqual([
      { field: 'team_size', value: '32', turn_index: 5, quote: "You've got 32 reps right now / Yeah, roughly.", confidence: CONFIRMED_CONFIDENCE },
    ]);
    const direct = aggregateSignals([{ turn_index: 5, role: 'user', text: "We've got 32 reps right now." }]);
    expect(direct.evidence[0].confidence).toBeGreaterThan(CONFIRMED_CONFIDENCE);
  });

  it('never attributes urgency or pain points from the agent, and never the agent turn itself', () => {
    const s = call("So you need this ASAP because chasing signatures is slow, and you've got 12 reps?", 'Yes.');
    expect(s.team_size).toBe(12);
    expect(s.urgency).toBeNull();
    expect(s.pain_points).toEqual([]);
    const agentOnly = aggregateSignals([{ turn_index: 0, role: 'agent', text: "So you've got 32 reps?" }]);
    expect(facts(agentOnly)).toEqual({});
  });

  it('confirms only the immediately preceding agent turn', () => {
    const s = aggregateSignals([
      { turn_index: 0, role: 'agent', text: "So you've got 32 reps?" },
      { turn_index: 1, role: 'user', text: 'Hmm, let me think.' },
      { turn_index: 2, role: 'user', text: 'Yes.' },
    ]);
    expect(s.team_size).toBeNull();
  });

  it('lets a later caller statement override a confirmed figure, and a restated drop remove a product', () => {
    const s = aggregateSignals([
      { turn_index: 0, role: 'user', text: 'We use DocuSign and HubSpot.' },
      { turn_index: 1, role: 'agent', text: "So you've got 32 reps, and you moved off DocuSign last year?" },
      { turn_index: 2, role: 'user', text: 'Yep, exactly.' },
      { turn_index: 3, role: 'user', text: 'Actually we have 36 reps since March.' },
    ]);
    expect(s.team_size).toBe(36);
    expect(s.current_solution).toEqual([]);
    expect(s.integration_needs).toEqual(['hubspot']);
  });

  it('keeps the accumulator bounded over a long call of confirmations', () => {
    const acc = new SignalAccumulator();
    for (let i = 0; i < 400; i += 2) {
      acc.add({ turn_index: i, role: 'agent', text: `So you've got ${20 + (i % 7)} reps and you're on Salesforce, right?` });
      acc.add({ turn_index: i + 1, role: 'user', text: 'Yes.' });
    }
    const s = acc.snapshot();
    expect(s.team_size).toBe(20 + (398 % 7));
    expect(s.evidence.length).toBe(2);
  });
});

describe('isShortConfirmation and restatedFacts', () => {
  it.each([
    ['Yes.', true],
    ["Yeah, that's right.", true],
    ['Correct.', true],
    ['Exactly.', true],
    ['About right.', true],
    ['Yep, 32.', true],
    ['Right.', true],
    ['Uh-huh.', true],
    ['No.', false],
    ['Not really.', false],
    ["I'm not sure.", false],
    ['Yes, but more like 40.', false],
    ["Yeah, I don't think so.", false],
    ['Okay, I am following.', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(isShortConfirmation(text)).toBe(want);
  });

  it('reads only second-person sentences, without money clauses', () => {
    const r = restatedFacts("Our clients love us. You've got 32 reps, paying $40 a seat. Is that about right?", 7);
    expect(r).not.toBeNull();
    expect(r?.team_size).toBe(32);
    expect(r?.evidence).toEqual([{ field: 'team_size', value: '32', turn_index: 7, quote: "You've got 32 reps", confidence: expect.any(Number) }]);
    expect(restatedFacts('We have 32 reps ourselves.', 7)).toBeNull();
    expect(restatedFacts('Great, thanks for your time.', 7)).toBeNull();
  });
});

const salesCalls = path.join(CORPUS_DIR, 'sales-calls');
const pricingCall = path.join(salesCalls, 'tribeai', 'objection-pricing-01.md');
const maybe = existsSync(pricingCall) ? describe : describe.skip;
if (!existsSync(pricingCall)) console.warn(`confirmed-restatement corpus test skipped: ${pricingCall} is absent (the shared corpus of real sales calls is not checked out)`);

maybe('the objection-pricing corpus call', () => {
  it("takes the caller's confirmation of the agent's 32 reps as the caller's team size", async () => {
    const c = await loadRecordedCall(pricingCall);
    const turns: SignalTurn[] = c.turns.map((t, i) => ({ turn_index: i, role: t.role, text: t.text }));
    const s = aggregateSignals(turns);
    expect(s.team_size).toBe(32);
    const e = s.evidence.find((v) => v.field === 'team_size');
    expect(e).toBeDefined();
    const confirming = turns[e!.turn_index];
    expect(confirming.role).toBe('user');
    expect(confirming.text).toBe('Yeah, roughly.');
    expect(turns[e!.turn_index - 1].role).toBe('agent');
    expect(e!.quote).toContain('32 reps');
    expect(e!.quote).toContain('Yeah, roughly.');
    expect(e!.confidence).toBeLessThan(0.8);
    // The pilot's "10 of your reps" and the agent's own numbers are not the caller's team.
    expect(s.evidence.filter((v) => v.field === 'team_size')).toHaveLength(1);
  });
});
