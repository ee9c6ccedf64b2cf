/**
 * Compaction on AWS: Athena rebuilds a day of each curated table with UNLOAD into a fresh prefix
 * (`curated/<table>/call_date=YYYY-MM-DD/<run>/`, Parquet, ZSTD), then the Glue partition is
 * pointed at that prefix (UpdatePartition, or CreatePartition for a new day), then the day's other
 * prefixes are deleted. Readers see the old files or the new ones, never both, and a re-run or a
 * late record replaces the day instead of adding to it. A day with no session records left (after
 * an erasure) loses its partitions and files.
 *
 * Athena's UNLOAD writes only to an empty prefix, which the fresh run prefix guarantees.
 */
import type { AthenaClient } from '@aws-sdk/client-athena';
import {
  CreatePartitionCommand,
  DeletePartitionCommand,
  GetPartitionCommand,
  GetTableCommand,
  UpdatePartitionCommand,
  type GlueClient,
  type StorageDescriptor,
} from '@aws-sdk/client-glue';
import { DeleteObjectsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { CURATED_PARTITION_KEY, CURATED_TABLES, DAY_PATTERN } from '../analytics/curated';
import { CURATED_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';
import { runAthenaQuery, type AthenaQueryOptions } from '../athena/run-query';
import { daysOf, listKeys, s3ChangeLog } from './changes';

/** Clients and names compaction works with. */
export interface AthenaCompactDeps {
  athena: AthenaClient;
  glue: GlueClient;
  s3: S3Client;
  /** The session bucket (raw and curated data). */
  bucket: string;
  /** Glue database holding the raw and curated tables. */
  database: string;
  /** Athena workgroup the UNLOAD statements run in. */
  workGroup: string;
  /** Poll settings etc. passed to runAthenaQuery (tests shorten the waits). */
  queryOptions?: Partial<AthenaQueryOptions>;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** What one day's rebuild did: the new prefix per table, or `dropped` when no record is left. */
export interface AthenaDayRebuild {
  day: string;
  prefixes: Record<string, string>;
  dropped: boolean;
  /** Bytes Athena scanned for the day's UNLOADs. */
  bytesScanned: number;
}

const runId = () => `run-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(4).toString('hex')}`;
const dayPrefix = (table: string, day: string) => `${CURATED_PREFIX}${table}/${CURATED_PARTITION_KEY}=${day}/`;
const isNotFound = (e: unknown) => (e as { name?: string }).name === 'EntityNotFoundException';

async function deleteKeys(s3: S3Client, bucket: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) {
    const res = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }));
    if (res.Errors?.length) throw new Error(`could not delete ${res.Errors.length} object(s), e.g. ${res.Errors[0]!.Key}: ${res.Errors[0]!.Message}`);
  }
}

async function hasSessions(s3: S3Client, bucket: string, day: string): Promise<boolean> {
  const [y, m, d] = day.split('-');
  const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${SESSIONS_PREFIX}year=${y}/month=${m}/day=${d}/`, MaxKeys: 1 }));
  return (res.KeyCount ?? res.Contents?.length ?? 0) > 0;
}

/**
 * Rebuild the curated partitions of the given days from the raw tables (used by the scheduled
 * compaction and after raw objects were erased).
 * @throws Error for a malformed day; AthenaQueryError when an UNLOAD fails (that day's partition
 * still points at its previous prefix); the Glue or S3 client's error.
 */
export async function rebuildCuratedDaysOnAthena(deps: AthenaCompactDeps, days: readonly string[]): Promise<AthenaDayRebuild[]> {
  for (const day of days) if (!DAY_PATTERN.test(day)) throw new Error(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const descriptors = new Map<string, StorageDescriptor>();
  const descriptor = async (table: string) => {
    let sd = descriptors.get(table);
    if (!sd) {
      const res = await deps.glue.send(new GetTableCommand({ DatabaseName: deps.database, Name: table }));
      sd = res.Table?.StorageDescriptor;
      if (!sd) throw new Error(`Glue table ${deps.database}.${table} has no storage descriptor`);
      descriptors.set(table, sd);
    }
    return sd;
  };
  const out: AthenaDayRebuild[] = [];
  for (const day of [...new Set(days)].sort()) {
    const result: AthenaDayRebuild = { day, prefixes: {}, dropped: false, bytesScanned: 0 };
    const keep = await hasSessions(deps.s3, deps.bucket, day);
    const run = runId();
    for (const table of CURATED_TABLES) {
      const base = dayPrefix(table.name, day);
      const values = [day];
      if (!keep) {
        await deps.glue.send(new DeletePartitionCommand({ DatabaseName: deps.database, TableName: table.name, PartitionValues: values })).catch((e) => {
          if (!isNotFound(e)) throw e;
        });
        await deleteKeys(deps.s3, deps.bucket, await listKeys(deps.s3, deps.bucket, base));
        result.dropped = true;
        continue;
      }
      const prefix = `${base}${run}/`;
      const location = `s3://${deps.bucket}/${prefix}`;
      const unload = `UNLOAD (${table.sql(day, 'trino')})\nTO '${location}'\nWITH (format = 'PARQUET', compression = 'ZSTD')`;
      const q = await runAthenaQuery(deps.athena, unload, { workGroup: deps.workGroup, database: deps.database, noResults: true, ...deps.queryOptions });
      result.bytesScanned += q.bytesScanned;
      const input = { Values: values, StorageDescriptor: { ...(await descriptor(table.name)), Location: location } };
      const exists = await deps.glue
        .send(new GetPartitionCommand({ DatabaseName: deps.database, TableName: table.name, PartitionValues: values }))
        .then(() => true, (e) => (isNotFound(e) ? false : Promise.reject(e)));
      if (exists) await deps.glue.send(new UpdatePartitionCommand({ DatabaseName: deps.database, TableName: table.name, PartitionValueList: values, PartitionInput: input }));
      else await deps.glue.send(new CreatePartitionCommand({ DatabaseName: deps.database, TableName: table.name, PartitionInput: input }));
      await deleteKeys(deps.s3, deps.bucket, (await listKeys(deps.s3, deps.bucket, base)).filter((k) => !k.startsWith(prefix)));
      result.prefixes[table.name] = prefix;
      deps.log?.('curated day rebuilt', { table: table.name, day, location, bytes_scanned: q.bytesScanned });
    }
    out.push(result);
  }
  return out;
}

/** What a scheduled compaction did. */
export interface AthenaCompactReport {
  days: AthenaDayRebuild[];
  markers: number;
}

/**
 * Rebuild every day the change markers name (plus `extraDays`), then delete the markers listed
 * before the rebuild; a marker written meanwhile stays for the next run.
 */
export async function compactOnAthena(deps: AthenaCompactDeps, extraDays: readonly string[] = []): Promise<AthenaCompactReport> {
  const changes = s3ChangeLog(deps.s3, deps.bucket);
  const markers = await changes.list();
  const days = await rebuildCuratedDaysOnAthena(deps, [...daysOf(markers), ...extraDays]);
  await changes.clear(markers.map((m) => m.key));
  return { days, markers: markers.length };
}
