export * from './schema';
export * from './keys';
export * from './codec';
export * from './redact';
