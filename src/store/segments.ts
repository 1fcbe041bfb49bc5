import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ERR_STORE_JOURNAL_CORRUPT } from '../errors.js'
import { decodeLine, type CommittedRecord } from './records.js'

// Journal segment files: <dir>/journal/<first seq, 12+ digits>.log, each holding consecutive
// records from that seq on. Only the last segment is ever appended to; the others are immutable.

export const JOURNAL_DIR = 'journal'
const SEGMENT_NAME = /^(\d{12,})\.log$/
const LF = 0x0a

export interface SegmentFile {
  /** Seq of its first record (from the file name). */
  firstSeq: number
  path: string
}

export function segmentFileName(firstSeq: number): string {
  return `${String(firstSeq).padStart(12, '0')}.log`
}

/** Segment files in seq order; other files in the journal dir are ignored. */
export async function listSegments(journalDir: string): Promise<SegmentFile[]> {
  let names: string[]
  try {
    names = await readdir(journalDir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const segments: SegmentFile[] = []
  for (const name of names) {
    const match = SEGMENT_NAME.exec(name)
    if (match) segments.push({ firstSeq: Number(match[1]), path: join(journalDir, name) })
  }
  return segments.sort((a, b) => a.firstSeq - b.firstSeq)
}

export interface ParsedSegment {
  records: CommittedRecord[]
  /** Bytes holding whole, valid records: where the next record goes. */
  validBytes: number
  /**
   * Set when the file ends in a torn record (only ever allowed for the last segment). `tail` is
   * the cut-off bytes; `complete` says they end with the record's LF, which a write cut by a
   * crash does not leave: a whole line with a bad checksum was damaged after it was written, and
   * may have been acknowledged.
   */
  torn: { offset: number; bytes: number; reason: string; complete: boolean; tail: Buffer } | null
}

/**
 * Parses a segment's bytes. A bad line is a torn tail only if `mayBeTorn` (the last segment), it
 * is the last line (no LF after it, or only the file's last byte) and no complete line with a
 * valid checksum follows it. Anything else, a bad line with data after it, valid-checksum garbage
 * or a seq out of order, throws ERR_STORE_JOURNAL_CORRUPT naming the file and the byte offset.
 */
export function parseSegment(buf: Buffer, segment: SegmentFile, mayBeTorn: boolean): ParsedSegment {
  const records: CommittedRecord[] = []
  let offset = 0
  let expected = segment.firstSeq
  while (offset < buf.length) {
    const result = decodeLine(buf, offset)
    if (result.kind === 'bad-line') {
      const nextLf = buf.indexOf(LF, offset)
      const endsFile = nextLf === -1 || nextLf === buf.length - 1
      // A crash mid-write (kill -9 during the append of one or several records) leaves a prefix
      // of that write: whole lines, then at most one cut-off line. So a line that checks out
      // after the bad one proves the bad one was damaged after it was written (e.g. its LF
      // overwritten, merging it with the next record), and cutting both off would drop records
      // that may have been acknowledged.
      const intactAfter = endsFile && nextLf !== -1 ? completeLineAfter(buf, offset) : -1
      if (mayBeTorn && endsFile && intactAfter === -1) {
        return { records, validBytes: offset, torn: { offset, bytes: buf.length - offset, reason: result.reason, complete: nextLf !== -1, tail: Buffer.from(buf.subarray(offset)) } }
      }
      const why =
        intactAfter !== -1
          ? `${result.reason}, yet a complete record with a valid checksum follows it at byte offset ${intactAfter}`
          : endsFile
          ? `${result.reason} in a segment that is not the last`
          : `${result.reason}, followed by more data`
      throw new ERR_STORE_JOURNAL_CORRUPT(segment.path, offset, why)
    }
    if (result.kind === 'bad-record') throw new ERR_STORE_JOURNAL_CORRUPT(segment.path, offset, result.reason)
    if (result.record.seq !== expected) {
      throw new ERR_STORE_JOURNAL_CORRUPT(segment.path, offset, `expected seq ${expected}, found ${result.record.seq}`)
    }
    records.push(result.record)
    expected++
    offset = result.end
  }
  return { records, validBytes: offset, torn: null }
}

/**
 * Offset of the first line after the bad one at `badOffset` that has a valid checksum, or -1.
 * Every byte is tried as a line start, because the damage may have erased the LF that marked
 * where the next line begins. Runs only on a bad last line whose LF ends the file; a genuinely
 * torn line is a cut-off prefix with no LF at all, so it never gets here and never matches.
 */
function completeLineAfter(buf: Buffer, badOffset: number): number {
  for (let start = badOffset + 1; start < buf.length; start++) {
    if (decodeLine(buf, start).kind !== 'bad-line') return start
  }
  return -1
}

/** Reads and parses a segment, optionally only its first `length` bytes (the durable part of the active one). */
export async function readSegment(segment: SegmentFile, mayBeTorn: boolean, length?: number): Promise<ParsedSegment> {
  const whole = await readFile(segment.path)
  const buf = length === undefined || length >= whole.length ? whole : whole.subarray(0, length)
  return parseSegment(buf, segment, mayBeTorn)
}
