import { aggregateSignals, extractSignals, findQuantities, perMonth, SignalAccumulator, type SignalTurn } from '../lib/signals';
import { periodIn, periodOfWord } from '../lib/signals/volume';
import { DiscoveredSignals } from '../lib/session-record';

const W = 52 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('period words', () => {
  it.each([
    ['50 a day', 'day'],
    ['daily', 'day'],
    ['twice every week', 'week'],
    ['per fortnight', 'fortnight'],
    ['Monthly', 'month'],
    ['each quarter', 'quarter'],
    ['annually', 'year'],
    ['1,200 a year', 'year'],
    ['every day of the year', 'day'],
    ['a dayshift', null],
    ['the weekend', null],
  ])('%s → %s', (text, period) => {
    expect(periodIn(text)).toBe(period);
  });

  it('maps only period words', () => {
    expect(['day', 'weekly', 'fortnightly', 'months', 'quarterly', 'yearly', 'annually', 'decade', ''].map(periodOfWord)).toEqual([
      'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'year', null, null,
    ]);
  });
});

describe('spoken numbers', () => {
  it.each([
    ['a hundred and twenty reps', 120],
    ['a dozen', 12],
    ['half a dozen of us', 6],
    ['2k envelopes', 2000],
    ['a couple thousand documents', 2000],
    ['a few hundred letters', 300],
    ['couple hundred contracts (speech-to-text drops the article)', 200],
    ['few thousand forms', 3000],
    ['couple dozen agents', 24],
    ['twenty five hundred', 2500],
    ['two and a half thousand', 2500],
    ['1,200 offer letters', 1200],
    ['thirty-five agents', 35],
    ['between 20 and 25 reps', 22.5],
    ['100 to 150 contracts', 125],
    ['three or four hundred contracts', 350],
    ['we went from 18 to 28 reps', 28],
    ['forty or so of us', 40],
  ])('%s → %d', (text, value) => {
    const q = findQuantities(text).filter((x) => x.kind === 'cardinal');
    expect(q).toHaveLength(1);
    expect(q[0].value).toBe(value);
  });

  it.each([
    ['call me at 415 555 0142', 'phone'],
    ['714-123-6154', 'phone'],
    ['account 39494933', 'id'],
    ['at 3:30', 'time'],
    ['the 12th floor', 'ordinal'],
    ['about 35%', 'percent'],
    ['$500 a month', 'money'],
    ['300 bucks', 'money'],
  ])('%s is %s, not a count', (text, kind) => {
    expect(findQuantities(text).map((q) => q.kind)).toEqual([kind]);
  });
});

describe('team_size', () => {
  it.each<[string, number | null]>([
    ['We have 12 reps.', 12],
    ["We've got a 15-person sales team.", 15],
    ["Honestly it's just three of us in the office.", 3],
    ['The whole company is two hundred people, but only the legal team would use this, which is eight people.', 8],
    ["The team's bigger than I said, we're thirty now, not twenty.", 30],
    ['We went from 18 to 28 reps this year.', 28],
    ['It would be me and two other paralegals.', 3],
    ["Right now it's just me.", 1],
    ['Our legal department is three attorneys and a paralegal.', 4],
    ['We have seven locations and each location has two coordinators who would use it.', 14],
    ['Our salesforce is about 20 people.', 20],
    ["I'm on the 12th floor, reception is bad.", null],
    ['My number is 415 555 0142.', null],
    ["We've been around since 2009.", null],
    ["I've got three kids at home.", null],
    ['I need a table for six on Friday.', null],
    ['We are 3 people in total.', null],
    ['I will need two seats on the bus.', null],
    ['We had 20 people sign up for the webinar.', null],
    // A conditional or additive aside never replaces the firm figure.
    ['We have 12 users, maybe 14 if we add the two people in payroll', 12],
    ['We have 12 users, and if we add the two people in payroll, 14.', 12],
    ["There's eight of us plus two contractors who'd only sign stuff.", 8],
    ['Our sales team is 25 people, including the 3 interns.', 25],
    ["We're 20 agents, not counting the 4 admins.", 20],
    ['There are 30 reps, including 5 managers.', 30],
    ["We're 10 reps, plus 2 managers who'd need view access.", 10],
    // ...but an aside that is the only count still counts.
    ["If we add payroll it'd be 14 users.", 14],
    // Fractions of a team, noun-less counts closing a statement about people, pricing seats.
    ['we are a team of 40 but only half of them would actually be sending documents', 20],
    ['Maybe a quarter of our 80 staff would need a login.', 20],
    ['half our team of 40 would use it', 20],
    ['We have 40 people, half of them are remote.', 40],
    ['yeah so its me and like four other guys in the office', 5],
    ["We used to be 20 but we're down to 14 now after the restructure.", 14],
    ['we are twenty five people total but only the sales guys need it thats seven', 7],
    ['The whole firm, so 35 give or take.', 35],
    ["What's the price for 10 seats?", 10],
    ['I need a table for 10 people.', null],
    ["our team sends 50 a week, that's 200 a month", null],
    ["I've got 4 direct reports and it's for them.", 4],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text).team_size).toBe(want);
  });
});

describe('monthly_volume normalization', () => {
  it.each<[string, number | null]>([
    ['We send out about 200 contracts a month.', 200],
    ['Around fifty NDAs a week.', round2(50 * W)],
    ['We do 20 leases a day.', round2(20 * 21.7)],
    ['About 300 proposals a quarter.', 100],
    ['Roughly 1,200 offer letters a year.', 100],
    ['Somewhere between 100 and 150 agreements per month.', 125],
    ['A couple thousand documents a year.', round2(2000 / 12)],
    ['Each of our ten reps sends five a week.', round2(50 * W)],
    ['Each agent does about ten leases a month and we have six agents.', 60],
    ['Last year we did around 6,000 applications.', 500],
    ['We spend about $500 a month on DocuSign.', null],
    ['Our DocuSign bill is like 2k a month.', null],
    ["It's $49 a month per user, right?", null],
    ['We have about 500 documents in our shared drive.', null],
    ['We send a couple dozen proposals a week.', round2(24 * W)],
    ['About 200 offer letters per fortnight.', round2((200 * 26) / 12)],
    ['We do 40 NDAs every two weeks.', round2((40 * 26) / 12)],
    ['We do 40 NDAs every 3 weeks.', null],
    ['Per month we are doing around 2 lakh invoices.', 200000],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text).monthly_volume).toBe(want);
  });

  it('documents the per-period factors', () => {
    expect(perMonth(10, 'day')).toBe(217);
    expect(perMonth(12, 'week')).toBe(52);
    expect(perMonth(30, 'quarter')).toBe(10);
    expect(perMonth(120, 'year')).toBe(10);
    expect(perMonth(7, 'month')).toBe(7);
    expect(perMonth(12, 'fortnight')).toBe(26);
  });
});

describe('integrations and current tools: negation, leaving, evaluation', () => {
  it.each<[string, string[], string[]]>([
    ['It has to sync with Salesforce.', ['salesforce'], []],
    ["We moved off Salesforce last year, we're on HubSpot now.", ['hubspot'], []],
    ["We don't need Salesforce, we just need it to push into Pipedrive.", ['pipedrive'], []],
    ["We're not on Salesforce or HubSpot, we just use spreadsheets.", [], []],
    ["Salesforce isn't something we need, but Google Drive is a must.", ['google_drive'], []],
    ["Salesforce? No, we don't need that.", [], []],
    ["We're switching from HubSpot to Salesforce next month.", ['salesforce'], []],
    ['Our whole salesforce is on the road most of the week.', [], []],
    ['I need to pick up the slack for my team.', [], []],
    ['The outlook for this quarter is good.', [], []],
    ['Sure, my email is jen.smith@gmail.com.', [], []],
    ['We live in Slack and Microsoft Teams.', ['slack', 'microsoft_teams'], []],
    ['Right now we use DocuSign but it is getting expensive.', [], ['docusign']],
    ["We tried PandaDoc and dropped it, so now it's just Word docs and email.", [], ['microsoft_word']],
    ['We used HelloSign for a while but switched to Adobe Sign.', [], ['adobe_sign']],
    ["We're looking to replace DocuSign when our contract is up.", [], ['docusign']],
    ['How are you different from DocuSign?', [], []],
    ["We looked at Proposify and Qwilr but didn't pick either.", [], []],
    ["We don't use Word anymore, everything is in Google Docs.", [], ['google_docs']],
    ['In a word, it is a mess.', [], []],
    // Suites, list context, storage phrasing, "no-go", the agent quoted back.
    ["Our whole company's on MS Teams and O365.", ['microsoft_teams', 'microsoft_365'], []],
    ["We're a G Suite shop.", ['google_workspace'], []],
    ["We're on the Microsoft stack, Teams, SharePoint, the works.", ['microsoft_teams', 'sharepoint'], []],
    ['Sales, Teams and Marketing all need access.', [], []],
    ['Box is where all our signed stuff ends up.', ['box'], []],
    ['Slack is a no-go for us, security said no.', [], []],
    ["You mentioned HubSpot, but we're not on HubSpot, we use Close.", [], []],
    ['Like you said, Slack would be handy.', ['slack'], []],
    ['Do you integrate with Salesforce?', ['salesforce'], []],
  ])('%s', (text, integrations, current) => {
    const s = extractSignals(text);
    expect(s.integration_needs).toEqual(integrations);
    expect(s.current_solution).toEqual(current);
  });
});

describe('urgency, industry, use case, pain points', () => {
  it.each<[string, string | null]>([
    ['We need something in place by Friday.', 'high'],
    ['Our DocuSign renewal is due next week.', 'high'],
    ['By the end of this month, ideally.', 'high'],
    ["We'd like to roll this out sometime this quarter.", 'medium'],
    ['Hoping to make a decision next month.', 'medium'],
    ['No rush at all, just exploring.', 'low'],
    ["It's not urgent, but I'd like pricing.", 'low'],
    ['Probably not until next year.', 'low'],
    ['The demo on Tuesday works for me.', null],
    ['Right now we email attachments around.', null],
  ])('urgency: %s → %p', (text, want) => {
    expect(extractSignals(text).urgency).toBe(want);
  });

  it.each<[string, string | null]>([
    ["We're a personal injury law firm.", 'legal'],
    ["We're a staffing agency placing nurses in hospitals.", 'staffing'],
    ['I work for a software company that builds tools for real estate agents.', 'software'],
    ["We're an insurance brokerage.", 'insurance'],
    ["We're a nonprofit hospital.", 'healthcare'],
    ['Only the legal team would use this.', null],
    ["I'm in room 204 at the hotel, sorry about the noise.", null],
  ])('industry: %s → %p', (text, want) => {
    expect(extractSignals(text).industry).toBe(want);
  });

  it('labels use case and pain points, skipping negated and left-behind complaints', () => {
    expect(extractSignals('Mostly for NDAs and vendor agreements.').use_case).toBe('ndas');
    expect(extractSignals('I spend half my day chasing clients for signatures.').pain_points).toEqual(['chasing_signatures']);
    expect(extractSignals("It's not slow, it's just expensive.").pain_points).toEqual(['too_expensive']);
    expect(extractSignals('We ditched Salesforce two years ago, way too expensive.').pain_points).toEqual([]);
    // Generic distress is hard_to_use only when nothing specific is named.
    expect(extractSignals('our biggest headache is chasing clients for signatures').pain_points).toEqual(['chasing_signatures']);
    expect(extractSignals("our contracts go out through adobe and it's a nightmare").pain_points).toEqual(['hard_to_use']);
    // Re-keying between systems is a missing integration; on its own it is manual work.
    expect(extractSignals("Our CRM doesn't talk to our signing tool so we re-enter everything twice.").pain_points).toEqual(['missing_integration']);
    expect(extractSignals('We keep retyping the same client details into every contract by hand.').pain_points).toEqual(['manual_process']);
    // A document named as part of the stack is not the use case.
    expect(extractSignals("Invoicing's in QuickBooks Online.").use_case).toBeNull();
    expect(extractSignals('Our lot sends about 60 tenancy agreements a month.').use_case).toBe('lease_agreements');
  });
});

describe('evidence', () => {
  it('quotes the span, stamps the turn index and validates against the schema', () => {
    const text = 'We have 12 reps sending fifty NDAs a week through DocuSign, and we need Slack.';
    const s = extractSignals(text, 7);
    expect(DiscoveredSignals.parse(s)).toEqual(s);
    const byField = Object.fromEntries(s.evidence.map((e) => [e.field, e]));
    expect(byField.team_size).toMatchObject({ value: '12', turn_index: 7, quote: '12 reps' });
    expect(byField.monthly_volume.quote).toBe('fifty NDAs a week');
    expect(byField.integration_needs).toMatchObject({ value: 'slack', quote: 'Slack' });
    for (const e of s.evidence) {
      expect(text).toContain(e.quote);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds nothing in an empty or off-topic utterance', () => {
    expect(extractSignals('')).toEqual({ ...extractSignals('ok'), evidence: [] });
    expect(extractSignals('Can you hear me okay?').evidence).toEqual([]);
  });
});

describe('aggregateSignals over a call', () => {
  const turn = (turn_index: number, role: SignalTurn['role'], text: string): SignalTurn => ({ turn_index, role, text });

  it('ignores agent turns as sources, applies corrections and dropped products', () => {
    const s = aggregateSignals([
      turn(0, 'agent', 'Do you use Salesforce? Teams of 50 reps love us. We need this ASAP!'),
      turn(1, 'user', 'We have 20 reps and we use Salesforce and DocuSign.'),
      turn(2, 'agent', 'Great.'),
      turn(3, 'user', "Actually we're 25 reps now, not 20, and we moved off Salesforce last month, we're on HubSpot."),
      turn(4, 'user', 'We send about 40 contracts a week. No rush.'),
      turn(5, 'user', 'Sorry, 60 a week.'),
    ]);
    expect(s.team_size).toBe(25);
    expect(s.integration_needs).toEqual(['hubspot']);
    expect(s.current_solution).toEqual(['docusign']);
    expect(s.monthly_volume).toBe(round2(60 * W));
    expect(s.urgency).toBe('low');
    expect(s.evidence.map((e) => e.turn_index).every((i) => i % 2 === 1 || i === 4)).toBe(true);
    expect(s.evidence.find((e) => e.field === 'team_size')).toMatchObject({ value: '25', turn_index: 3 });
    expect(s.evidence.some((e) => e.value === 'salesforce')).toBe(false);
  });

  it("reads a bare number as the answer to the agent's question", () => {
    const s = aggregateSignals([
      turn(0, 'agent', 'How many people are on your team?'),
      turn(1, 'user', 'About twelve.'),
      turn(2, 'agent', 'And how many contracts do you send a week?'),
      turn(3, 'user', 'Maybe thirty.'),
    ]);
    expect(s.team_size).toBe(12);
    expect(s.monthly_volume).toBe(round2(30 * W));
  });

  it('keeps state bounded when the same facts repeat', () => {
    const acc = new SignalAccumulator();
    for (let i = 0; i < 500; i++) acc.add(turn(i, 'user', `We use Slack and DocuSign, ${10 + (i % 5)} reps, it's slow.`));
    const s = acc.snapshot();
    expect(s.team_size).toBe(14);
    expect(s.evidence.length).toBeLessThanOrEqual(5);
    expect(DiscoveredSignals.parse(s)).toEqual(s);
  });
});
