import { write } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { closeFd, DURABLE_APPEND, fsyncDir, openFd } from './durable-fs.js'
import type { DirLock } from './lock.js'
import type { CommittedRecord } from './records.js'
import { segmentFileName } from './segments.js'

// Appends records to the active segment with group commit: while one durable write is in
// flight, every record that arrives waits in the queue, and the next flush writes them all with
// one write. The segment is opened O_DSYNC, so a write returns only once its data is on the
// device (as write + fdatasync would, in one system call). Under load the number of syncs grows
// with time, not with the number of commits. A record counts as durable only after its write
// returned.
//
// The flush path uses fs.write's callback with callbacks bound once, not async functions and
// promises: under light load every commit is a flush of its own, so each promise here would be
// one more per commit.

export interface Segment {
  firstSeq: number
  path: string
  /** Bytes on disk: durable bytes for the active segment. */
  bytes: number
}

export interface PendingRecord {
  record: CommittedRecord
  line: Buffer
  /** performance.now() at commit, for the latency histogram. */
  startedAt: number
  resolve: (record: CommittedRecord) => void
  reject: (err: Error) => void
}

export interface JournalWriterOptions {
  journalDir: string
  segmentBytes: number
  /** All segments in seq order; the last one is active and open as `activeFd`. */
  segments: Segment[]
  activeFd: number
  /** Called after each flush with the records it made durable, in seq order. */
  onDurable: (batch: readonly PendingRecord[]) => void
  /** Turns the I/O error of a failed write, fdatasync or rotation into the error every commit from then on is rejected with. */
  toFailure: (err: unknown) => Error
  /**
   * The data dir lock (lock.ts): while its lease is valid, flushes go ahead; once it has run out
   * (the process was frozen), a flush waits for the check, and a lost lock has fenced the writer by then.
   */
  lock?: Pick<DirLock, 'held'>
}

const NOTHING = Buffer.alloc(0)

export class JournalWriter {
  readonly #opts: JournalWriterOptions
  readonly #segments: Segment[]
  #fd: number
  #queue: PendingRecord[] = []
  #flushing = false
  #failed: Error | null = null
  #idleWaiters: (() => void)[] = []
  #flushes = 0
  #rotations = 0
  /** The batch being written, its bytes and how many of them are written so far. */
  #batch: PendingRecord[] = []
  #buf: Buffer = NOTHING
  #written = 0
  readonly #flushNext = (): void => this.#startFlush()
  readonly #onWrite = (err: NodeJS.ErrnoException | null, written: number): void => this.#wrote(err, written)

  constructor(options: JournalWriterOptions) {
    this.#opts = options
    this.#segments = options.segments
    this.#fd = options.activeFd
  }

  /** Segments in seq order, the last one active. Read-only for callers; see forgetSegment(). */
  get segments(): readonly Segment[] {
    return this.#segments
  }

  get active(): Segment {
    return this.#segments[this.#segments.length - 1] as Segment
  }

  /** Number of write+fdatasync pairs so far (the group-commit counter). */
  get flushes(): number {
    return this.#flushes
  }

  get rotations(): number {
    return this.#rotations
  }

  get queued(): number {
    return this.#queue.length
  }

  /** Queues a record; its promise settles when it is durable or the journal failed. */
  append(pending: PendingRecord): void {
    if (this.#failed) {
      pending.reject(this.#failed)
      return
    }
    this.#queue.push(pending)
    if (!this.#flushing) {
      this.#flushing = true
      // After this turn of the event loop, so every commit made in it shares the flush: a
      // webhook's two records, the commits of requests parsed in the same I/O phase. Each flush
      // costs the main thread a thread-pool hand-off, which is worth more than the wait.
      setImmediate(this.#flushNext)
    }
  }

  /** The error every commit is rejected with since a write failed, or null. */
  get failure(): Error | null {
    return this.#failed
  }

  /** From now on every commit is rejected with failure (a batch being written still completes). */
  fence(failure: Error): void {
    if (this.#failed) return
    this.#failed = failure
    for (const pending of this.#takeQueue()) pending.reject(failure)
  }

  /** Resolves once nothing is queued or being flushed. */
  idle(): Promise<void> {
    if (!this.#flushing && this.#queue.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.#idleWaiters.push(resolve))
  }

  /** Removes a closed segment from the list before its file is deleted, so readers stop choosing it. */
  forgetSegment(segment: Segment): void {
    const index = this.#segments.indexOf(segment)
    if (index >= 0 && index < this.#segments.length - 1) this.#segments.splice(index, 1)
  }

  async close(): Promise<void> {
    await this.idle()
    await closeFd(this.#fd)
  }

  /** Writes everything queued as one batch, or goes idle when nothing is. */
  #startFlush(): void {
    if (this.#queue.length === 0 || this.#failed) {
      this.#goIdle()
      return
    }
    const held = this.#opts.lock?.held() ?? true
    if (held !== true) {
      // Whatever it answers, the next pass sees it: a lost lock has fenced the writer meanwhile.
      held.then(
        () => this.#startFlush(),
        (err: unknown) => this.#fail(err, []),
      )
      return
    }
    const batch = this.#queue
    this.#queue = []
    if (this.active.bytes >= this.#opts.segmentBytes) {
      this.#rotate((batch[0] as PendingRecord).record.seq).then(
        () => this.#writeBatch(batch),
        (err: unknown) => this.#fail(err, batch),
      )
    } else {
      this.#writeBatch(batch)
    }
  }

  #writeBatch(batch: PendingRecord[]): void {
    this.#batch = batch
    this.#buf = batch.length === 1 ? (batch[0] as PendingRecord).line : concatLines(batch)
    this.#written = 0
    this.#writeRest()
  }

  #writeRest(): void {
    try {
      write(this.#fd, this.#buf, this.#written, this.#buf.length - this.#written, null, this.#onWrite)
    } catch (err) {
      this.#fail(err, this.#takeBatch())
    }
  }

  #wrote(err: NodeJS.ErrnoException | null, written: number): void {
    // The fd is O_DSYNC: when the write returns, those bytes are on the device. Deliberately not
    // retried on failure: after a failed sync the kernel may already have dropped the dirty
    // pages, so a retry that "succeeds" would hide lost data (fsyncgate).
    if (err || written === 0) {
      this.#fail(err ?? new Error('write() wrote nothing'), this.#takeBatch())
      return
    }
    this.#written += written
    // A short write: the rest goes on from where it stopped (the fd appends).
    if (this.#written < this.#buf.length) {
      this.#writeRest()
      return
    }
    const bytes = this.#buf.length
    const batch = this.#takeBatch()
    this.#flushes++
    this.active.bytes += bytes
    this.#opts.onDurable(batch)
    this.#startFlush()
  }

  #takeQueue(): PendingRecord[] {
    const queued = this.#queue
    this.#queue = []
    return queued
  }

  #takeBatch(): PendingRecord[] {
    const batch = this.#batch
    this.#batch = []
    this.#buf = NOTHING
    return batch
  }

  #goIdle(): void {
    this.#flushing = false
    const waiters = this.#idleWaiters
    this.#idleWaiters = []
    for (const wake of waiters) wake()
  }

  /** Rejects the failed batch, everything queued and everything appended later, and goes idle. */
  #fail(err: unknown, batch: readonly PendingRecord[]): void {
    const failure = this.#opts.toFailure(err)
    this.#failed = failure
    for (const pending of [...batch, ...this.#takeQueue()]) pending.reject(failure)
    this.#goIdle()
  }

  /** Closes the full segment and opens a new one named after the next record's seq. */
  async #rotate(firstSeq: number): Promise<void> {
    const path = join(this.#opts.journalDir, segmentFileName(firstSeq))
    const fd = await openFd(path, DURABLE_APPEND)
    try {
      // The new file's directory entry must be durable before any record in it is acknowledged.
      await fsyncDir(this.#opts.journalDir)
    } catch (err) {
      await closeFd(fd).catch(() => undefined)
      await unlink(path).catch(() => undefined)
      throw err
    }
    const previous = this.#fd
    this.#fd = fd
    this.#segments.push({ firstSeq, path, bytes: 0 })
    this.#rotations++
    await closeFd(previous)
  }
}

function concatLines(batch: readonly PendingRecord[]): Buffer {
  let length = 0
  for (const pending of batch) length += pending.line.length
  const buf = Buffer.allocUnsafe(length)
  let offset = 0
  for (const pending of batch) offset += pending.line.copy(buf, offset)
  return buf
}
