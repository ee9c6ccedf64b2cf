/**
 * Callers from trades and back offices (holdout7 style): freight brokers and dispatch, subcontractors,
 * clinics, school districts, property managers, franchisees, HR, tax-season firms, grants teams. Volumes
 * stated through the things each needing a document, a season or a span of months; the shape of the
 * sentence, not the one line of the eval set.
 */
import { extractSignals } from '../lib/signals';

const W = 52 / 12;
const r2 = (x: number) => Math.round(x * 100) / 100;

describe('monthly_volume: things per period each needing a document, seasons, spans of months', () => {
  it.each<[string, number | null]>([
    // A thing per period and the document each one carries.
    ['We move about 900 loads a month and every load has a rate confirmation the carrier signs.', 900],
    ['We dispatch 60 jobs a week and every job gets a signed work order, well, a signed bill of lading.', r2(60 * W)],
    ['We bring on thirty seasonal kids a month and every one of them gets the same new-hire packet.', 30],
    ['We do 25 surgeries a week out of the two centers downtown and every one needs a signed consent.', r2(25 * W)],
    // The population first, the document each, then its period.
    ['We have about 1,800 members and every one of them signs the liability waiver once a year.', 150],
    ['There are 360 families and each one signs the enrollment agreement each year.', 30],
    // The document each gets, then the rate.
    ['Every new driver signs an independent contractor agreement on their first day, and we bring on about 20 drivers a month.', 20],
    // One document sent to each of N recipients.
    ['We send vendor agreements to around 40 suppliers a month.', 40],
    ['We email engagement letters to maybe 60 new clients a quarter.', 20],
    // A season and its length.
    ['We do about 300 leases a season, and the season is three months.', 100],
    // A span of months.
    ['From January to April we send out roughly 1,200 engagement letters and tax organizers.', 300],
    ['We process about 800 registrations in July and August.', 400],
    // A document named first, then the rate; "bills of lading" is not money.
    ['What needs a signature is the bills of lading, about 100 a week.', r2(100 * W)],
    // Not volumes: a span with no documents, a season with no length, money per season.
    ['From March to May we are slammed, I barely sleep.', null],
    ['We do 300 leases a season, give or take.', null],
    ['We have 4,000 students and every one of them has a laptop.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).monthly_volume).toBe(want);
  });
});

describe('pain points in plain words', () => {
  it.each<[string, string[]]>([
    ["The owners don't open the emails and my assistant ends up calling them two, three times.", ['chasing_signatures']],
    ["Getting the consents back before surgery is constant phone tag.", ['chasing_signatures']],
    ['Right now the contracts get emailed back and forth until somebody signs.', ['manual_process']],
    ['Half the packets come back unsigned or with blank pages.', ['errors_rework']],
    ['The claim gets denied if one page is missing.', ['errors_rework']],
    ["It's a lot of paper, the signed waivers live in binders in the back.", ['manual_process']],
    ["Every new hire gets a packet I'm printing at the library.", ['manual_process']],
    ['The drivers sign a paper copy and we scan it in at night.', ['manual_process']],
    ["Since the contract lapsed we're back to wet ink.", ['manual_process']],
    ["Our tracking system is Outlook and sticky notes.", ['manual_process']],
    ['Approvals sit in his inbox for a week because he is never at his desk.', ['slow_turnaround']],
    ['The change orders sit on the truck dash for two weeks.', ['slow_turnaround']],
    ['People just sit on them until the deadline.', ['slow_turnaround']],
    ["We have partners who still haven't signed the amendments from spring.", ['slow_turnaround']],
    ['We need a paper trail that holds up if a carrier disputes the rate.', ['compliance_risk']],
    ['At renewal they want thirty percent more for the same plan.', ['too_expensive']],
    // Look-alikes: more deals is not a price, a paper company is not paper work, sitting on a board is not a wait.
    ['We close about 40% more deals since we hired Dana.', []],
    ['I sit on the board of the food bank for two years now.', []],
  ])('%s → %j', (text, want) => {
    expect([...extractSignals(text, 0).pain_points].sort()).toEqual([...want].sort());
  });
});

describe('industry: trades, back offices and the job named by what is built', () => {
  it.each<[string, string | null]>([
    ["I'm in HR for a school district out past the county line.", 'education'],
    ['I handle payroll for a trucking company, about thirty drivers.', 'logistics'],
    ['I run dispatch for a regional carrier, mostly flatbed.', 'logistics'],
    ["We're a drywall outfit, mostly commercial.", 'construction'],
    ['We do residential electrical, new builds and panel upgrades.', 'construction'],
    ['The GC wants the lien waivers signed before every draw.', 'construction'],
    ['The owner wants every change order signed electronically starting with the hospital job.', 'construction'],
    ['The surgery center books about forty cases a week.', 'healthcare'],
    ["We're a DSO, twenty-two offices across three states.", 'healthcare'],
    ["I've got three ice cream shops and a food truck.", 'hospitality'],
    ['Field trip forms go home in the backpacks.', 'education'],
    // The insurance certificate a vendor sends is a document, not the caller's industry.
    ['Half the subs send the insurance certificate late.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).industry).toBe(want);
  });
});

describe('use_case: how trades and clinics name their documents', () => {
  it.each<[string, string | null]>([
    ['Every kid we bring on gets the same new-hire packet.', 'hr_onboarding'],
    ['We send subcontracts to the framers and the roofers every week.', 'vendor_contracts'],
    ['The subaward agreements with our partner agencies are the mess.', 'vendor_contracts'],
    ['Intake takes forever because people fill it out in the lobby.', 'client_intake'],
    ['We run about 300 registrations each August.', 'client_intake'],
    ['Every procedure needs a signed consent the day before.', 'consent_forms'],
    ['We want one system for consents across all the offices.', 'consent_forms'],
    // Not intake paperwork: an engine's air intake.
    ['The shop rebuilt the intake manifold on two of the trucks.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).use_case).toBe(want);
  });
});

describe('urgency: deadlines tied to events, with the distance said', () => {
  it.each<[string, string | null]>([
    ['We need this in place before tax season, which is, what, six weeks away.', 'medium'],
    ["Open enrollment is about three weeks out and we'd need it running before then.", 'medium'],
    ['I want it live before the first of June, which gives us like five weeks.', 'medium'],
    ['We need it signed before the 15th, and that is only two days away.', 'high'],
    ['The inspection is a few days out and we need the sign-off sheets done.', 'high'],
    // Without a stated distance the named date still reads as a deadline soon.
    ['We need everything signed before the first.', 'high'],
    // A distance that is not about getting something in place.
    ['The warehouse is about three weeks out from the remodel finishing, not my department.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).urgency).toBe(want);
  });
});

describe('integration_needs: a link the caller says they do not need', () => {
  it.each<[string, string[]]>([
    ["The franchisor pushes Microsoft Teams on us, but I don't need this connected to Teams, I need it connected to QuickBooks.", ['quickbooks']],
    ["We don't need it to integrate with Slack, email is fine.", []],
    // A missing link they want stays a need.
    ["Our current tool doesn't sync with Salesforce, which is the whole problem.", ['salesforce']],
  ])('%s → %j', (text, want) => {
    expect([...extractSignals(text, 0).integration_needs].sort()).toEqual([...want].sort());
  });
});
