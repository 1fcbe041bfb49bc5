import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RecentSamples } from '../../src/mirror/recent-samples.js'

// The lag percentiles on /health and the dashboard: nearest-rank percentiles of the most recent
// `size` samples only.

function nearestRank(window: number[], p: number): number | null {
  if (window.length === 0) return null
  const sorted = [...window].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null
}

describe('RecentSamples', () => {
  it('gives nearest-rank percentiles of the latest samples, in the order asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 80 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }), (size, values, ps) => {
        const samples = new RecentSamples(size)
        for (const value of values) samples.observe(value)
        const window = values.slice(Math.max(0, values.length - size))
        expect(samples.percentiles(...ps)).toEqual(ps.map((p) => nearestRank(window, p)))
        expect(samples.count).toBe(values.length)
      }),
    )
  })

  it('sorts numbers as numbers', () => {
    const samples = new RecentSamples(8)
    for (const value of [9, 100, 10, 2]) samples.observe(value)
    expect(samples.percentiles(0, 50, 100)).toEqual([2, 9, 100])
  })
})
