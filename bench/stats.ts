/** Latency summaries. Percentiles by the nearest-rank method, so p99 is a time that was actually measured. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Milliseconds, rounded for tables: three significant digits are more than a timer on a shared box gives. */
export function ms(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x >= 100) return Math.round(x);
  if (x >= 10) return Math.round(x * 10) / 10;
  if (x >= 1) return Math.round(x * 100) / 100;
  return Math.round(x * 1000) / 1000;
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
