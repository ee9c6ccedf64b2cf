/**
 * Industry, urgency, integration_needs and current_solution readings from long phone turns (lib/signals/README.md,
 * field conventions): contractors named by the sites they serve, other firms' names and dates that are not the
 * caller's, deadlines said as ordinal dates or as time left, and tools said spelled out or corrected.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const urgency = (text: string) => extractSignals(text).urgency;
const needs = (text: string) => extractSignals(text).integration_needs;
const current = (text: string) => extractSignals(text).current_solution;

describe('industry: trades named by what they do or where they work', () => {
  it('reads energy for contractors on oil and gas or oil sands work', () => {
    expect(industry('we are an inspection subcontractor in aberdeen, we do coating checks for the operators on the oil and gas platforms')).toBe('energy');
    expect(industry("we're a maintenance contractor, we do shutdowns on the oil sands plants north of town")).toBe('energy');
  });
  it('reads no trade from the main contractor or other makers the caller deals with', () => {
    expect(industry('every welder signs with us, and the main contractor checks the papers at the gate')).toBeNull();
    expect(industry('the principals abroad, the manufacturers, sign the letters and post them to us')).toBeNull();
    expect(industry("the state government's fiscal year closes in june, and we send the bills after that")).toBeNull();
  });
  it('reads the caller trade from looms, plants, a TPA and a software agency', () => {
    expect(industry('we sell rugs, we have our own looms in the village, maybe thirty weavers')).toBe('manufacturing');
    expect(industry("i'm at a furniture plant in north carolina, we do dining sets")).toBe('manufacturing');
    expect(industry("we're a third party administrator, mostly dental plans for employers")).toBe('insurance');
    expect(industry('we are a software agency, about forty developers, mostly mobile apps')).toBe('software');
    expect(industry("i'm in investor relations for an oil and gas producer in calgary")).toBe('energy');
  });
  it('reads no trade from a client named by the invoices sent to it, or a relative working at a clinic', () => {
    expect(industry('and the invoices to the clinics, every month, could that go through too?')).toBeNull();
    expect(industry('my sister manages billing at a hospital in leeds, she mentioned you')).toBeNull();
  });
});

describe('urgency: deadlines said as ordinal dates or as time left', () => {
  it('reads high for a date said ordinal first, or after a "that\'s"', () => {
    expect(urgency('the new tax rules start on first april, so we need something before that')).toBe('high');
    expect(urgency('we need it before the season opens, that is, we want it done before the new budget year, it starts first of july')).toBe('high');
    expect(urgency('we want it live before the new union agreement starts, that\'s september fifteenth')).toBe('high');
    expect(urgency('the regulator is visiting us on the twelfth of next month, and we need it before that visit')).toBe('high');
  });
  it('reads medium for the time left said after the deadline', () => {
    expect(urgency('we want it before harvest, so, um, five, six weeks')).toBe('medium');
    expect(urgency('the owner wants it before the busy season, so we got about three months')).toBe('medium');
    expect(urgency('so in next three, four weeks we need this running')).toBe('medium');
  });
  it('reads no urgency from a past audit date, a document year or a growth guess', () => {
    expect(urgency('the plant had an inspection on the fifth and they found forms nobody signed')).toBeNull();
    expect(urgency('each tenant signs the lease for next year, and we need it before renewals start, so we have like six weeks')).toBe('medium');
    expect(urgency('we sign up ten new stores a month, could be twenty next year if it goes well')).toBeNull();
  });
  it("reads the caller's own timing after another party's date", () => {
    expect(urgency('the client fiscal year ends june thirtieth and they need to spend before then, but for us internally we are aiming for next quarter')).toBe('medium');
  });
});

describe('integration_needs and current_solution: spelled-out and corrected tools', () => {
  it('reads bamboo h r, a d p and teams after microsoft', () => {
    expect(needs('the office keeps staff files in bamboo h r')).toEqual(['bamboohr']);
    expect(needs('the drivers get paid through a d p every other week')).toEqual(['adp']);
    expect(needs("it's microsoft for the office, and teams for the drivers")).toEqual(['microsoft_teams']);
  });
  it('keeps the corrected accounting tool only', () => {
    expect(needs("we're on xero for the accounts, no wait, we switched to netsuite in march")).toEqual(['netsuite']);
  });
  it('reads no adobe_sign from adobe reader', () => {
    expect(current('we open the pdfs in adobe reader, sign with the mouse and email them back')).toEqual([]);
  });
});
