import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: heads of a unit, the caller before a count, tools said as people say them', () => {
  it.each([
    ['the surveyors will use it, they are four, plus our branch head, they would all need a login', 5],
    ['only the office staff would use it, we are nine in the accounts office, plus the school head', 10],
    ['it would be me three nurses and the practice manager', 5],
  ])('%s -> %p', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('counts pharmacy dispensers as staff', () => {
    expect(team("the pharmacists and the dispensers, so that's three and four")).toBe(7);
    expect(team('two pharmacists and a dispenser would use it')).toBe(3);
  });

  it('does not read the tool in use on one licence as the team', () => {
    expect(team("the front office is me and dave. we're using pandadoc for now but only on the one licence")).toBe(2);
    expect(team("we're on docu sign right now but only on the one licence")).toBeNull();
  });

  it('does not read "teams one drive" as a team of one', () => {
    expect(team("there's six of us in the office. we live in outlook teams one drive")).toBe(6);
    expect(team('we use microsoft teams one drive and one note for everything')).toBeNull();
  });

  it('keeps "send me two" out of a list', () => {
    expect(team('they send me two forms a week')).toBeNull();
  });
});
