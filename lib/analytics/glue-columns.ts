/**
 * Glue (Hive) column types generated from zod schemas, so the Athena tables can never drift
 * from the session record contract: the zod schema → JSON Schema (`z.toJSONSchema`) → Hive DDL
 * types.
 *
 * Mapping (the Hive types the OpenX JSON SerDe reads):
 * - string, string enums, ISO 8601 timestamps → `string` (query with `from_iso8601_timestamp`)
 * - integer → `bigint`; number → `double`; boolean → `boolean`
 * - nullable T → T (every Hive column is nullable)
 * - array of T → `array<T>`; object → `struct<name:T,...>` in declaration order
 * - record (string keys) → `map<string,T>`
 * - with `{ timestamps: true }` (the curated Parquet tables), ISO 8601 timestamps → `timestamp`
 */
import * as z from '../zod-mini';
import type { $ZodType } from 'zod/v4/core';
import { SessionRecordSchema } from '../session-record/schema';

/** One Glue column: `name` as in the JSON document, `type` a Hive type string. */
export interface GlueColumn {
  name: string;
  type: string;
}

/** Raised when a schema uses a shape Hive cannot type (mixed-type unions, tuples, ...); `path` names the field. */
export class GlueTypeError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`cannot map ${path || '(root)'} to a Glue type: ${detail}`);
    this.name = 'GlueTypeError';
  }
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** Hive identifiers inside struct<...> must be plain; JSON names with other characters cannot be typed. */
const HIVE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function resolveRef(root: JsonSchema, ref: string, path: string): JsonSchema {
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  const target = m ? root.$defs?.[m[1]!] : undefined;
  if (!target) throw new GlueTypeError(path, `unresolvable $ref ${ref}`);
  return target;
}

function scalarOfConst(value: unknown, path: string): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'bigint' : 'double';
  throw new GlueTypeError(path, `unsupported literal ${JSON.stringify(value)}`);
}

/** How glueColumnsOf maps types: `timestamps` types ISO 8601 date-time strings as `timestamp`. */
export interface GlueTypeOptions {
  timestamps?: boolean;
}

function hiveType(root: JsonSchema, s: JsonSchema, path: string, opts: GlueTypeOptions = {}): string {
  const sub = (r: JsonSchema, x: JsonSchema, p: string) => hiveType(r, x, p, opts);
  if (s.$ref) return sub(root, resolveRef(root, s.$ref, path), path);
  if (s.allOf?.length === 1) return sub(root, s.allOf[0]!, path);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const nonNull = alternatives.filter((a) => a.type !== 'null');
    const types = [...new Set(nonNull.map((a) => sub(root, a, path)))];
    if (types.length !== 1) throw new GlueTypeError(path, `union of ${types.join(' | ') || 'nothing'}`);
    return types[0]!;
  }
  let type = s.type;
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== 'null');
    if (nonNull.length !== 1) throw new GlueTypeError(path, `union of types ${type.join(' | ')}`);
    type = nonNull[0];
  }
  if (type === undefined && s.const !== undefined) return scalarOfConst(s.const, path);
  if (type === undefined && s.enum && s.enum.length > 0) {
    const types = [...new Set(s.enum.map((v) => scalarOfConst(v, path)))];
    if (types.length !== 1) throw new GlueTypeError(path, 'enum of mixed types');
    return types[0]!;
  }
  switch (type) {
    case 'string':
      return opts.timestamps && s.format === 'date-time' ? 'timestamp' : 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'bigint';
    case 'number':
      if (s.const !== undefined) return scalarOfConst(s.const, path);
      // a set of integer literals (e.g. schema_version 1 | 2) is an integer column
      return s.enum && s.enum.length > 0 && s.enum.every((v) => Number.isInteger(v)) ? 'bigint' : 'double';
    case 'array': {
      if (s.prefixItems || Array.isArray(s.items)) throw new GlueTypeError(path, 'tuples have no Hive type');
      if (!s.items) throw new GlueTypeError(path, 'array without an item type');
      return `array<${sub(root, s.items, `${path}[]`)}>`;
    }
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (props.length === 0) {
        if (typeof s.additionalProperties === 'object') {
          return `map<string,${sub(root, s.additionalProperties, `${path}{}`)}>`;
        }
        throw new GlueTypeError(path, 'object without declared properties');
      }
      return `struct<${props.map(([name, p]) => `${fieldName(name, path)}:${sub(root, p, join(path, name))}`).join(',')}>`;
    }
    default:
      throw new GlueTypeError(path, `unsupported JSON Schema type ${JSON.stringify(type)}`);
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function fieldName(name: string, path: string): string {
  if (!HIVE_NAME.test(name)) throw new GlueTypeError(join(path, name), 'field name is not a plain identifier');
  return name;
}

/**
 * The Glue columns of any zod object schema, one per top-level property in declaration order.
 * @throws GlueTypeError when the schema is not an object or a field has no Hive type.
 */
export function glueColumnsOf(schema: $ZodType, opts: GlueTypeOptions = {}): GlueColumn[] {
  const root = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw', io: 'output' }) as JsonSchema;
  if (root.type !== 'object' || !root.properties) throw new GlueTypeError('', 'the schema is not an object');
  return Object.entries(root.properties).map(([name, prop]) => ({
    name: fieldName(name, ''),
    type: hiveType(root, prop, name, opts),
  }));
}

/** The `voice_sessions` table's columns: every field of the session record (schema_version 1 and 2). */
export function sessionRecordGlueColumns(): GlueColumn[] {
  return glueColumnsOf(SessionRecordSchema);
}
