/**
 * industry from small-island and rural US turns (lib/signals/README.md, industry): a ferry the caller runs, a corporate
 * services provider, a dive centre, fish and seafood plants said in speech, a labour union local, a towing outfit and a
 * farm labour contractor; a document scanned "into the patient's chart" is the caller's own record, not a market.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: trades named in their own words', () => {
  it('reads a ferry the caller runs as logistics', () => {
    expect(industry('so we run the ferry out to the island, three sailings a day, and the deckhands sign a contract each spring')).toBe('logistics');
    expect(industry('hello, we operate a ferry across the sound, two vessels, and the office is four of us')).toBe('logistics');
  });
  it('reads a corporate or trust services provider as financial services', () => {
    expect(industry('we are a trust and corporate services provider in valletta, we administer about three hundred companies')).toBe('financial_services');
    expect(industry('hi, we are a small corporate services firm in douglas, nominee directors and company secretarial work')).toBe('financial_services');
  });
  it('reads a dive centre as hospitality, not the medical statement the divers sign', () => {
    expect(industry('we are a dive center in dahab, every diver signs a waiver and a medical statement before the boat goes')).toBe('hospitality');
    expect(industry('we run a little dive shop on koh tao, courses and fun dives mostly')).toBe('hospitality');
    expect(industry('the dive shop guys next door, there are three of them, would laugh at this')).toBeNull();
  });
  it('reads fish and seafood plants as manufacturing, said with dropped endings too', () => {
    expect(industry("we're a fish plant on the south shore, mostly haddock, about ninety on the line")).toBe('manufacturing');
    expect(industry('we got a shrimp processin plant down the bayou, and the peelers sign on every spring')).toBe('manufacturing');
    expect(industry('we run a seafood plant in the harbour, scallops and lobster')).toBe('manufacturing');
  });
  it('reads a labour union or its local as nonprofit, not a union the caller deals with', () => {
    expect(industry("i'm the secretary at the hall, we're an electrical workers union local, about nine hundred members")).toBe('nonprofit');
    expect(industry('we are a teachers union in the valley, the reps would use it')).toBe('nonprofit');
    expect(industry('we sit down with the union every spring and the union contract is always late')).toBeNull();
  });
  it('reads a towing outfit as automotive and a farm labour contractor as staffing', () => {
    expect(industry('we run a towing company on the west side, six trucks, and the impound yard')).toBe('automotive');
    expect(industry('yeah we are a towing and recovery business, heavy wreckers mostly')).toBe('automotive');
    expect(industry('we are a farm labour contractor in the valley, we put picking crews on the orchards')).toBe('staffing');
    expect(industry("we're a labor contractor, crews for the vineyards, about four hundred in harvest")).toBe('staffing');
  });
  it('reads a regional or charter airline as logistics, not its ground handling side', () => {
    expect(industry("i'm in scheduling at a small commuter airline up north, twelve pilots and the cabin crew")).toBe('logistics');
    expect(industry('we are a cargo airline, three freighters, and the crews sign a bond')).toBe('logistics');
    expect(industry("we're the ground handling arm of a charter airline, the ramp leads would use it")).toBeNull();
  });
  it('reads a paper scanned into the patient chart as the caller\'s own healthcare record', () => {
    expect(industry('the consent is on paper, then we scan it into the patient\'s chart by hand')).toBe('healthcare');
    expect(industry('they sign the sheet and the nurse files them into the patient\'s record')).toBe('healthcare');
  });
});
