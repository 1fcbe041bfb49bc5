import type { CommittedRecord } from './records.js'

/**
 * The most recent durable records, contiguous in seq and at most `capacity` of them, so a mirror
 * that keeps up is served from memory while one that fell far behind reads the journal files.
 */
export class RecordCache {
  readonly capacity: number
  #records: CommittedRecord[] = []
  /** Index of the oldest live entry: dropping from the front is O(1), compacted now and then. */
  #head = 0

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get size(): number {
    return this.#records.length - this.#head
  }

  /** Seq of the oldest cached record, or null when empty. */
  get firstSeq(): number | null {
    return this.size === 0 ? null : (this.#records[this.#head] as CommittedRecord).seq
  }

  /** Appends the next record; a record that does not follow the last one restarts the cache. */
  push(record: CommittedRecord): void {
    if (this.capacity === 0) return
    const last = this.#records[this.#records.length - 1]
    if (this.size > 0 && last !== undefined && record.seq !== last.seq + 1) this.clear()
    this.#records.push(record)
    if (this.size > this.capacity) this.#head++
    if (this.#head >= this.capacity && this.#head * 2 >= this.#records.length) {
      this.#records = this.#records.slice(this.#head)
      this.#head = 0
    }
  }

  /** True when every seq from `seq` to the newest cached record is here. */
  covers(seq: number): boolean {
    const first = this.firstSeq
    return first !== null && seq >= first
  }

  /** Cached records with fromSeq <= seq <= toSeq (fromSeq must be covered). */
  slice(fromSeq: number, toSeq: number): CommittedRecord[] {
    const first = this.firstSeq
    if (first === null || toSeq < fromSeq) return []
    const start = this.#head + (fromSeq - first)
    const end = Math.min(this.#records.length, this.#head + (toSeq - first) + 1)
    return this.#records.slice(start, end)
  }

  clear(): void {
    this.#records = []
    this.#head = 0
  }
}
