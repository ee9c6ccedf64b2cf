/**
 * Pains said by callers speaking English as a second language, and an audit named as the new tool's deadline.
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;

describe('pains said in a second language', () => {
  it.each([
    ['the tenants sign, scan and mail it back to us', 'manual_process'],
    ['we have pandadoc for two people, the rest is just paper', 'manual_process'],
    ['the delivery notes are paper in the driver folder', 'manual_process'],
    ['the client fills a paper registration form at the desk', 'manual_process'],
    ['the secretary prints the agreement and the director signs it', 'manual_process'],
    ['the subscription, they increased it again this year, too much for us', 'too_expensive'],
    ['we use zoho sign but it does not talk with our accounting', 'missing_integration'],
    ['then somebody retypes it into every insurer portal', 'missing_integration'],
    ['she types it all into the erp again, by hand', 'missing_integration'],
    ['the dealer signed the wrong draft last month', 'errors_rework'],
    ['the customer always forgets to fill the tax number', 'errors_rework'],
    ['the guest forgets to sign the last page and we call him back', 'errors_rework'],
    ['sometimes the bank account is wrong and the payment bounces', 'errors_rework'],
    ['the engineer wants another figure, we correct, send again', 'errors_rework'],
    ['the lender kicks it back when a box is not initialled', 'errors_rework'],
    ['the suppliers send them back after two, three weeks', 'slow_turnaround'],
    ['the truck waits three, four days at the border', 'slow_turnaround'],
    ['some orders sitting six weeks not signed', 'slow_turnaround'],
    ['the tenant says tomorrow, and our agent calls again, and again', 'chasing_signatures'],
    ['the owners never answer, we call and call', 'chasing_signatures'],
    ['our team is calling three, four times to chase a signature', 'chasing_signatures'],
    ['the office lost three leases in the email last spring', 'poor_visibility'],
    ['and sometimes the signed form does not even arrive at head office', 'poor_visibility'],
    ['when the client complains, we cannot find it anywhere', 'poor_visibility'],
    ['the labour inspection came and we paid a fine for the unsigned contracts', 'compliance_risk'],
    ['the ministry wants the advanced signature, otherwise it is not valid', 'compliance_risk'],
    ['without the signed form we have no proof, legally we are exposed', 'compliance_risk'],
    ['the regulator dinged us last year for missing signatures on the loan files', 'compliance_risk'],
  ])('%s -> %s', (text, pain) => {
    expect(pains(text)).toContain(pain);
  });

  it.each([
    ['the site manager says we basically live on whatsapp', 'manual_process'],
    ['one box goes missing on the way and nobody knows where it is', 'errors_rework'],
    ['our price for members, we raised it again in march', 'too_expensive'],
    ['the parents chase their kids all the time, but we want this live before the audit next month', 'compliance_risk'],
  ])('%s -> not %s', (text, pain) => {
    expect(pains(text)).not.toContain(pain);
  });
});
