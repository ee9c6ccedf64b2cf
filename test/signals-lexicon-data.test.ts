/**
 * The vocabularies are data: a product, an industry or a people word is added by one line in its table
 * (lib/signals/lexicons/*.ts), and the extractor reads it with no code change. The tables are
 * loaded here with one line appended (jest module mocks) and the whole extractor imported on top.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lexicons = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'signals', 'lexicons');

/** The table text of a lexicon module, as its `String.raw` literal holds it. */
function tableText(name: string): string {
  const src = readFileSync(path.join(lexicons, `${name}.ts`), 'utf8');
  const m = /String\.raw`([\s\S]*)`;\s*$/.exec(src);
  if (!m) throw new Error(`${name}.ts: no String.raw table`);
  return m[1];
}

jest.unstable_mockModule('../lib/signals/lexicons/products', () => ({
  default: `${tableText('products')}acme_crm\tintegration_needs\tlower\tacme crm|acme\n`,
}));
jest.unstable_mockModule('../lib/signals/lexicons/roles', () => ({
  default: `${tableText('roles')}people\tpeeps\n`,
}));
jest.unstable_mockModule('../lib/signals/lexicons/industries', () => ({
  default: `${tableText('industries')}beekeeping\tstrong\t-\tapiar(?:y|ies)|beekeep\\w*\n`,
}));

jest.unstable_mockModule('../lib/signals/lexicons/fragments', () => ({
  default: `${tableText('fragments')}correcting\tmy bad\n`,
}));

const { extractSignals, PRODUCTS, INDUSTRY_CUES } = await import('../lib/signals');
const { wordList } = await import('../lib/signals/lexicon');

describe('lexicon tables as data', () => {
  it('reads a product added as one line of lexicons/products.ts', () => {
    expect(PRODUCTS.find((p) => p.id === 'acme_crm')).toEqual({ id: 'acme_crm', field: 'integration_needs', aliases: ['acme crm', 'acme'] });
    expect(extractSignals('We have 12 reps and everything lives in Acme CRM.').integration_needs).toEqual(['acme_crm']);
    expect(extractSignals("We don't use Acme anymore, we moved off it.").integration_needs).toEqual([]);
  });

  it('reads an industry added as one line of lexicons/industries.ts', () => {
    expect(INDUSTRY_CUES[INDUSTRY_CUES.length - 1]).toEqual({ id: 'beekeeping', re: 'apiar(?:y|ies)|beekeep\\w*' });
    expect(extractSignals("We're a small apiary, about six of us, sending maybe 40 invoices a month.").industry).toBe('beekeeping');
  });

  it('reads a people word added as one line of lexicons/roles.ts', () => {
    expect(extractSignals("We're 9 peeps, all in sales.").team_size).toBe(9);
    expect(extractSignals("There's 12 peeps using it.").team_size).toBe(12);
    // still a plain people word: a party of two is no team without work said
    expect(extractSignals('There are 2 peeps.').team_size).toBeNull();
  });

  it('reads a correcting word added as one line of lexicons/fragments.ts', () => {
    expect(wordList('correcting')).toMatch(/^\(\?:well\|sorry\|.*\|my bad\)$/);
    // after a count, in a role list and after a role counted for volume alike
    expect(extractSignals("We have six recruiters, my bad, seven now, who'd use it.").team_size).toBe(7);
    expect(extractSignals('The six lads, my bad, five lads now and the office manager would use it.').team_size).toBe(6);
    expect(() => wordList('no_such_list')).toThrow(/lexicon wordList\(no_such_list\): unknown word list \{no_such_list\}/);
  });

  it('leaves every other reading as it was', () => {
    const s = extractSignals("We're a law firm with 12 attorneys and we use Salesforce.");
    expect(s).toMatchObject({ industry: 'legal', team_size: 12, integration_needs: ['salesforce'] });
  });
});

describe('lexicon table reading', () => {
  it('names the table and line of a malformed row, and an unknown word list', async () => {
    const { parseTable, expandFragments, splitAlternatives } = await import('../lib/signals/lexicons/table');
    expect(parseTable('t', '# note\n\na\tb\n', 2)).toEqual([{ line: 3, cells: ['a', 'b'] }]);
    expect(() => parseTable('products', 'a\tb\n\nc\n', 2)).toThrow(/lexicon products:3: expected 2 non-empty tab-separated cells, got 1/);
    // A line starting with a tab continues the row above: a long cue list wrapped at its `|`.
    expect(parseTable('t', 'a\tb|c\n\t|d|e\n\tf\nx\ty\n', 2)).toEqual([
      { line: 1, cells: ['a', 'b|c|d|ef'] },
      { line: 4, cells: ['x', 'y'] },
    ]);
    expect(() => parseTable('pains', '# head\n\t|orphan\n', 2)).toThrow(/lexicon pains:2: a continuation line/);
    expect(() => expandFragments('x{nope}', new Map(), 'pains:7')).toThrow(/lexicon pains:7: unknown word list \{nope\}/);
    expect(expandFragments('a {w} b{0,2}', new Map([['w', 'x|y']]), '')).toBe('a (?:x|y) b{0,2}');
    expect(splitAlternatives('a|(?:b|c)|[|]d|e\\|f')).toEqual(['a', '(?:b|c)', '[|]d', 'e\\|f']);
  });
});
