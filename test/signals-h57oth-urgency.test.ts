/**
 * Urgency readings: the caller's age beside a time ("i'm sixty next month") and staff the caller may take on ("if i took on
 * two more drivers next year") are no timeline; Pidgin time left after a deadline ("before the new term, we get like six
 * weeks") is medium.
 */
import { extractSignals } from '../lib/signals';

const urgency = (t: string) => extractSignals(t).urgency;

describe('urgency: age, growth and Pidgin time left', () => {
  it.each([
    ['we need am before the school resumes, we get about four weeks', 'medium'],
    ['abeg we want am before the audit, we get only three weeks', 'medium'],
    ['we need it next month', 'medium'],
    ['we would want it next year', 'low'],
  ])('%s -> %s', (text, value) => {
    expect(urgency(text)).toBe(value);
  });

  it('reads no urgency in an age or in staff the caller may take on', () => {
    expect(urgency('i turn seventy next month so keep it simple for me')).toBeNull();
    expect(urgency('she\'s forty next week, we want to get her something nice')).toBeNull();
    expect(urgency('how much if we took on two more drivers next year, say six users?')).toBeNull();
    // weeks the caller gets with no deadline before them are no time left
    expect(urgency('we get five weeks of holiday a year')).toBeNull();
  });
});
