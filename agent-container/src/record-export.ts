/**
 * Export of one call's record: the final record is written once, however many times asked
 * (every caller gets the same promise).
 */
import type { SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';

/** An exported record and the S3 key it was written under. */
export interface ExportedRecord {
  record: SessionRecord;
  key: string;
}

export class RecordExport {
  private written: Promise<ExportedRecord> | null = null;

  /**
   * Build the final record and write it with `sink`, once: later calls return the first promise.
   * @returns the record and its key; rejects when building or writing failed.
   */
  finish(build: () => SessionRecord, sink: SessionSink): Promise<ExportedRecord> {
    this.written ??= (async () => {
      const record = build();
      const key = await sink.write(record);
      return { record, key };
    })();
    return this.written;
  }
}
