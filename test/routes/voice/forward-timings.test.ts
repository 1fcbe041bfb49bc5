import { describe, expect, it } from 'vitest'
import { forwardTimings } from '../../../src/routes/voice/deadline.js'

// A turn passed on to the instance holding the call, then (if that fails) answered here, must
// still answer before Twilio gives up on the webhook at 15 s, at any WEBHOOK_DEADLINE_MS the
// config allows (500-12,000 ms), and beyond. The wiring is exercised in call-affinity.test.ts.

describe('forwardTimings', () => {
  it('keeps a forward and the local answer after it within 14 s, for every allowed deadline', () => {
    for (let deadline = 500; deadline <= 14_000; deadline += 500) {
      const { forwardMs, localAfter } = forwardTimings(deadline)
      // The forward may use all of its time, then the local turn all of what is left.
      expect(forwardMs + localAfter(forwardMs), `deadline ${deadline}`).toBeLessThanOrEqual(14_000)
      expect(localAfter(forwardMs)).toBeGreaterThanOrEqual(1000)
    }
  })

  it("gives the holder its own deadline plus a second for the trip when that fits, as before", () => {
    const { forwardMs, localAfter } = forwardTimings(10_000)
    expect(forwardMs).toBe(11_000)
    expect(localAfter(200)).toBe(9_800)
    expect(localAfter(10_500)).toBe(1000)
    // The largest deadline the config allows leaves the holder its full time.
    expect(forwardTimings(12_000).forwardMs).toBe(13_000)
    // A larger one (refused by the config) would cut the forward short rather than overrun.
    expect(forwardTimings(14_000).forwardMs).toBe(13_000)
  })
})
