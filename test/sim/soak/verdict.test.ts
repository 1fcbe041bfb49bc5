import { describe, expect, it } from 'vitest'
import type { FdBreakdown } from '../../../sim/soak/process-probe.js'
import { emptyStats } from '../../../sim/soak/stream-slot.js'
import { judge, ownFds, type VerdictInput } from '../../../sim/soak/verdict.js'

function fds(total: number, inbound: Record<string, number> = {}): FdBreakdown {
  return { total, files: {}, pipes: 2, anon: {}, sockets: { listening: 1, inbound, outbound: { ESTABLISHED: 1 }, unix: 0, other: 0 } }
}

const passing: VerdictInput = {
  acknowledgedTurns: 10,
  local: { found: 10, lost: 0, duplicated: 0 },
  firebase: { found: 10, lost: 0, duplicated: 0 },
  treesEqual: true,
  drained: true,
  rssFit: { slope: 0.4, intercept: 150, r2: 0.2, slopeStderr: 0.2, points: 90 },
  rssWindow: 'from 8:45 to the end of the load',
  rssNotJudged: null,
  fdsStart: fds(30, { ESTABLISHED: 2 }),
  fdsEnd: fds(29),
  streamsRequested: 200,
  streams: { overview: { ...emptyStats(), opened: 5 }, conversation: emptyStats() },
  otherFailures: {},
  auroraProblem: null,
}
const limits = { maxRssSlopeMiBPerMin: 2, fdTolerance: 5 }
const failing = (input: VerdictInput): string[] => judge(input, limits).filter((c) => !c.ok && c.gating).map((c) => c.name)

describe('judge', () => {
  it('passes a clean run', () => {
    expect(failing(passing)).toEqual([])
  })

  it('fails on one lost or duplicated turn in either layer', () => {
    expect(failing({ ...passing, firebase: { found: 9, lost: 1, duplicated: 0 } })).toEqual(['turns in Firebase'])
    expect(failing({ ...passing, local: { found: 9, lost: 0, duplicated: 1 } })).toEqual(['turns in the local store'])
  })

  it('fails above the RSS slope limit, and only reports a slope it could not judge', () => {
    expect(failing({ ...passing, rssFit: { slope: 2.5, intercept: 150, r2: 0.9, slopeStderr: 0.1, points: 90 } })).toEqual(['RSS flat after warm-up'])
    const short = judge({ ...passing, rssNotJudged: 'the journal cache was still filling' }, limits)
    expect(short.filter((c) => c.name === 'RSS flat after warm-up')).toEqual([
      { name: 'RSS flat after warm-up', ok: false, gating: false, detail: 'not judged: the journal cache was still filling' },
    ])
  })

  it('does not count the load generator\'s idle keep-alive sockets, but does count CLOSE_WAIT', () => {
    // 28 own fds at the start (30 minus 2 idle inbound connections).
    expect(ownFds(passing.fdsStart as FdBreakdown)).toBe(28)
    expect(failing({ ...passing, fdsEnd: fds(40, { ESTABLISHED: 7 }) })).toEqual([])
    expect(failing({ ...passing, fdsEnd: fds(34) })).toEqual(['no fd leak'])
    expect(failing({ ...passing, fdsEnd: fds(29, { CLOSE_WAIT: 1 }) })).toEqual(['no fd leak'])
  })

  it('fails on stream errors and repeated events, but only reports expectation failures', () => {
    const streams = { overview: { ...emptyStats(), opened: 5, replayedIds: 1 }, conversation: emptyStats() }
    expect(failing({ ...passing, streams })).toEqual(['admin streams'])
    const checks = judge({ ...passing, otherFailures: { expectation: 3 } }, limits)
    expect(checks.find((c) => c.name === 'scenario expectations')).toMatchObject({ ok: false, gating: false })
    expect(failing({ ...passing, otherFailures: { webhook: 1, expectation: 3 } })).toEqual(['calls played as scripted'])
  })
})
