/**
 * Word-list regexps written for V8's regexp engine. `\b(?:a|b|…)\b` and `\b(?=\w)(?:a|b|…)\b` match
 * the same text when every alternative starts with a word character (the lexicon's cues and the
 * word lists here all do), but with the second the engine rejects word ends, spaces and punctuation
 * with one character test instead of trying every alternative there: about 30% faster on the big
 * alternations (pain points, industries, products, time phrases), measured on the eval sets' long
 * turns (`npm run bench -- --only signals`). test/signals-word-regexp.test.ts checks the lexicon's
 * alternatives all start with a word character.
 */

import { keyCode, leadIndexOf, registerLeads, type LeadIndex } from './lead-index';

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

/** The alternatives of `src` flattened as the trie takes them (groups around all of one unwrapped, one leading group distributed), without captures. */
function flatAlternatives(src: string): string[] {
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
  return flat;
}

/**
 * The alternatives of `src` as one alternation shaped like a trie of their leading literal text
 * ("print…|post…|paper…" → "p(?:rint…|ost…|aper…)"), without capturing groups. It matches at exactly
 * the positions where `src` matches (whether some alternative matches at a position does not depend
 * on their order), but the engine tries a handful of branches at each word start instead of hundreds.
 */
export function trieAlternation(src: string): string {
  const root: TrieNode = { next: new Map(), rests: [] };
  for (const alt of flatAlternatives(src)) {
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

/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = /^\\[.\-'\/&,?!*+()[\]{}|$^ ]/;
/** Most leads one alternative may expand into before its leads are cut shorter. */
const MAX_LEADS = 256;

/**
 * Every way a match of the regexp sequence `alt` (no top-level `|`) can start, as literal text of up to
 * `n` characters (shorter where what follows is not literal); '' when it may start with anything.
 */
function leadsOf(alt: string, n: number): string[] {
  if (n === 0 || alt === '') return [''];
  const c = alt[0];
  if (c === '(') {
    const e = groupEndAt(alt, 0);
    if (e < 0) return [''];
    let q = alt[e] ?? '';
    let rest = alt.slice(e);
    if (q === '?' || q === '*' || q === '+') rest = rest.slice(rest[1] === '?' ? 2 : 1);
    else if (q === '{') {
      const close = rest.indexOf('}');
      q = rest.slice(1, close).startsWith('0') ? '*' : '+';
      rest = rest.slice(close + 1);
    } else q = '';
    // Lookarounds match no text: the match starts with what follows.
    if (/^\(\?<?[=!]/.test(alt)) return leadsOf(alt.slice(e), n);
    const inner = topAlternatives(alt.slice(alt.startsWith('(?:') ? 3 : 1, e - 1));
    const out = new Set<string>();
    for (const a of inner) for (const l of q === '' || q === '?' ? leadsOf(a + rest, n) : leadsOf(a, n)) out.add(l);
    if (q === '?' || q === '*') for (const l of leadsOf(rest, n)) out.add(l);
    return [...out];
  }
  let chars: string[];
  let len: number;
  if (c === '\\') {
    if (alt[1] === 'b' || alt[1] === 'B') return leadsOf(alt.slice(2), n);
    if (alt[1] === 'd') chars = DIGITS;
    else if (!LITERAL_ESCAPE.test(alt)) return [''];
    else chars = [alt[1]];
    len = 2;
  } else if (c === '[') {
    const cls = SMALL_CLASS.exec(alt);
    if (!cls) return [''];
    chars = classChars(cls[1]);
    len = cls[0].length;
  } else if (LITERAL.test(c)) {
    chars = [c];
    len = 1;
  } else return [''];
  const q = alt[len] ?? '';
  if (q === '?' || q === '*' || (q === '{' && alt[len + 1] === '0')) {
    const out = new Set(leadsOf(alt.slice(len).replace(/^(?:[?*]|\{[^}]*\})\??/, ''), n));
    for (const ch of chars) out.add(ch);
    return [...out];
  }
  if (q === '+' || q === '{') return chars;
  const tails = leadsOf(alt.slice(len), n - 1);
  return chars.flatMap((ch) => tails.map((l) => ch + l));
}

/** What `\\d` matches. */
const DIGITS = '0123456789'.split('');

/** A character class of plain characters and ranges (no escapes, not negated): `[sz]`, `[2-8]`. */
const SMALL_CLASS = /^\[([A-Za-z0-9 '-]+)\]/;

/** The characters a `SMALL_CLASS` body names (`a-c` → a, b, c; a `-` first or last is itself). */
function classChars(body: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === '-' && k + 2 < body.length) {
      for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) out.push(String.fromCharCode(x));
      k += 2;
    } else out.push(body[k]);
  }
  return out;
}

/**
 * The literal text (up to `n` characters, fewer for an alternative that would expand into too many)
 * every match of `src` starts with, one or more per alternative, deduplicated; null when some
 * alternative may start with something else (a class of many characters, `\\S`).
 */
export function leadTexts(src: string, n = 3): string[] | null {
  const out = new Set<string>();
  for (const alt of topAlternatives(noCaptures(src))) {
    let leads = leadsOf(alt, n);
    for (let k = n - 1; leads.length > MAX_LEADS && k > 0; k--) leads = leadsOf(alt, k);
    for (const l of leads) {
      if (l === '') return null;
      out.add(l);
    }
  }
  return [...out];
}

/** How many capturing groups `src` opens (escapes and character classes skipped). */
function captureCount(src: string): number {
  let n = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k += 1;
    else if (c === '[') {
      for (k += 1; k < src.length && src[k] !== ']'; k++) if (src[k] === '\\') k += 1;
    } else if (c === '(' && src[k + 1] !== '?') n += 1;
  }
  return n;
}

/** One alternative of a word list: its source, its capturing groups, the key codes (`keyCode`) of the texts it can start with (null: anything). */
interface Piece {
  src: string;
  captures: number;
  keys: ReadonlySet<number> | null;
}

/** `alt` as a `Piece`. */
function pieceOf(alt: string): Piece {
  const leads = leadTexts(alt, KEY_CHARS);
  const codes = leads?.map((l) => keyCode(l, 0, l.length)) ?? null;
  return { src: alt, captures: captureCount(alt), keys: codes === null || codes.includes(-1) ? null : new Set(codes) };
}

/** A top-level alternative of a word list: a capturing group around alternatives (a cue), or one plain alternative. */
interface Branch {
  /** Whether `pieces` are the alternatives inside a capturing group (false: `pieces` is the plain alternative alone). */
  grouped: boolean;
  pieces: Piece[];
}

/** A cut-down alternation and, per capturing group of it (1-based), the group of the whole alternation it stands for. */
interface PieceRegExp {
  re: RegExp;
  groups: Uint16Array;
}

/**
 * A word list's alternation cut down to the alternatives that can start with given text, builds one
 * regexp per start text (its one to three key codes) on first use. It matches where and what the whole
 * alternation matches at a start with that text: the alternatives left out cannot match there (none can
 * begin with it), and the others keep their order (the first that matches wins, as in the whole). The
 * left-out alternatives' capturing groups are not in the regexp (each empty group costs compiled code
 * and a register cleared on every try); `groups` numbers the kept ones as the whole alternation does,
 * and the scanner reports a match with the whole alternation's numbering. A small regexp is also
 * compiled with V8's optimisations (a big list's whole alternation is over its 20 KB limit) and tries a
 * few alternatives instead of hundreds.
 */
class Pieces {
  private readonly branches: Branch[];
  /** Capturing groups of the whole alternation. */
  readonly groupCount: number;
  private readonly byKey = new Map<number, PieceRegExp | null>();
  /** The regexps built so far by their groups and source. */
  private readonly bySource = new Map<string, PieceRegExp>();
  constructor(alternatives: string, private readonly prefix: string) {
    this.branches = topAlternatives(alternatives).map((a) => {
      const grouped = a.startsWith('(') && a[1] !== '?' && groupEndAt(a, 0) === a.length;
      return { grouped, pieces: grouped ? topAlternatives(a.slice(1, -1)).map(pieceOf) : [pieceOf(a)] };
    });
    this.groupCount = this.branches.reduce((n, b) => n + (b.grouped ? 1 : 0) + b.pieces.reduce((m, p) => m + p.captures, 0), 0);
  }
  /** The sticky regexp for the text at a start whose key codes are `keys[k..k+2]` (`LeadIndex.keys`), or null when nothing can match there. */
  at(keys: readonly number[], k: number): PieceRegExp | null {
    const code = keys[k + 2] >= 0 ? keys[k + 2] : keys[k + 1] >= 0 ? keys[k + 1] : keys[k];
    let re = this.byKey.get(code);
    if (re === undefined) {
      const at = [keys[k], keys[k + 1], keys[k + 2]].filter((c) => c >= 0);
      re = this.build(at);
      this.byKey.set(code, re);
    }
    return re;
  }
  private build(at: readonly number[]): PieceRegExp | null {
    const alts: string[] = [];
    const groups: number[] = [];
    /** Groups of the whole alternation opened before the alternative at hand. */
    let whole = 0;
    const keep = (p: Piece) => p.keys === null || at.some((c) => p.keys!.has(c));
    for (const b of this.branches) {
      const kept: string[] = [];
      const branchGroup = b.grouped ? ++whole : 0;
      const inner: number[] = [];
      for (const p of b.pieces) {
        if (keep(p)) {
          kept.push(p.src);
          for (let g = 1; g <= p.captures; g++) inner.push(whole + g);
        }
        whole += p.captures;
      }
      if (kept.length === 0) continue;
      if (b.grouped) groups.push(branchGroup);
      groups.push(...inner);
      alts.push(b.grouped ? `(${kept.join('|')})` : kept[0]);
    }
    if (alts.length === 0) return null;
    // Start texts that keep the same alternatives share one regexp (each compiled copy is code the process holds).
    const source = `${this.prefix}(?:${alts.join('|')})\\b`;
    const key = `${groups.join(',')}\n${source}`;
    let piece = this.bySource.get(key);
    if (piece === undefined) {
      piece = { re: new RegExp(source, 'y'), groups: Uint16Array.from(groups) };
      this.bySource.set(key, piece);
    }
    return piece;
  }
}

/** `x` (a match of a cut-down alternation) numbered as the whole alternation of `groupCount` groups numbers it. */
function wholeMatch(x: RegExpExecArray, groups: Uint16Array, groupCount: number): RegExpExecArray {
  const out = new Array<string | undefined>(groupCount + 1) as RegExpExecArray;
  out[0] = x[0];
  for (let j = 1; j < x.length; j++) out[groups[j - 1]] = x[j];
  out.index = x.index;
  out.input = x.input;
  out.groups = undefined;
  return out;
}

/** How much of each alternative's leading text a scanner checks at a candidate start before trying its regexp. */
const LEAD_CHARS = 8;
/** Leading texts are ASCII (literal regexp text; a non-ASCII character ends one early): a trie node has at most this many children. */
const ASCII_CODES = 128;
/** Characters of leading text the shared lead index files a start under. */
const KEY_CHARS = 3;
/** What trying a start told (`LeadIndex.state`). */
const UNTRIED = 0;
const MATCH = 1;
const NO_MATCH = 2;

/**
 * A global word-list regexp, `\b(?=\w)(?:alternatives)\b` (same `exec`/`test`/`lastIndex` contract and
 * the same matches, capture groups included). Where a match can start comes from the string's lead
 * index (./lead-index.ts: the word starts where one of the alternatives' leading literal text begins,
 * found once per string for every list); at such a start only the alternatives that can begin with the
 * text there (its first one to three characters) run, anchored (`Pieces`): a big list's whole
 * alternation (pain cues: hundreds of alternatives) costs many times more per anchored try than the
 * few that can match at one word. A list the index cannot serve (an alternative with no leading
 * literal text) finds its starts with a zero-width scan of the whole trie-shaped alternation instead.
 */
export class WordScanner {
  lastIndex = 0;
  private readonly scan: RegExp;
  private readonly alternatives: string;
  /** The whole alternation, anchored (sticky); built on first use (lists the index serves never need it). */
  private exactRe: RegExp | null = null;
  /** This list's bit in the lead index, or -1 (scan). */
  private readonly bit: number;
  /**
   * This list's leading texts as a character trie, a dense table: the child of node n by the character
   * with alphabet index a (`leadAlphabet`) is `leadNext[n * leadAlphabetSize + a]` (0: none; node 0 is the
   * root). A candidate start is checked with a few array reads, however many leading texts the list has
   * (a big list has hundreds sharing their first characters).
   */
  private readonly leadNext: Uint16Array | Uint32Array;
  /** Per character code below 128: its index in the trie's alphabet, or -1 when no leading text has it. */
  private readonly leadAlphabet = new Int8Array(ASCII_CODES).fill(-1);
  private readonly leadAlphabetSize: number;
  /** Per trie node: 1 when some leading text ends there. */
  private readonly leadEnd: Uint8Array;
  /** The alternation cut down per start text (indexed lists only). */
  private readonly pieces: Pieces | null = null;
  /**
   * @param indexed false for a list scanned in a string no other list is (a case-sensitive list, in the
   *   original text): building that string's lead index costs more than scanning it with the trie.
   */
  constructor(alternatives: string, private readonly prefix = WORD_START, indexed = true) {
    this.alternatives = alternatives;
    this.scan = new RegExp(`${prefix}(?=${trieAlternation(alternatives)}\\b)`, 'g');
    // Named groups and back references would not survive cutting the alternation down: such a list scans.
    const cuttable = !/\\[1-9k]|\(\?<[^=!]/.test(alternatives);
    const leads = prefix === WORD_START && indexed && cuttable ? leadTexts(alternatives, LEAD_CHARS) : null;
    this.bit = registerLeads(leads && [...new Set(leads.map((l) => l.slice(0, KEY_CHARS)))]);
    const children = new Map<number, number>();
    const ends = [false];
    for (const l of leads ?? []) {
      let n = 0;
      for (let i = 0; i < l.length && l.charCodeAt(i) < ASCII_CODES; i++) {
        const key = n * ASCII_CODES + l.charCodeAt(i);
        let m = children.get(key);
        if (m === undefined) {
          m = ends.length;
          ends.push(false);
          children.set(key, m);
        }
        n = m;
      }
      ends[n] = true;
    }
    let size = 0;
    for (const key of children.keys()) if (this.leadAlphabet[key % ASCII_CODES] < 0) this.leadAlphabet[key % ASCII_CODES] = size++;
    this.leadAlphabetSize = size;
    this.leadNext = ends.length < 0x10000 ? new Uint16Array(ends.length * size) : new Uint32Array(ends.length * size);
    for (const [key, m] of children) this.leadNext[Math.floor(key / ASCII_CODES) * size + this.leadAlphabet[key % ASCII_CODES]] = m;
    this.leadEnd = Uint8Array.from(ends, (e) => (e ? 1 : 0));
    if (this.bit >= 0) this.pieces = new Pieces(alternatives, prefix);
  }
  /** Some alternative's leading text starts at `p` (`s.startsWith(lead, p)` for one of them). */
  private leadAt(s: string, p: number): boolean {
    const { leadNext, leadEnd, leadAlphabet, leadAlphabetSize } = this;
    let n = 0;
    for (let i = p; leadEnd[n] === 0; i++) {
      if (i >= s.length) return false;
      const c = s.charCodeAt(i);
      const a = c < ASCII_CODES ? leadAlphabet[c] : -1;
      if (a < 0) return false;
      n = leadNext[n * leadAlphabetSize + a];
      if (n === 0) return false;
    }
    return true;
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
  /** The lead index `state` is for. */
  private stateIndex: LeadIndex | null = null;
  /** Per start of `stateIndex`: what trying it told (`UNTRIED`, `MATCH`, `NO_MATCH`). */
  private state = new Uint8Array(64);
  /**
   * The first match at or after `from` found through the lead index (`lastIndex` set to its end), or null.
   * What trying each start told is kept for the string's next calls (a start with no match is not tried
   * again when `exec` asks after every match, or the string is scanned again).
   */
  private indexedExec(s: string, from: number): RegExpExecArray | null {
    const ix = leadIndexOf(s);
    const { starts, masks, keys } = ix;
    if (ix !== this.stateIndex) {
      this.stateIndex = ix;
      if (this.state.length < starts.length) this.state = new Uint8Array(2 * starts.length);
      else this.state.fill(UNTRIED, 0, starts.length);
    }
    const { state } = this;
    const b = 1 << this.bit;
    for (let i = 0; i < starts.length; i++) {
      if ((masks[i] & b) === 0 || state[i] === NO_MATCH) continue;
      const p = starts[i];
      if (p < from) continue;
      const piece = state[i] === UNTRIED && !this.leadAt(s, p) ? null : this.pieces!.at(keys, 3 * i);
      if (piece === null) {
        state[i] = NO_MATCH;
        continue;
      }
      const { re } = piece;
      re.lastIndex = p;
      const x = re.exec(s);
      if (x === null) {
        state[i] = NO_MATCH;
        continue;
      }
      state[i] = MATCH;
      this.lastIndex = re.lastIndex;
      return wholeMatch(x, piece.groups, this.pieces!.groupCount);
    }
    return null;
  }
  /** The next match at or after `lastIndex` (then `lastIndex` is its end), or null (then `lastIndex` is 0). */
  exec(s: string): RegExpExecArray | null {
    let x: RegExpExecArray | null = null;
    if (this.bit >= 0) x = this.indexedExec(s, this.lastIndex);
    else {
      this.scan.lastIndex = this.lastIndex;
      if (this.scan.test(s)) {
        const exact = (this.exactRe ??= new RegExp(`${this.prefix}(?:${this.alternatives})\\b`, 'y'));
        exact.lastIndex = this.scan.lastIndex;
        x = exact.exec(s);
        if (x !== null) this.lastIndex = exact.lastIndex;
      }
    }
    if (x === null) this.lastIndex = 0;
    return x;
  }
  /** Whether `s` has a match anywhere (ignores `lastIndex`). */
  test(s: string): boolean {
    if (this.bit < 0) {
      this.scan.lastIndex = 0;
      return this.scan.test(s);
    }
    const keep = this.lastIndex;
    const found = this.indexedExec(s, 0) !== null;
    this.lastIndex = keep;
    return found;
  }
}
