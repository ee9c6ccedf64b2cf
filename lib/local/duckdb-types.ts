/**
 * Hive column types (as the Glue table declares them, lib/analytics/glue-columns.ts) turned into
 * DuckDB types, so the local views have exactly the columns and types Athena sees:
 * string → VARCHAR, bigint → BIGINT, double → DOUBLE, boolean → BOOLEAN, array<T> → T[],
 * struct<a:T,...> → STRUCT("a" T, ...), map<K,V> → MAP(K, V).
 */

/** Raised for a Hive type string this converter does not understand. */
export class HiveTypeError extends Error {
  constructor(type: string, detail: string) {
    super(`cannot read Hive type ${JSON.stringify(type.slice(0, 200))}: ${detail}`);
    this.name = 'HiveTypeError';
  }
}

const SCALARS: Record<string, string> = {
  string: 'VARCHAR',
  varchar: 'VARCHAR',
  bigint: 'BIGINT',
  int: 'INTEGER',
  integer: 'INTEGER',
  smallint: 'SMALLINT',
  tinyint: 'TINYINT',
  double: 'DOUBLE',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

/** Quote an identifier for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A parsed Hive type: scalar name as written, `array<T>`, `map<K,V>` or `struct<a:T,...>`. */
export type HiveNode =
  | { kind: 'scalar'; name: string }
  | { kind: 'array'; item: HiveNode }
  | { kind: 'map'; key: HiveNode; value: HiveNode }
  | { kind: 'struct'; fields: [string, HiveNode][] };

/** Parse a Hive type string (whitespace ignored). @throws HiveTypeError when it is malformed. */
export function parseHiveType(hive: string): HiveNode {
  const src = hive.replace(/\s+/g, '');
  let pos = 0;
  const word = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(pos));
    if (!m) throw new HiveTypeError(hive, `expected a name at ${pos}`);
    pos += m[0].length;
    return m[0];
  };
  const expect = (ch: string): void => {
    if (src[pos] !== ch) throw new HiveTypeError(hive, `expected '${ch}' at ${pos}`);
    pos += 1;
  };
  const node = (): HiveNode => {
    const name = word();
    const lower = name.toLowerCase();
    if (lower === 'array') {
      expect('<');
      const item = node();
      expect('>');
      return { kind: 'array', item };
    }
    if (lower === 'map') {
      expect('<');
      const key = node();
      expect(',');
      const value = node();
      expect('>');
      return { kind: 'map', key, value };
    }
    if (lower === 'struct') {
      expect('<');
      const fields: [string, HiveNode][] = [];
      do {
        const f = word();
        expect(':');
        fields.push([f, node()]);
      } while (src[pos] === ',' && ++pos);
      expect('>');
      return { kind: 'struct', fields };
    }
    return { kind: 'scalar', name };
  };
  const out = node();
  if (pos !== src.length) throw new HiveTypeError(hive, `unexpected text at ${pos}`);
  return out;
}

/** The DuckDB type of a Hive type string. @throws HiveTypeError on anything unknown or malformed. */
export function hiveToDuckDbType(hive: string): string {
  const duck = (n: HiveNode): string => {
    switch (n.kind) {
      case 'array':
        return `${duck(n.item)}[]`;
      case 'map':
        return `MAP(${duck(n.key)}, ${duck(n.value)})`;
      case 'struct':
        return `STRUCT(${n.fields.map(([f, t]) => `${quoteIdent(f)} ${duck(t)}`).join(', ')})`;
      case 'scalar': {
        const scalar = SCALARS[n.name.toLowerCase()];
        if (!scalar) throw new HiveTypeError(hive, `unknown type ${n.name.toLowerCase()}`);
        return scalar;
      }
    }
  };
  return duck(parseHiveType(hive));
}
