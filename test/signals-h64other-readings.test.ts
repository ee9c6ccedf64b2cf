/**
 * Readings for staffing firms named as a consultancy or labour hire, a training school, a school said with its pupils, a process
 * said as the caller's post ("i do registrations for a ..."), onboarding papers (right to work, handbook, a new worker), another
 * party's tool "we are not having", "long term" as a kind of care, and a regulator unhappy at an inspection (lib/signals/README.md).
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const useCase = (text: string) => extractSignals(text).use_case;
const current = (text: string) => extractSignals(text).current_solution;
const urgency = (text: string) => extractSignals(text).urgency;
const pains = (text: string) => extractSignals(text).pain_points;

describe('industry: staffing firms by their own words', () => {
  it.each<[string, string | null]>([
    ['we are a recruitment consultancy in leicester, mostly warehouse roles', 'staffing'],
    ['ours is a small placement consultancy, we put drivers with the logistics firms', 'staffing'],
    ["we're a labour hire crowd out of geelong", 'staffing'],
    ["i'm with a labour hire outfit, about a dozen of us in the office", 'staffing'],
    // Near miss: labour hire bought in is no trade of the caller's.
    ['we bring in labour hire for the harvest peak, otherwise it is just the family', null],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
  it('a management consultancy stays consulting', () => {
    expect(industry("we're a management consultancy, eight of us")).toBe('consulting');
  });
});

describe('industry: schools said by the caller', () => {
  it.each<[string, string | null]>([
    ['we run a nursing training institute near the bus stand', 'education'],
    ['i look after the office at a hairdressing training academy', 'education'],
    ['our school has about four hundred pupils and two campuses', 'education'],
    ['our school dey get like three hundred children', 'education'],
    ['we have around two hundred and fifty pupils across the key stages', 'education'],
    ['we are running a small computer school in the market road', 'education'],
    // Near miss: the school a caller's children go to is no trade of theirs.
    ['the kids go to the school down the road and they love it', null],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
});

describe("industry and use case: a process said as the caller's post", () => {
  it.each<[string, string | null, string | null]>([
    ['i do registrations for a netball club in the suburbs, every player signs a medical consent', 'consent_forms', null],
    ['i handle enrolments at a charity in the city and every family signs a photo consent', 'consent_forms', 'nonprofit'],
  ])('%s', (text, use, ind) => {
    expect(useCase(text)).toBe(use);
    if (ind !== null) expect(industry(text)).toBe(ind);
  });
  it('registrations said as the documents stay intake', () => {
    expect(useCase('we do registrations for the kids every september, all on paper')).toBe('client_intake');
  });
});

describe('use case: what a hired worker signs', () => {
  it.each<[string, string]>([
    ['every worker we take on does a right to work check and signs the contract', 'hr_onboarding'],
    ['each one signs the staff handbook acknowledgement on day one', 'hr_onboarding'],
    ['every new worker gets the same pack from us', 'hr_onboarding'],
  ])('%s', (text, want) => expect(useCase(text)).toBe(want));
  it('new people counted into the team are not onboarding papers', () => {
    expect(useCase("it's me plus the new workers, six of us")).toBeNull();
  });
});

describe("current tool: another party's, the caller not having it", () => {
  it.each<[string, string[]]>([
    ['the head office they are using adobe sign, but we are not having it', []],
    ["our suppliers, they're using docu sign, but we are not", []],
    // Near miss: the caller's own tool.
    ['we are using docu sign but we are not happy with it', ['docusign']],
  ])('%s', (text, want) => expect(current(text)).toEqual(want));
});

describe('urgency: long term as a kind of care or stay', () => {
  it.each<[string, string | null]>([
    ['we run a long term care facility with about ninety beds', null],
    ['most of our long-term residents have family who sign', null],
    // Near miss: long term as a time frame.
    ["we're thinking long term, this is for next year's budget", 'low'],
  ])('%s', (text, want) => expect(urgency(text)).toBe(want));
});

describe('pain: a regulator unhappy at an inspection about missing records', () => {
  it.each<[string, string[]]>([
    ['the inspectors were not happy during their visit in may with the missing care plans', ['compliance_risk']],
    ['hiqa flagged our records at the last visit', ['compliance_risk']],
    // Near miss: not happy about a missing person is no records worry.
    ['i was not happy at the party about the missing cake', []],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
});
