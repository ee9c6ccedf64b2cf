/**
 * Partition registration: keep the catalog's table (Glue `voice_sessions`) aware of every day
 * partition under `sessions/`, idempotently. The embedded default implements `PartitionCatalog`
 * locally; on AWS `GlueCatalog` talks to the Glue Data Catalog.
 */
import {
  AlreadyExistsException,
  CreatePartitionCommand,
  GetTableCommand,
  type GlueClient,
  type StorageDescriptor,
} from '@aws-sdk/client-glue';
import { SESSIONS_PREFIX } from '../bucket-layout';
import type { Partition } from '../session-record';

/** A day partition of a table and the S3 folder holding its objects. */
export interface PartitionSpec {
  table: string;
  partition: Partition;
  /** `s3://bucket/sessions/year=YYYY/month=MM/day=DD/` (trailing slash). */
  location: string;
}

/** A catalog that can add a partition; resolves `'exists'` when it was already there. */
export interface PartitionCatalog {
  ensurePartition(p: PartitionSpec): Promise<'created' | 'exists'>;
}

/** `s3://{bucket}/{prefix}year=YYYY/month=MM/day=DD/`. */
export function partitionLocation(bucket: string, p: Partition, prefix = SESSIONS_PREFIX): string {
  return `s3://${bucket}/${prefix}year=${p.year}/month=${p.month}/day=${p.day}/`;
}

/**
 * Glue Data Catalog partitions (partition keys year, month, day, as strings). The storage
 * descriptor (formats, SerDe, columns) is copied from the table, read once per table and cached.
 */
export class GlueCatalog implements PartitionCatalog {
  private readonly descriptors = new Map<string, Promise<StorageDescriptor>>();

  constructor(
    private readonly glue: GlueClient,
    private readonly database: string,
    private readonly catalogId?: string,
  ) {}

  private tableDescriptor(table: string): Promise<StorageDescriptor> {
    let sd = this.descriptors.get(table);
    if (!sd) {
      sd = this.glue
        .send(new GetTableCommand({ DatabaseName: this.database, Name: table, CatalogId: this.catalogId }))
        .then((res) => {
          const d = res.Table?.StorageDescriptor;
          if (!d) throw new Error(`Glue table ${this.database}.${table} has no storage descriptor`);
          return d;
        });
      sd.catch(() => this.descriptors.delete(table));
      this.descriptors.set(table, sd);
    }
    return sd;
  }

  /** @throws the Glue client's error for anything but AlreadyExistsException. */
  async ensurePartition({ table, partition, location }: PartitionSpec): Promise<'created' | 'exists'> {
    const sd = await this.tableDescriptor(table);
    try {
      await this.glue.send(
        new CreatePartitionCommand({
          CatalogId: this.catalogId,
          DatabaseName: this.database,
          TableName: table,
          PartitionInput: {
            Values: [partition.year, partition.month, partition.day],
            StorageDescriptor: { ...sd, Location: location },
          },
        }),
      );
      return 'created';
    } catch (e) {
      if (e instanceof AlreadyExistsException || (e as { name?: string }).name === 'AlreadyExistsException') return 'exists';
      throw e;
    }
  }
}
