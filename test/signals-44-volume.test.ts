import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: loose number forms', () => {
  it('reads "a dozen and a half" as eighteen', () => {
    expect(vol('every new resident signs the tenancy agreement, and we get a dozen and a half new residents a month')).toBe(18);
  });
});

describe('monthly volume: people taken on for a summer or season', () => {
  it('spreads summer hires, their papers each, over the summer said with its months', () => {
    expect(vol('every summer we take on lifeguards, fifteen, no wait, twenty this year, and each one signs the seasonal contract and the ' +
      'safety induction, so two each, and the summer runs june to september')).toBe(10);
  });
  it('takes "so three documents per <person>" as the papers each', () => {
    expect(vol('for the summer we take on seasonal guides, ten, no, twelve this year, and each one signs the crew contract, the kit form and ' +
      'the code of conduct, so three documents per guide, and the summer runs may to october')).toBe(6);
  });
});

describe('monthly volume: a season with a loose name or a corrected span', () => {
  it('reads "every <kind of> season" with the signers described and the campaign\'s months', () => {
    expect(vol('every harvest season we sign the supply contract with the farmers who grow the grapes, about sixty of them, and the ' +
      'campaign it run august to october')).toBe(20);
  });
  it('takes the corrected span of a season said with a filler', () => {
    expect(vol('every climber signs the waiver and the gear form, so two per climber, and in the high season, that\'s, uh, june to ' +
      'august, no wait, june to september, we get about four hundred climbers.')).toBe(200);
  });
  it('spreads things over the autumn with its months', () => {
    expect(vol('every trailer the owner signs the winter storage agreement, and we take in about sixty trailers over the autumn, that\'s ' +
      'september to november')).toBe(20);
  });
});

describe('monthly volume: documents per thing', () => {
  it('takes "so two per guy" as papers per person', () => {
    expect(vol('every new driver signs the lease and the insurance form, so two per guy, and we bring on like twenty a month')).toBe(40);
  });
  it('counts a ticket the staff write up that the customer signs', () => {
    expect(vol('every load that comes in the weigh house writes one up and the farmer signs it, and we take about nine hundred loads over ' +
      'the season, and the season\'s july through september')).toBe(300);
  });
});

describe('monthly volume: things held that sign once a year', () => {
  it('takes a count said "of em" after the yearly signing', () => {
    expect(vol('the landlords sign a lease renewal at the start of every year, that\'s the sixty of em')).toBe(5);
  });
  it('takes a count "of em" with "once a year" after it', () => {
    expect(vol('the subcontractors sign a framework agreement with us, we got, oh, twenty four of em, once a year')).toBe(2);
  });
});

describe('monthly volume: the headcount of those who each state a rate', () => {
  it('takes aides counted after their daily timesheet', () => {
    expect(vol('the aides each do a timesheet a day, and we have about twenty aides')).toBe(434);
  });
  it('takes "it\'s three of em" over a larger staff count said later', () => {
    expect(vol('the account managers, it\'s four of em, and each one sends like five, seven proposals a week. the warehouse crew don\'t ' +
      'need it, we got like fifty on payroll')).toBe(104);
  });
});

describe('monthly volume: loose corrections and re-enrolment', () => {
  it('takes a correction said "N something"', () => {
    expect(vol('every member signs a membership agreement with us once a year, and we have like fifty members, no, sixty something, call it ' +
      'sixty')).toBe(5);
  });
  it('reads families re-enrolling once a year as the signers', () => {
    expect(vol('the enrolment contracts, that\'s about two hundred and forty families re-enrolling once a year')).toBe(20);
  });
});

describe('monthly volume: season hires named with a spelled visa', () => {
  it('skips a spelled visa name ("h two b") before the count of people brought in', () => {
    expect(vol('every season we bring in the pickers on the h two b, about eighty, and each one signs the work contract and the ' +
      'housing agreement, so two each, and the season goes may to august')).toBe(40);
  });
});
