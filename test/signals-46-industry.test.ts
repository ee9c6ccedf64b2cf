/**
 * industry from African, UK, Irish, Australian and New Zealand turns (lib/signals/README.md, industry): a school, a council
 * section and a conveyancing practice said in the caller's own words, a disability support provider, a charity named after
 * another self-description, and shipping lines that send the caller papers (another party).
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: the caller\'s own place in their own words', () => {
  it('reads "at our school" as education, without a pricing question', () => {
    expect(industry('at our school the teachers still print every trip form and the parents sign it at the gate')).toBe('education');
    expect(industry('if a school had, say, forty teachers, what would that cost')).toBeNull();
  });
  it('reads a section at the council as government', () => {
    expect(industry("i'm in the housing section at the council in leeds and we send about forty notices a week")).toBe('government');
    expect(industry("i'm in the planning team at the council, it's me and two officers")).toBe('government');
  });
  it('reads a conveyancing and wills practice as legal', () => {
    expect(industry("we're a small practice in swansea, conveyancing and wills, five of us in the office")).toBe('legal');
    expect(industry('we are a conveyancing firm in perth with three conveyancers')).toBe('legal');
    expect(industry('so we do wills and probate mostly, a two partner firm in bristol')).toBe('legal');
  });
  it('reads an NDIS or disability support provider as healthcare', () => {
    expect(industry("we're an ndis provider in adelaide, about forty support workers")).toBe('healthcare');
    expect(industry('we are a disability support provider in geelong with twelve coordinators')).toBe('healthcare');
  });
  it('keeps a charity named after a first self-description', () => {
    expect(industry("we're a community trust in hobart, a registered charity too, and we run a bakery that trains young people")).toBe('nonprofit');
  });
});

describe('industry: another party', () => {
  it('reads shipping lines that send the caller papers as a counterparty', () => {
    expect(industry('the shipping lines send us the bills of lading by email and we print them for the files')).toBeNull();
    expect(industry('we are a shipping line, about forty vessels')).toBe('logistics');
  });
});
