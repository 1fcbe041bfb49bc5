import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import type { Database } from 'firebase-admin/database'
import type { FastifyBaseLogger } from 'fastify'
import type { LocalStore } from '../store/index.js'
import { JOURNAL_DIR } from '../store/segments.js'
import type { BackoffOptions } from './backoff.js'
import { CommitTimes } from './commit-times.js'
import { DirectWriter } from './direct-writer.js'
import { MirrorThread } from './mirror-thread.js'
import { RecentSamples } from './recent-samples.js'
import type { ResolvedFirebaseTarget } from './rtdb.js'
import type { MirrorTransport } from './transport.js'
import { loadWatermark, saveWatermark } from './watermark.js'
import type { FeedSource, FromWorker, MirrorWorkerInit, WorkerStatus } from './worker-protocol.js'
import { mirrorWorkerStarter } from './worker-start.js'

export interface MirrorOptions {
  store: LocalStore
  /** Where the worker writes. It opens its own connection: a Database object cannot cross threads. */
  target: ResolvedFirebaseTarget
  /** Where the watermark file lives (the store's data dir). */
  stateDir: string
  /** How long one batch may wait for Firebase's acknowledgement before the mirror calls it an outage. */
  batchDeadlineMs: number
  maxBatchRecords: number
  /** How long to let records gather before sending a batch that is not full (default 10 ms; see batch-loop.ts). */
  lingerMs?: number
  /** Records the worker holds in memory before it reads the journal instead (default 20,000). */
  memoryBacklogRecords?: number
  log: FastifyBaseLogger
  /** Backoff of the worker's retries and forced reconnects (its `random` stays in this thread: the worker uses Math.random). */
  backoff?: BackoffOptions
  /** Backoff of worker restarts after a crash. */
  restartBackoff?: BackoffOptions
  now?: () => number
  /**
   * The bench's naive design (MIRROR_MODE=inline): write each record at once, on this thread,
   * over this connection, instead of batching from the worker (direct-writer.ts).
   */
  direct?: Database
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
  /** Where the worker takes records from: posted by this thread, or read back from the journal (a backlog past its cap). */
  source: FeedSource
  worker: { running: boolean; restarts: number; backlog: number; journalReads: number }
}

const WATERMARK_SAVE_MS = 200
const DEFAULT_LINGER_MS = 10
const DEFAULT_MEMORY_BACKLOG = 20_000
/** How long stop() lets the worker close its Firebase connection before ending the thread. */
const WORKER_CLOSE_MS = 1000

const IDLE_STATUS: WorkerStatus = Object.freeze({
  connected: false,
  inFlight: false,
  outage: null,
  batches: 0,
  failures: 0,
  deadlinesMissed: 0,
  oldestPending: null,
  source: 'memory',
  backlog: 0,
  journalReads: 0,
})

/**
 * Copies durable journal records to Firebase. The writing (firebase-admin's write tree, framing,
 * acknowledgements, deadlines, reconnects, coalescing) runs in a worker thread (mirror-worker.ts,
 * batch-loop.ts): measured, the SDK's work per webhook cost the callers' event loop more than the
 * webhook itself. This side stays on the main thread: it feeds the worker, owns the watermark
 * (releaseUpTo, the persisted file), and answers state(), waitForSeq() and the ack/lag listeners.
 *
 * If the worker dies, the error is logged, state() reports an outage, and a new worker starts
 * after a backoff from the acknowledged watermark; the callers' path never waits on any of it.
 */
export class Mirror {
  /** Commit -> Firebase acknowledgement lag of recent records, in ms. */
  readonly lag = new RecentSamples()
  readonly #opts: MirrorOptions
  readonly #now: () => number
  readonly #startWorker: (init: MirrorWorkerInit) => Worker
  #thread: MirrorTransport | null = null
  #watermark = 0
  #status: WorkerStatus = IDLE_STATUS
  /** Counters of workers that died, so the totals stay monotonic across restarts. */
  #previous = { batches: 0, failures: 0, deadlinesMissed: 0, journalReads: 0 }
  /** Set while the worker is down; ends with the next acknowledgement. */
  #workerOutage: { since: number; reason: string } | null = null
  #pendingPeak = 0
  #lastAckAt: number | null = null
  #unsubscribe: (() => void) | null = null
  #offLockLost: (() => void) | null = null
  #starting: Promise<void> | null = null
  #stopRequested = false
  /** waitForSeq() calls in progress, released with false by a fence. */
  readonly #waiters = new Set<() => void>()
  /** Set once another process took the store's lock over: this mirror has stopped for good. */
  #fenced: { stopped: Promise<void> } | null = null
  readonly #commitTimes = new CommitTimes()
  #ackListeners = new Set<(seq: number) => void>()
  #lagListeners = new Set<(lagMs: number) => void>()
  #saving: Promise<void> = Promise.resolve()
  #saveTimer: NodeJS.Timeout | null = null
  #savedWatermark = -1

  constructor(options: MirrorOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
    this.#startWorker = mirrorWorkerStarter()
  }

  get watermark(): number {
    return this.#watermark
  }

  start(): Promise<void> {
    this.#starting ??= this.#start()
    return this.#starting
  }

  async #start(): Promise<void> {
    const { store } = this.#opts
    // Before anything is awaited, so a loss during start-up is not missed (it is also told at once
    // if it came before).
    this.#offLockLost = store.onLockLost((err) => this.#fence(err))
    const saved = await loadWatermark(this.#opts.stateDir)
    if (saved > store.lastDurableSeq) {
      // Firebase acknowledged records the journal no longer has (a damaged tail cut off at start-up,
      // or a data dir restored from an older backup): new records reuse those seqs, and what only
      // Firebase holds stays there until something overwrites it.
      this.#opts.log.error({ watermark: saved, lastDurableSeq: store.lastDurableSeq }, 'firebase has records the journal lost; the mirror goes on from the journal')
    }
    this.#watermark = Math.min(saved, store.lastDurableSeq)
    if (this.#fenced || this.#stopRequested) return
    const backoff = this.#opts.backoff ?? { baseMs: 250, maxMs: 30_000 }
    const onReport = (report: Extract<FromWorker, { type: 'acked' | 'status' }>): void => this.#onReport(report)
    this.#thread = this.#opts.direct
      ? new DirectWriter({ db: this.#opts.direct, store, watermark: this.#watermark, backoff, log: this.#opts.log, onReport })
      : new MirrorThread({
          init: () => ({
            target: this.#opts.target,
            journalDir: join(store.dir, JOURNAL_DIR),
            watermark: this.#watermark,
            lastDurableSeq: store.lastDurableSeq,
            batchDeadlineMs: this.#opts.batchDeadlineMs,
            maxBatchRecords: this.#opts.maxBatchRecords,
            lingerMs: this.#opts.lingerMs ?? DEFAULT_LINGER_MS,
            backoff: { baseMs: backoff.baseMs, maxMs: backoff.maxMs },
            memoryBacklogRecords: this.#opts.memoryBacklogRecords ?? DEFAULT_MEMORY_BACKLOG,
          }),
          startWorker: this.#startWorker,
          restartBackoff: this.#opts.restartBackoff ?? { baseMs: 500, maxMs: 30_000 },
          log: this.#opts.log,
          onReport,
          onDown: (err, restartInMs) => this.#onWorkerDown(err, restartInMs),
        })
    const thread = this.#thread
    this.#unsubscribe = store.onDurable((record) => {
      const pending = record.seq - this.#watermark
      if (pending > this.#pendingPeak) this.#pendingPeak = pending
      this.#commitTimes.record(record.seq, record.ts)
      thread.push(record)
    })
    thread.start()
  }

  /** Drains what it can within drainTimeoutMs (graceful shutdown), then stops the worker. */
  async stop({ drainTimeoutMs = 2000 }: { drainTimeoutMs?: number } = {}): Promise<void> {
    // A start() still loading the watermark must not go on to start a writer nobody stops.
    this.#stopRequested = true
    await this.#starting?.catch(() => undefined)
    const thread = this.#thread
    if (!thread) {
      this.#offLockLost?.()
      return
    }
    // A process just woken from a stall may be stopped by the very orchestrator that replaced it:
    // draining then would send the old batches the fence exists to hold back. Past the lock's
    // lease this checks it now, and a loss fences this mirror before the drain starts.
    await this.#opts.store.lockHeld()
    if (!this.#fenced) {
      thread.drain()
      const last = this.#opts.store.lastDurableSeq
      // A fence during the drain ends this wait at once.
      if (last > this.#watermark) await this.waitForSeq(last, drainTimeoutMs)
    }
    this.#unsubscribe?.()
    await (this.#fenced?.stopped ?? thread.stop(WORKER_CLOSE_MS))
    this.#offLockLost?.()
    if (this.#saveTimer) clearTimeout(this.#saveTimer)
    this.#saveTimer = null
    this.#saveWatermarkNow()
    await this.#saving
    this.#thread = null
  }

  /** Resolves true once Firebase has acknowledged everything up to seq, false after timeoutMs. */
  async waitForSeq(seq: number, timeoutMs = 30_000): Promise<boolean> {
    if (this.#watermark >= seq) return true
    if (this.#fenced) return false
    return new Promise((resolve) => {
      const done = (acknowledged: boolean): void => {
        clearTimeout(timer)
        this.#ackListeners.delete(listener)
        this.#waiters.delete(giveUp)
        resolve(acknowledged)
      }
      const timer = setTimeout(() => done(false), timeoutMs)
      const listener = (acked: number): void => {
        if (acked >= seq) done(true)
      }
      // This mirror stopped for good: nothing more will be acknowledged.
      const giveUp = (): void => done(false)
      this.#ackListeners.add(listener)
      this.#waiters.add(giveUp)
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

  /** Test hook: makes the worker throw an uncaught exception, as a bug in it would. */
  crashWorker(message = 'mirror worker crash requested'): void {
    this.#thread?.crash(message)
  }

  /**
   * Commit time of the oldest durable record Firebase has not acknowledged; null when there is
   * none, or when it is neither among the recent records whose times are kept nor the first of the
   * batch the writer is sending (a moment between batches, or before the first): read the journal.
   */
  oldestPendingAt(): number | null {
    const next = this.#watermark + 1
    if (next > this.#opts.store.lastDurableSeq) return null
    const sending = this.#status.oldestPending
    return this.#commitTimes.at(next) ?? (sending?.seq === next ? sending.ts : null)
  }

  state(): MirrorState {
    const lastDurableSeq = this.#opts.store.lastDurableSeq
    const pending = Math.max(0, lastDurableSeq - this.#watermark)
    const status = this.#status
    const outage = this.#workerOutage ?? status.outage
    const [lagP50, lagP99, lagMax] = this.lag.percentiles(50, 99, 100)
    return {
      connected: status.connected,
      pending,
      pendingPeak: Math.max(this.#pendingPeak, pending),
      watermark: this.#watermark,
      lastDurableSeq,
      inFlight: status.inFlight,
      outage: outage && { since: new Date(outage.since).toISOString(), reason: outage.reason },
      batches: this.#previous.batches + status.batches,
      failures: this.#previous.failures + status.failures,
      deadlinesMissed: this.#previous.deadlinesMissed + status.deadlinesMissed,
      lastAckAt: this.#lastAckAt === null ? null : new Date(this.#lastAckAt).toISOString(),
      lagMs: {
        p50: lagP50 ?? null,
        p99: lagP99 ?? null,
        max: lagMax ?? null,
        count: this.lag.count,
      },
      source: status.source,
      worker: {
        running: this.#thread?.running ?? false,
        restarts: this.#thread?.restarts ?? 0,
        backlog: status.backlog,
        journalReads: this.#previous.journalReads + status.journalReads,
      },
    }
  }

  /**
   * Another process holds the journal now and mirrors it from the shared watermark. A batch this
   * one sent after that could land after the newer values that process wrote, and put older ones
   * back; so the writer stops at once, without draining, and the watermark file is left to it.
   * (A write already on the wire when the lock was lost can still land: Firebase has no fencing
   * token to refuse it.)
   */
  #fence(err: Error): void {
    if (this.#fenced) return
    const thread = this.#thread
    this.#unsubscribe?.()
    this.#unsubscribe = null
    if (this.#saveTimer) clearTimeout(this.#saveTimer)
    this.#saveTimer = null
    this.#workerOutage = { since: this.#now(), reason: `stopped: ${err.message}` }
    this.#status = { ...this.#status, connected: false, inFlight: false }
    this.#opts.log.error({ err, watermark: this.#watermark, pending: Math.max(0, this.#opts.store.lastDurableSeq - this.#watermark) }, 'store lock lost: firebase mirror stopped')
    this.#fenced = {
      stopped: (thread?.abandon() ?? Promise.resolve()).catch((stopErr: unknown) => this.#opts.log.warn({ err: stopErr }, 'mirror writer did not stop cleanly')),
    }
    for (const giveUp of [...this.#waiters]) giveUp()
  }

  #onReport(report: Extract<FromWorker, { type: 'acked' | 'status' }>): void {
    if (this.#fenced) return
    this.#status = report.status
    if (report.type === 'acked') this.#acknowledge(report.seq, report.at, report.lagsMs)
    else if (this.#workerOutage && report.status.connected && this.#opts.store.lastDurableSeq <= this.#watermark) {
      this.#recovered(this.#now())
    }
  }

  #onWorkerDown(err: Error, restartInMs: number): void {
    const status = this.#status
    this.#previous.batches += status.batches
    this.#previous.failures += status.failures
    this.#previous.deadlinesMissed += status.deadlinesMissed
    this.#previous.journalReads += status.journalReads
    this.#status = IDLE_STATUS
    this.#workerOutage ??= status.outage ?? { since: this.#now(), reason: `mirror worker crashed: ${err.message}` }
    this.#opts.log.error(
      { err, restartInMs, pending: Math.max(0, this.#opts.store.lastDurableSeq - this.#watermark) },
      'firebase mirror worker crashed',
    )
  }

  #acknowledge(seq: number, ackAt: number, lagsMs: readonly number[]): void {
    if (seq <= this.#watermark) return
    for (const lagMs of lagsMs) {
      this.lag.observe(lagMs)
      for (const listener of this.#lagListeners) listener(lagMs)
    }
    this.#watermark = seq
    this.#lastAckAt = ackAt
    if (this.#workerOutage) this.#recovered(ackAt)
    this.#scheduleWatermarkSave()
    for (const listener of this.#ackListeners) listener(seq)
  }

  #recovered(at: number): void {
    const outage = this.#workerOutage
    if (!outage) return
    this.#workerOutage = null
    this.#opts.log.info(
      { downMs: at - outage.since, pending: Math.max(0, this.#opts.store.lastDurableSeq - this.#watermark) },
      'firebase mirror recovered',
    )
  }

  // At most one watermark write per WATERMARK_SAVE_MS (plus one on stop): each is an
  // open/write/rename, and a stale watermark only means re-sending a few idempotent batches,
  // because journal segments are released to the store only once the watermark covering them
  // is on disk.
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
      // Checked when its turn comes: a fence may have come while an earlier save ran.
      .then(async () => {
        if (this.#fenced) return
        await saveWatermark(this.#opts.stateDir, seq)
        // Not at the ack: a segment deleted before the watermark covering it is saved is lost to
        // a mirror restarted from the older one (a kill -9 inside WATERMARK_SAVE_MS), which then
        // waits for ever on a record no journal file holds.
        this.#opts.store.releaseUpTo(seq)
      })
      .catch((err: unknown) => this.#opts.log.warn({ err }, 'mirror watermark not saved'))
  }
}
