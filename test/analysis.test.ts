/**
 * lib/analysis: the call analyser on whole calls (eval/calls, labelled before the analyser was
 * written) against the targets, and its parts on small calls written here. Corpus calls are
 * skipped with a printed reason when the shared corpus is absent.
 */
import { analyzeCall, parseSpokenTime, redactQuote, resolveSpokenTime, type AnalysisInput } from '../lib/analysis';
import { corpusDir, loadLabelledCalls } from '../eval/calls/dataset';
import { scoreCalls } from '../eval/calls/score';

const call = (started_at: string | null, lines: [string, string][], tool_calls: AnalysisInput['tool_calls'] = []): AnalysisInput => ({
  started_at,
  transcript: lines.map(([who, text], i) => ({ turn_index: i, role: who === 'A' ? ('agent' as const) : ('user' as const), text })),
  tool_calls,
});

describe('call analysis on the labelled set', () => {
  it('meets the targets on every available call', async () => {
    const { calls, skipped } = await loadLabelledCalls();
    if (corpusDir().dir === null) console.warn(`analysis eval: ${skipped.length} corpus calls skipped: ${skipped[0]?.why}`);
    expect(calls.length).toBeGreaterThanOrEqual(25);
    const { fields } = scoreCalls(calls.map(({ label, input }) => ({ label, got: analyzeCall(input) })));
    const f = Object.fromEntries(fields.map((x) => [x.field, x.correct / x.total]));
    expect(f['next_step.kind']).toBeGreaterThanOrEqual(0.9);
    expect(f['meeting.agreed_found']).toBe(1);
    expect(f['meeting.none_when_not_agreed']).toBe(1);
    expect(f['interest.within_one']).toBeGreaterThanOrEqual(0.9);
  });
});

describe('next step', () => {
  it('finds a meeting agreed in words, with the time resolved in the zone said', () => {
    const a = analyzeCall(
      call('2026-11-17T15:10:00Z', [
        ['A', 'Sales has Wednesday at 11 or Thursday at 2, both Eastern. Would either work?'],
        ['U', "Wednesday I'm out. Thursday at 2 works."],
        ['A', 'Great, Thursday at 2pm Eastern.'],
      ]),
    );
    expect(a.next_step).toMatchObject({ kind: 'meeting', when_text: 'Thursday at 2', when_iso: '2026-11-19T14:00-05:00' });
    expect(a.next_step.evidence?.turn_index).toBe(1);
  });

  it('reports no meeting for a declined or open time', () => {
    const declined = analyzeCall(call('2026-11-18T20:00:00Z', [['A', 'Would Friday at 10 work for a call?'], ['U', "No, Friday's no good."]]));
    const open = analyzeCall(call('2026-11-18T20:00:00Z', [['A', 'Would you like a call on Monday at 1?'], ['U', 'Maybe. Let me check my calendar.']]));
    const dropped = analyzeCall(call('2026-11-18T20:00:00Z', [['A', 'Would you like a call with sales?'], ['U', 'Yeah, maybe, perhaps Thurs—']]));
    expect([declined, open, dropped].map((a) => a.next_step.kind)).toEqual(['none', 'none', 'none']);
  });

  it('takes a booking tool call as a meeting and a reschedule as the new time', () => {
    const a = analyzeCall(
      call(
        '2026-12-03T15:00:00Z',
        [
          ['U', 'I have a demo tomorrow at 3 Eastern, but something moved. Can we push it to next Monday, same time?'],
          ['A', 'Sure, Monday the 7th at 3pm Eastern.'],
        ],
        [{ name: 'book_sales_meeting', arguments: '{"time_window":"Monday 3pm ET"}', outcome: 'success', turn_index: 1 }],
      ),
    );
    expect(a.next_step.kind).toBe('meeting');
    expect(a.next_step.when_iso).toBe('2026-12-07T15:00-05:00');
  });

  it('tells callbacks, trial check-ins and send requests apart', () => {
    const cb = analyzeCall(call('2026-12-02T15:30:00Z', [['A', 'Do you have time now?'], ['U', "Not now. Call me back in an hour."]]));
    const trial = analyzeCall(call('2026-11-16T19:00:00Z', [['A', 'Shall I check in with you on Friday when your trial ends?'], ['U', "Sure, Friday's fine."]]));
    const send = analyzeCall(call('2026-11-18T20:00:00Z', [['A', 'Would a quick call help?'], ['U', 'No thanks. Just send me the pricing page.']]));
    expect(cb.next_step).toMatchObject({ kind: 'callback', when_text: 'in an hour' });
    expect(trial.next_step).toMatchObject({ kind: 'trial_followup', when_iso: '2026-11-20' });
    expect(send.next_step.kind).toBe('send_info');
    expect(send.interest.level).toBe('low');
  });
});

describe('interest, objections, BANT, competitors', () => {
  it('reads only the caller: a budget or headcount the agent states is not mentioned', () => {
    const a = analyzeCall(
      call('2026-11-19T17:40:00Z', [
        ['A', 'So you are about 50 people with a budget of 500 dollars a month?'],
        ['U', "I'd have to check. Can you send me the API docs?"],
      ]),
    );
    expect(a.budget.mentioned).toBe(false);
    expect(a.authority.level).toBe('unknown');
  });

  it('finds an objection, whether it was accepted, the competitor and who decides', () => {
    const a = analyzeCall(
      call('2026-12-03T17:00:00Z', [
        ['U', "We're on DocuSign and PandaDoc quoted us lower. I'll bring my VP, she makes the final call."],
        ['A', 'We sync with HubSpot, which they do not.'],
        ['U', "Okay, that's worth a look. Can we do Monday at 9 Pacific for a demo?"],
      ]),
    );
    expect(a.competitors.map((c) => c.id)).toEqual(['docusign', 'pandadoc']);
    expect(a.objections).toEqual([expect.objectContaining({ kind: 'competitor', accepted: true })]);
    expect(a.authority.level).toBe('influencer');
    expect(a.interest.level).toBe('high');
    expect(a.summary).toMatch(/Next step: the caller agreed a meeting for Monday at 9 Pacific/);
  });

  it('is none for "not interested, we are all set" and always has a summary', () => {
    const a = analyzeCall(call(null, [['A', 'Could I send you a comparison?'], ['U', "No, not interested. We're all set with Adobe Sign."]]));
    expect(a.interest.level).toBe('none');
    expect(a.summary.split(/(?<=\.)\s/).length).toBeGreaterThanOrEqual(2);
    const empty = analyzeCall(call(null, [['A', 'Hello?']]));
    expect(empty.summary).toMatch(/no next step/);
  });

  it('redacts emails and phone numbers in evidence quotes', () => {
    const a = analyzeCall(call(null, [['A', 'What is the best email?'], ['U', 'Send me the quote at dana@harborpine.com or call 617-555-0142.']]));
    expect(a.next_step.evidence?.quote).toBe('Send me the quote at [email] or call [phone].');
    expect(redactQuote('priya at oaklinepm dot com')).toBe('[email]');
  });
});

describe('spoken times', () => {
  it('resolves weekdays, next week, dates and zones against the call date', () => {
    const at = '2024-01-22T00:00:00Z'; // a Monday
    expect(resolveSpokenTime(parseSpokenTime('Friday at 10')!, at)).toBe('2024-01-26T10:00');
    expect(resolveSpokenTime(parseSpokenTime('Tuesday at 3pm next week')!, at)).toBe('2024-01-30T15:00');
    expect(resolveSpokenTime(parseSpokenTime('Wednesday the 9th at 1:30 Central')!, '2026-12-03T19:00:00Z')).toBe('2026-12-09T13:30-06:00');
    expect(resolveSpokenTime(parseSpokenTime('tomorrow at 9 Eastern')!, '2026-07-01T15:00:00Z')).toBe('2026-07-02T09:00-04:00');
    expect(parseSpokenTime('we handle about 500 tickets daily with 12 agents')).toBeNull();
    expect(resolveSpokenTime(parseSpokenTime('Friday at 10')!, null)).toBeNull();
  });
});
