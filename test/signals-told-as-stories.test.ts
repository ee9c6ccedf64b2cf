/**
 * Signals told the long way round: trades named by what they run, tools someone else uses or is moving people to,
 * deadlines said by a fiscal year or "yesterday if we could", and pains told as what happens.
 */
import { extractSignals } from '../lib/signals';

describe('industry', () => {
  it.each([
    ["we're a wee property developer, we build flats on the south side", 'real_estate'],
    ['we are a chain of pharmacies, nine outlets', 'healthcare'],
    ['we are an employment agency for nannies and cooks', 'staffing'],
    ['we get private school for ikeja, nursery and primary', 'education'],
    ['we run tours out of the harbour, kayaking and snorkelling', 'hospitality'],
  ])('%s -> %s', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });

  it.each([
    "we're a mining contractor up north, about sixty guys",
    "we're a cleaning contractor, offices mostly",
    'we run a funeral home, and we courier the papers to the crematorium',
  ])('no industry from a trade outside the vocabulary: %s', (text) => {
    expect(extractSignals(text).industry).toBeNull();
  });
});

describe('documents', () => {
  it('reads membership agreements, missives, contracts to sell and tax declarations', () => {
    expect(extractSignals('every new member signs a membership agreement with the waiver in it').use_case).toBe('client_intake');
    expect(extractSignals('the missives for the buyers are the main thing').use_case).toBe('real_estate_transactions');
    expect(extractSignals('we prepare the contract to sell for every condo').use_case).toBe('real_estate_transactions');
    expect(extractSignals('every tax return needs a signed client declaration').use_case).toBe('consent_forms');
  });
});

describe('tools', () => {
  it('a tool used at someone’s other company, or one people are being moved to later, is not in use', () => {
    expect(extractSignals('my boss uses docu sign for his other company, but here we use nothing').current_solution).toEqual([]);
    const s = extractSignals("i'm on docu sign now, but head office is switching everyone to sky slope next year");
    expect(s.current_solution).toEqual(['docusign']);
  });

  it('a tool being trialled is not the current one', () => {
    expect(extractSignals("we're trialling panda doc, but right now it's word docs and email").current_solution).toEqual(['microsoft_word']);
  });

  it('reads lowercase teams and workday where the words say they are tools', () => {
    expect(extractSignals("we're on teams and outlook all day").integration_needs).toEqual(['microsoft_teams', 'outlook']);
    expect(extractSignals("it'd need to sync with our workday").integration_needs).toEqual(['workday']);
    expect(extractSignals('our workday starts at eight').integration_needs).toEqual([]);
  });

  it('"for a few of" a tool’s clients is still using it; "for a few years" is the past', () => {
    expect(extractSignals('we use myob for a few of the older clients').integration_needs).toEqual(['myob']);
    expect(extractSignals('we used myob for a few years').integration_needs).toEqual([]);
  });
});

describe('urgency', () => {
  it('reads a budget year end before which it must be bought, "yesterday if we could", and a month date', () => {
    expect(extractSignals("our fiscal year closes june thirtieth and anything we haven't spent is gone, so it has to be bought before then").urgency)
      .toBe('high');
    expect(extractSignals('honestly, yesterday if we could').urgency).toBe('high');
    expect(extractSignals('we need it by april twenty first').urgency).toBe('high');
    expect(extractSignals('we sent twelve yesterday').urgency).toBeNull();
  });

  it('a size expected by the end of next year is no timeline', () => {
    expect(extractSignals("we're twenty now, could be forty by the end of next year").urgency).toBeNull();
  });
});

describe('pains told as what happens', () => {
  it.each([
    ['the price is very high already, we want to find something cheaper', 'too_expensive'],
    ['the licence price jumped like thirty percent', 'too_expensive'],
    ['the forms come back from the sites but some get lost on the way', 'poor_visibility'],
    ['honestly we lose a few every month', 'poor_visibility'],
    ['two of the waybills went missing last week', 'poor_visibility'],
    ["we've no idea what's been signed until they're back", 'poor_visibility'],
    ["it's word docs and pdfs flying around", 'manual_process'],
    ['the couriers bring the paperwork back at the end of the day', 'manual_process'],
    ['they print it and it comes signed back over email', 'manual_process'],
    ['the main headache is the chasing', 'chasing_signatures'],
    ['their support never replies, we logged a ticket and nobody replied', 'poor_support'],
    ["the contracts aren't back before the job starts", 'slow_turnaround'],
  ])('%s -> %s', (text, pain) => {
    expect(extractSignals(text).pain_points).toEqual([pain]);
  });

  it('a slow internet line is no slow turnaround', () => {
    expect(extractSignals('sorry the internet is slow here today').pain_points).toEqual([]);
  });

  it('a pain about a tool in use is kept after a complaint about the one left', () => {
    expect(extractSignals("we dropped docu sign over the cost, and adobe's fine but it doesn't talk to our xero").pain_points)
      .toEqual(['missing_integration']);
  });
});
