import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Json, Op } from '../../src/store/index.js'
import { decodeLine, encodeRecord } from '../../src/store/records.js'
import { forgeLine } from './store-fixtures.js'

const runs = Number(process.env.FC_RUNS ?? 300)

const op: fc.Arbitrary<Op> = fc.record({
  path: fc.array(fc.stringMatching(/^[a-z0-9_]{1,8}$/), { maxLength: 4 }).map((keys) => keys.join('/')),
  value: fc.jsonValue() as fc.Arbitrary<Json>,
})
const record = fc.record({
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  ts: fc.integer({ min: 0, max: 2 ** 45 }),
  ops: fc.array(op, { maxLength: 4 }),
})

describe('journal line format', () => {
  it('has the documented layout: crc32 hex, byte length, json, LF', () => {
    const { line } = encodeRecord(7, 1733000000000, [{ path: 'a/b', value: 'é' }])
    const text = line.toString('utf8')
    expect(text).toMatch(/^[0-9a-f]{8} \d+ \{"seq":7,"ts":1733000000000,"ops":\[\{"path":"a\/b","value":"é"\}\]\}\n$/)
    const json = text.slice(text.indexOf('{'), -1)
    expect(Number(text.split(' ')[1])).toBe(Buffer.byteLength(json))
  })

  it('decodes what it encodes, and the in-memory copy equals the decoded one', () => {
    fc.assert(
      fc.property(record, ({ seq, ts, ops }) => {
        const encoded = encodeRecord(seq, ts, ops)
        const decoded = decodeLine(encoded.line, 0)
        expect(decoded).toEqual({ kind: 'record', record: encoded.record, end: encoded.line.length })
      }),
      { numRuns: runs },
    )
  })

  it('never accepts a line cut short', () => {
    fc.assert(
      fc.property(record, fc.nat(), ({ seq, ts, ops }, cutSeed) => {
        const { line } = encodeRecord(seq, ts, ops)
        const length = 1 + (cutSeed % (line.length - 1))
        // A prefix is what a crash mid-write leaves: it must read as a bad line, never a record.
        expect(decodeLine(line.subarray(0, length), 0).kind).toBe('bad-line')
      }),
      { numRuns: runs },
    )
  })

  it('never accepts a line with one byte changed', () => {
    fc.assert(
      fc.property(record, fc.nat(), fc.integer({ min: 1, max: 255 }), ({ seq, ts, ops }, at, delta) => {
        const { line } = encodeRecord(seq, ts, ops)
        const damaged = Buffer.from(line)
        const index = at % line.length
        damaged[index] = ((damaged[index] as number) + delta) % 256
        expect(decodeLine(damaged, 0).kind).not.toBe('record')
      }),
      { numRuns: runs },
    )
  })

  it('tells a valid checksum over content that is not a record apart from a torn line', () => {
    // Only a bug (or deliberate tampering) produces these: recovery must stop on them.
    expect(decodeLine(forgeLine('{"seq":1,"ts":0,"ops":[}'), 0)).toMatchObject({ kind: 'bad-record' })
    expect(decodeLine(forgeLine('{"seq":0,"ts":0,"ops":[]}'), 0)).toMatchObject({ kind: 'bad-record' })
    expect(decodeLine(forgeLine('{"seq":1,"ts":0,"ops":[{"path":"a.b","value":1}]}'), 0)).toMatchObject({ kind: 'bad-record' })
  })
})
