/**
 * Reading the lexicon tables (./*.ts hold them as tab-separated text, so every bundle carries them
 * without a file system): rows, `|`-separated alternatives and `{name}` word lists.
 */

/** A lexicon table's rows, with the 1-based line each came from. */
export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * The rows of a tab-separated table: blank lines and lines starting with `#` are skipped; a line
 * starting with a tab continues the row above, its text (after the tab) appended to that row's last
 * cell as it is (so a long cue list is wrapped as `\t|more|cues`); every other line must have
 * exactly `columns` cells, none empty.
 * @throws Error `lexicon <table>:<line>: ...` naming the bad line (a continuation with no row above included).
 */
export function parseTable(table: string, text: string, columns: number): TableRow[] {
  const rows: TableRow[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (l.trim() === '' || l.startsWith('#')) return;
    if (l.startsWith('\t')) {
      const row = rows[rows.length - 1];
      if (row === undefined) throw new Error(`lexicon ${table}:${i + 1}: a continuation line (starting with a tab) with no row above`);
      row.cells[row.cells.length - 1] += l.slice(1);
      return;
    }
    const cells = l.split('\t');
    if (cells.length !== columns || cells.some((c) => c.trim() === '')) {
      throw new Error(`lexicon ${table}:${i + 1}: expected ${columns} non-empty tab-separated cells, got ${cells.length}: ${l.slice(0, 80)}`);
    }
    rows.push({ line: i + 1, cells });
  });
  return rows;
}

/** The top-level alternatives of a regular-expression source (`a|(?:b|c)|d` → a, (?:b|c), d). */
export function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

const FRAGMENT_REF = /\{([a-z_]+)\}/g;

/**
 * `src` with each `{name}` replaced by its word list as `(?:a|b|…)`.
 * @throws Error when a name is not in `fragments`.
 */
export function expandFragments(src: string, fragments: ReadonlyMap<string, string>, where: string): string {
  return src.replace(FRAGMENT_REF, (_, name: string) => {
    const alts = fragments.get(name);
    if (alts === undefined) throw new Error(`lexicon ${where}: unknown word list {${name}}`);
    return `(?:${alts})`;
  });
}

/** The word lists of a `name  alternatives` table (lines with one name add to it). */
export function readFragments(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { cells } of parseTable('fragments', text, 2)) {
    const [name, alts] = cells;
    const prev = map.get(name);
    map.set(name, prev === undefined ? alts : `${prev}|${alts}`);
  }
  return map;
}
