/**
 * Why the pipeline could not process one S3 object: a stable label used for the quarantine
 * prefix, the log entry and the metric dimension.
 */
import type { DecodeFailureReason } from '../session-record';

/** Labels beyond the codec's (`RecordDecodeError.reason`). */
export type PipelineFailureReason =
  /** The event record lacks a bucket or key, or is not an S3 record. */
  | 'invalid_event_record'
  /** The key (after URL-decoding) is outside `sessions/year=YYYY/month=MM/day=DD/{id}.json.gz`. */
  | 'key_outside_layout'
  /** The object was gone by the time it was read (deleted or never written). */
  | 'object_missing'
  /** The record decoded but its session id or start date disagree with its key. */
  | 'key_record_mismatch';

/** Every quarantine reason label. */
export type QuarantineReason = DecodeFailureReason | PipelineFailureReason;

/** A permanent, per-object failure: quarantine the object and go on with the batch. */
export class PipelineError extends Error {
  constructor(
    readonly reason: PipelineFailureReason,
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
    this.name = 'PipelineError';
  }
}
