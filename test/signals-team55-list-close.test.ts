import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: the last item of an unpunctuated list before the next clause', () => {
  it.each([
    ['we run a letting agency and the negotiators there\'s six of them and me and every tenant signs a tenancy agreement', 7],
    ['the dispatch team that\'s four people plus the yard foreman they all need a login and the delays are killing us', 5],
    ['the paralegals we get three of them plus myself and we are using outlook for everything', 4],
    ['so we are a dental lab and the technicians there are five two on mornings and three on lates plus the lab manager and it\'s all paper', 6],
    ['the surveyors there\'s three sorry four now and me and we\'re on google drive', 5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('adds nobody when no count of people comes before ("and me" alone is no list)', () => {
    expect(team('my partner and me and we are using outlook for everything')).toBeNull();
  });
});
