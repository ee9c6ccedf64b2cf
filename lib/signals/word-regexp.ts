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

/** Index just past the group that opens at `src[i]` (`(`), or -1; escapes and character classes skipped. */
function groupEndAt(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k += 1;
    else if (c === '[') {
      for (k += 1; k < src.length && src[k] !== ']'; k++) if (src[k] === '\\') k += 1;
    } else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** The top-level alternatives of a regexp source (`a|(?:b|c)|d` → `a`, `(?:b|c)`, `d`). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k += 1;
    else if (c === '[') {
      for (k += 1; k < src.length && src[k] !== ']'; k++) if (src[k] === '\\') k += 1;
    } else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, k));
      from = k + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** `alt` with one plain or capturing group around all of it removed, repeatedly (`((?:a|b))` → `a|b`). */
function unwrap(alt: string): string {
  for (;;) {
    if (!alt.startsWith('(') || groupEndAt(alt, 0) !== alt.length) return alt;
    if (alt.startsWith('(?:')) alt = alt.slice(3, -1);
    else if (alt[1] !== '?') alt = alt.slice(1, -1);
    else return alt;
  }
}

/** Capturing groups made non-capturing (the scan reports positions only). */
function noCaptures(src: string): string {
  let out = '';
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      out += src.slice(k, k + 2);
      k += 1;
    } else if (c === '[') {
      let e = k + 1;
      for (; e < src.length && src[e] !== ']'; e++) if (src[e] === '\\') e += 1;
      out += src.slice(k, e + 1);
      k = e;
    } else if (c === '(' && src[k + 1] !== '?') out += '(?:';
    else out += c;
  }
  return out;
}

const LITERAL = /[A-Za-z0-9 ',&-]/;
const QUANTIFIER = /[?*+{]/;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** What remains of the alternatives whose literal prefix ends here. */
  rests: string[];
}

/** How many leading groups of one alternative are distributed (bounds the alternation's growth). */
const MAX_DISTRIBUTE = 1;
/** Most alternatives a leading group may expand into. */
const MAX_LEAD_ALTERNATIVES = 12;

/**
 * A leading group distributed over the rest: `(?:a|b)R` → `aR|bR`, `(?:a|b)?R` → `aR|bR|R` (the same
 * language; only where a match starts matters to the scan), so the alternatives' literal text can
 * join the trie. Null when `alt` does not start with a plain group (or a quantifier other than `?` follows).
 */
function distributeLead(alt: string): string | null {
  if (!alt.startsWith('(?:')) return null;
  const e = groupEndAt(alt, 0);
  if (e < 0) return null;
  const inner = topAlternatives(alt.slice(3, e - 1));
  if (inner.length > MAX_LEAD_ALTERNATIVES || !inner.every((a) => literalPrefix(a)[0].length > 0)) return null;
  let rest = alt.slice(e);
  let optional = false;
  if (rest.startsWith('?') && !rest.startsWith('??')) {
    optional = true;
    rest = rest.slice(1);
  } else if (/^[*+{?]/.test(rest)) return null;
  const out = inner.map((a) => (a.includes('|') ? `(?:${a})` : a) + rest);
  if (optional) out.push(rest);
  return out.join('|');
}

/** An alternative split into its leading literal text and the rest ("print(?:ing|ed)? …" → "prin", "t(?:ing|ed)? …"). */
function literalPrefix(alt: string): [string, string] {
  let k = 0;
  while (k < alt.length && LITERAL.test(alt[k])) k += 1;
  if (k > 0 && k < alt.length && QUANTIFIER.test(alt[k])) k -= 1;
  return [alt.slice(0, k), alt.slice(k)];
}

function emit(node: TrieNode): string {
  const branches: string[] = [];
  for (const [c, child] of node.next) {
    let lit = c;
    let n = child;
    // One child and nothing ending here: a chain of literal characters.
    while (n.rests.length === 0 && n.next.size === 1) {
      const [[c2, n2]] = n.next;
      lit += c2;
      n = n2;
    }
    branches.push(lit + emit(n));
  }
  for (const r of node.rests) branches.push(r);
  if (branches.length === 0) return '';
  if (branches.length === 1) return branches[0].includes('|') && topAlternatives(branches[0]).length > 1 ? `(?:${branches[0]})` : branches[0];
  return `(?:${branches.join('|')})`;
}

/**
 * The alternatives of `src` as one alternation shaped like a trie of their leading literal text
 * ("print…|post…|paper…" → "p(?:rint…|ost…|aper…)"), without capturing groups. It matches at exactly
 * the positions where `src` matches (whether some alternative matches at a position does not depend
 * on their order), but the engine tries a handful of branches at each word start instead of hundreds.
 */
export function trieAlternation(src: string): string {
  const root: TrieNode = { next: new Map(), rests: [] };
  const flat: string[] = [];
  const walk = (s: string, budget: number): void => {
    for (const a of topAlternatives(s)) {
      const u = unwrap(a);
      if (u !== a && topAlternatives(u).length > 1) walk(u, budget);
      else {
        const d = budget > 0 ? distributeLead(u) : null;
        if (d !== null) walk(d, budget - 1);
        else flat.push(u);
      }
    }
  };
  walk(noCaptures(src), MAX_DISTRIBUTE);
  for (const alt of flat) {
    const [lit, rest] = literalPrefix(alt);
    let n = root;
    for (const c of lit) {
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map(), rests: [] }));
      n = m;
    }
    n.rests.push(rest);
  }
  return emit(root);
}

/**
 * A global word-list regexp, `\b(?=\w)(?:alternatives)\b` (same `exec`/`test`/`lastIndex` contract and
 * the same matches, capture groups included), that finds where a match starts with the trie-shaped
 * alternation of `trieAlternation` (a zero-width scan, no array built) and only there runs the exact
 * alternation, anchored, to get the match the original would return (the first alternative in order).
 */
export class WordScanner {
  lastIndex = 0;
  private readonly scan: RegExp;
  private readonly exact: RegExp;
  constructor(alternatives: string, prefix = WORD_START) {
    this.scan = new RegExp(`${prefix}(?=${trieAlternation(alternatives)}\\b)`, 'g');
    this.exact = new RegExp(`${prefix}(?:${alternatives})\\b`, 'y');
  }
  /**
   * The scanner for a regexp written as `\b(?=\w)(?:alternatives)\b`.
   * @throws Error when `re` does not have that shape.
   */
  static of(re: RegExp): WordScanner {
    const head = `${WORD_START}(?:`;
    const s = re.source;
    if (!s.startsWith(head) || !s.endsWith(')\\b') || groupEndAt(s, WORD_START.length) !== s.length - 2) {
      throw new Error(`WordScanner.of: not a word alternation: ${s.slice(0, 60)}`);
    }
    return new WordScanner(s.slice(head.length, -3));
  }
  /** The next match at or after `lastIndex` (then `lastIndex` is its end), or null (then `lastIndex` is 0). */
  exec(s: string): RegExpExecArray | null {
    this.scan.lastIndex = this.lastIndex;
    if (!this.scan.test(s)) {
      this.lastIndex = 0;
      return null;
    }
    this.exact.lastIndex = this.scan.lastIndex;
    const x = this.exact.exec(s);
    this.lastIndex = x ? this.exact.lastIndex : 0;
    return x;
  }
  /** Whether `s` has a match anywhere (ignores and resets `lastIndex`). */
  test(s: string): boolean {
    this.scan.lastIndex = 0;
    const hit = this.scan.test(s);
    this.scan.lastIndex = 0;
    return hit;
  }
}
