/**
 * Column pruning for compaction's reads: the struct fields a SELECT names are the fields read_json
 * builds; whole structs and arrays stay whole where the SQL uses them whole; a lambda over an array
 * keeps only the element fields it names. The curated tables' SELECTs, run over raw objects read
 * with the pruned columns, give the same rows as over the full columns (real DuckDB).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CURATED_TABLES } from '../lib/analytics/curated';
import { analysisOf } from '../lib/analysis/record';
import { PARTITION_COLUMNS, readJsonSql, TRINO_COMPAT_SQL, voiceSessionsTable } from '../lib/local/lake';
import { prunedColumns, usedPaths } from '../lib/local/read-columns';
import { generateSessions } from '../bench/generate';

const cols = [
  { name: 'id', type: 'string' },
  { name: 's', type: 'struct<a:string,b:struct<c:bigint,d:string>,e:array<struct<k:string,q:string>>>' },
  { name: 'whole', type: 'struct<x:string,y:double>' },
  { name: 'unused', type: 'string' },
];

test('keeps the fields named, whole values used whole, and the lambda element fields', () => {
  const sql = "SELECT v.id, v.s.b.c, list_transform(v.s.e, lambda x: struct_pack(k := x.k)) AS e, v.whole, w.unused FROM t v WHERE v.s.a = 'z'";
  expect(prunedColumns(cols, [sql], 'v')).toEqual([
    { name: 'id', type: 'string' },
    { name: 's', type: 'struct<a:string,b:struct<c:bigint>,e:array<struct<k:string>>>' },
    { name: 'whole', type: 'struct<x:string,y:double>' },
  ]);
  expect(prunedColumns(cols, ['SELECT v.s.b FROM t v'], 'v', ['id'])).toEqual([
    { name: 'id', type: 'string' },
    { name: 's', type: 'struct<b:struct<c:bigint,d:string>>' },
  ]);
  expect([...usedPaths('SELECT uv.s FROM t uv', 'v').keys()]).toEqual([]);
});

test('the curated SELECTs give the same rows over pruned and full columns', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'trialist-prune-'));
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const dir = path.join(root, 'year=2026', 'month=11', 'day=02');
    mkdirSync(dir, { recursive: true });
    const files = generateSessions(5, 6, { firstDay: '2026-11-02', days: 1, exchanges: 6 }).map((r, i) => {
      const record = i % 2 === 0 ? { ...r, analysis: analysisOf(r)! } : r;
      const file = path.join(dir, `${r.session_id}.json.gz`);
      writeFileSync(file, gzipSync(JSON.stringify(record)));
      return file;
    });
    for (const s of TRINO_COMPAT_SQL) await conn.run(s);
    await conn.run("CREATE TABLE lead_scores (session_id VARCHAR, score BIGINT, tier VARCHAR, rules_version VARCHAR, qualified BOOLEAN, scored_at VARCHAR, year VARCHAR, month VARCHAR, day VARCHAR)");
    const full = voiceSessionsTable().columns.filter((c) => !(PARTITION_COLUMNS as readonly string[]).includes(c.name));
    for (const table of CURATED_TABLES) {
      const sql = `SELECT * FROM (${table.sql('2026-11-02', 'duckdb')}) ORDER BY ALL`;
      const rows = async (columns: typeof full) => {
        await conn.run(`CREATE OR REPLACE VIEW voice_sessions AS SELECT * FROM ${readJsonSql(columns, files)}`);
        return (await conn.runAndReadAll(sql)).getRowObjectsJson();
      };
      const pruned = prunedColumns(full, [table.sql('2026-11-02', 'duckdb')], 'v', ['session_id']);
      expect(pruned.length).toBeLessThan(full.length);
      const expected = await rows(full);
      expect(expected.length).toBeGreaterThan(0);
      expect(await rows(pruned)).toEqual(expected);
    }
  } finally {
    conn.closeSync();
    db.closeSync();
    rmSync(root, { recursive: true, force: true });
  }
});
