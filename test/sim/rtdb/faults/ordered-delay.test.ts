import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OrderedDelay } from '../../../../sim/rtdb/faults/ordered-delay.js'

describe('OrderedDelay', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function collector() {
    const delivered: string[] = []
    const queue = new OrderedDelay<string>((item) => delivered.push(item), () => Date.now())
    return { delivered, queue }
  }

  it('delivers synchronously when there is no delay and nothing queued', () => {
    const { delivered, queue } = collector()
    queue.push('a', 0)
    expect(delivered).toEqual(['a'])
  })

  it('delays by the given time', () => {
    const { delivered, queue } = collector()
    queue.push('a', 100)
    vi.advanceTimersByTime(99)
    expect(delivered).toEqual([])
    vi.advanceTimersByTime(1)
    expect(delivered).toEqual(['a'])
  })

  it('never lets a later item overtake an earlier one when the delay drops', () => {
    const { delivered, queue } = collector()
    queue.push('slow', 200)
    queue.push('fast', 0)
    vi.advanceTimersByTime(199)
    expect(delivered).toEqual([])
    vi.advanceTimersByTime(1)
    expect(delivered).toEqual(['slow', 'fast'])
  })

  it('holds everything while paused and releases it in order on resume', () => {
    const { delivered, queue } = collector()
    queue.pause()
    queue.push('a', 0)
    queue.push('b', 10)
    vi.advanceTimersByTime(1000)
    expect(delivered).toEqual([])
    queue.resume()
    expect(delivered).toEqual(['a', 'b'])
  })

  it('drops pending items on close and ignores new ones', () => {
    const { delivered, queue } = collector()
    queue.push('a', 50)
    queue.close()
    queue.push('b', 0)
    vi.advanceTimersByTime(100)
    expect(delivered).toEqual([])
    expect(queue.pending).toBe(0)
  })
})
