// Order statistics for the bench's samples. One definition everywhere (nearest rank), so a p99
// in a table, in the JSON and in --compare is the same number.

/** Nearest-rank percentile (0..100) of unsorted samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null
  return percentileOfSorted([...samples].sort((a, b) => a - b), p)
}

export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? null
}

/** Median of the non-null values (rounds that produced no figure are left out); null if none. */
export function median(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b)
  if (present.length === 0) return null
  const mid = present.length / 2
  return Number.isInteger(mid) ? ((present[mid - 1] as number) + (present[mid] as number)) / 2 : (present[Math.floor(mid)] as number)
}

export interface LatencySummary {
  count: number
  p50: number | null
  p97_5: number | null
  p99: number | null
  max: number | null
}

export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: percentileOfSorted(sorted, 50),
    p97_5: percentileOfSorted(sorted, 97.5),
    p99: percentileOfSorted(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : null,
  }
}

/** Cumulative Prometheus histogram buckets: upper bound (seconds, Infinity for +Inf) -> count. */
export type CumulativeBuckets = ReadonlyArray<{ le: number; count: number }>

/**
 * A percentile from the difference of two scrapes of the same cumulative histogram, linearly
 * interpolated inside the bucket (as Prometheus' histogram_quantile does): exact to a bucket's
 * width, which is what /metrics offers per record without keeping every sample.
 */
export function histogramPercentile(before: CumulativeBuckets, after: CumulativeBuckets, p: number): number | null {
  const delta = after.map((b, i) => ({ le: b.le, count: b.count - (before[i]?.count ?? 0) }))
  const total = delta[delta.length - 1]?.count ?? 0
  if (total <= 0) return null
  const rank = (p / 100) * total
  let lower = 0
  let below = 0
  for (const bucket of delta) {
    if (bucket.count >= rank) {
      if (!Number.isFinite(bucket.le)) return lower // beyond the last finite bound: report that bound
      const inBucket = bucket.count - below
      return inBucket <= 0 ? bucket.le : lower + (bucket.le - lower) * ((rank - below) / inBucket)
    }
    lower = Number.isFinite(bucket.le) ? bucket.le : lower
    below = bucket.count
  }
  return lower
}
