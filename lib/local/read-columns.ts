/**
 * The columns a DuckDB query needs from a JSON table, pruned to the struct fields it names, so
 * `read_json` builds only those values (DuckDB's projection pushdown drops unused top-level
 * columns, but a struct column is built whole: every quote of every evidence list, every field of
 * the analysis block). Used by local compaction (lib/local/compact.ts) to read each raw object
 * once with exactly the fields the curated tables are made of.
 *
 * Which fields a query names is read from its SQL text:
 * - a chain `alias.a.b.c` keeps field `c` of `b` of column `a`; a chain that ends on a struct or
 *   array keeps it whole (e.g. `v.cost_summary.by_provider`, `unnest(v.transcript)`);
 * - `list_transform(alias.a.b, lambda x: ...)` keeps, of each element of `a.b`, the fields the
 *   lambda names as `x.f` (e.g. `x.kind`, `x.accepted` of the objections, not their quotes).
 * Anything else that refers to a column (`SELECT *`, another alias) is not seen, so this is meant
 * for SQL written with an alias on every column reference, as lib/analytics/curated.ts does.
 */
import type { GlueColumn } from '../analytics/glue-columns';
import { parseHiveType, type HiveNode } from './duckdb-types';

function printHive(n: HiveNode): string {
  switch (n.kind) {
    case 'scalar':
      return n.name;
    case 'array':
      return `array<${printHive(n.item)}>`;
    case 'map':
      return `map<${printHive(n.key)},${printHive(n.value)}>`;
    case 'struct':
      return `struct<${n.fields.map(([f, t]) => `${f}:${printHive(t)}`).join(',')}>`;
  }
}

/** A tree of the field paths used: `true` = used whole. */
type Uses = Map<string, Uses | true>;

function addPath(uses: Uses, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const cur = uses.get(head);
  if (cur === true) return;
  if (rest.length === 0) {
    uses.set(head, true);
    return;
  }
  const next = cur ?? new Map();
  uses.set(head, next);
  addPath(next, rest);
}

const CHAIN = '[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*';

/** The field paths of `alias` that `sql` names (see the module comment). */
export function usedPaths(sql: string, alias: string): Uses {
  const uses: Uses = new Map();
  let text = sql;
  // list_transform(alias.chain, lambda x: body): the element fields the body names
  const lambda = new RegExp(`list_transform\\(${alias}\\.(${CHAIN}),\\s*lambda\\s+([A-Za-z_]\\w*)\\s*:`, 'g');
  for (let m = lambda.exec(text); m; m = lambda.exec(text)) {
    let depth = 1;
    let end = m.index + m[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')') depth--;
    }
    const body = text.slice(m.index + m[0].length, end - 1);
    const array = m[1]!.split('.');
    const param = new RegExp(`\\b${m[2]}\\.(${CHAIN})`, 'g');
    let any = false;
    for (let p = param.exec(body); p; p = param.exec(body)) {
      addPath(uses, [...array, ...p[1]!.split('.')]);
      any = true;
    }
    if (!any) addPath(uses, array); // the element used whole
    text = text.slice(0, m.index) + text.slice(end);
    lambda.lastIndex = m.index;
  }
  const chain = new RegExp(`(?<![\\w.])${alias}\\.(${CHAIN})`, 'g');
  for (let m = chain.exec(text); m; m = chain.exec(text)) addPath(uses, m[1]!.split('.'));
  return uses;
}

function prune(n: HiveNode, uses: Uses | true): HiveNode {
  if (uses === true) return n;
  if (n.kind === 'array') return { kind: 'array', item: prune(n.item, uses) };
  if (n.kind !== 'struct') return n;
  const fields = n.fields.filter(([f]) => uses.has(f)).map(([f, t]) => [f, prune(t, uses.get(f)!)] as [string, HiveNode]);
  return fields.length > 0 ? { kind: 'struct', fields } : n;
}

/**
 * The columns of a table that `sqls` name through `alias`, each struct pruned to the fields named
 * (Hive type strings, as GlueColumn). Columns not named are left out; `always` are kept whole.
 * @throws HiveTypeError when a column type does not parse.
 */
export function prunedColumns(columns: readonly GlueColumn[], sqls: readonly string[], alias: string, always: readonly string[] = []): GlueColumn[] {
  const uses: Uses = new Map();
  for (const sql of sqls) {
    for (const [k, v] of usedPaths(sql, alias)) {
      const cur = uses.get(k);
      if (v === true || cur === true) uses.set(k, true);
      else {
        const merged: Uses = cur ?? new Map();
        mergeInto(merged, v);
        uses.set(k, merged);
      }
    }
  }
  for (const a of always) uses.set(a, true);
  return columns.filter((c) => uses.has(c.name)).map((c) => ({ name: c.name, type: printHive(prune(parseHiveType(c.type), uses.get(c.name)!)) }));
}

function mergeInto(into: Uses, from: Uses): void {
  for (const [k, v] of from) {
    const cur = into.get(k);
    if (v === true || cur === true) into.set(k, true);
    else if (!cur) into.set(k, v);
    else mergeInto(cur, v);
  }
}
