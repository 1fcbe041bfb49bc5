// The quick simulated suite in `npm test`: every scenario of the library once, against an
// in-process Aurora whose Firebase path goes down in the middle of the run. It must end with
// zero failed expectations and zero lost turns, Firebase equal to the local store.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'
import { expandFiles } from '../../sim/calls/cli-args.js'
import { runSimulation } from '../../sim/calls/runner.js'
import { loadScenarios, parseScenario } from '../../sim/calls/scenario-loader.js'
import type { FaultWindow } from '../../sim/calls/script.js'
import { percentile } from '../../sim/calls/summary.js'
import { formatSummary } from '../../sim/calls/summary-table.js'

// Simulated ms at pace 0.05: the outage covers 1.5 s to 3.5 s of a run that lasts about 5 s.
const PACE = 0.05
const OUTAGE: FaultWindow = { kind: 'outage', atMs: 30_000, forMs: 40_000, source: { file: 'test/scenarios/quick-suite.test.ts', line: 17 } }

describe('quick simulated suite', () => {
  it('plays every scenario once through a Firebase outage: no failed expectation, no lost turn', async () => {
    const scenarios = await loadScenarios(expandFiles([join(REPO_ROOT, 'sim/scenarios/*.yaml')]))
    const result = await runSimulation({
      scenarios,
      faults: [...scenarios.flatMap((s) => s.faults), OUTAGE],
      seed: 'quick-suite',
      concurrency: scenarios.length,
      pace: PACE,
      // Aurora's default deadline is 5 s; 1 s makes the mirror force a reconnect soon after the outage.
      environment: { kind: 'owned', mode: 'inprocess', mirrorDeadlineMs: 1000 },
      drainTimeoutMs: 30_000,
    })
    const summary = formatSummary(result)
    expect(result.failures, summary).toEqual([])
    expect(result.checks, summary).toMatchObject({ treesEqual: true, lostTurns: 0, duplicateTurns: 0 })
    expect(result.calls.length).toBeGreaterThan(scenarios.length) // same-number-twice places two calls
    expect(result.checks.acknowledgedTurns).toBeGreaterThan(50)

    // The outage really was in the middle of the calls, and every turn reached Firebase afterwards.
    const inOutage = result.samples.filter((s) => s.measure === 'caller_latency' && s.phase.includes('outage'))
    expect(inOutage.length, summary).toBeGreaterThan(10)
    const firebase = result.samples.filter((s) => s.measure === 'firebase_lag')
    expect(firebase.length).toBe(result.checks.acknowledgedTurns)
    expect(result.admin, summary).toMatchObject({ measured: true, actionsVia: 'admin-api' })

    // A coarse guard for the one law, not a benchmark: callers are answered while Firebase is down
    // (waiting for Firebase would take as long as the outage itself).
    const p95 = percentile(inOutage.map((s) => s.ms).sort((a, b) => a - b), 95)
    expect(p95, summary).toBeLessThan(1500)
  }, 120_000)

  it('reports a failed expectation with its call, turn and scenario line', async () => {
    const text = `name: wrong-expectation
description: expects the wrong place
calls:
  - from: "+15551230001"
    turns:
      - say: "There's a fire in Zone A"
        expect:
          mentions: ["Zone B"]
          urgency_at_most: LOW
`
    const scenario = parseScenario(text, 'test/scenarios/wrong-expectation.yaml')
    const result = await runSimulation({ scenarios: [scenario], faults: [], seed: 'wrong', concurrency: 1, pace: 0, environment: { kind: 'owned', mode: 'inprocess' } })
    expect(result.ok).toBe(false)
    expect(result.failures.map((f) => [f.kind, f.label, f.turn, f.source, f.message])).toEqual([
      ['expectation', 'wrong-expectation', 1, 'test/scenarios/wrong-expectation.yaml:6', expect.stringMatching(/^reply should mention "Zone B"; heard "Get everyone out of Zone A now\./)],
      ['expectation', 'wrong-expectation', 1, 'test/scenarios/wrong-expectation.yaml:6', 'urgency after this turn is CRITICAL, expected at most LOW'],
    ])
    expect(result.checks).toMatchObject({ treesEqual: true, lostTurns: 0 })
  }, 60_000)
})
