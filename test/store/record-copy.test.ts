import { crc32 } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Json, Op } from '../../src/store/index.js'
import { decodeLine, encodeRecord } from '../../src/store/records.js'

const runs = Number(process.env.FC_RUNS ?? 300)

/** How records were encoded before encodeRecord copied the ops itself: old journals hold these bytes. */
function referenceEncode(seq: number, ts: number, ops: readonly Op[]): { record: unknown; line: Buffer } {
  const json = JSON.stringify({ seq, ts, ops: ops.map((op) => ({ path: op.path, value: op.value })) })
  const body = Buffer.from(json, 'utf8')
  const header = Buffer.from(`${crc32(body).toString(16).padStart(8, '0')} ${body.length} `, 'latin1')
  return { record: JSON.parse(json), line: Buffer.concat([header, body, Buffer.from('\n')]) }
}

function expectDeepFrozen(value: unknown): void {
  if (value === null || typeof value !== 'object') return
  expect(Object.isFrozen(value)).toBe(true)
  for (const child of Object.values(value)) expectDeepFrozen(child)
}

const op: fc.Arbitrary<Op> = fc.record({
  path: fc.array(fc.stringMatching(/^[a-z0-9_]{1,8}$/), { maxLength: 4 }).map((keys) => keys.join('/')),
  // Unicode (lone surrogates too) and "__proto__" keys.
  value: fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }) as fc.Arbitrary<Json>,
})

describe('encodeRecord', () => {
  it('writes the same bytes as before and keeps a deep-frozen copy equal to what decoding gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 45 }), fc.array(op, { maxLength: 4 }), (seq, ts, ops) => {
        const encoded = encodeRecord(seq, ts, ops)
        const reference = referenceEncode(seq, ts, ops)
        expect(encoded.line.equals(reference.line)).toBe(true)
        expect(encoded.record).toStrictEqual(reference.record)
        expectDeepFrozen(encoded.record)
      }),
      { numRuns: runs },
    )
  })

  it('copies what JSON would change the way JSON changes it', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3]
    const ops = [
      { path: 'a', value: -0 },
      { path: 'b', value: sparse },
      { path: 'c', value: { when: new Date(0), n: 1 } },
      { path: 'd', value: [1, undefined] },
    ] as unknown as Op[]
    const encoded = encodeRecord(1, 2, ops)
    const reference = referenceEncode(1, 2, ops)
    expect(encoded.line.equals(reference.line)).toBe(true)
    expect(encoded.record).toStrictEqual(reference.record)
    expect(Object.is((encoded.record.ops[0] as Op).value, 0)).toBe(true)
    expectDeepFrozen(encoded.record)
    expect(decodeLine(encoded.line, 0)).toEqual({ kind: 'record', record: encoded.record, end: encoded.line.length })
  })

  it('keeps "__proto__" as an own key, not as the prototype', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"y":2}') as Json
    const { record, line } = encodeRecord(1, 0, [{ path: 'k', value }])
    const copy = (record.ops[0] as Op).value as Record<string, Json>
    expect(Object.keys(copy)).toEqual(['__proto__', 'y'])
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(line.equals(referenceEncode(1, 0, [{ path: 'k', value }]).line)).toBe(true)
  })

  it('is not changed by mutating the ops afterwards', () => {
    const value = { text: 'hello', tags: ['a'] }
    const { record } = encodeRecord(1, 0, [{ path: 'm', value }])
    value.text = 'changed'
    value.tags.push('b')
    expect((record.ops[0] as Op).value).toStrictEqual({ text: 'hello', tags: ['a'] })
  })
})
