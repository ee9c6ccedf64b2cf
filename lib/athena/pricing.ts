/**
 * Athena's price for SQL queries (us-east-1 list price, https://aws.amazon.com/athena/pricing/):
 * USD 5.00 per TB of data scanned, billed per query rounded up to the next megabyte with a
 * 10 MB minimum. Check the page for your region.
 */

/** USD per terabyte (10^12 bytes) scanned. */
export const ATHENA_USD_PER_TB = 5;
/** Smallest bill per query, bytes (10 MB). */
export const ATHENA_MIN_BILLED_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;

/** USD one query costs for `bytesScanned` bytes (rounded up to a MB, 10 MB minimum). */
export function athenaQueryCostUsd(bytesScanned: number): number {
  const billed = Math.max(ATHENA_MIN_BILLED_BYTES, Math.ceil(bytesScanned / MB) * MB);
  return (billed / 1e12) * ATHENA_USD_PER_TB;
}
