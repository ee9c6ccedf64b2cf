import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: professions\' own role words', () => {
  it('counts declarants after a department count', () => {
    expect(team('we are four in documentation, plus the three declarants and me')).toBe(8);
  });
  it('counts practitioners and seniors as roles', () => {
    expect(team('the legal practitioners, they are three, then the conveyancing secretaries, there\'s two')).toBe(5);
    expect(team('the ones on it would be the audit seniors, we are four, and the three tax officers, plus myself')).toBe(8);
  });
});

describe('team size: the caller named inside a list', () => {
  it('skips "that\'s me" after a one-person role', () => {
    expect(team('the two mechanics, the service manager, that\'s me, and the three fitters would use it')).toBe(6);
  });
  it('reads "and then" between items and a list closed by "we\'d all be on it"', () => {
    expect(team('three vets and a vet nurse, and then the office manager, that\'s me, and the two ladies at the desk, we\'d all be on it.')).toBe(7);
  });
});
