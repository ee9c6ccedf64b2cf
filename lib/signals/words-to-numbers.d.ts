/** Types for the `words-to-numbers` package (it ships none). */
declare module 'words-to-numbers' {
  /** Converts spelled-out numbers ("a hundred and twenty" → 120); returns text with numbers inlined when the input has other words. */
  export function wordsToNumbers(text: string, options?: { fuzzy?: boolean; impliedHundreds?: boolean }): string | number | null;
  const w2n: { wordsToNumbers: typeof wordsToNumbers };
  export default w2n;
}
