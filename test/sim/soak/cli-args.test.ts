import { describe, expect, it } from 'vitest'
import { parseSoakArgs, UsageError } from '../../../sim/soak/cli-args.js'

describe('parseSoakArgs', () => {
  it('defaults to the issue\'s soak: 10 minutes, 100 calls, 200 streams, an outage every 2 minutes', () => {
    const o = parseSoakArgs([], new Date('2030-01-02T03:04:05.678Z'))
    expect(o).toMatchObject({ minutes: 10, concurrency: 100, streams: 200, outageEveryMin: 2, outageForS: 20, warmUpMin: 2, pace: 1 })
    expect(o.thresholds).toEqual({ maxRssSlopeMiBPerMin: 2, fdTolerance: 5 })
    expect(o.reportDir).toBe('sim-reports/soak-2030-01-02T03-04-05-678Z')
    expect(o.files.length).toBeGreaterThan(0)
  })

  it('reads the knobs', () => {
    const o = parseSoakArgs(['--minutes', '3', '--outage-every', '1', '--calls-concurrency', '20', '--streams', '0', '--seed', 'x', '--report', 'r'])
    expect(o).toMatchObject({ minutes: 3, outageEveryMin: 1, concurrency: 20, streams: 0, seed: 'x', reportDir: 'r' })
  })

  it('splits --node-flags into separate command-line flags', () => {
    expect(parseSoakArgs(['--node-flags=--trace-gc  --trace-gc-nvp']).nodeFlags).toEqual(['--trace-gc', '--trace-gc-nvp'])
    expect(parseSoakArgs([]).nodeFlags).toBeUndefined()
  })

  it('rejects bad values with the option named', () => {
    expect(() => parseSoakArgs(['--calls-concurrency', '2.5'])).toThrow(/--calls-concurrency must be an integer/)
    expect(() => parseSoakArgs(['--minutes', 'ten'])).toThrow(UsageError)
    expect(() => parseSoakArgs(['--outage-every', '0.5', '--outage-for', '30'])).toThrow(/shorter than --outage-every/)
    expect(() => parseSoakArgs(['--no-such-option'])).toThrow(UsageError)
  })
})
