/**
 * Analytics: the Glue database with the `voice_sessions` table (raw session records, columns
 * generated from the zod schema, OpenX JSON SerDe, partitioned by year/month/day) and the
 * `lead_scores` table, the Athena workgroup (engine v3, enforced encrypted result location,
 * bytes-scanned cutoff per query) and one Athena named query per entry of NAMED_QUERIES.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { GlueColumn } from '../analytics/glue-columns';
import type { NamedQuery } from '../analytics/named-queries';
import { CURATED_PARTITION_KEY } from '../analytics/curated';
import { CURATED_PREFIX } from '../bucket-layout';
import { SCORES_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';
import { LEAD_SCORES_TABLE, VOICE_SESSIONS_TABLE, glueDatabaseName } from './names';

/** Props of {@link AnalyticsStack}. */
export interface AnalyticsStackProps extends StackProps {
  envName: string;
  sessionBucket: s3.IBucket;
  queryResultsBucket: s3.IBucket;
  /** The key both buckets are encrypted with; Athena encrypts query results with it too. */
  dataKey: kms.IKey;
  /** Columns of `voice_sessions` (from `sessionRecordGlueColumns()`). */
  sessionColumns: GlueColumn[];
  /** Columns of `lead_scores` (from the lead score zod schema). */
  leadScoreColumns: GlueColumn[];
  /** Athena cancels a query once it has scanned this many bytes (>= 10 MB). */
  bytesScannedCutoffPerQuery: number;
  namedQueries: readonly NamedQuery[];
  /** The curated Parquet tables (name and columns), partitioned by `call_date` (lib/analytics/curated.ts). */
  curatedTables?: { name: string; columns: GlueColumn[] }[];
  /**
   * Years Athena's partition projection enumerates for `lead_scores` (inclusive). Lead scores are
   * not registered by partition-register, so Athena computes their partitions from this range.
   */
  leadScoreYears: { from: number; to: number };
}

/** Partition keys of both tables: the zero-padded parts of `year=YYYY/month=MM/day=DD/`. */
export const PARTITION_KEYS: GlueColumn[] = [
  { name: 'year', type: 'string' },
  { name: 'month', type: 'string' },
  { name: 'day', type: 'string' },
];

const OPENX_JSON_SERDE = 'org.openx.data.jsonserde.JsonSerDe';

/**
 * The OpenX SerDe's `ignore.malformed.json`, TRUE on both tables. score-lead moves every object it
 * cannot read out of `sessions/` within seconds (lib/pipeline/quarantine.ts), but until then, or
 * when the move itself failed (its event in the dead-letter queue), a malformed object sits where
 * the table reads. With FALSE one bad line fails every query that scans its partition; with TRUE
 * it reads as one row whose columns are all NULL (filter with `session_id IS NOT NULL`), which is
 * also what the local lake (DuckDB, `ignore_errors`) does, so both engines agree. It does not help
 * with an object that is not gzip at all: the reader fails before the SerDe sees a line, which is
 * why quarantine moves objects rather than only noting them.
 */
export const IGNORE_MALFORMED_JSON = 'TRUE';

export class AnalyticsStack extends Stack {
  readonly databaseName: string;
  readonly voiceSessionsTableName = VOICE_SESSIONS_TABLE;
  readonly leadScoresTableName = LEAD_SCORES_TABLE;
  readonly workGroupName: string;
  readonly workGroup: athena.CfnWorkGroup;
  readonly curatedTableNames: string[] = [];

  constructor(scope: Construct, id: string, props: AnalyticsStackProps) {
    super(scope, id, props);
    this.databaseName = glueDatabaseName(props.envName);

    const database = new glue.CfnDatabase(this, 'Database', {
      catalogId: this.account,
      databaseInput: {
        name: this.databaseName,
        description: 'trialist: one row per call (voice_sessions) and per lead score (lead_scores)',
      },
    });

    const jsonTable = (
      logicalId: string,
      name: string,
      description: string,
      prefix: string,
      columns: GlueColumn[],
      extraParameters: Record<string, string> = {},
    ) => {
      const clash = columns.find((c) => PARTITION_KEYS.some((p) => p.name === c.name));
      if (clash) throw new Error(`${name}: column ${clash.name} clashes with a partition key`);
      const table = new glue.CfnTable(this, logicalId, {
        catalogId: this.account,
        databaseName: this.databaseName,
        tableInput: {
          name,
          description,
          tableType: 'EXTERNAL_TABLE',
          parameters: { classification: 'json', EXTERNAL: 'TRUE', has_encrypted_data: 'true', ...extraParameters },
          partitionKeys: PARTITION_KEYS,
          storageDescriptor: {
            location: props.sessionBucket.s3UrlForObject(prefix),
            inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
            outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
            compressed: true,
            columns,
            serdeInfo: {
              serializationLibrary: OPENX_JSON_SERDE,
              // Hive lower-cases names; our JSON is snake_case already, so names map 1:1.
              // ignore.malformed.json TRUE: a line that is not JSON reads as a row of NULLs instead of
              // failing every query over its partition (see IGNORE_MALFORMED_JSON).
              parameters: { 'case.insensitive': 'TRUE', 'ignore.malformed.json': IGNORE_MALFORMED_JSON, 'dots.in.keys': 'FALSE' },
            },
          },
        },
      });
      table.addResourceDependency(database);
      return table;
    };

    jsonTable(
      'VoiceSessionsTable',
      VOICE_SESSIONS_TABLE,
      'Raw session records (schema_version 1 and 2), gzip JSON, one document per call',
      SESSIONS_PREFIX,
      props.sessionColumns,
    );
    const { from, to } = props.leadScoreYears;
    if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) throw new Error(`leadScoreYears: invalid range ${from}-${to}`);
    jsonTable('LeadScoresTable', LEAD_SCORES_TABLE, 'Lead score per session written by score-lead', SCORES_PREFIX, props.leadScoreColumns, {
      'projection.enabled': 'true',
      'projection.year.type': 'integer',
      'projection.year.range': `${from},${to}`,
      'projection.year.digits': '4',
      'projection.month.type': 'integer',
      'projection.month.range': '1,12',
      'projection.month.digits': '2',
      'projection.day.type': 'integer',
      'projection.day.range': '1,31',
      'projection.day.digits': '2',
      'storage.location.template': props.sessionBucket.s3UrlForObject(`${SCORES_PREFIX}year=\${year}/month=\${month}/day=\${day}/`),
    });

    // Curated tables: Parquet written by compaction (Athena UNLOAD) into one prefix per day and run;
    // compaction points each call_date partition at its newest prefix, so no partition projection.
    for (const t of props.curatedTables ?? []) {
      const table = new glue.CfnTable(this, `CuratedTable-${t.name}`, {
        catalogId: this.account,
        databaseName: this.databaseName,
        tableInput: {
          name: t.name,
          description: `Curated ${t.name} (Parquet, ZSTD), rebuilt per call_date by the compact function`,
          tableType: 'EXTERNAL_TABLE',
          parameters: { classification: 'parquet', EXTERNAL: 'TRUE', has_encrypted_data: 'true', 'parquet.compression': 'ZSTD' },
          partitionKeys: [{ name: CURATED_PARTITION_KEY, type: 'string' }],
          storageDescriptor: {
            location: props.sessionBucket.s3UrlForObject(`${CURATED_PREFIX}${t.name}/`),
            inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
            outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
            columns: t.columns,
            serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
          },
        },
      });
      table.addResourceDependency(database);
      this.curatedTableNames.push(t.name);
    }

    this.workGroupName = `trialist-${props.envName}`;
    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: this.workGroupName,
      description: 'trialist analysts: results encrypted in the query-results bucket, per-query scan cap',
      state: 'ENABLED',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: props.bytesScannedCutoffPerQuery,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: props.queryResultsBucket.s3UrlForObject('results/'),
          encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: props.dataKey.keyArn },
          expectedBucketOwner: this.account,
        },
      },
    });

    for (const q of props.namedQueries) {
      const named = new athena.CfnNamedQuery(this, `NamedQuery-${q.name}`, {
        name: q.name,
        description: q.description.slice(0, 1024),
        database: this.databaseName,
        queryString: q.sql,
        workGroup: this.workGroupName,
      });
      named.addResourceDependency(this.workGroup);
      named.addResourceDependency(database);
    }
  }
}
