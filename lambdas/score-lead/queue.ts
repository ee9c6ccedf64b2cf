/**
 * score-lead as an SQS consumer with partial batch responses (ReportBatchItemFailures): each queue
 * message holds one S3 event (EventBridge reshapes "Object Created" into it, see
 * lib/stacks/pipeline-stack.ts). Powertools' BatchProcessor runs the handler core once per
 * message; a message whose records failed transiently (S3/SNS errors, or a concurrent delivery
 * still holding the alert's idempotency record) is reported back as a batch item failure, so SQS
 * delivers it again after the visibility timeout and, past the queue's maxReceiveCount, moves it to
 * the dead-letter queue. The function itself never fails for that (no Lambda error, no errors
 * alarm), even when every message of the batch failed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, S3Event, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import type { ScoreLeadResult } from './handler';

/** Raised for a queue message that is not an S3 event (it goes back to the queue, then to its DLQ). */
export class QueueMessageError extends Error {
  override name = 'QueueMessageError';
}

/** The S3 event a queue message carries. @throws QueueMessageError for a body that is not one. */
export function s3EventOfMessage(record: Pick<SQSRecord, 'body' | 'messageId'>): S3Event {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch (e) {
    throw new QueueMessageError(`message ${record.messageId}: body is not JSON (${(e as Error).message})`);
  }
  if (!S3EventEnvelope.safeParse(body).success) throw new QueueMessageError(`message ${record.messageId}: body is not an S3 event ({ Records: [...] })`);
  return body as S3Event;
}

/**
 * The SQS handler over the score-lead core. `onResult` sees each message's result (the local stack
 * keeps the latest scores from it). Resolves to `{ batchItemFailures }` naming the messages to retry.
 */
export function makeScoreLeadQueueHandler(
  core: (event: S3Event) => Promise<ScoreLeadResult>,
  onResult?: (result: ScoreLeadResult, record: SQSRecord) => void,
): (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse> {
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    const result = await core(s3EventOfMessage(record));
    onResult?.(result, record);
  };
  return async (event, context) => {
    // one processor per invocation: its state (successes, failures) is per batch
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, recordHandler, processor, { context, throwOnFullBatchFailure: false }) as Promise<SQSBatchResponse>;
  };
}
