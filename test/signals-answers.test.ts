/**
 * Answers to the agent's qualifying questions at call level (lib/signals/question-context.ts via
 * aggregateSignals / SignalAccumulator): the caller's fragment ("Maybe forty.") is read in the field
 * the agent's immediately preceding question asked about, with evidence quoting the caller's words on
 * the caller's turn at ANSWER_CONFIDENCE. The eval-set and off-domain checks read the labelled sets
 * in eval/signals; the off-domain part skips with a printed reason when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOffDomainFalsePositive } from '../eval/signals/score';
import { CORPUS_DIR } from '../eval/signals/snapshot';
import { DiscoveredSignals, type Role } from '../lib/session-record';
import { aggregateSignals, extractSignals, SignalAccumulator, type SignalTurn } from '../lib/signals';
import { CONFIRMED_CONFIDENCE } from '../lib/signals/confirm';
import { ANSWER_CONFIDENCE, MAX_ANSWER_WORDS, isAnswerShaped, questionContext, readAnswer } from '../lib/signals/question-context';

const W = 52 / 12;
const round2 = (n: number) => Math.round(n * 100) / 100;
const t = (turn_index: number, role: Role, text: string): SignalTurn => ({ turn_index, role, text });

/** One question and the caller's reply, at turns 6 and 7 of a call. */
function qa(agent: string, caller: string): DiscoveredSignals {
  return aggregateSignals([t(6, 'agent', agent), t(7, 'user', caller)]);
}

/** The non-empty fields of `s` (evidence left out). */
function facts(s: DiscoveredSignals): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (k !== 'evidence' && v !== null && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}

const TEAM_Q = 'Got it. And how many people on your team would be using it?';
const VOLUME_Q = 'Roughly how many documents do you send a month?';
const WEEKLY_Q = 'And how many contracts go out in a typical week?';
const WHEN_Q = 'When do you need this up and running?';
const USING_Q = 'What are you using today?';
const CONNECT_Q = 'Which tools would it need to connect to?';

describe('a short answer to a qualifying question', () => {
  it('reads a whole discovery call of fragment answers, each on the caller turn in the caller words', () => {
    const s = aggregateSignals([
      t(0, 'agent', 'Hi, thanks for calling Trialist. Who am I speaking with?'),
      t(1, 'user', "Hi, it's Dana from Brightline."),
      t(2, 'agent', TEAM_Q),
      t(3, 'user', 'uh, forty, forty five'),
      t(4, 'agent', VOLUME_Q),
      t(5, 'user', 'Couple hundred.'),
      t(6, 'agent', WHEN_Q),
      t(7, 'user', 'End of the month.'),
      t(8, 'agent', USING_Q),
      t(9, 'user', 'Email and paper.'),
      t(10, 'agent', CONNECT_Q),
      t(11, 'user', 'sales force mostly'),
    ]);
    expect(facts(s)).toEqual({
      team_size: 43,
      monthly_volume: 200,
      urgency: 'high',
      integration_needs: ['salesforce'],
      pain_points: ['manual_process'],
    });
    expect(s.evidence).toEqual([
      { field: 'team_size', value: '43', turn_index: 3, quote: 'forty, forty five', confidence: ANSWER_CONFIDENCE },
      { field: 'monthly_volume', value: '200', turn_index: 5, quote: 'Couple hundred', confidence: ANSWER_CONFIDENCE },
      { field: 'urgency', value: 'high', turn_index: 7, quote: 'End of the month', confidence: ANSWER_CONFIDENCE },
      { field: 'pain_points', value: 'manual_process', turn_index: 9, quote: 'Email and paper.', confidence: ANSWER_CONFIDENCE },
      { field: 'integration_needs', value: 'salesforce', turn_index: 11, quote: 'sales force', confidence: ANSWER_CONFIDENCE },
    ]);
    expect(DiscoveredSignals.parse(s)).toEqual(s);
  });

  const cases: [label: string, agent: string, caller: string, expected: Record<string, unknown>, quote: string][] = [
    ['team: a hedged number', TEAM_Q, 'Maybe forty.', { team_size: 40 }, 'forty'],
    ['team: "I\'d say" and a people word', TEAM_Q, "I'd say 40 people.", { team_size: 40 }, '40 people'],
    ['team: "how big is your team"', 'How big is your team?', 'Twelve, give or take.', { team_size: 12 }, 'Twelve'],
    ['volume: the question names a month', VOLUME_Q, 'Couple hundred.', { monthly_volume: 200 }, 'Couple hundred'],
    ['volume: "a few hundred" to a volume question', 'What kind of volume are we talking about?', 'A few hundred.', { monthly_volume: 300 }, 'A few hundred'],
    ['volume: a weekly question makes a weekly answer', WEEKLY_Q, 'Maybe fifty.', { monthly_volume: round2(50 * W) }, 'fifty'],
    ['volume: a yearly question', 'How many leases do you sign per year?', 'About twelve hundred.', { monthly_volume: 100 }, 'twelve hundred'],
    ['timeline: end of the month', WHEN_Q, 'End of the month.', { urgency: 'high' }, 'End of the month'],
    ['timeline: a weekday is a deadline', WHEN_Q, 'Friday.', { urgency: 'high' }, 'Friday'],
    ['timeline: a duration', "What's your timeline on this?", 'Like two weeks.', { urgency: 'medium' }, 'Like two weeks'],
    ['timeline: right now', 'How soon do you need it?', 'Now, honestly.', { urgency: 'high' }, 'Now'],
    ['current solution: a bare product the extractor alone leaves', USING_Q, 'Word, mostly.', { current_solution: ['microsoft_word'] }, 'Word'],
    ['current solution: manual means only', USING_Q, 'Email and paper.', { pain_points: ['manual_process'] }, 'Email and paper.'],
    ['integrations: a bare product at the start', CONNECT_Q, 'Outlook, mostly.', { integration_needs: ['outlook'] }, 'Outlook'],
    ['integrations: speech-to-text spelling', 'What CRM are you on?', 'sales force mostly', { integration_needs: ['salesforce'] }, 'sales force'],
    ['a different number than the one the agent offered is the caller\'s own', 'How many reps do you have, 30?', 'No, more like 45.', { team_size: 45 }, '45'],
  ];

  it.each(cases)('%s', (_label, agent, caller, expected, quote) => {
    const s = qa(agent, caller);
    expect(facts(s)).toEqual(expected);
    expect(s.evidence).toHaveLength(1);
    expect(s.evidence[0]).toMatchObject({ turn_index: 7, quote, confidence: ANSWER_CONFIDENCE });
    expect(caller).toContain(s.evidence[0].quote);
  });

  it('keeps answer evidence below a direct statement of the same fact', () => {
    const direct = aggregateSignals([t(7, 'user', 'We have 40 people on the team.')]);
    expect(direct.team_size).toBe(40);
    expect(direct.evidence[0].confidence).toBeGreaterThan(ANSWER_CONFIDENCE);
    expect(ANSWER_CONFIDENCE).toBeLessThan(CONFIRMED_CONFIDENCE);
  });

  it("leaves what the per-utterance extractor read alone (its own reading, its own confidence)", () => {
    const s = qa(CONNECT_Q, 'Salesforce mostly.');
    expect(s.integration_needs).toEqual(['salesforce']);
    expect(s.evidence).toEqual([expect.objectContaining({ field: 'integration_needs', value: 'salesforce', turn_index: 7, confidence: 0.85 })]);
    // The reply's own period wins over the question's ("a month?" → "50 a week").
    const v = qa(VOLUME_Q, '50 a week.');
    expect(v.monthly_volume).toBe(round2(50 * W));
    expect(v.evidence).toEqual(extractSignals('50 a week.', 7).evidence);
    // A field already given in the reply is not read again: Slack is the reply's integration (a sentence-initial
    // "Box" is not read); the rule does not add to a field the reply itself filled.
    expect(qa(CONNECT_Q, 'Box, Slack.').integration_needs).toEqual(['slack']);
  });

  it('lets a later direct statement and a later "sorry" correction override an answer', () => {
    const s = aggregateSignals([
      t(0, 'agent', WEEKLY_Q),
      t(1, 'user', 'Maybe fifty.'),
      t(2, 'user', 'Sorry, sixty.'),
      t(3, 'agent', TEAM_Q),
      t(4, 'user', 'Forty.'),
      t(5, 'user', "Actually we're 44 people now."),
    ]);
    expect(s.monthly_volume).toBe(round2(60 * W));
    expect(s.team_size).toBe(44);
    expect(s.evidence.find((e) => e.field === 'team_size')).toMatchObject({ turn_index: 5 });
  });
});

describe('what is not an answer', () => {
  const none: [label: string, agent: string, caller: string][] = [
    ['deflection: not sure', TEAM_Q, 'Not sure, maybe 5?'],
    ['deflection: rather not say', TEAM_Q, "I'd rather not say."],
    ['deflection: why do you ask', VOLUME_Q, 'Why do you ask? 50?'],
    ['deflection: it varies', VOLUME_Q, 'Hard to say, it varies, like 200.'],
    ['deflection to a current-solution question', USING_Q, 'Not sure, probably just email?'],
    ['deflection on a timeline', WHEN_Q, "Not sure yet, I'll have to check with my boss."],
    ['a phone number', TEAM_Q, 'You can reach me at 555-123-4567.'],
    ['a date', TEAM_Q, 'The 15th.'],
    ['a price', VOLUME_Q, '$500.'],
    ['money in words', VOLUME_Q, 'Forty grand.'],
    ['a year', VOLUME_Q, '2024.'],
    ['a count of something else', TEAM_Q, 'About 40 locations.'],
    ['years in business', TEAM_Q, 'Been around 40 years.'],
    ['people counted in a volume answer', WEEKLY_Q, 'Weekly, like 50 people.'],
    ['two numbers', TEAM_Q, 'Twelve here and 3 remote.'],
    ['two numbers across sentences', TEAM_Q, 'Maybe forty. Forty five tops.'],
    ['a long caller turn that is not an answer', TEAM_Q, 'So honestly the bigger issue is that we have like 40 things going on and nobody owns it.'],
    ['a scheduling question is not a timeline question', 'When would you like to book the demo?', 'Friday.'],
    ['the time is not the reply\'s head', WHEN_Q, 'Today we use paper for everything, sadly.'],
    ['a question about two fields', 'How many people are on the team, and how many contracts a month?', 'Forty.'],
    ['no question asked', 'Great, thanks for sharing that.', 'Forty.'],
    ['agent-stated number, not a question about a field', 'Is it about 50 people?', 'Yeah, about 50.'],
    ['an echo of the number in the agent\'s question', 'How many reps do you have, 30?', 'Yeah, 30.'],
    ['nothing named to a current-solution question', USING_Q, 'Nothing really.'],
    ['email named, but about something else', USING_Q, 'I want to update my email address first.'],
  ];

  it.each(none)('%s', (_label, agent, caller) => {
    const s = qa(agent, caller);
    expect(s.team_size).toBeNull();
    expect(s.monthly_volume).toBeNull();
    expect(s.urgency).toBeNull();
    expect(s.evidence.filter((e) => e.confidence === ANSWER_CONFIDENCE)).toEqual([]);
  });

  it('an answer on another topic stays that topic only', () => {
    expect(facts(qa(TEAM_Q, "We're a law firm."))).toEqual({ industry: 'legal' });
    expect(facts(qa(USING_Q, "We're a law firm."))).toEqual({ industry: 'legal' });
  });

  it('only the turn right after the question answers it', () => {
    const twoLater = aggregateSignals([t(0, 'agent', TEAM_Q), t(1, 'user', 'Hmm, let me think.'), t(2, 'user', 'Maybe forty.')]);
    expect(twoLater.team_size).toBeNull();
    const afterAnotherAgentTurn = aggregateSignals([t(0, 'agent', TEAM_Q), t(1, 'user', 'Sure.'), t(2, 'agent', 'Great, take your time.'), t(3, 'user', 'Forty.')]);
    expect(afterAnotherAgentTurn.team_size).toBeNull();
  });

  it('never takes a value from the agent, and does not count a confirmed restatement twice', () => {
    const agentOnly = aggregateSignals([t(0, 'agent', "So you've got 32 reps. How many of them would use it?")]);
    expect(facts(agentOnly)).toEqual({});
    const s = qa("So you've got 32 reps. How many of them would use it?", 'Yep, 32.');
    expect(s.team_size).toBe(32);
    expect(s.evidence).toHaveLength(1);
    expect(s.evidence[0]).toMatchObject({ turn_index: 7, confidence: CONFIRMED_CONFIDENCE });
  });
});

describe('questionContext and readAnswer', () => {
  it.each([
    ['How many people on your team would be using it?', 'team_size', null],
    ["What's your team size?", 'team_size', null],
    ['Roughly how many documents do you send a month?', 'monthly_volume', 'month'],
    ['How many contracts go out in a typical week?', 'monthly_volume', 'week'],
    ['When are you hoping to go live?', 'urgency', null],
    ['Is there a deadline you are working against?', 'urgency', null],
    ['How are you handling contracts today?', 'current_solution', null],
    ['What CRM are you using today?', 'current_solution', null],
    ['Does it need to integrate with anything?', 'integration_needs', null],
  ])('%j asks about %s', (agent, field, period) => {
    expect(questionContext(agent)).toMatchObject({ field, period });
  });

  it.each([
    'Thanks, that is helpful.',
    'When would you like to schedule a demo?',
    'Would you like me to connect you with a specialist?',
    'How are you doing today?',
    'How many people, and how many contracts a month?',
  ])('%j asks about no single field', (agent) => {
    expect(questionContext(agent)).toBeNull();
  });

  it(`bounds an answer at ${MAX_ANSWER_WORDS} words and reads nothing the extractor already found`, () => {
    expect(isAnswerShaped('Maybe forty.')).toBe(true);
    expect(isAnswerShaped('one two three four five six seven eight nine ten eleven twelve')).toBe(true);
    expect(isAnswerShaped('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe(false);
    expect(isAnswerShaped("I'd rather not say")).toBe(false);
    const ctx = questionContext(TEAM_Q)!;
    expect(readAnswer(ctx, 'Maybe forty.', 3, extractSignals('Maybe forty.', 3))).toMatchObject({ team_size: 40 });
    const found = { ...extractSignals('', 3), team_size: 12 };
    expect(readAnswer(ctx, 'Maybe forty.', 3, found)).toBeNull();
  });

  it('keeps the accumulator bounded over a long call of questions and answers', () => {
    const acc = new SignalAccumulator();
    for (let i = 0; i < 600; i += 2) {
      acc.add(t(i, 'agent', `${'Thanks for that. '.repeat(40)}${TEAM_Q}`));
      acc.add(t(i + 1, 'user', `Maybe ${10 + (i % 9)}.`));
    }
    const s = acc.snapshot();
    expect(s.team_size).toBe(10 + (598 % 9));
    expect(s.evidence).toHaveLength(1);
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUESTIONS = [TEAM_Q, VOLUME_Q, WEEKLY_Q, WHEN_Q, USING_Q, CONNECT_Q];
const NEUTRAL = 'Okay, thanks for sharing that.';
const SCALARS = ['team_size', 'monthly_volume', 'urgency', 'industry', 'use_case'] as const;
const LISTS = ['integration_needs', 'current_solution', 'pain_points'] as const;

function readTexts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('per-utterance behaviour is unchanged (every labelled eval set)', () => {
  const dir = path.join(repoRoot, 'eval', 'signals');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readTexts(path.join(dir, f)));

  it('finds the labelled sets', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('after a turn that asks nothing, a caller utterance aggregates to exactly what the extractor reads', () => {
    for (const text of texts) {
      const s = aggregateSignals([t(0, 'agent', NEUTRAL), t(1, 'user', text)]);
      const x = extractSignals(text, 1);
      expect(facts(s)).toEqual(facts(x));
    }
  });

  it('after a qualifying question, an answer only fills fields the extractor left empty', () => {
    for (const text of texts) {
      const x = extractSignals(text, 1);
      for (const q of QUESTIONS) {
        const s = aggregateSignals([t(0, 'agent', q), t(1, 'user', text)]);
        for (const f of SCALARS) if (x[f] !== null) expect(s[f]).toEqual(x[f]);
        for (const f of LISTS) for (const id of x[f]) expect(s[f]).toContain(id);
      }
    }
  });
});

const offDomain = path.join(CORPUS_DIR, 'off-domain');
const maybe = existsSync(offDomain) ? describe : describe.skip;
if (!existsSync(offDomain)) console.warn(`off-domain answer check skipped: ${offDomain} is absent (the shared off-domain corpus is not checked out)`);

maybe('off-domain turns (../shared/corpus/off-domain)', () => {
  it('stay free of false positives at call level when no qualifying question precedes them', () => {
    const texts = readdirSync(offDomain)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readTexts(path.join(offDomain, f)));
    expect(texts.length).toBeGreaterThan(500);
    const fps = texts.filter((text) => isOffDomainFalsePositive(aggregateSignals([t(0, 'agent', NEUTRAL), t(1, 'user', text)])));
    expect(fps).toEqual([]);
  });
});
