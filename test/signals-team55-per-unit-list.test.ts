import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: two roles counted per unit, and the caller added in a sentence of its own', () => {
  it.each([
    ['We run 3 dental practices. The nurses, three per practice, and the practice managers, one per practice.', 12],
    ['We have 5 shops. At the front desk we are two per shop, and the shop managers, one per shop.', 15],
    ['We have 4 branches. The people using it would be the tellers two per branch and the branch managers, one per branch. Plus me.', 13],
    ['We have 6 stores. In each store there are two pharmacists and one technician, and they\'d all be on it. Plus myself.', 19],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('adds no second role counted per another unit', () => {
    expect(team('We have 5 shops. The cashiers, two per shop, and the drivers, one per van.')).toBe(10);
  });

  it('adds nobody for "plus me" that goes on with an aside', () => {
    expect(team('We have 4 branches. The tellers, two per branch. Plus me, maybe, later on.')).toBe(8);
  });
});
