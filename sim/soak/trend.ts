// The soak's arithmetic, kept pure so it is tested without a run: the least-squares slope that
// decides whether memory grows, and per-window percentiles for the report's latency series.

import { percentile } from '../calls/summary.js'

export interface Point {
  x: number
  y: number
}

export interface Fit {
  /** y per unit of x. */
  slope: number
  intercept: number
  /** Share of the variance the line explains (0..1); low means the slope is mostly noise. */
  r2: number
  /** Standard error of the slope (NaN with two points): the slope is known to about ±2 of these. */
  slopeStderr: number
  points: number
}

/** Ordinary least squares over the points; null with fewer than two distinct x. */
export function leastSquares(points: readonly Point[]): Fit | null {
  const n = points.length
  if (n < 2) return null
  let sx = 0
  let sy = 0
  for (const p of points) {
    sx += p.x
    sy += p.y
  }
  const mx = sx / n
  const my = sy / n
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const p of points) {
    sxx += (p.x - mx) ** 2
    sxy += (p.x - mx) * (p.y - my)
    syy += (p.y - my) ** 2
  }
  if (sxx === 0) return null
  const slope = sxy / sxx
  const intercept = my - slope * mx
  let residuals = 0
  for (const p of points) residuals += (p.y - (intercept + slope * p.x)) ** 2
  return { slope, intercept, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy), slopeStderr: n > 2 ? Math.sqrt(residuals / (n - 2) / sxx) : Number.NaN, points: n }
}

export interface WindowStat {
  /** Start of the window, in the points' x unit. */
  from: number
  count: number
  p50: number | null
  p99: number | null
  max: number | null
}

/** Percentiles of y per consecutive window of x (empty windows are kept, with count 0). */
export function windowStats(points: readonly Point[], width: number, from: number, to: number): WindowStat[] {
  if (width <= 0 || to <= from) return []
  const buckets: number[][] = Array.from({ length: Math.ceil((to - from) / width) }, () => [])
  for (const p of points) {
    if (p.x < from || p.x >= to) continue
    buckets[Math.floor((p.x - from) / width)]?.push(p.y)
  }
  return buckets.map((values, i) => {
    const sorted = values.sort((a, b) => a - b)
    return { from: from + i * width, count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? null }
  })
}

/**
 * When a bounded cache stopped growing: the first sample at which `size` reached the value it
 * then kept for at least `hold` more samples, or null if it was still growing at the end.
 * (Aurora's journal keeps its last 10,000 records in memory; at the soak's load it takes about
 * 8 minutes to fill, and until then RSS grows with it by design.)
 */
export function plateauAt(samples: readonly { t: number; size: number | null }[], hold = 2): number | null {
  const known = samples.filter((s): s is { t: number; size: number } => s.size !== null)
  const max = Math.max(...known.map((s) => s.size))
  const first = known.findIndex((s) => s.size === max)
  if (first < 0 || known.length - 1 - first < hold) return null
  return known[first]?.t ?? null
}
