import type { Database } from 'firebase-admin/database'
import type { FastifyBaseLogger } from 'fastify'
import type { CommittedRecord, LocalStore } from '../store/index.js'
import { backoffDelay, type BackoffOptions } from './backoff.js'
import { UpdateBatch } from './coalesce.js'
import { RecentSamples } from './recent-samples.js'
import { loadWatermark, saveWatermark } from './watermark.js'

export interface MirrorOptions {
  store: LocalStore
  db: Database
  /** Where the watermark file lives (the store's data dir). */
  stateDir: string
  /** How long one batch may wait for Firebase's acknowledgement before the mirror calls it an outage. */
  batchDeadlineMs: number
  maxBatchRecords: number
  /**
   * How long to let records gather before sending a batch that is not full (default 10 ms).
   * Each update() costs the SDK a frame, an acknowledgement and a pass over its sync tree, so
   * under load a few ms of Firebase lag buys far fewer, larger batches.
   */
  lingerMs?: number
  log: FastifyBaseLogger
  backoff?: BackoffOptions
  now?: () => number
}

export interface MirrorState {
  connected: boolean
  /** Durable journal records Firebase has not acknowledged yet. */
  pending: number
  pendingPeak: number
  watermark: number
  lastDurableSeq: number
  inFlight: boolean
  outage: { since: string; reason: string } | null
  batches: number
  failures: number
  deadlinesMissed: number
  lastAckAt: string | null
  lagMs: { p50: number | null; p99: number | null; max: number | null; count: number }
}

const WATERMARK_SAVE_MS = 200
const DEFAULT_LINGER_MS = 10

type Wait = { promise: Promise<void>; wake: () => void }
const newWait = (): Wait => {
  let wake!: () => void
  const promise = new Promise<void>((resolve) => (wake = resolve))
  return { promise, wake }
}

/**
 * Copies durable journal records to Firebase, one coalesced multi-path batch in flight at a
 * time, in journal order. The journal is the outbox: nothing is held in memory that the store
 * cannot give back with readFrom(), so a long outage costs disk, not RAM.
 *
 * firebase-admin queues writes silently while disconnected and re-sends outstanding writes
 * itself on reconnect (wire-protocol notes §6.9). So a batch is sent exactly once; a missed
 * deadline means "outage": the mirror reports it and forces a reconnect (goOffline/goOnline)
 * with backoff instead of piling duplicate writes into the SDK's queue. Only a rejected write
 * is rebuilt from the journal and sent again.
 */
export class Mirror {
  /** Commit -> Firebase acknowledgement lag of recent records, in ms. */
  readonly lag = new RecentSamples()
  #opts: MirrorOptions
  #now: () => number
  #backoff: BackoffOptions
  #watermark = 0
  #connected = false
  #everConnected = false
  #inFlight = false
  #pendingPeak = 0
  #batches = 0
  #failures = 0
  #deadlinesMissed = 0
  #lastAckAt: number | null = null
  #outage: { since: number; reason: string } | null = null
  #wait = newWait()
  #draining = false
  #stopped = false
  #loop: Promise<void> | null = null
  #unsubscribe: (() => void) | null = null
  #ackListeners = new Set<(seq: number) => void>()
  #lagListeners = new Set<(lagMs: number) => void>()
  #saving: Promise<void> = Promise.resolve()
  #offConnected: (() => void) | null = null
  #stopSignal = newWait()
  #saveTimer: NodeJS.Timeout | null = null
  #savedWatermark = -1

  constructor(options: MirrorOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
    this.#backoff = options.backoff ?? { baseMs: 250, maxMs: 30_000 }
  }

  get watermark(): number {
    return this.#watermark
  }

  async start(): Promise<void> {
    this.#watermark = Math.min(await loadWatermark(this.#opts.stateDir), this.#opts.store.lastDurableSeq)
    this.#unsubscribe = this.#opts.store.onDurable(() => this.#wake())
    const connectedRef = this.#opts.db.ref('.info/connected')
    const onConnected = connectedRef.on('value', (snap) => this.#setConnected(snap.val() === true))
    this.#offConnected = () => connectedRef.off('value', onConnected)
    this.#loop = this.#run()
  }

  /** Drains what it can within drainTimeoutMs (graceful shutdown), then stops. */
  async stop({ drainTimeoutMs = 2000 }: { drainTimeoutMs?: number } = {}): Promise<void> {
    if (!this.#loop) return
    this.#draining = true
    this.#wake()
    let timer: NodeJS.Timeout | undefined
    await Promise.race([this.#loop, new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)))])
    clearTimeout(timer)
    this.#stopped = true
    this.#stopSignal.wake()
    this.#wake()
    this.#unsubscribe?.()
    this.#offConnected?.()
    if (this.#saveTimer) clearTimeout(this.#saveTimer)
    this.#saveTimer = null
    this.#saveWatermarkNow()
    await this.#saving
    this.#loop = null
  }

  /** Resolves true once Firebase has acknowledged everything up to seq, false after timeoutMs. */
  async waitForSeq(seq: number, timeoutMs = 30_000): Promise<boolean> {
    if (this.#watermark >= seq) return true
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#ackListeners.delete(listener)
        resolve(false)
      }, timeoutMs)
      const listener = (acked: number): void => {
        if (acked < seq) return
        clearTimeout(timer)
        this.#ackListeners.delete(listener)
        resolve(true)
      }
      this.#ackListeners.add(listener)
    })
  }

  onAcked(listener: (seq: number) => void): () => void {
    this.#ackListeners.add(listener)
    return () => this.#ackListeners.delete(listener)
  }

  /** Each acknowledged record's commit -> acknowledgement lag (for the metrics histogram). */
  onLag(listener: (lagMs: number) => void): () => void {
    this.#lagListeners.add(listener)
    return () => this.#lagListeners.delete(listener)
  }

  state(): MirrorState {
    const lastDurableSeq = this.#opts.store.lastDurableSeq
    const pending = Math.max(0, lastDurableSeq - this.#watermark)
    return {
      connected: this.#connected,
      pending,
      pendingPeak: Math.max(this.#pendingPeak, pending),
      watermark: this.#watermark,
      lastDurableSeq,
      inFlight: this.#inFlight,
      outage: this.#outage && { since: new Date(this.#outage.since).toISOString(), reason: this.#outage.reason },
      batches: this.#batches,
      failures: this.#failures,
      deadlinesMissed: this.#deadlinesMissed,
      lastAckAt: this.#lastAckAt === null ? null : new Date(this.#lastAckAt).toISOString(),
      lagMs: {
        p50: this.lag.percentile(50),
        p99: this.lag.percentile(99),
        max: this.lag.percentile(100),
        count: this.lag.count,
      },
    }
  }

  #wake(): void {
    const { wake } = this.#wait
    this.#wait = newWait()
    wake()
  }

  async #sleep(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const waiting = this.#wait.promise
    await Promise.race([waiting, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
    clearTimeout(timer)
  }

  async #run(): Promise<void> {
    let failedAttempts = 0
    while (!this.#stopped) {
      const store = this.#opts.store
      const pending = store.lastDurableSeq - this.#watermark
      this.#pendingPeak = Math.max(this.#pendingPeak, pending)
      if (pending <= 0) {
        if (this.#draining) return
        await this.#wait.promise
        continue
      }
      const linger = this.#opts.lingerMs ?? DEFAULT_LINGER_MS
      if (linger > 0 && pending < this.#opts.maxBatchRecords && !this.#draining) {
        await new Promise((resolve) => setTimeout(resolve, linger))
        if (this.#stopped) return
      }
      const records = await store.readFrom(this.#watermark, this.#opts.maxBatchRecords)
      if (records.length === 0) {
        await this.#sleep(50)
        continue
      }
      const result = await this.#send(records)
      if (result === 'acked') {
        failedAttempts = 0
        this.#acknowledge(records)
      } else if (result === 'rejected') {
        await this.#sleep(backoffDelay(failedAttempts++, this.#backoff))
      }
    }
  }

  async #send(records: CommittedRecord[]): Promise<'acked' | 'rejected' | 'stopped'> {
    const batch = new UpdateBatch()
    for (const record of records) for (const op of record.ops) batch.add(op)
    const write = batch.toWrite()
    const root = this.#opts.db.ref()
    this.#inFlight = true
    this.#batches++
    const sent = (write.kind === 'set' ? root.set(write.value) : root.update(write.paths)).then(
      () => ({ ok: true as const }),
      (err: unknown) => ({ ok: false as const, err }),
    )
    try {
      let cycles = 0
      let deadline = this.#opts.batchDeadlineMs
      for (;;) {
        let timer: NodeJS.Timeout | undefined
        const outcome = await Promise.race([
          sent,
          this.#stopSignal.promise.then(() => 'stopped' as const),
          new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), deadline))),
        ])
        clearTimeout(timer)
        if (outcome === 'stopped') return 'stopped'
        if (outcome !== 'deadline') {
          if (outcome.ok) return 'acked'
          this.#failures++
          this.#markOutage(`write rejected: ${(outcome.err as Error)?.message ?? String(outcome.err)}`)
          return 'rejected'
        }
        this.#deadlinesMissed++
        this.#markOutage(this.#connected ? 'acknowledgement overdue' : 'disconnected')
        // Force a fresh connection: the SDK re-sends the outstanding write on it, so a stalled
        // socket (server accepts but never answers) cannot hold the mirror forever.
        this.#opts.db.goOffline()
        this.#opts.db.goOnline()
        deadline = this.#opts.batchDeadlineMs + backoffDelay(cycles++, this.#backoff)
      }
    } finally {
      this.#inFlight = false
    }
  }

  #acknowledge(records: CommittedRecord[]): void {
    const ackAt = this.#now()
    for (const record of records) {
      const lagMs = Math.max(0, ackAt - record.ts)
      this.lag.observe(lagMs)
      for (const listener of this.#lagListeners) listener(lagMs)
    }
    const seq = (records[records.length - 1] as CommittedRecord).seq
    this.#watermark = seq
    this.#lastAckAt = ackAt
    this.#opts.store.releaseUpTo(seq)
    if (this.#outage) {
      this.#opts.log.info(
        { downMs: ackAt - this.#outage.since, pending: this.#opts.store.lastDurableSeq - seq },
        'firebase mirror recovered',
      )
      this.#outage = null
    }
    this.#scheduleWatermarkSave()
    for (const listener of this.#ackListeners) listener(seq)
  }

  // At most one watermark write per WATERMARK_SAVE_MS (plus one on stop): each is an
  // open/write/rename, and a stale watermark only means re-sending a few idempotent batches.
  #scheduleWatermarkSave(): void {
    if (this.#saveTimer) return
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null
      this.#saveWatermarkNow()
    }, WATERMARK_SAVE_MS)
    this.#saveTimer.unref()
  }

  #saveWatermarkNow(): void {
    const seq = this.#watermark
    if (seq === this.#savedWatermark) return
    this.#savedWatermark = seq
    this.#saving = this.#saving
      .then(() => saveWatermark(this.#opts.stateDir, seq))
      .catch((err: unknown) => this.#opts.log.warn({ err }, 'mirror watermark not saved'))
  }

  #setConnected(connected: boolean): void {
    if (connected === this.#connected) return
    this.#connected = connected
    if (connected) {
      this.#everConnected = true
      if (this.#outage && this.#opts.store.lastDurableSeq <= this.#watermark) {
        this.#opts.log.info({ downMs: this.#now() - this.#outage.since }, 'firebase mirror recovered')
        this.#outage = null
      }
    } else if (this.#everConnected) {
      this.#markOutage('disconnected')
    }
  }

  // One warning per outage, not per write: the next acknowledged batch ends it.
  #markOutage(reason: string): void {
    if (this.#outage) return
    this.#outage = { since: this.#now(), reason }
    this.#opts.log.warn(
      { reason, pending: Math.max(0, this.#opts.store.lastDurableSeq - this.#watermark) },
      'firebase mirror outage',
    )
  }
}
