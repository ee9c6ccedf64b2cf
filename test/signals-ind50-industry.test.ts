import { extractSignals } from '../lib/signals';

const ind = (t: string) => extractSignals(t).industry;

describe('industry: the caller at their own workplace', () => {
  it('reads the office work done at one place as self-description', () => {
    const rows: [string, string | null][] = [
      ['i do the admin for a church in leeds, the office is just two of us', 'nonprofit'],
      ['i handle the bookings at a small hotel down in cork', 'hospitality'],
      ['im looking after the office for a school in the valley', 'education'],
      // several places served as a service: clients, not the caller's trade
      ['we do the admin for a few restaurants as a service', null],
    ];
    for (const [t, v] of rows) expect(ind(t)).toBe(v);
  });
  it('reads pidgin "i dey work with a bank" as the caller\'s employer, "with hospitals" as clients', () => {
    const rows: [string, string | null][] = [
      ['i dey work with a bank for abuja, we get ten relationship managers', 'financial_services'],
      ['i dey work for one school for ibadan, na me dey do the admissions', 'education'],
      ['i dey work with hospitals, we supply them drips', null],
    ];
    for (const [t, v] of rows) expect(ind(t)).toBe(v);
  });
  it('reads a coaching school or institute as education', () => {
    expect(ind('we are running a private coaching institute in pune with twelve teachers')).toBe('education');
    expect(ind('we run a coaching school for the bank exams in patna')).toBe('education');
    expect(ind('my cousin runs a coaching school')).toBeNull();
  });
});
