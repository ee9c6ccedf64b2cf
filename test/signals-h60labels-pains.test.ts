/**
 * Pain readings: printing said as "then printout", PDFs emailed "'em out", Pidgin "no dey reply for days", an insurer's cover
 * said in the first person, a data protection authority's letter, a link sent on WhatsApp (no paper), a counted workforce
 * that "won't use it" (not the users), and a price said of tools looked at and not taken (lib/signals/README.md).
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;

describe('pain: manual steps said loosely', () => {
  it.each([
    ['we type the quote in excel then printout for the customer to sign', ['manual_process']],
    ['i write them up and email them out as pdfs', ['manual_process']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
  it('a link sent on whatsapp is no paper', () => {
    expect(pains('we make the form online and send the link on whatsapp')).toEqual([]);
    expect(pains('we send the forms on whatsapp and they print them')).toContain('manual_process');
  });
});

describe('pain: signers silent for days', () => {
  it('reads Pidgin "no dey reply for days"', () => {
    expect(pains('the tenants no dey reply for days after we send am')).toEqual(['slow_turnaround']);
  });
  it('a reply today is no wait', () => {
    expect(pains('they reply for sure within the day')).toEqual([]);
  });
});

describe('pain: compliance said in the first person or by letter', () => {
  it.each([
    ['the insurer told me without signed waivers i\'m not covered', ['compliance_risk']],
    ['we got a letter from the data protection authority last month', ['compliance_risk']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
  it('a letter from a client is no compliance worry', () => {
    expect(pains('we got a letter from a client thanking the team')).toEqual([]);
  });
});

describe('pain: people who will not use it, and tools not taken', () => {
  it('a counted workforce that won\'t use it is not an adoption pain', () => {
    expect(pains('we have about two hundred and forty cleaners but they won\'t use it, just the office')).toEqual([]);
  });
  it('the current team refusing the tool still is', () => {
    expect(pains('we bought the tool last year but they won\'t use it')).toEqual(['hard_to_use']);
  });
  it('the price of tools looked at and not taken is no pain', () => {
    expect(pains('we trialled two of them but didn\'t take either, far too expensive')).toEqual([]);
    expect(pains('we are on it now and it is far too expensive')).toEqual(['too_expensive']);
  });
});
