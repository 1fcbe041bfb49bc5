import type { CommittedRecord } from '../store/index.js'
import type { JournalCursor } from './journal-cursor.js'
import type { FeedSource } from './worker-protocol.js'

export interface RecordFeedOptions {
  cursor: Pick<JournalCursor, 'read'>
  /** Records held in memory before the feed stops taking them by message and reads the journal. */
  capacity: number
  lastDurableSeq: number
  /** Acknowledged by Firebase: never kept, never read again. */
  ackedSeq: number
  /** The source changed: the main thread must start or stop posting records. */
  onSourceChange: (source: FeedSource) => void
}

/**
 * The mirror worker's outbox. While Firebase keeps up, the main thread posts each durable record
 * and the worker sends it from memory; nothing is read twice. When Firebase falls behind, memory
 * would grow with the outage, so past `capacity` records the feed drops them, asks the main thread
 * to post only the durable seq, and reads the journal files instead, a batch at a time. Once the
 * acknowledged seq is within half the capacity of the durable one, it asks for records again; the
 * few records between (posted as seqs only) are read from the journal. Records missing from memory
 * for any reason (a worker restart, a gap) are read from the journal too, so memory is an
 * optimisation, never the truth.
 */
export class RecordFeed {
  readonly #opts: RecordFeedOptions
  #backlog: CommittedRecord[] = []
  #head = 0
  #lastDurableSeq: number
  #ackedSeq: number
  #source: FeedSource = 'memory'
  #journalReads = 0
  #listeners = new Set<() => void>()

  constructor(options: RecordFeedOptions) {
    if (!Number.isSafeInteger(options.capacity) || options.capacity < 1) throw new RangeError(`capacity must be an integer >= 1, got ${options.capacity}`)
    this.#opts = options
    this.#lastDurableSeq = options.lastDurableSeq
    this.#ackedSeq = options.ackedSeq
  }

  get lastDurableSeq(): number {
    return this.#lastDurableSeq
  }

  get source(): FeedSource {
    return this.#source
  }

  /** Records held in memory. */
  get backlog(): number {
    return this.#backlog.length - this.#head
  }

  get journalReads(): number {
    return this.#journalReads
  }

  /** Called when new records became durable. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Records the main thread posted, in seq order. */
  addRecords(records: readonly CommittedRecord[]): void {
    const last = records[records.length - 1]
    if (!last) return
    if (this.#source === 'memory') {
      for (const record of records) {
        if (record.seq <= this.#ackedSeq) continue
        const tail = this.#backlog[this.#backlog.length - 1]
        // Defensive: posting loses nothing, so records arrive contiguous. Were one missing, memory
        // would restart here and the journal would fill the gap.
        if (this.backlog > 0 && tail && record.seq !== tail.seq + 1) this.#clear()
        this.#backlog.push(record)
      }
      if (this.backlog > this.#opts.capacity) {
        this.#clear()
        this.#setSource('journal')
      }
    }
    this.addDurable(last.seq)
  }

  addDurable(seq: number): void {
    if (seq <= this.#lastDurableSeq) return
    this.#lastDurableSeq = seq
    for (const listener of this.#listeners) listener()
  }

  /** Durable records with seq > afterSeq, in order, at most max (LocalStore.readFrom's contract). */
  async read(afterSeq: number, max: number): Promise<CommittedRecord[]> {
    const end = Math.min(this.#lastDurableSeq, afterSeq + max)
    if (end <= afterSeq) return []
    const first = this.#backlog[this.#head]
    const tail = this.#backlog[this.#backlog.length - 1]
    if (first && tail && first.seq <= afterSeq + 1 && tail.seq > afterSeq) {
      const start = this.#head + (afterSeq + 1 - first.seq)
      return this.#backlog.slice(start, start + (end - afterSeq))
    }
    this.#journalReads++
    // Up to where memory starts, so the feed gets back to memory as soon as it can.
    const upTo = first && first.seq > afterSeq + 1 ? Math.min(end, first.seq - 1) : end
    return this.#opts.cursor.read(afterSeq, upTo, max)
  }

  /** Firebase acknowledged everything up to seq. */
  release(seq: number): void {
    if (seq <= this.#ackedSeq) return
    this.#ackedSeq = seq
    while (this.#head < this.#backlog.length && (this.#backlog[this.#head] as CommittedRecord).seq <= seq) this.#head++
    if (this.#head === this.#backlog.length) this.#clear()
    else if (this.#head > 1024 && this.#head * 2 > this.#backlog.length) {
      this.#backlog = this.#backlog.slice(this.#head)
      this.#head = 0
    }
    if (this.#source === 'journal' && this.#lastDurableSeq - seq <= this.#opts.capacity / 2) this.#setSource('memory')
  }

  #clear(): void {
    this.#backlog = []
    this.#head = 0
  }

  #setSource(source: FeedSource): void {
    this.#source = source
    this.#opts.onSourceChange(source)
  }
}
