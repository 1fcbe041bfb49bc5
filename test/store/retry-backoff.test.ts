import { describe, expect, it } from 'vitest'
import { RetryBackoff } from '../../src/store/retry-backoff.js'

describe('RetryBackoff', () => {
  it('doubles the pause after each failure up to the cap, and a success ends it', () => {
    let now = 0
    const backoff = new RetryBackoff(1_000, 8_000, () => now)
    expect(backoff.ready()).toBe(true)
    expect([backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed()]).toEqual([1_000, 2_000, 4_000, 8_000, 8_000])
    expect(backoff.failures).toBe(5)
    expect(backoff.ready()).toBe(false)
    now += 7_999
    expect(backoff.msUntilReady()).toBe(1)
    expect(backoff.ready()).toBe(false)
    now += 1
    expect(backoff.ready()).toBe(true)

    backoff.failed()
    backoff.succeeded()
    expect(backoff.ready()).toBe(true)
    expect(backoff.failures).toBe(0)
    expect(backoff.failed()).toBe(1_000)
  })

  it('stays at the cap however long the failures last', () => {
    const backoff = new RetryBackoff(1_000, 300_000, () => 0)
    let last = 0
    for (let i = 0; i < 2_000; i++) last = backoff.failed()
    expect(last).toBe(300_000)
  })
})
