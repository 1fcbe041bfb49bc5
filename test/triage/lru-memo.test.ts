import { describe, expect, it } from 'vitest'
import { lruMemo } from '../../src/triage/lru-memo.js'

function counted(capacity: number): { read: (text: string) => string; computed: string[] } {
  const computed: string[] = []
  return { read: lruMemo(capacity, (text) => (computed.push(text), text.toUpperCase())), computed }
}

describe('lruMemo', () => {
  it('computes a text once while it stays among the recently used', () => {
    const { read, computed } = counted(8)
    for (let round = 0; round < 50; round++) for (const t of ['a', 'b', 'c', 'd']) expect(read(t)).toBe(t.toUpperCase())
    expect(computed).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps a text read on every turn however many others pass through, and forgets the rest', () => {
    const { read, computed } = counted(8)
    read('hot')
    for (let i = 0; i < 1000; i++) {
      read(`once ${i}`)
      read('hot')
    }
    expect(computed.filter((t) => t === 'hot')).toHaveLength(1)
    read('once 0')
    expect(computed.filter((t) => t === 'once 0')).toHaveLength(2)
  })

  it('remembers falsy values too', () => {
    const computed: string[] = []
    const read = lruMemo(4, (text) => (computed.push(text), text === 'none' ? undefined : 0))
    for (let i = 0; i < 3; i++) { read('none'); read('zero') }
    expect(computed).toEqual(['none', 'zero'])
  })

  it('holds no more than its capacity: the oldest texts are computed again', () => {
    const { read, computed } = counted(8)
    for (let i = 0; i < 9; i++) read(`t${i}`)
    read('t0')
    expect(computed.filter((t) => t === 't0')).toHaveLength(2)
  })
})
