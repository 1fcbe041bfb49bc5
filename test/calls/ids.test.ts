import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createIdGenerator, messageId } from '../../src/calls/ids.js'

const runs = Number(process.env.FC_RUNS ?? 300)
/** The Firebase key rules: no . $ # [ ] / or control characters, at most 768 UTF-8 bytes. */
const isFirebaseKey = (key: string): boolean => key.length > 0 && !/[.$#[\]/\u0000-\u001F\u007F]/.test(key) && Buffer.byteLength(key) <= 768
const at = (iso: string): Date => new Date(iso)

describe('call ids', () => {
  it('has the format the operations team knows', () => {
    const ids = createIdGenerator({ instanceId: 'eu1' })
    expect(ids.callIds('+15551234567', at('2025-10-04T14:30:00.250Z'))).toEqual({
      callId: 'call_15551234567_20251004_143000_eu1',
      convId: 'conv_15551234567_20251004_143000_eu1',
    })
    expect(ids.callIds('client:alice', at('2025-10-04T14:30:00Z')).callId).toBe('call_anon_20251004_143000_eu1')
  })

  it('adds a sortable counter when one number calls the same instance twice in a second', () => {
    const ids = createIdGenerator({ instanceId: 'eu1' })
    const now = at('2025-10-04T14:30:00Z')
    const callIds = Array.from({ length: 3 }, () => ids.callIds('+15551234567', now).callId)
    expect(callIds).toEqual(['call_15551234567_20251004_143000_eu1', 'call_15551234567_20251004_143000_eu1-002', 'call_15551234567_20251004_143000_eu1-003'])
  })

  it('keeps creation order past 999 calls in one second', () => {
    const ids = createIdGenerator({ instanceId: 'eu1' })
    const now = at('2025-10-04T14:30:00Z')
    const issued = Array.from({ length: 1100 }, () => ids.callIds('+15551234567', now).callId)
    expect(issued[999]).toBe('call_15551234567_20251004_143000_eu1-z1000')
    expect([...issued].sort()).toEqual(issued)
    expect(new Set(issued).size).toBe(1100)
  })

  it('rejects an instance id that is not a short slug', () => {
    for (const instanceId of ['', 'EU1', 'eu-1', 'a'.repeat(17)]) {
      expect(() => createIdGenerator({ instanceId })).toThrow(expect.objectContaining({ code: 'AURORA_ERR_CALLS_INVALID_INSTANCE_ID' }))
    }
  })

  it('rejects an invalid clock', () => {
    expect(() => createIdGenerator({ instanceId: 'a' }).callIds('+15551234567', new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: 'AURORA_ERR_CALLS_INVALID_TIME' }),
    )
  })

  it('property: always valid Firebase keys, whatever the number and the clock', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.date({ noInvalidDate: true }), fc.stringMatching(/^[a-z0-9]{1,16}$/), (from, now, instanceId) => {
        const { callId, convId } = createIdGenerator({ instanceId }).callIds(from, now)
        expect(isFirebaseKey(callId)).toBe(true)
        expect(isFirebaseKey(convId)).toBe(true)
        expect(callId.length).toBeLessThanOrEqual(80)
        expect(convId.slice(5)).toBe(callId.slice(5))
      }),
      { numRuns: runs },
    )
  })

  it('property: unique across repeated calls in one second and across instances', () => {
    const numbers = fc.constantFrom('+15551230001', '+15551230002', 'anonymous', 'client:alice')
    const instances = fc.constantFrom('a', 'b', 'eu1')
    const dates = fc.integer({ min: 0, max: 5 }).map((s) => new Date(Date.UTC(2025, 9, 4, 14, 30, s)))
    fc.assert(
      fc.property(fc.array(fc.tuple(instances, numbers, dates), { maxLength: 200 }), (calls) => {
        const generators = new Map<string, ReturnType<typeof createIdGenerator>>()
        const seen = new Set<string>()
        for (const [instanceId, from, now] of calls) {
          let generator = generators.get(instanceId)
          if (!generator) generators.set(instanceId, (generator = createIdGenerator({ instanceId })))
          const { callId, convId } = generator.callIds(from, now)
          expect(seen.has(callId)).toBe(false)
          expect(seen.has(convId)).toBe(false)
          seen.add(callId).add(convId)
        }
      }),
      { numRuns: runs },
    )
  })

  it('property: ids for one number on one instance sort in creation order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 1200 }), (steps) => {
        const ids = createIdGenerator({ instanceId: 'eu1' })
        let t = Date.UTC(2025, 9, 4, 23, 59, 58)
        const issued: string[] = []
        for (const step of steps) {
          t += step * 400 // several calls per second, across midnight
          issued.push(ids.callIds('+15551234567', new Date(t)).callId)
        }
        expect([...issued].sort()).toEqual(issued)
      }),
      { numRuns: Math.min(runs, 100) },
    )
  })

  it('keeps its memory bounded: it forgets seconds long past', () => {
    const ids = createIdGenerator({ instanceId: 'eu1' })
    const first = ids.callIds('+15551234567', at('2025-10-04T14:30:00Z')).callId
    // A second one in the same second gets a counter, even after a small clock step back...
    ids.callIds('+15551234567', at('2025-10-04T14:34:00Z'))
    expect(ids.callIds('+15551234567', at('2025-10-04T14:30:00Z')).callId).toBe(`${first}-002`)
    // ... but an hour later that second is forgotten, which is what bounds the memory.
    ids.callIds('+15551234567', at('2025-10-04T15:30:00Z'))
    expect(ids.callIds('+15551234567', at('2025-10-04T14:30:00Z')).callId).toBe(first)
  })
})

describe('message ids', () => {
  it('pads to 6 digits and sorts in creation order beyond that', () => {
    expect(messageId(1)).toBe('msg_000001')
    expect(messageId(999_999)).toBe('msg_999999')
    expect(messageId(1_000_000)).toBe('msg_z1000000')
    const seqs = [1, 2, 9, 10, 99_999, 999_999, 1_000_000, 9_999_999, 10_000_000, 123_456_789]
    const ids = seqs.map(messageId)
    expect([...ids].sort()).toEqual(ids)
  })

  it('rejects seqs that are not positive integers', () => {
    for (const seq of [0, -1, 1.5, Number.NaN]) expect(() => messageId(seq)).toThrow(expect.objectContaining({ code: 'AURORA_ERR_CALLS_INVALID_MESSAGE_SEQ' }))
  })
})
