import { describe, expect, it } from 'vitest'
import { createRng, seedOf } from '../../../sim/calls/prng.js'
import { buildSchedule } from '../../../sim/calls/schedule.js'
import type { Scenario } from '../../../sim/calls/script.js'

const scenario = (name: string, calls = 1): Scenario => ({
  name,
  description: name,
  file: `${name}.yaml`,
  faults: [],
  calls: Array.from({ length: calls }, (_, i) => ({
    label: `${name}#${i}`, from: '+15551230001', to: '+15559990000', delayMs: 0, turns: [], admin: [], end: 'hangup' as const, expect: {},
    source: { file: `${name}.yaml`, line: 1 },
  })),
})
const library = ['a', 'b', 'c', 'd', 'e'].map((n) => scenario(n, n === 'e' ? 2 : 1))

describe('prng', () => {
  it('is deterministic per seed and label, and differs between them', () => {
    const a = createRng('seed-1')
    const b = createRng('seed-1')
    const draws = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws)
    expect(createRng('seed-2').next()).not.toBe(draws[0])
    expect(createRng('s').fork('x').hex(16)).toBe(createRng('s').fork('x').hex(16))
    expect(createRng('s').fork('x').hex(16)).not.toBe(createRng('s').fork('y').hex(16))
    expect(seedOf('abc')).toBe(seedOf('abc'))
  })

  it('stays in range', () => {
    const rng = createRng(7)
    for (let i = 0; i < 200; i++) {
      const n = rng.next()
      expect(n).toBeGreaterThanOrEqual(0)
      expect(n).toBeLessThan(1)
      expect(rng.int(3, 5)).toBeGreaterThanOrEqual(3)
      const j = rng.jitter(100, 0.2)
      expect(j).toBeGreaterThanOrEqual(80)
      expect(j).toBeLessThan(120)
    }
    expect(rng.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4])
    expect(rng.hex(32)).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('buildSchedule', () => {
  it('gives the same schedule for the same seed, another for another seed', () => {
    const plan = (seed: string) => buildSchedule(library, createRng(seed), { calls: 12, concurrency: 4, rampMs: 1000 }).map((j) => [j.scenario.name, j.callSids, j.startAtMs])
    expect(plan('x')).toEqual(plan('x'))
    expect(plan('y')).not.toEqual(plan('x'))
  })

  it('plays every scenario once before any twice, with one well-formed CallSid per call', () => {
    const jobs = buildSchedule(library, createRng('z'), { calls: 7, concurrency: 3 })
    expect(jobs).toHaveLength(7)
    expect(new Set(jobs.slice(0, 5).map((j) => j.scenario.name)).size).toBe(5)
    for (const job of jobs) {
      expect(job.callSids).toHaveLength(job.scenario.calls.length)
      for (const sid of job.callSids) expect(sid).toMatch(/^CA[0-9a-f]{32}$/)
    }
    expect(new Set(jobs.flatMap((j) => j.callSids)).size).toBe(jobs.reduce((n, j) => n + j.callSids.length, 0))
  })

  it('defaults to each scenario once and spreads only the first wave over the ramp', () => {
    const jobs = buildSchedule(library, createRng('r'), { concurrency: 2, rampMs: 500 })
    expect(jobs.map((j) => j.scenario.name).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(jobs.slice(2).every((j) => j.startAtMs === 0)).toBe(true)
    for (const j of jobs.slice(0, 2)) expect(j.startAtMs).toBeLessThanOrEqual(500)
  })

  it('salts CallSids without changing the order', () => {
    const plain = buildSchedule(library, createRng('q'), { concurrency: 2 })
    const salted = buildSchedule(library, createRng('q'), { concurrency: 2, sidSalt: 'run-2' })
    expect(salted.map((j) => j.scenario.name)).toEqual(plain.map((j) => j.scenario.name))
    expect(salted[0]!.callSids).not.toEqual(plain[0]!.callSids)
  })
})
