import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../../../sim/fault-proxy/proxy.js'
import { startEmulator, type Emulator } from '../../../sim/rtdb/emulator.js'
import { FaultTimeline, pacedWindow } from '../../../sim/calls/fault-timeline.js'
import { createRng } from '../../../sim/calls/prng.js'
import type { FaultWindow } from '../../../sim/calls/script.js'

const source = { file: 'faults.yaml', line: 1 }
const window = (w: Omit<FaultWindow, 'source'>): FaultWindow => ({ ...w, source })

let emulator: Emulator
let proxy: FaultProxy

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  proxy = await startFaultProxy({ target: { host: emulator.host, port: emulator.port } })
})

afterAll(async () => {
  await proxy.stop()
  await emulator.stop()
})

describe('FaultTimeline', () => {
  it('applies overlapping windows to the proxy and the emulator at their times, and clears them', () => {
    vi.useFakeTimers()
    try {
      const start = Date.now()
      const now = (): number => Date.now() - start
      const timeline = new FaultTimeline(
        [
          window({ kind: 'outage', atMs: 100, forMs: 100 }),
          window({ kind: 'latency', atMs: 150, forMs: 200, latencyMs: 300 }),
          window({ kind: 'reject-writes', atMs: 400, forMs: 50 }),
        ],
        createRng('t'),
        { proxy, emulator: emulator.faults },
        now,
      )
      timeline.start()
      vi.advanceTimersByTime(99)
      expect(proxy.state).toMatchObject({ down: false, latencyMs: { in: 0, out: 0 } })
      vi.advanceTimersByTime(1)
      expect(proxy.state.down).toBe(true)
      expect(timeline.active).toEqual(['outage'])
      vi.advanceTimersByTime(50)
      expect(proxy.state).toMatchObject({ down: true, latencyMs: { in: 300, out: 300 } })
      vi.advanceTimersByTime(50)
      expect(proxy.state).toMatchObject({ down: false, latencyMs: { in: 300, out: 300 } })
      vi.advanceTimersByTime(200)
      expect(emulator.faults.state.rejectWrites).toBe(true)
      timeline.stop()
      expect(emulator.faults.state.rejectWrites).toBe(false)
      expect(proxy.state).toMatchObject({ down: false, stall: false, latencyMs: { in: 0, out: 0 } })
      expect(timeline.applied.map((f) => [f.label, f.startMs, f.endMs])).toEqual([
        ['outage', 100, 200],
        ['latency 300ms', 150, 350],
        ['reject-writes', 400, 400],
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('repeats a window with the same seeded jitter for the same seed', () => {
    const starts = (seed: string): number[] => {
      vi.useFakeTimers()
      try {
        const start = Date.now()
        const timeline = new FaultTimeline([window({ kind: 'drop', atMs: 1000, forMs: 0, everyMs: 1000, jitterMs: 200 })], createRng(seed), null, () => Date.now() - start)
        timeline.start()
        vi.advanceTimersByTime(5500)
        timeline.stop()
        return timeline.applied.map((f) => f.startMs)
      } finally {
        vi.useRealTimers()
      }
    }
    const a = starts('s1')
    expect(a).toHaveLength(5)
    a.forEach((t, k) => expect(Math.abs(t - (k + 1) * 1000)).toBeLessThanOrEqual(200))
    expect(starts('s1')).toEqual(a)
    expect(starts('s2')).not.toEqual(a)
  })

  it('scales window times by the pace, not the injected latency', () => {
    expect(pacedWindow(window({ kind: 'latency', atMs: 1000, forMs: 2000, latencyMs: 300, everyMs: 10_000, jitterMs: 100 }), 0.5)).toEqual(
      window({ kind: 'latency', atMs: 500, forMs: 1000, latencyMs: 300, everyMs: 5000, jitterMs: 50 }),
    )
  })
})
