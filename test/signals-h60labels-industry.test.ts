/**
 * Industry readings: event and wedding planning said as the caller's work, a travel agency named with its second line (visa,
 * tours, ticketing), Pidgin "we be" as self-description, and a masjid or madrasah as a nonprofit
 * (lib/signals/README.md, labelling conventions).
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: planning said as the caller\'s work', () => {
  it.each([
    ['we do wedding planning in brampton, mostly small ceremonies', 'hospitality'],
    ['i do event planning for corporate clients out of leeds', 'hospitality'],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
  it('a planning meeting or the planning office names no trade', () => {
    expect(industry('we do the planning for the rota on a monday')).toBeNull();
    expect(industry('the event planning for the gala is on me this year')).toBeNull();
  });
});

describe('industry: a travel agency with its second line', () => {
  it.each([
    ['we are a travel and visa agency in yaba, students mostly', 'hospitality'],
    ['we run a tours and travel agency near the airport', 'hospitality'],
    ['we are a visa and travel agency, mostly uk study visas', 'hospitality'],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
  it('a visa application alone names no trade', () => {
    expect(industry('my staff need a travel visa for the conference')).toBeNull();
  });
});

describe('industry: Pidgin "we be" as self-description', () => {
  it('reads a weak cue after "we be"', () => {
    expect(industry('we be wedding planners for ikoyi, na small team')).toBe('hospitality');
  });
  it('a weak cue with no self-description stays unread', () => {
    expect(industry('the wedding planners dey call us every week')).toBeNull();
  });
});

describe('industry: masjid and madrasah', () => {
  it.each([
    ['i do the admin at the masjid in bury, we send forms for the trips', 'nonprofit'],
    ['we run the madrasah on weekends, about ninety kids', 'nonprofit'],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
  it('a masjid named only as where the office is is not the caller\'s', () => {
    expect(industry('our office is next to the masjid on the high street')).toBeNull();
  });
});
