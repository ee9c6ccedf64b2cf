export * from './types';
export { LocalCallerMemoryStore, STALE_LOCK_MS, LOCK_WAIT_MS } from './local-store';
export { DynamoDbCallerMemoryStore, MAX_WRITE_ATTEMPTS, type DocumentClientLike } from './dynamodb-store';
