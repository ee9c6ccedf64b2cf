import { z } from 'zod';
import { glueColumnsOf, GlueTypeError, sessionRecordGlueColumns } from '../lib/analytics/glue-columns';
import { SessionRecordSchema } from '../lib/session-record/schema';
import { LeadScoreSchema } from '../lib/scoring';

describe('sessionRecordGlueColumns', () => {
  const columns = sessionRecordGlueColumns();
  const type = (name: string) => columns.find((c) => c.name === name)?.type;

  it('has one column per top-level field of the session record, in order', () => {
    expect(columns.map((c) => c.name)).toEqual(Object.keys(SessionRecordSchema.shape));
  });

  it('types the transcript as an array of structs with the turn fields', () => {
    expect(type('transcript')).toBe(
      'array<struct<turn_index:bigint,role:string,text:string,start_ms:double,end_ms:double,interrupted:boolean>>',
    );
  });

  it('maps integers to bigint, numbers to double, literals and timestamps to their scalar type', () => {
    expect(type('schema_version')).toBe('bigint');
    expect(type('duration_seconds')).toBe('double');
    expect(type('started_at')).toBe('string');
    expect(type('session_id')).toBe('string');
  });

  it('drops nullability and keeps nested structs and arrays', () => {
    expect(type('discovered_signals')).toMatch(/^struct<team_size:bigint,monthly_volume:double,integration_needs:array<string>,/);
    expect(type('discovered_signals')).toContain('evidence:array<struct<field:string,value:string,turn_index:bigint,quote:string,confidence:double>>');
    expect(type('caller')).toBe('struct<identity:string,name:string,phone_hash:string,phone_hash_key_id:string,returning_caller:boolean,call_count:bigint>');
  });

  it('never emits a type the Hive DDL parser would reject', () => {
    const scalar = '(?:string|bigint|double|boolean)';
    for (const c of columns) {
      // balanced angle brackets and only known type words
      let depth = 0;
      for (const ch of c.type) {
        if (ch === '<') depth++;
        if (ch === '>') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(c.type.replace(/[a-z_0-9]+:/g, '').replace(new RegExp(scalar, 'g'), '').replace(/array|struct|map/g, '')).toMatch(/^[<>,]*$/);
    }
  });
});

describe('glueColumnsOf', () => {
  it('works on the lead score schema', () => {
    const cols = glueColumnsOf(LeadScoreSchema);
    expect(cols.find((c) => c.name === 'score')?.type).toBe('bigint');
    expect(cols.find((c) => c.name === 'tier')?.type).toBe('string');
    expect(cols.find((c) => c.name === 'reasons')?.type).toBe(
      'array<struct<rule:string,points:bigint,reason:string,turn_index:bigint,quote:string>>',
    );
  });

  it('maps records to map<string,T>', () => {
    expect(glueColumnsOf(z.object({ counts: z.record(z.string(), z.number().int()) }))).toEqual([{ name: 'counts', type: 'map<string,bigint>' }]);
  });

  it('rejects unions of different types, naming the field', () => {
    expect(() => glueColumnsOf(z.object({ a: z.object({ b: z.union([z.string(), z.number()]) }) }))).toThrow(GlueTypeError);
    expect(() => glueColumnsOf(z.object({ a: z.object({ b: z.union([z.string(), z.number()]) }) }))).toThrow(/a\.b/);
  });

  it('rejects tuples and non-object schemas', () => {
    expect(() => glueColumnsOf(z.object({ t: z.tuple([z.string(), z.number()]) }))).toThrow(/tuples/);
    expect(() => glueColumnsOf(z.string())).toThrow(/not an object/);
  });

  it('rejects field names Hive cannot express inside a struct', () => {
    expect(() => glueColumnsOf(z.object({ s: z.object({ 'bad-name': z.string() }) }))).toThrow(/s\.bad-name/);
  });
});
