import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: a sentence said without commas in a punctuated turn', () => {
  it.each([
    ['we hire out vans from one depot, about fifty hires a week. the desk staff we are three plus myself. call me back on this number.', 4],
    ['we run two salons, mostly cuts and colour. the stylists there are six of us plus the manager.', 7],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads a sentence with its own commas as it is said', () => {
    expect(team('we are three, plus myself in the back office.')).toBe(4);
  });
});
