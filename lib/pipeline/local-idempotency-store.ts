/**
 * A Powertools idempotency persistence layer for the embedded default (demo, tests): the same
 * record semantics as the DynamoDB layer (conditional put, in-progress expiry, TTL) over an
 * in-memory map, optionally saved to a JSON file so a second local run remembers the first.
 * One process only: the file is not locked against other processes.
 */
import { IdempotencyItemAlreadyExistsError, IdempotencyItemNotFoundError } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
        const rows = JSON.parse(readFileSync(this.file, 'utf8')) as StoredRecord[];
        for (const r of rows) this.records.set(r.idempotencyKey, r);
      }
    }
    return this.records;
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify([...this.load().values()], null, 1));
    renameSync(tmp, this.file);
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
    records.set(record.idempotencyKey, {
      idempotencyKey: record.idempotencyKey,
      status: record.getStatus(),
      expiryTimestamp: record.expiryTimestamp,
      inProgressExpiryTimestamp: record.inProgressExpiryTimestamp,
      payloadHash: record.payloadHash,
    });
    this.save();
  }

  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    const records = this.load();
    const prev = records.get(record.idempotencyKey);
    records.set(record.idempotencyKey, {
      ...prev,
      idempotencyKey: record.idempotencyKey,
      status: record.getStatus(),
      expiryTimestamp: record.expiryTimestamp,
      responseData: record.responseData,
      payloadHash: record.payloadHash,
    });
    this.save();
  }

  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.load().delete(record.idempotencyKey);
    this.save();
  }
}
