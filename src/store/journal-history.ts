import { ERR_STORE_JOURNAL_CORRUPT } from '../errors.js'
import type { JournalWriter, Segment } from './journal.js'
import type { StoreLogger } from './logger.js'
import type { RecordCache } from './record-cache.js'
import type { CommittedRecord } from './records.js'
import { readSegment } from './segments.js'

/**
 * readFrom() for records older than the cache: re-read from the segment files, so a mirror far
 * behind (a long Firebase outage) costs disk reads, not memory. The last closed segment read is
 * kept parsed, because such a mirror reads one segment over many small batches.
 */
export class JournalHistory {
  readonly #writer: JournalWriter
  readonly #cache: RecordCache
  readonly #log: StoreLogger
  #memo: { path: string; records: CommittedRecord[] } | null = null

  constructor(writer: JournalWriter, cache: RecordCache, log: StoreLogger) {
    this.#writer = writer
    this.#cache = cache
    this.#log = log
  }

  /** Durable records from..end (inclusive), in order; records released and deleted are skipped. */
  async read(from: number, end: number): Promise<CommittedRecord[]> {
    const out: CommittedRecord[] = []
    let next = from
    while (next <= end) {
      if (this.#cache.covers(next)) {
        out.push(...this.#cache.slice(next, end))
        break
      }
      const segments = this.#writer.segments
      const oldest = segments[0] as Segment
      if (next < oldest.firstSeq) {
        // Released by the mirror and deleted: it acknowledged them already.
        this.#log.info({ from: next, to: oldest.firstSeq - 1 }, 'released journal records skipped')
        next = oldest.firstSeq
        continue
      }
      let index = segments.length - 1
      while (index > 0 && (segments[index] as Segment).firstSeq > next) index--
      const segment = segments[index] as Segment
      let records: CommittedRecord[]
      try {
        records = await this.#records(segment, index === segments.length - 1)
      } catch (err) {
        // Deleted (after release) while we read it: the list no longer has it, look again.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !this.#writer.segments.includes(segment)) continue
        throw err
      }
      const before = out.length
      for (const record of records) {
        if (record.seq < next) continue
        if (record.seq > end) break
        out.push(record)
      }
      if (out.length === before) throw new ERR_STORE_JOURNAL_CORRUPT(segment.path, 0, `does not hold seq ${next}, which is durable`)
      next = (out[out.length - 1] as CommittedRecord).seq + 1
    }
    return out
  }

  /** Drops the parsed copy of a segment about to be deleted. */
  forget(segment: Segment): void {
    if (this.#memo?.path === segment.path) this.#memo = null
  }

  async #records(segment: Segment, active: boolean): Promise<CommittedRecord[]> {
    // The active segment grows: read only its durable bytes, and do not keep it.
    if (active) return (await readSegment(segment, false, segment.bytes)).records
    if (this.#memo?.path !== segment.path) this.#memo = { path: segment.path, records: (await readSegment(segment, false)).records }
    return this.#memo.records
  }
}
