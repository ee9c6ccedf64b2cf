/**
 * How callers actually talk (patterns found on the blind holdout3 set): self-corrections, colloquial
 * and juxtaposed numbers, noun-less team counts, rates of people, "each one needs a contract",
 * lowercase speech-to-text product names, switching "from" a product, vendor quotes, and more urgency,
 * industry and pain cues. One general rule per case; none of these sentences is in a labelled set.
 */
import { extractSignals, findQuantities } from '../lib/signals';
import { literalFirst } from '../lib/signals/mentions';
import { tokenize, TOKEN_RE } from '../lib/signals/numbers';
import { execMasked, NUM, prepare, rawOffset, splitCount, stickyIfNumLed } from '../lib/signals/utterance';

const W = 52 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;
const cardinals = (t: string) => findQuantities(t).filter((q) => q.kind === 'cardinal').map((q) => q.value);

describe('spoken numbers: colloquial forms, juxtaposed ranges, self-corrections', () => {
  it.each<[string, number[]]>([
    ['about two-fifty a month', [250]],
    ['one twenty five of them', [125]],
    ['thirty forty a week', [35]],
    ['five six a day', [5.5]],
    ['maybe 500 1000 a month', [750]],
    ['40ish quotes', [40]],
    // Self-corrections: the first number (next to its noun) takes the corrected value.
    ['nine reps, er, sorry, ten', [10]],
    ["we're thirty, well, thirty-five with the contractors", [35]],
    ['80 a week now, well closer to 100', [100]],
    ['the team is 12, um, 13 counting me', [13]],
    ['hundreds a week, I would say, maybe 400', [400]],
  ])('%s → %p', (text, want) => {
    expect(cardinals(text)).toEqual(want);
  });

  it.each<[string, number[]]>([
    // Two counts of different things are not a correction.
    ['4 designers, um, 2 developers', [4, 2]],
    ['we have 12 users, maybe 14 if we add payroll', [12, 14]],
    // A phone number stays a phone number.
    ['call 555 1000', []],
  ])('%s keeps %p', (text, want) => {
    expect(cardinals(text)).toEqual(want);
  });

  it('reads tens and units before a scale as one group', () => {
    expect(cardinals('twenty five thousand a year')).toEqual([25000]);
    expect(cardinals('thirty-two thousand members')).toEqual([32000]);
    expect(cardinals('one hundred and twenty thousand')).toEqual([120000]);
    expect(cardinals('two thousand five hundred a month')).toEqual([2500]);
    expect(cardinals('three hundred and sixty juniors')).toEqual([360]);
  });

  it('an unrefined vague plural has no value', () => {
    expect(findQuantities('dozens of NDAs').map((q) => q.kind)).toEqual(['vague']);
  });
});

describe('team_size as people say it', () => {
  it.each<[string, number | null]>([
    ['nine reps, er, sorry, ten, I forgot Sam', 10],
    ["we're thirty, well, thirty-five with the contractors, and they'd all use it", 35],
    ['we have like two hundred staff but honestly only twelve would ever use this', 12],
    ['the whole company is big but only finance, so like six, would be sending contracts', 6],
    ['the reception desk is about five people', 5],
    ['we have 4 folks in procurement', 4],
    ["we're about forty people and half would use it", 20],
    ['we onboard about 15 people a month', null],
    ['we have 300 customers', null],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text).team_size).toBe(want);
  });
});

describe('monthly_volume as people say it', () => {
  it.each<[string, number | null]>([
    ['every two weeks we send around 60 agreements', round2((60 * 26) / 12)],
    ['every other week we do about 30 leases', round2((30 * 26) / 12)],
    ['we host like 120 events a year and each one needs a signed contract', 10],
    ['about 90 placements a month and each one gets an employment contract', 90],
    ['somewhere in the 50-60 range per week', round2(55 * W)],
    ['it takes like a week to get one contract back', null],
    ['we book like 120 events a year', null],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text).monthly_volume).toBe(want);
  });
});

describe('products in lowercase speech-to-text and switching phrasing', () => {
  it.each<[string, string[], string[]]>([
    ['does it integrate with sales force', ['salesforce'], []],
    ['can it push stuff into sales force', ['salesforce'], []],
    ['our sales force is ten reps', [], []],
    ["we're on outlook and teams all day", ['outlook', 'microsoft_teams'], []],
    ['we live on teams all day', ['microsoft_teams'], []],
    ['we work in teams of three', [], []],
    ['we keep signed copies in box', ['box'], []],
    ['we need hubspot and also slack would be nice', ['hubspot', 'slack'], []],
    ['we use g suite, gmail and drive', ['google_workspace', 'gmail', 'google_drive'], []],
    ['we tried zoho and hated it, now pipedrive', ['pipedrive'], []],
    ['we switched to pipedrive from zoho', ['pipedrive'], []],
    ["netsuite's a no go for us", [], []],
    ['the proposals in word are a mess', [], ['microsoft_word']],
  ])('%s', (text, integrations, tools) => {
    const s = extractSignals(text);
    expect(s.integration_needs).toEqual(integrations);
    expect(s.current_solution).toEqual(tools);
  });
});

describe('urgency, industry, use case and pain cues', () => {
  it.each<[string, 'high' | 'medium' | 'low' | null]>([
    ['we want to go live monday if possible', 'high'],
    ['our renewal is in eight days so we need to move fast', 'high'],
    ['this month would be great', 'high'],
    ['we have to be off it by the first', 'high'],
    ['the sooner the better honestly', 'high'],
    ['within the next 60 days we want something in place', 'medium'],
    ['not this year, we have a freeze', 'low'],
    ['no big hurry', 'low'],
    ['we signed 40 this month', null],
  ])('urgency: %s → %p', (text, want) => {
    expect(extractSignals(text).urgency).toBe(want);
  });

  it.each<[string, string | null]>([
    ['I lead seven recruiters at the agency', 'staffing'],
    ['we rent the venue for weddings mostly', 'hospitality'],
    ['we lease out apartments, about 200 units', 'real_estate'],
    ['we sell candles on etsy and amazon', 'ecommerce'],
    ["it's for our insurance agency", 'insurance'],
    ['we run a home care agency', 'healthcare'],
    ["we're a small church", 'nonprofit'],
    ['I called the church', null],
    ["we're a car dealer", 'automotive'],
  ])('industry: %s → %p', (text, want) => {
    expect(extractSignals(text).industry).toBe(want);
  });

  it.each<[string, string | null]>([
    ['SOWs are most of what we send', 'sales_contracts'],
    ['we do a lot of event contracts', 'sales_contracts'],
    ['we cut POs daily', 'vendor_contracts'],
    ['the POS system is old', null],
    ['the renewal quote they sent was insane', null],
  ])('use_case: %s → %p', (text, want) => {
    expect(extractSignals(text).use_case).toBe(want);
  });

  it.each<[string, string[]]>([
    ['we spend like six hundred bucks a month on docusign and honestly it is killing us', ['too_expensive']],
    ['the renewal quote was insane', ['too_expensive']],
    ['we rekey every quote into xero', ['missing_integration']],
    ['patients fill out clipboards and then someone types it all in', ['manual_process']],
    ['our members hate printing stuff', ['manual_process']],
    ['they all get printed and signed at the front desk', ['manual_process']],
    ['the totals on the quote and the contract never match', ['errors_rework']],
    ["it's a mess keeping track of who signed", ['poor_visibility']],
    ["I'm chasing tenants to sign every month", ['chasing_signatures']],
    ['regulators flagged missing signatures', ['compliance_risk']],
    ['their support takes a week to respond', ['poor_support']],
    ['we never know if the client even opened it', ['poor_visibility']],
    ["I don't know if we need salesforce", []],
  ])('pain: %s → %p', (text, want) => {
    expect(extractSignals(text).pain_points).toEqual(want);
  });
});

describe('speed-ups keep the same answers', () => {
  it('the hand-written tokenizer finds exactly the tokens of TOKEN_RE', () => {
    const alphabet = ['1', '2', '0', ',', '.', '$', 'a', 'z', "'", ' ', '\t', '_', 'A', 'é', '\u00a0', '-', ':', 'k', '\ue000'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples = ['we do 1,200.50 a month, $2k or 12th', "we're 30-40 ppl_ok", ''];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = Math.floor(rnd() * 14); k > 0; k--) s += alphabet[Math.floor(rnd() * alphabet.length)];
      samples.push(s);
    }
    for (const s of samples) {
      const want: string[] = [];
      const re = new RegExp(TOKEN_RE.source, 'g');
      for (let m = re.exec(s); m; m = re.exec(s)) want.push(`${m.index}:${m[0]}`);
      expect(tokenize(s).map((t) => `${t.start}:${t.text}`)).toEqual(want);
    }
  });

  it('an alias led by lookbehinds is rewritten to start with its word and matches the same spans', () => {
    const alias = '(?<=\\b(?:on|in) )teams(?= all day)';
    expect(literalFirst(alias)).toBe('teams(?<=(?:\\b(?:on|in) )teams)(?= all day)');
    expect(literalFirst('hubspot')).toBe('hubspot');
    for (const text of ['we live on teams all day', 'teams all day', 'in teams of three', 'we are in teams all day']) {
      const a = [...text.matchAll(new RegExp(alias, 'g'))].map((m) => m.index);
      const b = [...text.matchAll(new RegExp(literalFirst(alias), 'g'))].map((m) => m.index);
      expect(b).toEqual(a);
    }
  });

  it('counts words like split(/\\s+/) without building the array', () => {
    for (const s of ['', 'one', ' lead', 'trail ', 'a  b\tc\u00a0d', '  ']) expect(splitCount(s)).toBe(s.split(/\s+/).length);
  });

  it('a number-led pattern tried only at the placeholders finds what a full scan finds', () => {
    const u = prepare('three attorneys and two paralegals, 12 agents, and 4 of us');
    const re = new RegExp(`(${NUM})\\s+[a-z]+`, 'g');
    const scan = [...u.masked.matchAll(re)].map((m) => [m.index, m[0]]);
    const placed: (string | number)[][] = [];
    for (let x = execMasked(u, re, stickyIfNumLed(re), 0); x; x = execMasked(u, re, stickyIfNumLed(re), x.index + x[0].length)) placed.push([x.index, x[0]]);
    expect(placed).toEqual(scan);
    expect(stickyIfNumLed(/\bteam of (\d+)/g)).toBeNull();
  });
});

describe('streaming speech-to-text (Deepgram smart_format): fillers and false starts', () => {
  it.each<[string, Partial<Record<'team_size' | 'monthly_volume', number | null>>]>([
    // A filler between a number and its noun or period no longer breaks the pattern.
    ['we send about 200, uh, contracts a month', { monthly_volume: 200 }],
    ['like 200, uh, a month', { monthly_volume: 200 }],
    ['we have 25, um, sales reps', { team_size: 25 }],
    ["we've got about 40, you know, agents", { team_size: 40 }],
    ["We've got 30, um, 30 or so, uh, reps.", { team_size: 30 }],
    // False starts: the repeated word is read once.
    ["it's, it's, it's a team of, of 12", { team_size: 12 }],
    // A filler between two numbers is still a self-correction.
    ["we're a brokerage, 22 agents, um, 24 actually", { team_size: 24 }],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text)).toMatchObject(want);
  });

  it('drops fillers and repeats from the working copy only, closing the gaps; quotes come from the caller’s words', () => {
    const text = 'We send, uh, about 200, um, NDAs a month, the, the legal team does.';
    const u = prepare(text);
    expect(u.lower).toBe('we send about 200 ndas a month, the legal team does.');
    expect(u.cased).toBe('We send about 200 NDAs a month, the legal team does.');
    // every offset of the working copy maps back to the same character of the caller's words
    for (let i = 0; i < u.lower.length; i++) if (u.lower[i] !== ' ') expect(text[rawOffset(u, i)]!.toLowerCase()).toBe(u.lower[i]);
    expect(u.lower).toMatch(/\bthe legal team\b/);
    expect(u.lower.match(/\bthe\b/g)).toHaveLength(1);
    const s = extractSignals(text);
    expect(s.monthly_volume).toBe(200);
    expect(s.evidence.find((e) => e.field === 'monthly_volume')?.quote).toBe('200, um, NDAs a month');
  });

  it('reads a run of words said twice once, joined to what follows, but keeps a repeated denial', () => {
    expect(prepare("we are, we are a pawnbroking business").lower.trim()).toBe('we are a pawnbroking business');
    expect(prepare("it's a, it's a nightmare keeping track").lower.trim()).toBe("it's a nightmare keeping track");
    expect(prepare("we're a, a stone works").lower).toMatch(/^we're a\s+stone works$/);
    expect(prepare('so we are a, em, a hotel').lower).toMatch(/^so we are a\s+hotel$/);
    expect(prepare("we don't, we don't have anything").lower).toBe("we don't, we don't have anything");
    // a filler between two words leaves no gap that would break a phrase ("six weeks before", "paper and email")
    expect(prepare("we've got, like, six weeks before the renewal").lower).toBe("we've got six weeks before the renewal");
    expect(extractSignals("we've got, like, six weeks before our renewal, so we wanna be switched over by then").urgency).toBe('medium');
    expect(extractSignals('just paper and, um, email, honestly').pain_points).toEqual(['manual_process']);
    expect(extractSignals('hub spot and, em, zero for the accounts').integration_needs).toEqual(['hubspot', 'xero']);
    expect(extractSignals("so we're a, em, a hotel in the town centre").industry).toBe('hospitality');
  });

  it('keeps a number said twice for findQuantities (a restatement, not a false start)', () => {
    expect(prepare('twenty, twenty agents').lower).toBe('twenty, twenty agents');
    expect(extractSignals('twenty, twenty agents').team_size).toBe(20);
  });
});

describe('streaming speech-to-text (Deepgram smart_format): ranges as the engine writes them', () => {
  it.each<[string, number[]]>([
    // "two to three hundred" is written "2 to 300": the scale is shared.
    ['2 to 300 agreements a month', [250]],
    ['around 3 or 400 NDAs a year', [350]],
    ['3 or 4,000 a year', [3500]],
    ['20 to 30,000 envelopes a year', [25000]],
    ['5 to 600 leases', [550]],
    // A literal range keeps its bounds.
    ['2 to 3 weeks', [2.5]],
    ['2 to 900 leases', [451]],
    ['20 to 300 a month', [160]],
    // Two round numbers with only a comma between them, rising: a spoken range.
    ['like 20, 25 closings a month', [22.5]],
    ['a hundred, hundred twenty contracts', [110]],
    // Not a list, not a phone number, not a falling pair.
    ['10, 15, 20 a day', [10, 15, 20]],
    ['my number is 415, 555, 0132', [415, 555, 132]],
    ['we have 40, 30 of them remote', [40, 30]],
  ])('%s → %p', (text, want) => {
    expect(cardinals(text)).toEqual(want);
  });

  it.each<[string, number]>([
    ["We're doing, like, 2 to 300 agreements a month.", 250],
    ['Around 3 or 400 NDAs a year, I would guess.', round2(350 / 12)],
    ['Like, uh, 20, 25 closings a month, purchase agreements, disclosures, all that.', 22.5],
    ['We do, uh, a hundred, hundred twenty contracts a month.', 110],
  ])('volume: %s → %p', (text, want) => {
    expect(extractSignals(text).monthly_volume).toBe(want);
  });
});

describe('streaming speech-to-text (Deepgram smart_format): products, negated echoes and hedged timelines', () => {
  it.each<[string, string[]]>([
    // "sales force" after a tool verb is the CRM; the sales team keeps its determiner.
    ['The sales force, sorry, we use sales force for the CRM and docu sign for, for signatures.', ['salesforce']],
    ['the reps all live in sales force', ['salesforce']],
    ['our sales force is 20 reps and they use hub spot', ['hubspot']],
    ['the sales force uses hub spot', ['hubspot']],
    // A list with a filler and a repeated "and" still reaches "teams".
    ["It has to work with outlook and, uh, and teams, that's what everyone's on.", ['outlook', 'microsoft_teams']],
    // "zero" as speech-to-text hears Xero: only as a thing to connect to or beside another accounting tool.
    ['Our, uh, bookkeeper wants it to talk to zero.', ['xero']],
    ['we use quick books or zero depending on the client', ['quickbooks', 'xero']],
    ['we have zero integrations right now', []],
    ['we got the backlog down to zero', []],
    ['it has to talk to zero people, it runs on its own', []],
    // "X, we don't have that": the caller answers that they do not use it.
    ['the lady before said something about, um, HubSpot, we, we don\'t have that, we\'re on pipe drive.', ['pipedrive']],
    ['HubSpot, we do not have it', []],
  ])('%s → %p', (text, want) => {
    expect(extractSignals(text).integration_needs).toEqual(want);
  });

  it.each<[string, 'high' | 'medium' | 'low' | null]>([
    ['Our contract with, um, panda doc runs out in like 3 weeks so we gotta figure it out before then.', 'medium'],
    ['we need it in place in about a month', 'medium'],
    ['we need something in like two days', 'high'],
  ])('urgency: %s → %p', (text, want) => {
    expect(extractSignals(text).urgency).toBe(want);
  });
});

describe('streaming speech-to-text (Deepgram smart_format): fragment answers and growth', () => {
  it.each<[string, number | null]>([
    // A short answer that names the period first, then one number.
    ['Weekly, like, 50.', round2(50 * W)],
    ['Monthly? Maybe 200.', 200],
    ['Per week, about 40 or so.', round2(40 * W)],
    ['a month, 300 contracts', 300],
    // Counted people, money, or more than one number: not this rule.
    ['weekly, like 50 people', null],
    ['Monthly, about 200 bucks', null],
    ['monthly, $500', null],
    ['Per month? Probably. Like, 500. Maybe 600.', null],
  ])('volume: %s → %p', (text, want) => {
    expect(extractSignals(text).monthly_volume).toBe(want);
  });

  it.each<[string, number | null]>([
    ["We're growing fast, we went from 10 to 35 people this year.", 35],
    ['we grew to 40 people last year', 40],
    ['we went from 2 to 4 people for the dinner reservation', null],
  ])('team_size: %s → %p', (text, want) => {
    expect(extractSignals(text).team_size).toBe(want);
  });
});
