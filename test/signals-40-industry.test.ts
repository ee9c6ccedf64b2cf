/**
 * industry from Latin American, Iberian, West African, Irish and Australian turns (lib/signals/README.md, industry):
 * trades named in their own words (notaría, gestoría, inmobiliaria, manpower agency, remittance agency, crèche),
 * survey work for oil and gas, and cues that name the caller's own cover or a booking channel rather than a trade.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: trades named in their own words', () => {
  it('reads a notary office, a gestoría and court reporters as legal or financial services', () => {
    expect(industry('buenas, i am calling from the notaría nine in cali, we are five escribientes')).toBe('legal');
    expect(industry('we are a notary office in quito, the deeds all go out on paper')).toBe('legal');
    expect(industry('we are a small gestoría in valencia, we do the payroll and the taxes for about ninety shops')).toBe('financial_services');
    expect(industry('we run a court reporting firm, about twenty reporters who cover depositions')).toBe('legal');
  });
  it('reads an inmobiliaria, event planners, vets, a manpower agency and a remittance agency', () => {
    expect(industry('hola, we are an inmobiliaria in asunción with around three hundred rentals')).toBe('real_estate');
    expect(industry('i am a wedding planner in cancún, we do maybe ten weddings a month')).toBe('hospitality');
    expect(industry('the clinic has six veterinarios and four assistants')).toBe('healthcare');
    expect(industry('good morning po, we are a manpower agency in cebu sending nurses to saudi')).toBe('staffing');
    expect(industry('we have a remittance agency in el paso, two counters, sending to honduras mostly')).toBe('financial_services');
  });
  it('reads a tyre distributor, a crèche network and childminders', () => {
    expect(industry('we are a tyre distributor in kano, supplying about eighty dealers in the north')).toBe('automotive');
    expect(industry('we run two crèches in galway, about sixty children between them')).toBe('education');
    expect(industry('we manage around thirty childminders across the county')).toBe('education');
  });
  it('reads survey or inspection work for oil and gas as energy', () => {
    expect(industry('we are a small firm in warri, we do inspections for the oil and gas companies, mostly tank inspections')).toBe('energy');
  });
});

describe('industry: words that name no trade of the caller', () => {
  it('reads no trade from the caller\'s own insurance cover', () => {
    expect(industry('if the waiver is not signed our public liability insurance will not pay out')).toBeNull();
    expect(industry('my professional indemnity insurance wants every agreement on file')).toBeNull();
  });
  it('reads no trade from bookings taken through a web store', () => {
    expect(industry('reservations go through our shopify store and the guests sign the waiver on arrival')).toBeNull();
    expect(industry('we sell candles through our shopify store')).toBe('ecommerce');
  });
  it('reads no trade from a notary or a crèche that is someone else\'s', () => {
    expect(industry('after the buyer signs, the deed goes to the notary for stamping')).toBeNull();
    expect(industry('our gym has a crèche for the members, and every member signs a membership form')).toBeNull();
  });
});
