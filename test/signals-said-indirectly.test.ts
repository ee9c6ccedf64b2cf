/**
 * Signals said indirectly (holdout14 style; sentences of our own): a deadline said as time left or as a bare
 * fragment, tools said by their job, pains in plain speech, places of work and workflows named by their document.
 */
import { extractSignals } from '../lib/signals';

describe('urgency: said as time left or as a bare fragment', () => {
  it.each<[string, string | null]>([
    ['The grant round closes in, um, about five weeks and we need the forms signable by then.', 'medium'],
    ["Our licence renewal is in about seven weeks, we'd want to switch before that.", 'medium'],
    ['It has to be sorted before the merger, which is about two months off.', 'medium'],
    ["They want it live before the inspectors visit, and that's, erm, friday week.", 'high'],
    ['End of the week, ideally.', 'high'],
    ['Within ten days.', 'high'],
    // the time left said after the month a decision falls in
    ['We have to pick a supplier in april, so about seven weeks.', 'medium'],
    // a date said in Cajun English ("de" for "the")
    ['De new hands come on de third of march, we need it before dey get here.', 'high'],
    // Not a deadline: a past count, a thing counted "out of", a bare time said about something done.
    ['We sent twenty end of the month.', null],
    ['I do maybe six quotes a month out of Excel.', null],
    ['We did forty in six weeks last year.', null],
    ['We opened in april, so about seven weeks ago.', null],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});

describe('tools said by their job, and a tool named only to deny it', () => {
  it.each<[string, string[], string[]]>([
    ["We're a Microsoft place really, outlook, teams, sharepoint, all of it.", ['outlook', 'microsoft_teams', 'sharepoint'], []],
    ['Invoices go out of sage for the books, and the crm is pipedrive.', ['sage', 'pipedrive'], []],
    ['The accounts lot use zero, the rest of us live in gmail.', ['xero', 'gmail'], []],
    ['We run zero for the invoicing and stripe for payments.', ['xero', 'stripe'], []],
    ["We're very much a google shop, it has to work with that.", ['google_workspace'], []],
    ["We're a google shop, gmail and drive mostly.", ['gmail', 'google_drive'], []],
    ['Pipedrive for the deals and teams for everything else.', ['pipedrive', 'microsoft_teams'], []],
    ['Zoom got banned by security, so now it is all slack.', ['slack'], []],
    ['People keep asking whether we use PandaDoc, we don\'t, it is all printed.', [], []],
    // Not a tool: "zero" as a count, "teams" as groups.
    ["We've got zero for the accounts budget this year.", [], []],
    ['It is all teams of two on the site crews.', [], []],
  ])('%s', (text, needs, current) => {
    const s = extractSignals(text);
    expect(s.integration_needs).toEqual(needs);
    expect(s.current_solution).toEqual(current);
  });
});

describe('industry: the place of work, not a relative\'s', () => {
  it.each<[string, string | null]>([
    ["We're a community legal centre, the caseworkers would all need it.", 'legal'],
    ["I'm at a legal aid office, the intake staff and the solicitors.", 'legal'],
    ["We're a housing trust with about two thousand homes.", 'real_estate'],
    ["I'm with a port agency, we handle the vessel calls for the owners.", 'logistics'],
    ["We're a plastering firm, me and four plasterers.", 'construction'],
    ["My brother's practice uses you already, but we're a scaffolding company.", 'construction'],
    ["My aunt's dental surgery is buried in forms, but we're a florist.", null],
    ["I'm phoning on behalf of my mum's physio clinic, there's four of them.", 'healthcare'],
  ])('%s → %s', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });

  it("reads no pain in a relative's workplace", () => {
    expect(extractSignals("My cousin's salon is drowning in paperwork, but we're a tiling firm.").pain_points).toEqual([]);
  });
});

describe('use case: the workflow named by its document', () => {
  it.each<[string, string | null]>([
    ['We sell houses in Perth, and every sale has a contract of sale the buyer signs.', 'real_estate_transactions'],
    ['Each contract of sale goes to the conveyancer once the property is under offer.', 'real_estate_transactions'],
    ['We sell used vans and every buyer signs a contract of sale.', 'sales_contracts'],
    ['Every student signs a tuition agreement before the first lesson.', 'client_intake'],
    ['Each model signs a model release on the day of the shoot.', 'consent_forms'],
    ['Every new client signs a supply contract for the gas.', 'sales_contracts'],
    ['The wedding bookings all need a signed agreement.', 'sales_contracts'],
    // Roles and loans of things are no workflow.
    ['The intake coordinators and two nurses would use it.', null],
    ['I look after the book loans at the county library.', null],
  ])('%s → %s', (text, useCase) => {
    expect(extractSignals(text).use_case).toBe(useCase);
  });
});

describe('pains in plain speech', () => {
  it.each<[string, string[]]>([
    ["The support's been shocking since they were bought, nobody answers.", ['poor_support']],
    ['I raised a ticket a fortnight ago and still waiting on it.', ['poor_support']],
    ['They put the price up again this year and we barely use it.', ['too_expensive']],
    ['Honestly they put us up at every renewal.', []],
    ['Only paper.', ['manual_process']],
    ['We sell just paper and card, mostly to schools.', []],
    ['The quotes get emailed out as attachments and we wait.', ['manual_process']],
    ["The booking system doesn't sync with accounts, so we key it all in twice.", ['missing_integration']],
  ])('%s → %j', (text, pains) => {
    expect(extractSignals(text).pain_points).toEqual(pains);
  });
});

describe('industry: clinical research, eye care, boat yards, drink makers, architects', () => {
  it.each<[string, string | null]>([
    ["I'm the manager at a clinical research centre, the study coordinators do the paperwork.", 'healthcare'],
    ['The trial nurses, about nine of them, would each need an account.', 'healthcare'],
    ["It's a two person optician's in the high street.", 'healthcare'],
    ["We're a boat yard, we build fishing boats, me and five shipwrights.", 'manufacturing'],
    ["We're a distillery up the valley, small batch gin.", 'manufacturing'],
    ['We are architects, about twelve of us, mostly houses.', 'construction'],
    // Not a building trade: a software architect; not the caller's: a brewery named as where they are.
    ["I'm one of the solutions architects at a payments company.", null],
    ["We're a software house, the architects review every contract.", 'software'],
    ['Our office is above the brewery on the quay.', null],
  ])('%s → %s', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });
});

describe('use case: consents named by what they cover, applications signed by someone, new staff', () => {
  it.each<[string, string | null]>([
    ['Every family signs an informed consent before the child is enrolled in the study.', 'consent_forms'],
    ['Each cat needs a boarding consent from the owner.', 'consent_forms'],
    ['Every grant needs an application signed by the head teacher.', 'client_intake'],
    ['We have twelve new staff joining in the spring and their contracts are a mess.', 'hr_onboarding'],
    // Not a workflow: staff counted, a consent named only as a concept.
    ['We have twelve staff in the office.', null],
  ])('%s → %s', (text, useCase) => {
    expect(extractSignals(text).use_case).toBe(useCase);
  });
});

describe('tools said as where people live', () => {
  it.each<[string, string[], string[]]>([
    ['Honestly the whole office lives in teams, so notifications there.', ['microsoft_teams'], []],
    ['Ideally it would sit inside outlook for the partners.', ['outlook'], []],
    ["It's all in google, frankly.", ['google_workspace'], []],
    ["It's all in google, gmail and drive mostly.", ['gmail', 'google_drive'], []],
    ['The payroll, which is sage, never matches the contracts.', ['sage'], []],
    ['Contracts are typed up in word at the moment and emailed.', [], ['microsoft_word']],
    // Not tools: teams as groups, a word said.
    ['We live in teams of four on the night shift.', [], []],
    ['On site we live in teams, three teams of five.', [], []],
    ['I gave them my word at the moment we met.', [], []],
  ])('%s', (text, needs, current) => {
    const s = extractSignals(text);
    expect(s.integration_needs).toEqual(needs);
    expect(s.current_solution).toEqual(current);
  });
});

describe('pains said as a story', () => {
  it.each<[string, string[]]>([
    ['Half my week goes on chasing tenants for their signatures.', ['chasing_signatures']],
    ['No one can really tell us where a lease is once it leaves the office.', ['poor_visibility']],
    ['The signed consents go missing between the ward and the office.', ['poor_visibility']],
    ['It is a month before anyone signs the renewal.', ['slow_turnaround']],
    // Not pains: a month before the season, records named without losing them.
    ['We keep the records in the back office.', []],
  ])('%s → %j', (text, pains) => {
    expect(extractSignals(text).pain_points).toEqual(pains);
  });
});

describe('urgency: a day of the month said with "on", a fortnight away, habits and leaving a tool', () => {
  it.each<[string, string | null]>([
    ['Our lease on the old software expires on the twenty-first and we are not renewing.', 'high'],
    ['Six apprentices are starting on the third, so the paperwork has to be ready.', 'high'],
    ['Ideally it is set up before the new clinic opens its doors on the second.', 'high'],
    ["The auditors arrive when the quarter closes, and that's roughly a fortnight away.", 'medium'],
    // Not urgency: a habit on a weekday, a slow turnaround, leaving a tool with no date.
    ['We post the estimates on a monday and it is weeks before anyone replies, by then they have gone elsewhere.', null],
    ['We plan to move away from PandaDoc eventually, but it works for now.', null],
    ['We were on the second and third floors before the move.', null],
    ['We opened on the ninth, so the forms are all new.', null],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});

describe('a tool denied with "no, we\'re not", and re-keying caused by a tool that does not connect', () => {
  it('reads no current solution from a denied tool', () => {
    const s = extractSignals("Folks ask if we're on PandaDoc, no, we're not, it's printed and posted.");
    expect(s.current_solution).toEqual([]);
    expect(s.pain_points).toEqual(['manual_process']);
  });
  it('reads re-keying after "doesn\'t sync" as the missing integration alone', () => {
    expect(extractSignals("The booking tool doesn't sync with xero, so the office is rekeying every invoice.").pain_points).toEqual([
      'missing_integration',
    ]);
    expect(extractSignals('Somebody is retyping every order into the spreadsheet.').pain_points).toEqual(['manual_process']);
  });
});
