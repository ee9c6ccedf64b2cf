/**
 * The parts of an S3 event notification record the pipeline uses, validated with zod.
 * Deliberately lenient on everything else: Powertools' `S3Schema` rejects records whose
 * `sourceIPAddress` is IPv6, and one odd field must not fail a whole batch.
 */
import * as z from '../zod-mini';
import { describeIssues } from '../validation';

/** `s3.bucket.name` and the (URL-encoded) `s3.object.key`, plus optional size/time/source address. */
export const S3EventRecordRef = z.object({
  eventName: z.optional(z.string()),
  eventTime: z.optional(z.string()),
  requestParameters: z.optional(z.object({ sourceIPAddress: z.optional(z.union([z.ipv4(), z.ipv6(), z.string()])) })),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      /** Object size in bytes, when S3 sent it. */
      size: z.optional(z.number().check(z.nonnegative())),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});
export type S3EventRecordRef = z.infer<typeof S3EventRecordRef>;

/** The S3 event envelope: `{ Records: [...] }`, each record validated separately so one bad one is isolated. */
export const S3EventEnvelope = z.looseObject({ Records: z.array(z.unknown()) });

/**
 * The SNS event envelope a subscribed Lambda receives: each record's `Sns.MessageId` and
 * `Sns.Message` (the JSON alert, validated by the handler); other fields are kept as they are.
 */
export const SnsEventEnvelope = z.looseObject({
  Records: z.array(z.looseObject({ Sns: z.looseObject({ MessageId: z.string(), Message: z.string() }) })).check(z.minLength(1)),
});

/** The SQS event envelope a queue consumer receives: each record's `messageId` and `body` (validated by the handler). */
export const SqsEventEnvelope = z.looseObject({
  Records: z.array(z.looseObject({ messageId: z.string(), body: z.string() })),
});

/** A Lambda Function URL request (payload format 2.0): the handler reads `headers` and `body`. */
export const FunctionUrlEnvelope = z.looseObject({
  headers: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

/** Validate one event record; returns the issues instead of throwing. */
export function parseS3EventRecord(value: unknown): { ok: true; record: S3EventRecordRef } | { ok: false; issues: string[] } {
  const r = S3EventRecordRef.safeParse(value);
  if (r.success) return { ok: true, record: r.data };
  return { ok: false, issues: describeIssues(r.error) };
}
