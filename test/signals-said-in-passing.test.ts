/**
 * What callers say in passing rather than name: pains told as stories, tools in a list or on a trial, a relative's
 * business in Spanglish, licences of the tool in use, dates wanted in other words, people per place, things per
 * thing, people hired or placed. New sentences of the kinds two blind sets showed.
 */
import { extractSignals } from '../lib/signals';

describe('pain points told as stories', () => {
  it.each<[string, string[]]>([
    ["these days it's only whatsapp and paper, to be honest.", ['manual_process']],
    ['everything is in excel and handwritten dockets.', ['manual_process']],
    ["there's no real system, the board papers go to each director by courier.", ['manual_process']],
    ['the invoices go out as pdfs and that is it.', ['manual_process']],
    ['the forms come back after like three, four weeks.', ['slow_turnaround']],
    ['it takes one, two weeks for a signature from the landlord.', ['slow_turnaround']],
    ['we end up phoning the tenants again and again.', ['chasing_signatures']],
    ['the vendor keeps putting the price up every renewal.', ['too_expensive']],
    ['a customer signed an outdated version with last year’s rates.', ['errors_rework']],
    ['the lease just disappeared and no one knew who had it.', ['poor_visibility']],
    ['we searched high and low for the original.', ['poor_visibility']],
    ['the members hate it on their phones.', ['hard_to_use']],
    ['the contract has to be legally watertight for the bank.', ['compliance_risk']],
    ['if the inspectors come and see that, we are in trouble.', ['compliance_risk']],
    // Not a pain with the paperwork.
    ['the internet at the office is so slow, but that is another matter.', []],
    ['we send them by email and the clients sign the same day.', []],
  ])('%s -> %j', (text, want) => {
    expect(extractSignals(text).pain_points).toEqual(want);
  });
});

describe('tools, documents and trades said in passing', () => {
  it('reads "our notion" as the notion workspace to connect', () => {
    expect(extractSignals("it has to push the signed ones into our notion.").integration_needs).toEqual(['notion']);
  });
  it('reads event caterers as hospitality', () => {
    expect(extractSignals('we are wedding caterers, mostly in the summer.').industry).toBe('hospitality');
  });
  it('reads maintenance contracts with clients as sales contracts', () => {
    expect(extractSignals('we sign servicing agreements with every customer, about forty a month.').use_case).toBe('sales_contracts');
  });
  it('reads a consent named by the service as a consent form', () => {
    expect(extractSignals('every family signs a burial consent before the service.').use_case).toBe('consent_forms');
  });
  it("does not read the caller's own insurance renewal as the insurance trade", () => {
    expect(extractSignals("our insurance renewal is on the ninth, separate thing.").industry).toBeNull();
    expect(extractSignals('we sell insurance policies to farmers.').industry).toBe('insurance');
  });
});

describe("a relative's business said in Spanglish, and the caller's own insurer", () => {
  it('does not count the compadre\'s salesmen as the caller\'s team', () => {
    const s = extractSignals('mi compadre tiene un body shop in hialeah, like thirty guys, pero he uses paper.');
    expect(s.team_size).toBeNull();
    expect(s.industry).toBeNull();
  });
  it('does not read "the insurance company" that asks for a form as the trade', () => {
    expect(extractSignals('the insurance company wants a signed waiver for every rider.').industry).toBeNull();
    expect(extractSignals('we are an insurance company with two offices.').industry).toBe('insurance');
  });
});

describe('licences of the tool in use are no team', () => {
  it.each([
    ["right now it's docu sign, but only three licences, and the renewal is steep."],
    ['at the moment it is pandadoc with just one licence.'],
  ])('%s', (text) => {
    expect(extractSignals(text).team_size).toBeNull();
  });
});

describe('a tool named as a trial or a demo is not the tool in use', () => {
  it.each([
    ['we did a hello sign trial last year.'],
    ['we sat through the pandadoc demo, nothing since.'],
  ])('%s', (text) => {
    expect(extractSignals(text).current_solution).toEqual([]);
  });
  it('still reads the tool in use', () => {
    expect(extractSignals('we use docusign every day.').current_solution).toEqual(['docusign']);
  });
});

describe("a relative's date is not the caller's deadline", () => {
  it('drops a date said about the relative', () => {
    expect(extractSignals('my cousin has a salon and she wants something by the end of the month.').urgency).toBeNull();
  });
  it("keeps the caller's own date after turning back", () => {
    expect(extractSignals('my cousin has a salon, but we need ours by the end of the month.').urgency).toBe('high');
  });
});

describe('documents per thing when the things are said in the plural', () => {
  it.each<[string, number]>([
    ['every family signs an intake form and a photo release, so two per family, and we get ten new families a month.', 20],
    ['every puppy gets a health record and a sale contract, so two per puppy, and we sell thirty puppies a month.', 60],
  ])('%s -> %d', (text, volume) => {
    expect(extractSignals(text).monthly_volume).toBe(volume);
  });
});

describe('people per place, with the places counted by another of their names', () => {
  it.each<[string, number]>([
    ['we have three locations, and the receptionists, two per clinic, would use it.', 6],
    ['we have four branches and the managers, one per site, plus me.', 5],
  ])('%s -> %d', (text, team) => {
    expect(extractSignals(text).team_size).toBe(team);
  });
});

describe('more pains and tools said in passing', () => {
  it.each<[string, string[]]>([
    ['the buyer sat on the lease renewal for three weeks.', ['slow_turnaround']],
    ['a signed release got filed to the wrong client last month.', ['errors_rework']],
    ['we text them three, four times before they sign.', ['chasing_signatures']],
    ['the forms come back with blanks all the time.', ['errors_rework']],
    ['we will move the rest over slowly slowly, no rush.', []],
  ])('%s -> %j', (text, want) => {
    expect(extractSignals(text).pain_points).toEqual(want);
  });
  it.each<[string, string[], string[]]>([
    ['we use gmail and google sheets, and the calendar.', ['gmail', 'google_sheets', 'google_calendar'], []],
    ['na sage we dey use for the books.', ['sage'], []],
    ["the app we're using now, sign now, is fine.", [], ['signnow']],
  ])('%s', (text, integrations, current) => {
    const s = extractSignals(text);
    expect(s.integration_needs).toEqual(integrations);
    expect(s.current_solution).toEqual(current);
  });
  it("reads a patient's consent as a consent form", () => {
    expect(extractSignals("we need the patient's consent on file before the scan.").use_case).toBe('consent_forms');
  });
});

describe('dates wanted, said in other words', () => {
  it.each<[string, string]>([
    ["so we'd want it signed off this quarter.", 'medium'],
    ['mi need it like dis week.', 'high'],
  ])('%s -> %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
  it('keeps a past count this quarter as no deadline', () => {
    expect(extractSignals('we signed forty this quarter.').urgency).toBeNull();
  });
  it('counts the front desk per clinic', () => {
    expect(extractSignals('we have four clinics, and the front desk staff, about two per clinic, would use it.').team_size).toBe(8);
  });
});

describe('things per period said with "and they", then the documents each', () => {
  it('reads units that turn over once a year, one agreement each', () => {
    expect(extractSignals('we look after about 240 flats and they turn over once a year, one tenancy agreement each.').monthly_volume).toBe(20);
  });
});

describe('a count of things per thing is no team', () => {
  it('does not read "twenty of those per job" as people', () => {
    expect(extractSignals('variations as well, there are maybe twenty of those per job.').team_size).toBeNull();
  });
  it('still reads people per shift', () => {
    expect(extractSignals('the carers, there are nine of them per shift.').team_size).toBe(9);
  });
});

describe('people placed or hired are no team, hedged or not', () => {
  it.each([['each month we are placing about forty nurses.'], ['we are hiring around twenty drivers for the summer.']])('%s', (text) => {
    expect(extractSignals(text).team_size).toBeNull();
  });
  it('still reads a hedged team', () => {
    expect(extractSignals('we have around twenty drivers.').team_size).toBe(20);
  });
});

describe('documents each, then how often the things come round', () => {
  it.each<[string, number]>([
    ['we manage about ninety flats, one tenancy each, and they renew once a year.', 7.5],
    ['we have sixty boats, two contracts each, and they renew every year.', 10],
  ])('%s -> %d', (text, volume) => {
    expect(extractSignals(text).monthly_volume).toBe(volume);
  });
  it('reads "only the one licence" of the tool in use as no team', () => {
    expect(extractSignals("right now it's pandadoc but only the one licence.").team_size).toBeNull();
  });
});

describe('a per-person rate of the part of a count that would use it', () => {
  it('multiplies by the busy part, not the whole', () => {
    const s = extractSignals('about forty brokers but maybe ten are busy enough to need it, and each of the busy brokers sends around six a week.');
    expect(s.monthly_volume).toBe(260);
  });
});

describe('procurement as the buying process names no use case', () => {
  it.each([['procurement there takes about two months, honestly.'], ['procurement here has its own rules, sadly.']])('%s', (text) => {
    expect(extractSignals(text).use_case).toBeNull();
  });
});

describe('paper as the whole answer, with a closing particle', () => {
  it.each([['for now just paper po.'], ['still paper lah, everything.']])('%s', (text) => {
    expect(extractSignals(text).pain_points).toEqual(['manual_process']);
  });
});
