import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: a count taking in the caller, said without commas', () => {
  it.each([
    ['we are a travel agency and the consultants that will use it are five including me and clients keep losing the forms', 5],
    ['the surveyors who need it are three including myself and we send about forty reports a month', 3],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads no team from a count of documents beside "including me"', () => {
    expect(team('we send forty forms including me and that\'s it')).toBeNull();
  });
});
