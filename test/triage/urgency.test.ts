import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { URGENCIES, raiseKnownUrgency, raiseUrgency, urgencyRank, type Urgency } from '../../src/triage/urgency.js'

describe('urgencyRank', () => {
  it('orders CRITICAL > HIGH > MEDIUM > LOW > UNKNOWN', () => {
    const ranks = URGENCIES.map(urgencyRank)
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    expect(new Set(ranks).size).toBe(URGENCIES.length)
    expect(urgencyRank('UNKNOWN')).toBe(Math.min(...ranks))
  })
})

describe('raiseUrgency', () => {
  it('goes up, never down', () => {
    expect(raiseUrgency('UNKNOWN', 'LOW')).toBe('LOW')
    expect(raiseUrgency('HIGH', 'CRITICAL')).toBe('CRITICAL')
    expect(raiseUrgency('CRITICAL', 'LOW')).toBe('CRITICAL')
    expect(raiseUrgency('MEDIUM', 'UNKNOWN')).toBe('MEDIUM')
  })

  it('is monotonic over any sequence of proposals within a call', () => {
    const urgency = fc.constantFrom<Urgency>(...URGENCIES)
    fc.assert(fc.property(urgency, fc.array(urgency, { maxLength: 30 }), (start, proposals) => {
      let current = start
      for (const proposed of proposals) {
        const next = raiseUrgency(current, proposed)
        expect(urgencyRank(next)).toBeGreaterThanOrEqual(urgencyRank(current))
        expect(urgencyRank(next)).toBeGreaterThanOrEqual(urgencyRank(proposed))
        expect([current, proposed]).toContain(next)
        current = next
      }
      expect(urgencyRank(current)).toBe(Math.max(urgencyRank(start), ...proposals.map(urgencyRank)))
    }))
  })

  it('does not depend on argument order and is idempotent', () => {
    const urgency = fc.constantFrom<Urgency>(...URGENCIES)
    fc.assert(fc.property(urgency, urgency, (a, b) => {
      expect(raiseUrgency(a, b)).toBe(raiseUrgency(b, a))
      expect(raiseUrgency(a, a)).toBe(a)
    }))
  })
})

describe('raiseKnownUrgency', () => {
  it('ignores UNKNOWN so an assessed urgency stays assessed', () => {
    expect(raiseKnownUrgency('LOW', 'UNKNOWN')).toBe('LOW')
    expect(raiseKnownUrgency('LOW', 'HIGH')).toBe('HIGH')
    expect(raiseKnownUrgency('CRITICAL', 'MEDIUM')).toBe('CRITICAL')
  })
})
