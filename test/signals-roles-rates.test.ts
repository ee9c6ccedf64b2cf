/**
 * Readings added after the holdout9 blind round: staff said with their profession's nouns, volumes as a
 * rate times people or units, a pricing question about some company, growth beside today's figure,
 * deadlines said as "the next ten days" or "our year end", and the cue tables' new lines.
 */
import { extractSignals } from '../lib/signals';

describe('who would use it, said with role nouns', () => {
  it.each([
    ["we're a small architecture practice, five architects and a part-time office manager", 6],
    ['eight partners and about twenty two client managers', 30],
    ["we're a translation agency, 14 linguists in-house", 14],
    ['four dentists, three hygienists and two on reception', 9],
    ['we have 12 carers and 2 supervisors who would use it', 14],
  ])('%s → %d', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });

  it('an architecture practice is construction', () => {
    expect(extractSignals("we're a small architecture practice, five architects").industry).toBe('construction');
  });
});

describe('not the caller: some company in a pricing question, growth beside today', () => {
  it('reads no team from a hypothetical company', () => {
    expect(extractSignals('hypothetically if a firm had 500 employees what would the enterprise plan cost').team_size).toBeNull();
    expect(extractSignals('what would it cost for a company with, say, 200 users').team_size).toBeNull();
    expect(extractSignals('we are a company of 200 users').team_size).toBe(200);
  });

  it('keeps the present count and reads no urgency from expected growth', () => {
    const s = extractSignals("today we're 45 staff, we might be 100 by next year if the funding comes through");
    expect(s.team_size).toBe(45);
    expect(s.urgency).toBeNull();
    expect(extractSignals("probably not until next year").urgency).toBe('low');
  });
});

describe('volume as a rate times people or units', () => {
  it('multiplies a per-branch rate by the branches and a per-rep rate by the reps', () => {
    expect(extractSignals('each of the fifteen branches sends, like, twenty loan applications a month').monthly_volume).toBe(300);
    expect(extractSignals('our sales lot, twelve reps, each do about ten proposals a month').monthly_volume).toBe(120);
  });

  it('counts things that each carry a document, said after them', () => {
    expect(extractSignals("we run about 250 loads a month and there's a bill of lading on every single one").monthly_volume).toBe(250);
    expect(extractSignals("the caseload's about 60 new clients a month, each needs an intake pack signed").monthly_volume).toBe(60);
    expect(extractSignals('we run about 250 loads a month').monthly_volume).toBeNull();
  });
});

describe('deadlines said indirectly', () => {
  it.each([
    ['we need it up and running in the next ten days', 'high'],
    ['we need this live before our year end in March', 'medium'],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});

describe('cue table lines', () => {
  it('reads tenancy renewals and treatment plans, and not a procurement team wanting something', () => {
    expect(extractSignals('the tenancy renewals are the big thing').use_case).toBe('lease_agreements');
    expect(extractSignals('the treatment plans go out as PDFs over email').use_case).toBe('consent_forms');
    expect(extractSignals('procurement wants the vendor picked before the end of next month').use_case).toBeNull();
    expect(extractSignals("now it's just Word and email").pain_points).toEqual(['manual_process']);
    expect(extractSignals('we use word and email').pain_points).toEqual([]);
  });
});

describe('tools said by their job, and the Microsoft shop', () => {
  it('reads mail, chat and the books by what they are used for', () => {
    expect(extractSignals('mail is outlook and chat is slack for us').integration_needs).toEqual(['outlook', 'slack']);
    expect(extractSignals('teams for chat, honestly, and outlook and onedrive').integration_needs).toEqual(['microsoft_teams', 'outlook', 'onedrive']);
    expect(extractSignals('our bookkeeper is on zero').integration_needs).toEqual(['xero']);
    expect(extractSignals('we went from zero to forty clients').integration_needs).toEqual([]);
    expect(extractSignals('our emr is athena').integration_needs).toEqual(['athenahealth']);
  });

  it('reads a bare Microsoft shop as Microsoft 365, and only the apps when they are named', () => {
    expect(extractSignals("we're a microsoft shop, always have been").integration_needs).toEqual(['microsoft_365']);
    expect(extractSignals("we're a microsoft shop, outlook and sharepoint").integration_needs).toEqual(['outlook', 'sharepoint']);
    expect(extractSignals('the microsoft shop on the corner sold us laptops').integration_needs).toEqual([]);
  });

  it('reads Word as the tool in use after "it\'s", and no price pain for a tool dropped', () => {
    const s = extractSignals('we had pandadoc but we ditched it, far too expensive, so it\'s word and then print');
    expect(s.current_solution).toEqual(['microsoft_word']);
    expect(s.pain_points).not.toContain('too_expensive');
  });
});

describe('not the caller\'s trouble, and not a pain', () => {
  it('skips a relative\'s pain, a compliance department and an audit dated by its weekday', () => {
    expect(extractSignals("my uncle's got a roofing business and he's buried in paperwork").pain_points).toEqual([]);
    expect(extractSignals('two people in compliance would run it').pain_points).toEqual([]);
    expect(extractSignals('the auditors are here on thursday').pain_points).toEqual([]);
    expect(extractSignals("we're still using paper for all of it").pain_points).toEqual(['manual_process']);
  });

  it('reads no industry from a hypothetical company', () => {
    expect(extractSignals('if a dental clinic had thirty staff what would that cost').industry).toBeNull();
  });
});

describe('dates and cohorts', () => {
  it('reads a day of the month said as an ordinal before a deadline, and a couple of months', () => {
    expect(extractSignals('we have to be live before the term starts, which is the twenty-third').urgency).toBe('high');
    expect(extractSignals('we need it by the ninth').urgency).toBe('high');
    expect(extractSignals('we want it in place, so we\'re looking at a couple of months').urgency).toBe('medium');
  });

  it('reads no client intake from a cohort starting, and no low urgency from a studio opening next year', () => {
    expect(extractSignals('the september intake starts soon').use_case).toBeNull();
    expect(extractSignals('if we open a third shop next year we might be twenty, today we are eight').urgency).toBeNull();
  });

  it('reads consents, indemnity agreements, releases and hire packets', () => {
    expect(extractSignals('every guest signs a consent before the dive').use_case).toBe('consent_forms');
    expect(extractSignals('each rental has an indemnity agreement').use_case).toBe('consent_forms');
    expect(extractSignals('each settlement ends with a release the homeowner signs').use_case).toBe('consent_forms');
    expect(extractSignals('we send the new hire packs out on day one').use_case).toBe('hr_onboarding');
    expect(extractSignals('the adjusters in our office are swamped').industry).toBe('insurance');
  });
});

describe('who uses it: more role nouns, a doctor named first, "plus me", "and him"', () => {
  it.each<[string, number]>([
    ['we run a sailing club, nine instructors in total', 9],
    ['the clinic is two optometrists and a receptionist', 3],
    ['at the firm there\'s five lads and him', 6],
    ['our practice is dr chen and two hygienists plus me', 4],
    ['the underwriters, we\'ve got nine, and the brokers, another three', 12],
    ['it\'s four lads and the boss, and i do the books side of things', 6],
    ['four full-time coaches and a part-timer at the gym', 5],
  ])('%s → %d', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });
});

describe('volume: a rate each, a carried document, things counted after', () => {
  it('multiplies a rate said with "each" after it by the people', () => {
    expect(extractSignals('the six planners send about fifteen quotes a week each').monthly_volume).toBe(Math.round(6 * 15 * (52 / 12) * 100) / 100);
    expect(extractSignals('only the three brokers would send, about ten each a month').monthly_volume).toBe(30);
  });

  it('reads a document each thing carries, also named as a plan, docket, report or "with a ... each"', () => {
    expect(extractSignals('every job has a method plan the foreman signs, we do about twelve jobs a week').monthly_volume).toBe(52);
    expect(extractSignals('every skip out gets a docket signed, maybe 40 skips a day').monthly_volume).toBe(868);
    expect(extractSignals('we run about ten parties a month with a contract each').monthly_volume).toBe(10);
    expect(extractSignals('each of our four supervisors sends an incident report a week').monthly_volume).toBe(17.33);
  });

  it('reads things counted after the document each signs, and a corrected count after the period', () => {
    expect(extractSignals('each member signs a membership agreement once a year and there are about 240 members').monthly_volume).toBe(20);
    expect(extractSignals('each member signs a membership agreement once a year').monthly_volume).toBeNull();
    expect(extractSignals('every quarter we send about two hundred, sorry, two fifty renewals').monthly_volume).toBe(83.33);
  });
});

describe('known misses: distress about something else, systems that name the trade, one document per thing', () => {
  it('reads no pain from distress about parking or a complaint set aside', () => {
    expect(extractSignals('the traffic round here is a nightmare').pain_points).toEqual([]);
    expect(extractSignals("the printer is a nightmare, but that's a different story").pain_points).toEqual([]);
    expect(extractSignals('honestly the whole signing process is a nightmare').pain_points).toEqual(['hard_to_use']);
  });

  it('reads a school district and a patient chart as the caller\'s trade', () => {
    expect(extractSignals("I work in HR at the district and we're on Gmail").industry).toBe('education');
    expect(extractSignals('the district attorney signs off on it').industry).not.toBe('education');
    expect(extractSignals('the signed copy ends up in the patient\'s chart').industry).toBe('healthcare');
  });

  it('reads one document per thing with the things per period, and a per-person rate plainly', () => {
    expect(extractSignals('we do about 30 jobs a day, each fitter gets a job sheet, so one job sheet per job per day').monthly_volume).toBe(651);
    expect(extractSignals('we push out about 4 quotes per rep per week and there are 6 reps').monthly_volume).toBe(104);
  });
});

describe('who uses it: "plus" when they would all use it, the caller named first, a partner maybe later', () => {
  it.each<[string, number]>([
    ['the advisers, there\'s nine of them, plus three team leads, they\'d all need access', 12],
    ['the advisers, there\'s nine of them, plus three contractors', 9],
    ['so it\'s me, the three surveyors and the office manager', 5],
    ['our physios, there\'s six, plus the two ots, they would all use it', 8],
    ['it would be me and, well, maybe a second agent later on', 1],
  ])('%s → %d', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });
});

describe('volume: things per term or season that each carry a document', () => {
  it('spreads them over the year or the season', () => {
    expect(extractSignals('every new member signs a membership form, we get about sixty members a term and there are two terms').monthly_volume).toBe(10);
    expect(extractSignals('every booking has a hire agreement, we did ninety bookings last season and the season runs three months').monthly_volume).toBe(30);
    expect(extractSignals('we get about sixty members a term and there are two terms').monthly_volume).toBeNull();
  });
});
