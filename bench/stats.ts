/** Statistics shared by the benchmark scripts: one definition of median and p90. */

export interface Summary {
  n: number;
  median: number;
  p90: number;
  min: number;
  max: number;
  mean: number;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median (mean of the middle two for an even count), nearest-rank p90, min, max, mean. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no samples to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90 = sorted[Math.min(n - 1, Math.ceil(0.9 * n) - 1)]!;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / n;
  return {
    n,
    median: round(median),
    p90: round(p90),
    min: round(sorted[0]!),
    max: round(sorted[n - 1]!),
    mean: round(mean),
  };
}
