// Which scenario each job plays, in what order, with which CallSids, and when the first wave
// starts: all drawn from the seed, so a run can be replayed exactly. Every scenario is played
// once before any is played twice (`--calls` beyond the library size cycles through reshuffled
// rounds).

import type { Rng } from './prng.js'
import type { Scenario } from './script.js'

export interface Job {
  index: number
  scenario: Scenario
  /** One per call of the scenario. */
  callSids: string[]
  /** Jobs of the first wave start spread over the ramp instead of all in the same millisecond. */
  startAtMs: number
  /** Label of this job's seeded stream (pauses, jitter). */
  stream: string
}

export interface ScheduleOptions {
  /** Scenario plays (jobs); default one per scenario. */
  calls?: number
  concurrency: number
  /** Spread of the first wave's start times (unscaled ms); default 0. */
  rampMs?: number
  /** Mixed into CallSids only (a rerun against the same --target must not reuse them); the order stays the seed's. */
  sidSalt?: string
}

export function buildSchedule(scenarios: readonly Scenario[], rng: Rng, options: ScheduleOptions): Job[] {
  if (scenarios.length === 0) return []
  const count = options.calls ?? scenarios.length
  const order = rng.fork('order')
  const sids = rng.fork(`sids${options.sidSalt ? `/${options.sidSalt}` : ''}`)
  const ramp = rng.fork('ramp')
  const picks: Scenario[] = []
  while (picks.length < count) picks.push(...order.shuffle(scenarios))
  const wave = Math.max(1, options.concurrency)
  return picks.slice(0, count).map((scenario, index) => ({
    index,
    scenario,
    callSids: scenario.calls.map(() => `CA${sids.hex(32)}`),
    startAtMs: index < wave && options.rampMs ? Math.round(ramp.next() * options.rampMs) : 0,
    stream: `job-${index}`,
  }))
}
