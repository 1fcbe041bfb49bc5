import { describe, expect, it } from 'vitest'
import { CommitTimes } from '../../src/mirror/commit-times.js'

describe('CommitTimes', () => {
  it('answers the commit time of the most recent seqs and null outside that window', () => {
    const times = new CommitTimes(4)
    expect(times.at(1)).toBeNull()
    for (let seq = 1; seq <= 6; seq++) times.record(seq, 1000 + seq)
    expect([2, 3, 4, 5, 6, 7].map((seq) => times.at(seq))).toEqual([null, 1003, 1004, 1005, 1006, null])
  })

  it('restarts its window after a gap in seqs instead of answering for seqs it never saw', () => {
    const times = new CommitTimes(8)
    times.record(1, 10)
    times.record(2, 20)
    times.record(5, 50)
    expect([1, 2, 3, 4, 5].map((seq) => times.at(seq))).toEqual([null, null, null, null, 50])
  })

  it('rounds its capacity up to a power of two', () => {
    const times = new CommitTimes(5)
    for (let seq = 1; seq <= 20; seq++) times.record(seq, seq)
    expect(times.at(13)).toBe(13)
    expect(times.at(12)).toBeNull()
  })
})
