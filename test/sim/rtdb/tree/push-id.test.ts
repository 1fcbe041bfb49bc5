import { describe, expect, test } from 'vitest'
import { compareKeys } from '../../../../sim/rtdb/tree/key-order.js'
import { createPushIdGenerator, PUSH_CHARS } from '../../../../sim/rtdb/tree/push-id.js'

function decodeTime(id: string): number {
  return [...id.slice(0, 8)].reduce((time, char) => time * 64 + PUSH_CHARS.indexOf(char), 0)
}

function expectStrictlyIncreasing(ids: string[]): void {
  for (let i = 1; i < ids.length; i++) {
    const [previous, current] = [ids[i - 1] ?? '', ids[i] ?? '']
    expect(previous < current, `${previous} < ${current}`).toBe(true)
    // §15.35: orderByKey sorts push ids chronologically, so the §7 key order must agree.
    expect(compareKeys(previous, current)).toBeLessThan(0)
  }
}

describe('createPushIdGenerator', () => {
  test('8 time characters then 12 random ones, over the push alphabet', () => {
    const id = createPushIdGenerator(() => 1_718_000_000_000)()
    expect(id).toMatch(/^[-0-9A-Z_a-z]{20}$/)
    expect(decodeTime(id)).toBe(1_718_000_000_000)
  })

  test('strictly increasing within one millisecond (the random part counts up, carrying)', () => {
    const next = createPushIdGenerator(() => 1_718_000_000_000)
    const ids = Array.from({ length: 5_000 }, next)
    expectStrictlyIncreasing(ids)
    expect(new Set(ids.map(decodeTime))).toEqual(new Set([1_718_000_000_000]))
  })

  test('increasing as time moves on, and the time prefix follows the clock', () => {
    let now = 1_718_000_000_000
    const next = createPushIdGenerator(() => now)
    const ids: string[] = []
    for (let i = 0; i < 100; i++) {
      ids.push(next())
      now += i % 3 === 0 ? 0 : 1 + (i % 7)
    }
    expectStrictlyIncreasing(ids)
    expect(decodeTime(ids[ids.length - 1] ?? '')).toBeLessThanOrEqual(now)
  })

  test('a clock that steps back does not produce a smaller id', () => {
    let now = 1_718_000_000_500
    const next = createPushIdGenerator(() => now)
    const first = next()
    now -= 400
    expectStrictlyIncreasing([first, next(), next()])
  })

  test('fresh random characters in each new millisecond', () => {
    let now = 1_718_000_000_000
    const next = createPushIdGenerator(() => now)
    const tails = new Set<string>()
    for (let i = 0; i < 50; i++) {
      tails.add(next().slice(8))
      now++
    }
    // 72 random bits per ms: 50 distinct tails (a collision would mean the tail is not refreshed).
    expect(tails.size).toBe(50)
  })

  test('generators do not share state', () => {
    const a = createPushIdGenerator(() => 1_718_000_000_000)
    const b = createPushIdGenerator(() => 1_718_000_000_000)
    const first = a()
    b()
    const second = a()
    // Had b advanced a shared counter, a's second id would have skipped a value.
    const lastIndex = (id: string): number => PUSH_CHARS.indexOf(id.charAt(19))
    expect((lastIndex(first) + 1) % 64).toBe(lastIndex(second))
  })
})
