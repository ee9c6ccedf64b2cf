/**
 * The local stand-in for the Glue Data Catalog: registered partitions kept in one JSON file
 * (`<dir>/catalog.json`), written atomically (temp file + rename) and serialized within the
 * process, so concurrent and repeated events register each partition exactly once.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { partitionPath, type Partition } from '../session-record';

/** One registered partition, as kept in the catalog file. */
export interface CatalogPartition {
  table: string;
  /** Hive partition values, e.g. `{ year: '2026', month: '11', day: '20' }` or `{ call_date: '2026-11-20' }`. */
  partition: Partition | Record<string, string>;
  /** `year=YYYY/month=MM/day=DD` (or `call_date=YYYY-MM-DD` for the curated tables). */
  path: string;
  /** Where the partition's objects live (an `s3://` URI). */
  location: string;
  /** When this catalog first saw the partition (ISO 8601 UTC). */
  registered_at: string;
}

/** The catalog file's shape. */
export interface CatalogFile {
  partitions: CatalogPartition[];
}

/** Raised when the catalog file exists but is not a catalog; the file is left untouched. */
export class CatalogFileError extends Error {
  constructor(file: string, detail: string) {
    super(`local catalog ${file} is unreadable: ${detail}`);
    this.name = 'CatalogFileError';
  }
}

/** `k1=v1/k2=v2` in the given key order. */
function valuesPath(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('/');
}

/** Local partition catalog (implements lib/pipeline's `PartitionCatalog`). */
export class LocalPartitionCatalog {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Register a partition if it is not there yet.
   * @returns 'created' the first time, 'exists' after. @throws CatalogFileError on a corrupt file.
   */
  ensurePartition(input: { table: string; partition: Partition; location: string }): Promise<'created' | 'exists'> {
    const run = this.queue.then(async () => {
      const catalog = await this.read();
      const p = partitionPath(input.partition);
      if (catalog.partitions.some((c) => c.table === input.table && c.path === p)) return 'exists' as const;
      catalog.partitions.push({
        table: input.table,
        partition: { year: input.partition.year, month: input.partition.month, day: input.partition.day },
        path: p,
        location: input.location,
        registered_at: this.now().toISOString(),
      });
      await this.write(catalog);
      return 'created' as const;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Point a partition at a new location, creating it if missing, in one atomic write of the
   * catalog file (the local counterpart of Glue's UpdatePartition after a compaction wrote a fresh
   * prefix): readers see either the old location or the new one, never a mix.
   * @returns the location it replaced, or null when the partition is new.
   * @throws CatalogFileError on a corrupt file.
   */
  swapPartition(input: { table: string; values: Record<string, string>; location: string }): Promise<string | null> {
    return this.serialized(async (catalog) => {
      const p = valuesPath(input.values);
      const existing = catalog.partitions.find((c) => c.table === input.table && c.path === p);
      const previous = existing ? existing.location : null;
      if (existing) existing.location = input.location;
      else catalog.partitions.push({ table: input.table, partition: { ...input.values }, path: p, location: input.location, registered_at: this.now().toISOString() });
      return { result: previous, write: previous !== input.location };
    });
  }

  /**
   * Remove a partition (a curated day with no calls left, e.g. after an erasure).
   * @returns the location it had, or null when there was none.
   */
  dropPartition(input: { table: string; values: Record<string, string> }): Promise<string | null> {
    return this.serialized(async (catalog) => {
      const p = valuesPath(input.values);
      const i = catalog.partitions.findIndex((c) => c.table === input.table && c.path === p);
      if (i < 0) return { result: null, write: false };
      const [gone] = catalog.partitions.splice(i, 1);
      return { result: gone!.location, write: true };
    });
  }

  private serialized<T>(change: (catalog: CatalogFile) => Promise<{ result: T; write: boolean }>): Promise<T> {
    const run = this.queue.then(async () => {
      const catalog = await this.read();
      const { result, write } = await change(catalog);
      if (write) await this.write(catalog);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every registered partition (of one table if given), in registration order. */
  async list(table?: string): Promise<CatalogPartition[]> {
    await this.queue;
    const { partitions } = await this.read();
    return table ? partitions.filter((p) => p.table === table) : partitions;
  }

  private async read(): Promise<CatalogFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { partitions: [] };
      throw e;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new CatalogFileError(this.file, (e as Error).message);
    }
    if (typeof value !== 'object' || value === null || !Array.isArray((value as CatalogFile).partitions)) {
      throw new CatalogFileError(this.file, 'expected {"partitions": [...]}');
    }
    return value as CatalogFile;
  }

  private async write(catalog: CatalogFile): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(catalog, null, 2) + '\n');
    await rename(tmp, this.file);
  }
}
