/**
 * lib/signals/word-regexp.ts: `\b(?=\w)(?:…)\b` matches what `\b(?:…)\b` matches only when every
 * alternative starts with a word character. Checked here for every lexicon cue and product alias it
 * is used with, statically (the first character each alternative can start with), and by matching
 * both forms over every labelled utterance.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDUSTRY_CUES, PAIN_CUES, PRODUCTS, USE_CASE_CUES } from '../lib/signals/lexicon';
import { WordSet } from '../lib/signals/lead-index';
import { leadTexts, WordScanner, wordAlternation } from '../lib/signals/word-regexp';

/** Top-level alternatives of a regexp source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      cur += c + src[++i];
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Index just past the group that opens `src` (which starts with `(`). */
function groupEnd(src: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/**
 * Whether every way `alt` can start consumes a word character first (conservative: a shape it does
 * not know is false). Zero-width assertions at the start are skipped; an optional leading group
 * needs both its own alternatives and what follows it to qualify.
 */
function startsWithWordChar(alt: string): boolean {
  if (alt === '') return false;
  if (/^\(\?<?[=!]/.test(alt)) return startsWithWordChar(alt.slice(groupEnd(alt)));
  if (alt.startsWith('(')) {
    const end = groupEnd(alt);
    const inner = alt.slice(alt.startsWith('(?:') ? 3 : 1, end - 1);
    const after = alt.slice(end);
    const innerOk = alternatives(inner).every(startsWithWordChar);
    if (/^\?\??/.test(after) && after.startsWith('?')) return innerOk && startsWithWordChar(after.replace(/^\?\??/, ''));
    if (/^[*]|^\{0/.test(after)) return false;
    return innerOk;
  }
  if (/^\\d/.test(alt)) return !/^\\d[?*]/.test(alt);
  if (/^\[[a-z0-9-]+\]/i.test(alt)) return !/^\[[^\]]+\][?*]/.test(alt);
  return /^[a-z0-9]/i.test(alt) && !/^.[?*]|^.\{0/.test(alt);
}

const sources: [string, string][] = [
  ...PAIN_CUES.map((c) => [`pain ${c.id}`, c.re] as [string, string]),
  ...USE_CASE_CUES.map((c) => [`use case ${c.id}`, c.re] as [string, string]),
  ...INDUSTRY_CUES.map((c) => [`industry ${c.id}`, c.re] as [string, string]),
  ...INDUSTRY_CUES.filter((c) => c.unless !== undefined).map((c) => [`industry ${c.id} unless`, c.unless!] as [string, string]),
  ...PRODUCTS.flatMap((p) => [...(p.aliases ?? []), ...(p.cased ?? [])].map((a) => [`product ${p.id}`, a] as [string, string])),
];

test.each(sources)('%s: every alternative starts with a word character', (_name, src) => {
  const bad = alternatives(src).filter((a) => !startsWithWordChar(a));
  expect(bad).toEqual([]);
});

test('the checker itself rejects alternatives that may start elsewhere', () => {
  for (const src of ['\\s+foo', '(?:a|\\.b)', '(?:very )? big', 'x?yz', '(?<=a)\\.b', '[.,]x', '(?:a )*b']) expect(alternatives(src).every(startsWithWordChar)).toBe(false);
  expect(alternatives('(?:very|quite) big|huge|[a-z]+ly|(?:a |total )?nightmare|(?<=in )Teams\\b').every(startsWithWordChar)).toBe(true);
});

test('both forms match the same over every labelled utterance', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'signals');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
  for (const cues of [PAIN_CUES, USE_CASE_CUES, INDUSTRY_CUES]) {
    const src = cues.map((c) => `(${c.re})`).join('|');
    const plain = new RegExp(`\\b(?:${src})\\b`, 'g');
    const fast = wordAlternation(src, 'g');
    const all = (re: RegExp) => texts.map((t) => [...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join('|')).join('\n');
    expect(all(fast)).toEqual(all(plain));
  }
});

describe('WordScanner', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'signals');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { text: string }).text);

  /** Every match (offset, text, capture groups) of `next` run to the end of each text. */
  const matches = (next: (s: string) => RegExpExecArray | null, s: string): string => {
    const out: string[] = [];
    for (let x = next(s); x; x = next(s)) out.push(JSON.stringify([x.index, ...x]));
    return out.join('|');
  };

  test('finds every match the plain word alternation finds, capture groups included', () => {
    const lists = [PAIN_CUES, USE_CASE_CUES, INDUSTRY_CUES].map((cues) => cues.map((c) => `(${c.re})`).join('|'));
    lists.push(PRODUCTS.map((p) => `(${[...(p.aliases ?? []), ...(p.cased ?? [])].join('|')})`).join('|'));
    for (const src of lists) {
      const scanner = new WordScanner(src);
      const plain = wordAlternation(src, 'g');
      for (const t of texts) {
        for (const s of [t, t.toLowerCase()]) expect(matches((x) => scanner.exec(x), s)).toBe(matches((x) => plain.exec(x), s));
      }
    }
  });

  test('test() agrees with exec() and ignores lastIndex', () => {
    const scanner = new WordScanner('chas(?:e|ing)|[2-8] weeks|q[1-4]');
    expect(scanner.test('we keep chasing them')).toBe(true);
    expect(scanner.test('purchasing')).toBe(false);
    scanner.lastIndex = 50;
    expect(scanner.test('in 3 weeks, by q2')).toBe(true);
    expect(scanner.test('in 9 weeks, by q5')).toBe(false);
  });

  test('alternatives whose leading texts differ in length are each confirmed where they can start', () => {
    const src = 'x?yz|ab(?:c|d)e|a[1-3] q|(?:the )?abde f';
    const scanner = new WordScanner(src);
    const plain = wordAlternation(src, 'g');
    for (const s of ['yz xyz abce abde', 'a2 q abde f the abde f', 'xy z abe a4 q', 'the abdeyz'])
      expect(matches((x) => scanner.exec(x), s)).toBe(matches((x) => plain.exec(x), s));
    expect(matches((x) => scanner.exec(x), 'xyz the abde f')).toBe(
      [JSON.stringify([0, 'xyz']), JSON.stringify([4, 'the abde f'])].join('|'),
    );
  });

  test('a list with an alternative of no leading literal text still matches (by scanning)', () => {
    const scanner = new WordScanner('\\S+ly slow|crawl');
    expect(matches((x) => scanner.exec(x), 'really slow, a crawl')).toBe(JSON.stringify([0, 'really slow']) + '|' + JSON.stringify([15, 'crawl']));
  });
});

test('leadTexts: the literal text every match starts with', () => {
  expect(leadTexts('(?:very|quite) big|huge')).toEqual(['ver', 'qui', 'hug']);
  expect(leadTexts('(?:a |the )?binders?')).toEqual(['a b', 'the', 'bin']);
  expect(leadTexts('x?yz|[2-3] w|(?<=in )Teams|a\\.s')).toEqual(['yz', 'x', '2 w', '3 w', 'Tea', 'a.s']);
  expect(leadTexts('not \\S+,', 8)).toEqual(['not ']);
  expect(leadTexts('(?:a|b)c|[^x]y')).toBeNull();
  expect(leadTexts('\\S+ly')).toBeNull();
});

describe('WordSet', () => {
  const set = new WordSet(['team', 'each', 'per ', 'dep']);
  test('finds the words that begin a word, as a mask', () => {
    expect(set.found('the sales team, each rep')).toBe(set.mask(['team', 'each']));
    expect(set.found('steam; reach; per; tempered')).toBe(0);
    expect(set.found('per month in the department')).toBe(set.mask(['per ', 'dep']));
    expect(set.found('')).toBe(0);
  });
  test('rejects words it cannot index', () => {
    expect(() => new WordSet(['ok'])).toThrow();
    expect(() => set.mask(['crew'])).toThrow();
  });
});
