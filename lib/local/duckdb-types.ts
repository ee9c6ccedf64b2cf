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

/** The DuckDB type of a Hive type string. @throws HiveTypeError on anything unknown or malformed. */
export function hiveToDuckDbType(hive: string): string {
  let pos = 0;
  const src = hive.replace(/\s+/g, '');

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
  const type = (): string => {
    const name = word().toLowerCase();
    if (name === 'array') {
      expect('<');
      const item = type();
      expect('>');
      return `${item}[]`;
    }
    if (name === 'map') {
      expect('<');
      const k = type();
      expect(',');
      const v = type();
      expect('>');
      return `MAP(${k}, ${v})`;
    }
    if (name === 'struct') {
      expect('<');
      const fields: string[] = [];
      for (;;) {
        const field = word();
        expect(':');
        fields.push(`${quoteIdent(field)} ${type()}`);
        if (src[pos] === ',') {
          pos += 1;
          continue;
        }
        break;
      }
      expect('>');
      return `STRUCT(${fields.join(', ')})`;
    }
    const scalar = SCALARS[name];
    if (!scalar) throw new HiveTypeError(hive, `unknown type ${name}`);
    return scalar;
  };

  const out = type();
  if (pos !== src.length) throw new HiveTypeError(hive, `unexpected text at ${pos}`);
  return out;
}
