import type { Database } from 'firebase-admin/database'
import { messageOf } from '../error-message.js'
import type { CommittedRecord } from '../store/index.js'
import { backoffDelay, type BackoffOptions } from './backoff.js'
import { writeRecords } from './coalesce.js'
import { LinkHealth, type LoopLog } from './link-health.js'

export type { LoopLog } from './link-health.js'

/** Where the loop takes durable records from (the worker's RecordFeed; LocalStore has the same shape). */
export interface RecordSource {
  readonly lastDurableSeq: number
  /** Durable records with seq > afterSeq, in order, at most max. */
  read(afterSeq: number, max: number): Promise<CommittedRecord[]>
  /** Called when lastDurableSeq grew. */
  onChange(listener: () => void): () => void
}

export interface BatchLoopOptions {
  source: RecordSource
  db: Database
  /** Highest seq Firebase has acknowledged: the loop sends from the next one. */
  watermark: number
  /** How long one batch may wait for Firebase's acknowledgement before the loop calls it an outage. */
  batchDeadlineMs: number
  maxBatchRecords: number
  /**
   * How long to let records gather before sending a batch that is not full. Each update() costs
   * the SDK a frame, an acknowledgement and a pass over its sync tree, so under load a few ms of
   * Firebase lag buys far fewer, larger batches.
   */
  lingerMs: number
  backoff: BackoffOptions
  log: LoopLog
  /** Firebase acknowledged these records (in order, contiguous from the previous watermark). */
  onAcked: (records: CommittedRecord[], ackAt: number) => void
  /** Something status() reports changed. */
  onChange: () => void
  now?: () => number
}

export interface LoopStatus {
  connected: boolean
  inFlight: boolean
  outage: { since: number; reason: string } | null
  batches: number
  failures: number
  deadlinesMissed: number
  /**
   * The first record of the batch being sent or retried: Firebase's oldest unacknowledged record
   * while its seq is the watermark + 1. The main thread shows its age as the lag, and without this
   * would have to read it back from the journal.
   */
  oldestPending: { seq: number; ts: number } | null
}

type Wait = { promise: Promise<void>; wake: () => void }
const newWait = (): Wait => {
  let wake!: () => void
  const promise = new Promise<void>((resolve) => (wake = resolve))
  return { promise, wake }
}

/**
 * Copies durable journal records to Firebase, one coalesced multi-path batch in flight at a
 * time, in journal order. It runs in the mirror worker (mirror-worker.ts), so the SDK's CPU for
 * the writes (its write tree, framing, acknowledgements) stays off the callers' event loop.
 *
 * firebase-admin queues writes silently while disconnected and re-sends outstanding writes
 * itself on reconnect (wire-protocol notes §6.9). So a batch is sent exactly once; a missed
 * deadline means "outage": the loop reports it and forces a reconnect (goOffline/goOnline)
 * with backoff instead of piling duplicate writes into the SDK's queue. Only a rejected write
 * is rebuilt from the source and sent again.
 */
export class BatchLoop {
  readonly #opts: BatchLoopOptions
  readonly #now: () => number
  readonly #link: LinkHealth
  #watermark: number
  #inFlight = false
  #batches = 0
  #failures = 0
  /**
   * Records per batch, below maxBatchRecords after Firebase refused a batch as too big (one
   * write is at most 16 MiB, and archive records carry whole conversations): halved on each
   * refusal, doubled back on each acknowledgement. Sizing every batch up front would cost the
   * worker a serialization per record.
   */
  #batchLimit: number
  #deadlinesMissed = 0
  /** Seq of the single record last reported as too big for Firebase, so it is logged once. */
  #tooBigReported = 0
  #oldestPending: { seq: number; ts: number } | null = null
  #wait = newWait()
  #draining = false
  #stopped = false
  #loop: Promise<void> | null = null
  #offSource: (() => void) | null = null
  #offConnected: (() => void) | null = null
  // Waits that end early register here and unregister when they end: a race against a promise
  // that stays pending (stop, every batch) would keep a reaction per race alive until stop().
  readonly #onStop = new Set<() => void>()
  readonly #onData = new Set<() => void>()
  readonly #onDrain = new Set<() => void>()

  constructor(options: BatchLoopOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
    this.#watermark = options.watermark
    this.#batchLimit = options.maxBatchRecords
    this.#link = new LinkHealth({
      log: options.log,
      pending: () => Math.max(0, options.source.lastDurableSeq - this.#watermark),
      onChange: options.onChange,
      now: this.#now,
    })
  }

  status(): LoopStatus {
    return {
      connected: this.#link.connected,
      inFlight: this.#inFlight,
      outage: this.#link.outage,
      batches: this.#batches,
      failures: this.#failures,
      deadlinesMissed: this.#deadlinesMissed,
      oldestPending: this.#oldestPending,
    }
  }

  start(): void {
    this.#offSource = this.#opts.source.onChange(() => this.#wake())
    this.#offConnected = this.#link.watch(this.#opts.db)
    this.#loop = this.#run()
  }

  /** Sends what is pending without lingering (the main thread drains before stopping). */
  drain(): void {
    this.#draining = true
    this.#wake()
    // A retry backoff too: what is left goes now, within the drain's time, not after 30 s.
    for (const end of [...this.#onDrain]) end()
  }

  /** Stops at once: an unacknowledged batch stays in the journal and is sent after a restart. */
  async stop(): Promise<void> {
    this.#stopped = true
    for (const end of [...this.#onStop]) end()
    this.#wake()
    this.#offSource?.()
    this.#offConnected?.()
    await this.#loop
  }

  #wake(): void {
    const { wake } = this.#wait
    this.#wait = newWait()
    wake()
    for (const end of [...this.#onData]) end()
  }

  /** Waits up to `ms`, or until new records arrive (or stop). */
  #sleep(ms: number): Promise<void> {
    return waitFor(ms, this.#onData, this.#onStop)
  }

  /**
   * Waits out a retry backoff: only stop or a drain ends it early. New records must not, or a
   * rejected batch would be sent again at the commit rate (every durable record wakes #onData).
   */
  #backOff(ms: number): Promise<void> {
    return waitFor(ms, this.#onStop, this.#onDrain)
  }

  async #run(): Promise<void> {
    let failedAttempts = 0
    while (!this.#stopped) {
      const source = this.#opts.source
      const pending = source.lastDurableSeq - this.#watermark
      if (pending <= 0) {
        await this.#wait.promise
        continue
      }
      const linger = this.#opts.lingerMs
      if (linger > 0 && pending < this.#opts.maxBatchRecords && !this.#draining) {
        await new Promise((resolve) => setTimeout(resolve, linger))
        if (this.#stopped) return
      }
      let records: CommittedRecord[]
      try {
        records = await source.read(this.#watermark, this.#batchLimit)
      } catch (err) {
        // A damaged record the mirror still needs (one total.json covers, so start-up never read
        // it): nothing after it can reach Firebase. Say so where operators look, /health's
        // mirror outage, and log it once per streak rather than on every retry.
        if (failedAttempts === 0) this.#opts.log.error({ err, afterSeq: this.#watermark }, 'mirror journal read failed')
        this.#link.markOutage(`journal unreadable after seq ${this.#watermark}: ${messageOf(err)}`)
        await this.#backOff(backoffDelay(failedAttempts++, this.#opts.backoff))
        continue
      }
      if (records.length === 0) {
        await this.#sleep(50)
        continue
      }
      const first = records[0] as CommittedRecord
      if (this.#oldestPending?.seq !== first.seq) this.#oldestPending = { seq: first.seq, ts: first.ts }
      const result = await this.#send(records)
      if (result === 'acked') {
        failedAttempts = 0
        this.#batchLimit = Math.min(this.#opts.maxBatchRecords, this.#batchLimit * 2)
        this.#acknowledge(records)
      } else if (result === 'too-big' && records.length > 1) {
        this.#batchLimit = Math.max(1, Math.floor(records.length / 2))
        this.#opts.log.warn({ records: records.length, next: this.#batchLimit }, 'firebase refused a mirror batch as too big: sending smaller ones')
      } else if (result !== 'stopped') {
        if (result === 'too-big') this.#reportTooBigRecord(records[0] as CommittedRecord)
        await this.#backOff(backoffDelay(failedAttempts++, this.#opts.backoff))
      }
    }
  }

  async #send(records: CommittedRecord[]): Promise<'acked' | 'rejected' | 'too-big' | 'stopped'> {
    this.#inFlight = true
    this.#batches++
    this.#opts.onChange()
    const sent = writeRecords(this.#opts.db, records).then(
      () => ({ ok: true as const }),
      (err: unknown) => ({ ok: false as const, err }),
    )
    try {
      let cycles = 0
      let deadline = this.#opts.batchDeadlineMs
      for (;;) {
        const waited = waitFor(deadline, this.#onStop)
        const outcome = await Promise.race([sent, waited.then(() => (this.#stopped ? ('stopped' as const) : ('deadline' as const)))])
        waited.cancel()
        if (outcome === 'stopped') return 'stopped'
        if (outcome !== 'deadline') {
          if (outcome.ok) return 'acked'
          this.#failures++
          const reason = messageOf(outcome.err)
          this.#link.markOutage(`write rejected: ${reason}`)
          return /too_big/i.test(reason) ? 'too-big' : 'rejected'
        }
        this.#deadlinesMissed++
        this.#link.markOutage(this.#link.connected ? 'acknowledgement overdue' : 'disconnected')
        // Force a fresh connection: the SDK re-sends the outstanding write on it, so a stalled
        // socket (server accepts but never answers) cannot hold the mirror forever.
        this.#opts.db.goOffline()
        this.#opts.db.goOnline()
        deadline = this.#opts.batchDeadlineMs + backoffDelay(cycles++, this.#opts.backoff)
      }
    } finally {
      this.#inFlight = false
    }
  }

  /**
   * A single record Firebase refuses as too big blocks every record after it, and retrying cannot
   * help (the store refuses such commits since MAX_RECORD_BYTES; one journaled before could still
   * be there). The loop keeps retrying, so the refusal is logged once per record, not per attempt.
   */
  #reportTooBigRecord(record: CommittedRecord): void {
    if (this.#tooBigReported === record.seq) return
    this.#tooBigReported = record.seq
    this.#opts.log.error({ seq: record.seq }, 'firebase refused a single journal record as too big: the mirror cannot pass it')
  }

  #acknowledge(records: CommittedRecord[]): void {
    const ackAt = this.#now()
    this.#watermark = (records[records.length - 1] as CommittedRecord).seq
    this.#link.acknowledged(ackAt)
    this.#opts.onAcked(records, ackAt)
  }
}

/**
 * Resolves after `ms`, or as soon as one of `enders` is called; either way it leaves them. cancel()
 * ends it at once and clears its timer (the race it was in is over).
 */
function waitFor(ms: number, ...enders: Set<() => void>[]): Promise<void> & { cancel(): void } {
  let end = (): void => undefined
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => end(), ms)
    end = () => {
      clearTimeout(timer)
      for (const set of enders) set.delete(end)
      resolve()
    }
    for (const set of enders) set.add(end)
  })
  return Object.assign(done, { cancel: () => end() })
}
