/**
 * Caller memory in DynamoDB (on AWS): one item per caller in the table named by
 * `CALLER_MEMORY_TABLE` (partition key `phone_hash`, lib/stacks/pipeline-stack.ts). Writes are
 * read-merge-put with optimistic concurrency on `revision`, so two calls from the same number
 * ending together both count; a lost race is retried up to `MAX_WRITE_ATTEMPTS` times.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CallerMemoryError, mergeCall, parseCallerMemory, type CallerMemory, type CallerMemoryStore, type CallSummary } from './types';

/** Attempts of the read-merge-put cycle before giving up on a contended item. */
export const MAX_WRITE_ATTEMPTS = 4;

/** The part of the document client this store uses (the AWS SDK's `DynamoDBDocumentClient`). */
export type DocumentClientLike = Pick<DynamoDBDocumentClient, 'send'>;

export class DynamoDbCallerMemoryStore implements CallerMemoryStore {
  constructor(
    private readonly client: DocumentClientLike,
    private readonly tableName: string,
  ) {
    if (!tableName) throw new CallerMemoryError('caller memory table name is empty (set CALLER_MEMORY_TABLE)');
  }

  async get(phoneHash: string): Promise<CallerMemory | null> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { phone_hash: phoneHash }, ConsistentRead: true }));
    return out.Item ? parseCallerMemory(out.Item) : null;
  }

  async recordCall(call: CallSummary): Promise<CallerMemory> {
    for (let attempt = 1; ; attempt++) {
      const previous = await this.get(call.phone_hash);
      const next = mergeCall(previous, call);
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: next,
            ...(previous
              ? { ConditionExpression: '#rev = :rev', ExpressionAttributeNames: { '#rev': 'revision' }, ExpressionAttributeValues: { ':rev': previous.revision } }
              : { ConditionExpression: 'attribute_not_exists(phone_hash)' }),
          }),
        );
        return next;
      } catch (e) {
        const conflict = e instanceof ConditionalCheckFailedException || (e as Error).name === 'ConditionalCheckFailedException';
        if (!conflict) throw e;
        if (attempt >= MAX_WRITE_ATTEMPTS) throw new CallerMemoryError(`caller memory write lost ${attempt} races for the same caller; giving up`);
      }
    }
  }
}
