/**
 * industry and use_case read from holdout48/49-style turns (lib/signals/README.md, industry and use_case): trades named in
 * their own words (bail bonds, HR outsourcing, quantity surveying, civil engineering, a software reseller, an events company),
 * cues that name another party (a hospital framework, the accountants' tool, signing clinics, a school-uniform supplier's
 * schools, a relative who "is running" a business), and documents with no id of their own.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const useCase = (text: string) => extractSignals(text).use_case;

describe('industry: trades named in their own words', () => {
  it('reads a bail bonds office as financial services', () => {
    expect(industry('we run a bail bonds company across from the county jail, four agents and me')).toBe('financial_services');
  });
  it('reads HR or staff outsourcing as staffing', () => {
    expect(industry('we are a staff outsourcing company in accra, about two hundred people on client sites')).toBe('staffing');
    expect(industry('so basically we deploy contract staff to the hospitals and the oil companies, around eighty a month')).toBe('staffing');
  });
  it('reads quantity surveyors and civil or structural engineers as construction', () => {
    expect(industry("we're a small quantity surveying firm in bristol, four of us and an admin")).toBe('construction');
    expect(industry('we are a structural engineering consultancy in pune, forty staff, mostly high rise work')).toBe('construction');
    expect(industry('i run a civil engineering firm, roads and drainage mainly')).toBe('construction');
  });
  it('reads crane hire as construction', () => {
    expect(industry('we are a crane hire outfit in hull, six cranes and the lifting supervisors')).toBe('construction');
    expect(industry('crane rental mostly, tower cranes on the big residential jobs')).toBe('construction');
  });
  it('reads a software or licence reseller as software', () => {
    expect(industry("we're a cloud reseller, we resell google licences to schools and small firms")).toBe('software');
  });
  it('reads an events company the caller runs as hospitality, not one only named', () => {
    expect(industry("we're an events company in perth, mostly conferences and product launches")).toBe('hospitality');
    expect(industry('it goes to an events company in town, they do the stage and the sound')).toBeNull();
  });
  it('reads pre-purchase building and pest inspections as real estate', () => {
    expect(industry('we do building and pest inspections for buyers around the gold coast')).toBe('real_estate');
  });
  it('reads a maker of uniforms as manufacturing, and a school-uniform supplier names no education', () => {
    expect(industry('we are a school uniform company, we make the shirts and jumpers in our own workshop in oldham')).toBe('manufacturing');
    expect(industry("we're a school uniform shop in cork, we stock about twenty schools")).toBeNull();
  });
});

describe('industry: another party', () => {
  it('a hospital framework the caller bids for names no healthcare', () => {
    expect(industry("we're about twelve now, more if we land the hospital tender next spring")).toBeNull();
  });
  it('the accountants who use a tool keep the books, they are no accounting firm', () => {
    expect(industry('we use outlook for mail and the accountants use quickbooks')).toBeNull();
  });
  it('clinics that are not signing are the signers, not the caller', () => {
    expect(industry('the worst part is the clinics are not signing on time, we wait a week sometimes')).toBeNull();
  });
  it("a relative who is running a business: it is theirs", () => {
    expect(industry('my brother is running a dental practice in madurai, he wanted a price for ten users')).toBeNull();
  });
});

describe('use_case: documents with no id of their own', () => {
  it('a funeral arrangement form is client intake', () => {
    expect(useCase('every family signs the funeral arrangement form when they come in, about twenty a month')).toBe('client_intake');
  });
  it("a disability-support participant's service agreement is client intake; a customer's stays a sales contract", () => {
    expect(useCase('each new participant signs a service agreement with us before supports start')).toBe('client_intake');
    expect(useCase('we send the service agreements out to the participants by post')).toBe('client_intake');
    expect(useCase('every customer signs a service agreement for the lawn care season')).toBe('sales_contracts');
  });
  it('a boat or unit storage agreement is a lease; storing goods for an exporter is a sales contract', () => {
    expect(useCase('every caravan owner signs a storage agreement for the winter')).toBe('lease_agreements');
    expect(useCase('we run a warehouse by the port and each shipper signs a storage agreement for their pallets')).toBe('sales_contracts');
  });
  it('a work authorisation the customer signs is a sales contract', () => {
    expect(useCase('for every job the orthodontist sends a signed work authorization with the impressions')).toBe('sales_contracts');
  });
  it('a retainer sent or printed is client intake', () => {
    expect(useCase('we email the retainer to every new client and wait for it to come back')).toBe('client_intake');
  });
  it('a consent for medical or dental treatment is a consent form', () => {
    expect(useCase('the carers sign a consent for dental treatment for each child')).toBe('consent_forms');
  });
  it('paper releases are consent forms', () => {
    expect(useCase("right now it's paper releases in a folder on set")).toBe('consent_forms');
  });
  it('induction sheets are onboarding', () => {
    expect(useCase('the induction sheets for the new cleaners keep going missing')).toBe('hr_onboarding');
  });
  it('a contract of sale for off-plan flats is a property transaction', () => {
    expect(useCase('we sell apartments off plan in abuja. every buyer signs a contract of sale with us')).toBe('real_estate_transactions');
  });
  it('procurement as a process names no vendor contracts', () => {
    expect(useCase('our procurement itself needs a month, and the sales reps send the order forms on paper')).toBe('sales_contracts');
  });
  it('Better Proposals named as the tool is no proposal workflow', () => {
    expect(useCase("we're on better proposals at the minute and it's fine")).toBeNull();
  });
});
