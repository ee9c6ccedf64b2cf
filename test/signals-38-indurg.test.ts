/**
 * Industry and urgency readings (lib/signals/README.md, field conventions): the other party of a contract or a chat, a
 * client said first and the count after it, a client named again, "the insurance" as the insurer, a head count of
 * consultants, a property factor and a French dental lab; a rate said "in a week", a French "not urgent", a growth guess
 * and a start date said "first april" after a "before".
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const urgency = (text: string) => extractSignals(text).urgency;

describe('industry: the other party is not the caller', () => {
  it('reads no trade from a contract or a chat with another party', () => {
    expect(industry('the agreements with the county are done on their portal, we only need the site forms')).toBeNull();
    expect(industry('mostly we talk with the hospitals by email, and the quotes go out as pdf')).toBeNull();
    expect(industry('we do whatsapp with the clinics and gmail for everything else')).toBeNull();
  });
  it('reads a group said first and counted as clients after it as the clients', () => {
    expect(industry('the vets, we have about forty clients, and they all sign the delivery note by hand')).toBeNull();
    expect(industry('the pharmacies, we have around two hundred customers now, all on paper')).toBeNull();
  });
  it('keeps a client named again a client', () => {
    expect(industry('the dentist signs the order form, then a week later the dentist calls to change the colour')).toBeNull();
    expect(industry('the hospital signs the delivery note, and sometimes the hospital loses it')).toBeNull();
  });
  it('keeps the caller\'s own patients, even when they sign', () => {
    expect(industry('each patient signs the consent sheet, and we see about sixty patients a week')).toBe('healthcare');
  });
  it('reads "the insurance" as the insurer, not the trade', () => {
    expect(industry('the worst is the insurance, they check the files and refuse to pay when a signature is missing')).toBeNull();
    expect(industry("we're in the insurance business, a small agency of six people")).toBe('insurance');
  });
  it('reads a head count of consultants as a team, not consulting', () => {
    expect(industry('right now we are eight consultants, maybe more after the summer')).toBeNull();
    expect(industry("we're consultants, mostly strategy work for the councils")).toBe('consulting');
  });
  it('reads a property factor and a French dental lab', () => {
    expect(industry("we're a wee property factor in paisley, about sixty tenements on the books")).toBe('real_estate');
    expect(industry("j'ai un cabinet dentaire in rabat, two dentists and an assistant, the patients sign the devis")).toBe('healthcare');
  });
});

describe('urgency', () => {
  it('reads a rate said "in a week" as no deadline', () => {
    expect(urgency('each planner prepares maybe ten quotes in a week, and then the client signs it')).toBeNull();
    expect(urgency('we need this live in a week, the season opens')).toBe('high');
  });
  it('reads a French "not urgent" as low', () => {
    expect(urgency("c'est pas urgent, we want to compare some tools first")).toBe('low');
  });
  it('reads a growth guess as no urgency', () => {
    expect(urgency('right now we are six in the office, maybe thirty next year, who knows')).toBeNull();
  });
  it('reads a start date said "first april" after a "before" as high', () => {
    expect(urgency('the director wants it done before the new school year, which starts first september')).toBe('high');
  });
});
