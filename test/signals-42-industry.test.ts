/**
 * industry from corporate callers and micro businesses (lib/signals/README.md, industry): trades named in their own
 * words (a handyman, a doula, a power utility, burger joints, a parts maker, "our plant", staff augmentation), and
 * words that name no trade of the caller's (a government contractor, a CRM edition, their own lawyer or cover).
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: trades named in their own words', () => {
  it('reads a handyman, a doula and a freelance bookkeeper', () => {
    expect(industry("i'm a handyman up in scranton, mostly decks and gutters, just me and a helper")).toBe('construction');
    expect(industry('we run a little handyman business, three vans, fixing whatever people need fixed')).toBe('construction');
    expect(industry("i'm a doula in leeds, there's two of us, mostly home births")).toBe('healthcare');
    expect(industry("i'm a freelance bookkeeper in pune, i keep the books for about thirty small shops")).toBe('financial_services');
  });
  it('reads a power utility, burger joints, a parts maker and the caller\'s plant', () => {
    expect(industry("i'm with an electricity utility in accra, the billing side")).toBe('energy');
    expect(industry('we work for the power utility in the northern region, about forty offices')).toBe('energy');
    expect(industry('we own nine pizza joints around melbourne, the managers would use it')).toBe('hospitality');
    expect(industry('i work at an auto components maker in chennai, about two thousand people')).toBe('manufacturing');
    expect(industry("i'm the quality lead at a chemicals firm, we have our plant near rotterdam")).toBe('manufacturing');
  });
  it('reads staff augmentation as staffing, ahead of the government the firm works for', () => {
    expect(industry("we're a government contractor in virginia, we do staff augmentation for federal clients")).toBe('staffing');
    expect(industry('we provide staff augmentation, mostly developers, to banks in london')).toBe('staffing');
  });
});

describe('industry: words that name no trade of the caller\'s', () => {
  it('reads no industry from a government contractor alone or a CRM edition', () => {
    expect(industry("we're a government contractor out of huntsville, about two hundred people")).toBeNull();
    expect(industry('our crm is sales force health cloud, so it would have to talk to that')).toBeNull();
  });
  it('reads no industry from the caller\'s own lawyer, accountant or insurance', () => {
    expect(industry('my lawyer said i need every client to sign the waiver before the class')).toBeNull();
    expect(industry('our accountant keeps everything in xero, so that would need to connect')).toBeNull();
    expect(industry('me insurance renews next month and they want the signed forms on file')).toBeNull();
  });
  it('keeps a bookkeeper who works for the caller out of the industry', () => {
    expect(industry("it's me and our bookkeeper, she does the invoices on fridays")).toBeNull();
  });
});
