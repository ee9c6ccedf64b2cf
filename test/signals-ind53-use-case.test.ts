import { extractSignals } from '../lib/signals';

const use = (t: string) => extractSignals(t).use_case;
const check = (rows: [string, string | null][]) => {
  for (const [t, v] of rows) expect([t, use(t)]).toEqual([t, v]);
};

describe('use_case: sub-awards and hauliers', () => {
  it('reads a sub award or sub grant agreement, said with a space, as a vendor contract', () => {
    check([
      ['each partner charity signs a sub award agreement with us once a year', 'vendor_contracts'],
      ['we pass money on through sub grants to the village groups', 'vendor_contracts'],
      ['every clinic we fund signs a subrecipient agreement', 'vendor_contracts'],
      // a grant the caller receives names no document
      ['we got a big award from the lottery last year', null],
    ]);
  });
  it('reads the transport order a hired haulier signs as a vendor contract', () => {
    check([
      ['when we hand a job to another haulier he signs a transport order first', 'vendor_contracts'],
      ['the hauler we book for the load signs the transport order on his phone', 'vendor_contracts'],
      // a customer's transport order, no hired party
      ['the transport order comes in from the shop by email', null],
    ]);
  });
});

describe('use_case: cleaning jobs, idioms and property deals', () => {
  it('does not read an end of lease clean as a lease', () => {
    check([
      ['we do end of lease cleans across perth, every client gets a quote first', 'sales_proposals'],
      ['end of lease and carpet cleaning mostly, the job sheets are all paper', null],
      ['the tenants sign the lease on paper', 'lease_agreements'],
    ]);
  });
  it('does not read "full disclosure" as a property disclosure', () => {
    check([
      ['full disclosure, we looked at docusign, but the offer letters are the problem', 'hr_onboarding'],
      ['the sellers sign the disclosures at the kitchen table', 'real_estate_transactions'],
    ]);
  });
  it('reads residential deals closed as property transactions, other deals as sales', () => {
    check([
      ['we close maybe forty residential deals a month', 'real_estate_transactions'],
      ['the conveyancing deals come in from the agents', 'real_estate_transactions'],
      ['we close about thirty deals a month on the software side', 'sales_contracts'],
    ]);
  });
});

describe('use_case: a bank\'s customers, suppliers taken on, offers of employment', () => {
  it('reads know-your-customer forms and loan agreements as client intake, a museum\'s loans as none', () => {
    check([
      ['the new account holders fill the k y c forms at the counter', 'client_intake'],
      ['each borrower signs a loan agreement at the branch', 'client_intake'],
      ['we\'re a county library and the loan agreements for the exhibition pieces are paper', null],
    ]);
  });
  it('reads suppliers onboarded as vendor contracts and offers of employment as hiring paperwork', () => {
    check([
      ['we onboard new vendors every week and it is all email', 'vendor_contracts'],
      ['the offer of employment goes out by post', 'hr_onboarding'],
      // the caller's own offer of help is no document
      ['we got an offer of help from the council', null],
    ]);
  });
});
