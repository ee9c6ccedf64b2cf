/**
 * Word-list regexps written for V8's regexp engine. `\b(?:a|b|…)\b` and `\b(?=\w)(?:a|b|…)\b` match
 * the same text when every alternative starts with a word character (the lexicon's cues and the
 * word lists here all do), but with the second the engine rejects word ends, spaces and punctuation
 * with one character test instead of trying every alternative there: about 30% faster on the big
 * alternations (pain points, industries, products, time phrases), measured on the eval sets' long
 * turns (`npm run bench -- --only signals`). test/signals-word-regexp.test.ts checks the lexicon's
 * alternatives all start with a word character.
 */

/** `\b(?=\w)`: a word starts here. */
export const WORD_START = '\\b(?=\\w)';

/** Any of `alternatives` (a regexp source, `a|b|…`) as whole words: `\b(?=\w)(?:…)\b`. */
export function wordAlternation(alternatives: string, flags = ''): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives})\\b`, flags);
}
