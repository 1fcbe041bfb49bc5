import { describe, expect, it } from 'vitest'
import { leastSquares, plateauAt, windowStats } from '../../../sim/soak/trend.js'

describe('leastSquares', () => {
  it('recovers the slope and intercept of an exact line', () => {
    const fit = leastSquares([0, 1, 2, 3, 4].map((x) => ({ x, y: 3 * x + 100 })))
    expect(fit?.slope).toBeCloseTo(3)
    expect(fit?.intercept).toBeCloseTo(100)
    expect(fit?.r2).toBeCloseTo(1)
    expect(fit?.points).toBe(5)
  })

  it('gives a flat slope with a low r² for a sawtooth that does not grow (GC cycles)', () => {
    const points = Array.from({ length: 60 }, (_, i) => ({ x: i / 12, y: 200 + (i % 6) * 5 }))
    const fit = leastSquares(points)
    expect(Math.abs(fit?.slope ?? 1)).toBeLessThan(1)
    expect(fit?.r2 ?? 1).toBeLessThan(0.1)
  })

  it('refuses fewer than two distinct x', () => {
    expect(leastSquares([])).toBeNull()
    expect(leastSquares([{ x: 1, y: 1 }])).toBeNull()
    expect(leastSquares([{ x: 1, y: 1 }, { x: 1, y: 5 }])).toBeNull()
  })
})

describe('windowStats', () => {
  it('puts each point in its window and keeps empty windows', () => {
    const stats = windowStats([{ x: 0, y: 10 }, { x: 5, y: 30 }, { x: 25, y: 7 }, { x: 40, y: 1 }], 10, 0, 30)
    expect(stats.map((w) => w.count)).toEqual([2, 0, 1])
    expect(stats[0]).toMatchObject({ from: 0, p50: 10, p99: 30, max: 30 })
    expect(stats[1]).toMatchObject({ from: 10, p50: null, max: null })
  })
})

describe('plateauAt', () => {
  it('finds when a bounded cache stopped growing', () => {
    const sizes = [0, 100, 200, 300, 300, 300, 300]
    expect(plateauAt(sizes.map((size, i) => ({ t: i * 5000, size })))).toBe(15_000)
  })

  it('answers null while it is still growing or only just reached its last value', () => {
    expect(plateauAt([0, 100, 200].map((size, i) => ({ t: i, size })))).toBeNull()
    expect(plateauAt([0, 100, 200, 200].map((size, i) => ({ t: i, size })))).toBeNull()
    expect(plateauAt([])).toBeNull()
  })
})
