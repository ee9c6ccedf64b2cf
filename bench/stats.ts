/** Timing summaries for the benchmarks (no dependencies, so light processes can use it). */

/** Timing summary (in the samples' unit: ms for the pipeline sections, µs for signals). */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

/** Nearest-rank percentiles of samples (any unit; the result is in the same unit). */
export function percentiles(samples: readonly number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}
