// Percentiles from a histogram (value → how many), computed exactly like
// PostgreSQL's percentile_cont over the underlying values: linear
// interpolation between the two nearest ranks.
export type Bucket = { value: number; n: number };

export function percentileFromHistogram(buckets: Bucket[], p: number): number | null {
  const sorted = buckets.filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.n;
      if (rank < seen) return b.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const r = p * (total - 1);
  const lo = valueAt(Math.floor(r));
  return lo + (r - Math.floor(r)) * (valueAt(Math.ceil(r)) - lo);
}
