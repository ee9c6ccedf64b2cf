import { extractSignals } from '../lib/signals';

const uc = (t: string) => extractSignals(t).use_case;

describe('use_case: conveyancing, mortgage applications and subcontractors', () => {
  it('reads a conveyancing practice\'s contracts for sale as real_estate_transactions', () => {
    const rows: [string, string | null][] = [
      ['we are a conveyancing firm. there are four of us. we do about fifty contracts for sale a month', 'real_estate_transactions'],
      ['mostly conveyancing here. the contracts for sale go out by post and come back weeks later', 'real_estate_transactions'],
      // a car dealer's contract for sale is a sale of goods
      ['we sell used cars and every buyer signs the contract for sale', 'sales_contracts'],
    ];
    for (const [t, v] of rows) expect(uc(t)).toBe(v);
  });
  it('reads a mortgage application as client_intake', () => {
    expect(uc('every member signs a mortgage application and we do thirty a month')).toBe('client_intake');
    expect(uc('we offer mortgages at good rates')).toBeNull();
  });
  it('reads the agreement signed by the parties the caller subcontracts to as vendor_contracts', () => {
    const rows: [string, string | null][] = [
      ['we subcontract to local drivers and each one signs a delivery agreement with us', 'vendor_contracts'],
      ['we outsource to them and every one of them signs a framework contract', 'vendor_contracts'],
      ['we subcontract to them and they send us invoices', 'invoices'],
      ['our customers sign a haulage agreement once a year', null],
    ];
    for (const [t, v] of rows) expect(uc(t)).toBe(v);
  });
});
