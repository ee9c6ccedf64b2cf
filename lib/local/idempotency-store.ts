/**
 * A Powertools idempotency persistence layer for the embedded default (demo, tests): the same
 * record semantics as the DynamoDB layer (conditional put, in-progress expiry, TTL) over an
 * in-memory map, optionally kept in a file so a second local run remembers the first.
 *
 * The file is a journal, one JSON line per change (a record, or `{"deleted": key}`), appended
 * synchronously, so each put costs one small write however many keys exist (a 10,000-session
 * replay stays linear); it is compacted when opened. A file in the older format (one JSON array
 * of records) is still read. One process only: the file is not locked against other processes.
 */
import { IdempotencyItemAlreadyExistsError, IdempotencyItemNotFoundError } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type IdempotencyRecordOptions = ConstructorParameters<typeof IdempotencyRecord>[0];
type StoredStatus = IdempotencyRecordOptions['status'];

/** One stored idempotency record (timestamps as Powertools keeps them: expiry in s, in-progress expiry in ms). */
interface StoredRecord {
  idempotencyKey: string;
  status: StoredStatus;
  expiryTimestamp?: number;
  inProgressExpiryTimestamp?: number;
  responseData?: IdempotencyRecordOptions['responseData'];
  payloadHash?: string;
}

export class LocalIdempotencyStore extends BasePersistenceLayer {
  private records: Map<string, StoredRecord> | undefined;

  /** @param file JSON file to persist records in; omit for memory only. */
  constructor(private readonly file?: string) {
    super();
  }

  /** How many records are held (expired ones included until overwritten). */
  size(): number {
    return this.load().size;
  }

  private load(): Map<string, StoredRecord> {
    if (!this.records) {
      this.records = new Map();
      if (this.file && existsSync(this.file)) {
        const text = readFileSync(this.file, 'utf8');
        if (text.trimStart().startsWith('[')) {
          for (const r of JSON.parse(text) as StoredRecord[]) this.records.set(r.idempotencyKey, r);
        } else {
          for (const line of text.split('\n')) {
            if (!line.trim()) continue;
            let entry: StoredRecord | { deleted: string };
            try {
              entry = JSON.parse(line) as StoredRecord | { deleted: string };
            } catch {
              continue; // a line cut short by a crash mid-append: the change it held never completed
            }
            if ('deleted' in entry) this.records.delete(entry.deleted);
            else this.records.set(entry.idempotencyKey, entry);
          }
        }
        this.compact();
      }
    }
    return this.records;
  }

  /** Rewrite the journal as one line per live record (temp file + rename). */
  private compact(): void {
    if (!this.file || !this.records) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, [...this.records.values()].map((r) => JSON.stringify(r) + '\n').join(''));
    renameSync(tmp, this.file);
  }

  /** Append one change to the journal. */
  private append(entry: StoredRecord | { deleted: string }): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, JSON.stringify(entry) + '\n');
  }

  private toRecord(r: StoredRecord): IdempotencyRecord {
    return new IdempotencyRecord({ ...r });
  }

  protected async _getRecord(idempotencyKey: string): Promise<IdempotencyRecord> {
    const r = this.load().get(idempotencyKey);
    if (!r) throw new IdempotencyItemNotFoundError();
    return this.toRecord(r);
  }

  /** Put unless a live record exists: same condition as the DynamoDB layer's conditional put. */
  protected async _putRecord(record: IdempotencyRecord): Promise<void> {
    const records = this.load();
    const existing = records.get(record.idempotencyKey);
    if (existing) {
      const now = Date.now();
      const expired = existing.expiryTimestamp !== undefined && existing.expiryTimestamp < now / 1000;
      const inProgressExpired =
        existing.status === 'INPROGRESS' && existing.inProgressExpiryTimestamp !== undefined && existing.inProgressExpiryTimestamp < now;
      if (!expired && !inProgressExpired) {
        throw new IdempotencyItemAlreadyExistsError(
          `Failed to put record for already existing idempotency key: ${record.idempotencyKey}`,
          this.toRecord(existing),
        );
      }
    }
    const stored: StoredRecord = {
      idempotencyKey: record.idempotencyKey,
      status: record.getStatus(),
      expiryTimestamp: record.expiryTimestamp,
      inProgressExpiryTimestamp: record.inProgressExpiryTimestamp,
      payloadHash: record.payloadHash,
    };
    records.set(record.idempotencyKey, stored);
    this.append(stored);
  }

  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    const records = this.load();
    const prev = records.get(record.idempotencyKey);
    const stored: StoredRecord = {
      ...prev,
      idempotencyKey: record.idempotencyKey,
      status: record.getStatus(),
      expiryTimestamp: record.expiryTimestamp,
      responseData: record.responseData,
      payloadHash: record.payloadHash,
    };
    records.set(record.idempotencyKey, stored);
    this.append(stored);
  }

  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.load().delete(record.idempotencyKey);
    this.append({ deleted: record.idempotencyKey });
  }
}
