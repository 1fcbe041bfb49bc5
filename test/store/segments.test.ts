import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeRecord, type CommittedRecord } from '../../src/store/records.js'
import { parseSegment, type SegmentFile } from '../../src/store/segments.js'
import { flipBits, forgeLine } from './store-fixtures.js'

const runs = Number(process.env.FC_RUNS ?? 300)
const segment: SegmentFile = { firstSeq: 1, path: '/data/journal/000000000001.log' }

function journal(count: number, firstSeq = 1): { bytes: Buffer; records: CommittedRecord[]; ends: number[] } {
  const records: CommittedRecord[] = []
  const lines: Buffer[] = []
  const ends: number[] = []
  let offset = 0
  for (let seq = firstSeq; seq < firstSeq + count; seq++) {
    const encoded = encodeRecord(seq, 1_733_000_000_000 + seq, [{ path: `active_conversations/conv_1/messages/msg_${seq}`, value: { text: `turn ${seq} é`, n: seq } }])
    records.push(encoded.record)
    lines.push(encoded.line)
    offset += encoded.line.length
    ends.push(offset)
  }
  return { bytes: Buffer.concat(lines), records, ends }
}

describe('parseSegment', () => {
  it('reads every record of an intact segment', () => {
    const { bytes, records } = journal(5)
    expect(parseSegment(bytes, segment, true)).toEqual({ records, validBytes: bytes.length, torn: null })
  })

  it('property: a last segment cut at any byte yields exactly the whole records before the cut', () => {
    const { bytes, records, ends } = journal(6)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (cut) => {
        const whole = ends.filter((end) => end <= cut).length
        const parsed = parseSegment(bytes.subarray(0, cut), segment, true)
        expect(parsed.records).toEqual(records.slice(0, whole))
        expect(parsed.validBytes).toBe(whole === 0 ? 0 : ends[whole - 1])
        expect(parsed.torn === null).toBe(cut === parsed.validBytes)
      }),
      { numRuns: runs },
    )
  })

  it('treats a bad checksum on the very last line of the last segment as torn', () => {
    const { bytes, records, ends } = journal(3)
    const damaged = flipBits(bytes, (ends[1] as number) + 40, 0x01) // inside the JSON body
    const parsed = parseSegment(damaged, segment, true)
    expect(parsed.records).toEqual(records.slice(0, 2))
    expect(parsed.torn).toMatchObject({ offset: ends[1], reason: 'checksum mismatch' })
  })

  it('refuses a bad checksum followed by more data, naming the file and offset', () => {
    const { bytes, ends } = journal(4)
    const damaged = flipBits(bytes, (ends[0] as number) + 20, 0x01)
    expect(() => parseSegment(damaged, segment, true)).toThrow(
      expect.objectContaining({
        code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
        message: expect.stringContaining(`${segment.path} is corrupt at byte offset ${ends[0]}`),
      }),
    )
  })

  it('refuses a bad line whose LF was overwritten when the intact last record follows it', () => {
    // A crash leaves only the end of the last write unfinished, never a whole record after a bad one.
    const { bytes, ends } = journal(4)
    const merged = Buffer.from(bytes)
    merged[(ends[2] as number) - 1] = 0x20
    expect(() => parseSegment(merged, segment, true)).toThrow(
      expect.objectContaining({
        code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
        message: expect.stringContaining(
          `${segment.path} is corrupt at byte offset ${ends[1]} (record does not end where its length says, yet a complete record with a valid checksum follows it at byte offset ${ends[2]})`,
        ),
      }),
    )
  })

  it('still treats a cut in the last of several records written together as torn', () => {
    // One flush appends a batch; kill -9 mid-write leaves whole lines, then one without its LF.
    const { bytes, records, ends } = journal(5)
    const cut = (ends[3] as number) + 30
    expect(parseSegment(bytes.subarray(0, cut), segment, true)).toEqual({
      records: records.slice(0, 4),
      validBytes: ends[3],
      torn: { offset: ends[3], bytes: 30, reason: 'incomplete record', complete: false, tail: Buffer.from(bytes.subarray(ends[3] as number, cut)) },
    })
  })

  it('refuses a torn tail in a segment that is not the last', () => {
    const { bytes, ends } = journal(3)
    expect(() => parseSegment(bytes.subarray(0, (ends[2] as number) - 5), segment, false)).toThrow(
      expect.objectContaining({ code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT', message: expect.stringContaining(`offset ${ends[1]}`) }),
    )
  })

  it('refuses content with a valid checksum that is not a record, even at the end', () => {
    const { bytes } = journal(2)
    const withGarbage = Buffer.concat([bytes, forgeLine('{"seq":3,"ts":1,"ops":[')])
    expect(() => parseSegment(withGarbage, segment, true)).toThrow(
      expect.objectContaining({ code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT', message: expect.stringContaining(`offset ${bytes.length}`) }),
    )
  })

  it('refuses records out of sequence', () => {
    const { bytes } = journal(2)
    const skipped = Buffer.concat([bytes, encodeRecord(4, 0, []).line])
    expect(() => parseSegment(skipped, segment, true)).toThrow(expect.objectContaining({ message: expect.stringContaining('expected seq 3, found 4') }))
    expect(() => parseSegment(journal(2, 5).bytes, segment, true)).toThrow(expect.objectContaining({ message: expect.stringContaining('expected seq 1, found 5') }))
  })
})
