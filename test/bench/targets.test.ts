import { describe, expect, it } from 'vitest'
import { checkTargets, computeRatios, type ConditionSummary } from '../../bench/lib/summary.js'

// The bench reports targets as met or missed; a ratio of p99s taken while Aurora could not keep
// up with the fixed rate measures its queue, so it must not be reported as met (or missed).

function condition(id: string, reqPerSec: number, p99: number): ConditionSummary {
  return {
    id, label: id, target: 'aurora', load: 'paced', once: false, rounds: 1, reqPerSec,
    latencyMs: { p50: p99 / 2, p97_5: p99, p99, max: p99 }, errors: 0, timeouts: 0, non2xx: 0, sent: 1000, inFlightAtEnd: 0,
    mirrorLagMs: { p50: null, p99: null }, pendingPeak: null, rssPeakMb: null, cpuUsPerRequest: null, clientCpuUsPerRequest: null,
    catchUpMs: null, acknowledged: null, lost: null, duplicated: null, notDurable: null, dispatchLateP99Ms: null,
  }
}

const ratioChecks = (summaries: ConditionSummary[]) => {
  const s = Object.fromEntries(summaries.map((c) => [c.id, c]))
  return checkTargets(s, computeRatios(s), null, [], 1000).filter((c) => c.name.startsWith('p99 '))
}

describe('checkTargets', () => {
  it('judges the p99 ratios when every condition kept up with the rate', () => {
    expect(ratioChecks([condition('healthy', 998, 4), condition('lag', 1000, 4.4), condition('down', 990, 6)]).map((c) => [c.name, c.value, c.met])).toEqual([
      ['p99 lag / healthy', '1.10', true],
      ['p99 down / healthy', '1.50', false],
    ])
  })

  it('calls a ratio not comparable when a condition fell behind the rate, however good it looks', () => {
    const checks = ratioChecks([condition('healthy', 812, 1360), condition('lag', 890, 780), condition('down', 999, 700)])
    expect(checks.map((c) => c.met)).toEqual([null, null])
    expect(checks[0]?.value).toBe('0.57 (not comparable: lag answered 890/s of 1000/s, healthy answered 812/s of 1000/s)')
    expect(checks[1]?.value).toBe('0.51 (not comparable: healthy answered 812/s of 1000/s)')
  })

  it("shows the bare route's p99 at the same rate beside each caller p99, as the machine's floor", () => {
    const ceiling = { ...condition('ceiling', 1000, 6.43), target: 'ceiling' as const }
    const s = Object.fromEntries([condition('healthy', 998, 32.29), condition('lag', 999, 4.5), ceiling].map((c) => [c.id, c]))
    const callers = checkTargets(s, computeRatios(s), null, [], 1000).filter((c) => c.name.startsWith('caller p99'))
    expect(callers.slice(0, 2).map((c) => [c.value, c.met])).toEqual([
      ['32.29 ms (ceiling 6.43 ms)', false],
      ['4.50 ms (ceiling 6.43 ms)', true],
    ])
  })
})
