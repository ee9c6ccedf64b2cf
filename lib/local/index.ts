/** The embedded local stack: s3rver + the same handlers + outbox + local catalog + DuckDB. */
export * from './layout';
export * from './events';
export * from './catalog';
export * from './outbox';
export * from './lake';
export * from './duckdb-types';
export * from './logger';
export * from './s3';
export * from './idempotency-store';
export * from './stack';
export * from './livekit-webhook';
export * from './webhook-server';
