/**
 * Privacy: the keyed phone hash (./phone-hash.ts), E.164 numbers (./phone-number.ts), PII
 * redaction of text that spreads (./redact.ts) and retention (./retention.ts).
 */
export * from './phone-hash';
export * from './redact';
export * from './record';
