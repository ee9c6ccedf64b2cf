/**
 * Privacy: the keyed phone hash (./phone-hash.ts), E.164 numbers (./phone-number.ts), PII
 * redaction of text that spreads (./redact.ts, from the pattern table ./pii-patterns.ts), of logs
 * (./log-redaction.ts); retention is in lib/config/retention.ts.
 */
export * from './phone-hash';
export * from './redact';
export * from './record';
export * from './log-redaction';
