/**
 * Tools of someone else read apart from the caller's: a relative's or friend's own tool ("my cousin's on dropbox sign"), a
 * former employer's ("my former work ... dem use adobe sign", "i used to be at a bigger firm ... all on salesforce"), one the
 * caller disowns ("not for us", "no be us", "but we don't"), and one dropped said after it ("docu sign we had, we dropped it")
 * or in Pidgin's uninflected past ("we drop panda doc").
 */
import { extractSignals } from '../lib/signals';

const tools = (t: string) => {
  const s = extractSignals(t);
  return { current: s.current_solution, needs: s.integration_needs };
};

describe('tools: someone else\'s, dropped or denied', () => {
  it.each([
    ["my nephew runs a gym and he's on adobe sign, but we just use paper", []],
    ['my mate for tema dey use pandadoc but we no get am', []],
    ['my aunt swears by docusign for her salon, for us it is all email', []],
    ['my dad is asking about signnow for his pharmacy, not for us', []],
    ['my previous job na hospital, dem dey use docusign. here na paper', []],
    ['signnow we had, we dropped it, it was clunky, so now it is paper', []],
    ['we drop docusign for january, now na paper', []],
  ])('%s -> current %j', (text, value) => {
    expect(tools(text).current).toEqual(value);
  });

  it('drops an integration of a former employer or one the caller denies', () => {
    expect(tools('i used to work at a big agency, they had everything on hubspot, but here it is a spreadsheet').needs).toEqual([]);
    expect(tools('the head office uses slack and wants us on it but we don\'t.').needs).toEqual([]);
  });

  it('keeps the caller\'s own tool beside a relative', () => {
    expect(tools("my son is on docusign and set it up for us").current).toEqual(['docusign']);
    expect(tools('my brother and i run the shop and we use docusign').current).toEqual(['docusign']);
    expect(tools('we drop the forms into dropbox').needs).toEqual(['dropbox']);
    expect(tools('we used docusign and we dropped it').current).toEqual([]);
  });

  it('keeps a relative\'s complaint about their tool off the caller\'s pains', () => {
    expect(extractSignals("my cousin's a roofer and he's on docusign, reckons it's clunky").pain_points).toEqual([]);
    expect(extractSignals("my friend uses adobe sign, but we're on paper, we print and scan everything").pain_points).toEqual(['manual_process']);
  });
});
