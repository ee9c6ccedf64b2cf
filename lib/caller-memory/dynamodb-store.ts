/**
 * Caller memory in DynamoDB (on AWS): one item per caller in the table named by
 * `CALLER_MEMORY_TABLE` (partition key `phone_hash`, lib/stacks/pipeline-stack.ts). Writes are
 * read-merge-put with optimistic concurrency on `revision`, so two calls from the same number
 * ending together both count; a lost race is retried up to `MAX_WRITE_ATTEMPTS` times.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CallerMemoryError, mergeCall, mergeMemories, parseCallerMemory, type CallerMemory, type ManagedCallerMemoryStore, type CallSummary } from './types';

/** Attempts of the read-merge-put cycle before giving up on a contended item. */
export const MAX_WRITE_ATTEMPTS = 4;

/** The part of the document client this store uses (the AWS SDK's `DynamoDBDocumentClient`). */
export type DocumentClientLike = Pick<DynamoDBDocumentClient, 'send'>;

export class DynamoDbCallerMemoryStore implements ManagedCallerMemoryStore {
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

  async delete(phoneHash: string): Promise<boolean> {
    const out = await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { phone_hash: phoneHash }, ReturnValues: 'ALL_OLD' }));
    return out.Attributes !== undefined;
  }

  async rekey(from: string, to: string): Promise<CallerMemory | null> {
    for (let attempt = 1; ; attempt++) {
      const old = await this.get(from);
      if (!old) return this.get(to);
      const existing = await this.get(to);
      const next = existing ? mergeMemories(old, existing, to) : { ...old, phone_hash: to, revision: old.revision + 1 };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: next,
            ...(existing
              ? { ConditionExpression: '#rev = :rev', ExpressionAttributeNames: { '#rev': 'revision' }, ExpressionAttributeValues: { ':rev': existing.revision } }
              : { ConditionExpression: 'attribute_not_exists(phone_hash)' }),
          }),
        );
        await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { phone_hash: from } }));
        return next;
      } catch (e) {
        const conflict = e instanceof ConditionalCheckFailedException || (e as Error).name === 'ConditionalCheckFailedException';
        if (!conflict) throw e;
        if (attempt >= MAX_WRITE_ATTEMPTS) throw new CallerMemoryError(`caller memory rekey lost ${attempt} races for the same caller; giving up`);
      }
    }
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
