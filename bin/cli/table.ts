/**
 * Plain-text tables for the terminal (no table library is installed): columns padded to the
 * widest cell, numbers right-aligned, long cells cut with an ellipsis.
 */

/** Options for `formatTable`. */
export interface TableOptions {
  /** Longest cell, characters; longer cells end in `…`. Default 60. */
  maxCellWidth?: number;
  /** Text for an empty result. Default `(no rows)`. */
  empty?: string;
}

/** A cell as text: '' for null/undefined, JSON for objects and arrays, String otherwise. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (typeof v === 'object') return v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return String(v);
}

/** Render rows (objects keyed by column) under a header row and a rule. Ends with a newline. */
export function formatTable(columns: readonly string[], rows: readonly Record<string, unknown>[], opts: TableOptions = {}): string {
  const max = opts.maxCellWidth ?? 60;
  if (rows.length === 0) return `${opts.empty ?? '(no rows)'}\n`;
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((r) => columns.map((c) => cut(cellText(r[c]).replace(/\s+/g, ' '))));
  const numeric = columns.map((c) => rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number'));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => (numeric[i] ? p.padStart(widths[i]!) : p.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line([...columns]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}
