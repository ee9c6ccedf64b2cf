import { extractSignals } from '../lib/signals';

const needs = (t: string) => extractSignals(t).integration_needs ?? [];
const current = (t: string) => extractSignals(t).current_solution ?? [];
const urgency = (t: string) => extractSignals(t).urgency;

describe('integration needs and current tools', () => {
  it('reads ADP spelled out with its job', () => {
    expect(needs('greenhouse for hiring and a d p for the payroll')).toContain('adp');
  });
  it('reads "everything is word" as Word, not "word of mouth"', () => {
    expect(current('everything is word and we print it out')).toContain('microsoft_word');
    expect(current('everything is word of mouth for us')).not.toContain('microsoft_word');
  });
  it('does not read a tool the caller says they dropped after naming it', () => {
    expect(current('the previous system, signnow, we cancelled it last spring')).not.toContain('signnow');
  });
  it('does not read tools listed as under evaluation', () => {
    const c = current('we are comparing four products, panda doc, signnow and a couple more');
    expect(c).not.toContain('pandadoc');
    expect(c).not.toContain('signnow');
  });
  it('does not read a tool only tried', () => {
    expect(current('we did try adobe sign for a month but went back to printing')).not.toContain('adobe_sign');
  });
  it("does not read another office's tool the caller's side cannot use", () => {
    expect(current("they use adobe sign at head office in paris, but the local team can't")).not.toContain('adobe_sign');
    expect(current('we use adobe sign at head office in paris')).toContain('adobe_sign');
  });
  it('does not read a tool others suggest that the caller does not have', () => {
    expect(needs('my accountant says get xero but i don\'t have that')).not.toContain('xero');
  });
});

describe('urgency: a deadline said as time left or a day of the month', () => {
  it('reads "gives us, what, about six weeks" as medium', () => {
    expect(urgency('the open day is our deadline, which gives us, what, about six weeks')).toBe('medium');
  });
  it('reads "the deadline is the fifteenth ... by then" as high', () => {
    expect(urgency('the submission date is the fifteenth, so we want it live by then')).toBe('high');
  });
  it('does not read bringing a helper in next year as a timeline', () => {
    expect(urgency('might bring my nephew in next year if work picks up')).toBeNull();
  });
});
