import type { Database } from 'firebase-admin/database'
import type { FastifyBaseLogger } from 'fastify'
import { messageOf } from '../error-message.js'
import type { CommittedRecord } from '../store/index.js'
import { backoffDelay, type BackoffOptions } from './backoff.js'
import { writeRecords } from './coalesce.js'
import { LinkHealth } from './link-health.js'
import type { MirrorTransport } from './transport.js'
import type { FromWorker, WorkerStatus } from './worker-protocol.js'

export interface DirectWriterOptions {
  /** The main thread's own connection. */
  db: Database
  store: { readonly lastDurableSeq: number; readFrom(afterSeq: number, max: number): Promise<CommittedRecord[]> }
  /** Highest seq Firebase has acknowledged: writing starts after it. */
  watermark: number
  backoff: BackoffOptions
  log: FastifyBaseLogger
  onReport: (report: Extract<FromWorker, { type: 'acked' | 'status' }>) => void
  now?: () => number
}

const CATCH_UP_RECORDS = 500

/**
 * The naive design's way to Firebase (MIRROR_MODE=inline, what the bench compares Aurora with):
 * every durable record is written at once as its own update(), on the callers' thread, over the
 * one connection the server has, and the webhook waits for its acknowledgement. No batching, no
 * linger and no worker: the code a server that awaits Firebase in its webhooks runs. Writes are
 * pipelined; Firebase acknowledges them in the order they were sent.
 *
 * A rejected write is sent again, with everything after it, once a backoff has passed: sending
 * only the rejected one later would let an older value overwrite a newer one.
 */
export class DirectWriter implements MirrorTransport {
  readonly #opts: DirectWriterOptions
  readonly #now: () => number
  #sent: number
  #acked: number
  /** Lags of acknowledged records not yet contiguous with #acked. */
  #ackedAhead = new Map<number, number>()
  /** Bumped on each re-send, so the outcomes of writes sent before it are ignored. */
  #generation = 0
  readonly #link: LinkHealth
  #writes = 0
  #failures = 0
  #catchUps = 0
  #attempt = 0
  #catchingUp = false
  #retryTimer: NodeJS.Timeout | null = null
  #offConnected: (() => void) | null = null
  #stopped = false

  constructor(options: DirectWriterOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
    this.#sent = options.watermark
    this.#acked = options.watermark
    this.#link = new LinkHealth({
      log: options.log,
      pending: () => Math.max(0, options.store.lastDurableSeq - this.#acked),
      onChange: () => this.#report(),
      now: this.#now,
    })
  }

  get running(): boolean {
    return this.#offConnected !== null
  }

  readonly restarts = 0

  start(): void {
    this.#offConnected = this.#link.watch(this.#opts.db)
    if (this.#opts.store.lastDurableSeq > this.#sent) void this.#catchUp()
  }

  push(record: CommittedRecord): void {
    if (this.#stopped) return
    if (record.seq === this.#sent + 1 && !this.#catchingUp && !this.#retryTimer) this.#write(record)
    else if (!this.#retryTimer) void this.#catchUp()
  }

  /** Nothing lingers here. */
  drain(): void {}

  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#retryTimer) clearTimeout(this.#retryTimer)
    this.#retryTimer = null
    this.#offConnected?.()
    this.#offConnected = null
  }

  /**
   * The SDK keeps writes it could not send yet and sends them when it reconnects: going offline
   * for good keeps them from being sent (the shared connection goes too, and the process must
   * restart anyway).
   */
  async abandon(): Promise<void> {
    await this.stop()
    this.#opts.db.goOffline()
  }

  crash(message: string): void {
    this.#opts.log.warn({ message }, 'crash requested, but the direct writer has no worker to crash')
  }

  #write(record: CommittedRecord): void {
    const generation = this.#generation
    this.#sent = record.seq
    this.#writes++
    writeRecords(this.#opts.db, [record]).then(
      () => this.#onAck(record, generation),
      (err: unknown) => this.#onReject(record, err, generation),
    )
  }

  async #catchUp(): Promise<void> {
    if (this.#catchingUp) return
    this.#catchingUp = true
    try {
      while (!this.#stopped && this.#opts.store.lastDurableSeq > this.#sent) {
        this.#catchUps++
        const generation = this.#generation
        const records = await this.#opts.store.readFrom(this.#sent, CATCH_UP_RECORDS)
        // A rejection meanwhile: the re-send waits for its backoff.
        if (this.#stopped || generation !== this.#generation || this.#retryTimer) break
        if (records.length === 0) break
        for (const record of records) if (record.seq === this.#sent + 1) this.#write(record)
      }
    } catch (err) {
      this.#link.markOutage(`journal unreadable after seq ${this.#sent}: ${messageOf(err)}`)
      this.#scheduleResend()
    } finally {
      this.#catchingUp = false
    }
  }

  #onAck(record: CommittedRecord, generation: number): void {
    if (this.#stopped || generation !== this.#generation) return
    const at = this.#now()
    this.#ackedAhead.set(record.seq, Math.max(0, at - record.ts))
    const lagsMs: number[] = []
    let seq = this.#acked
    for (let lag = this.#ackedAhead.get(seq + 1); lag !== undefined; lag = this.#ackedAhead.get(seq + 1)) {
      seq++
      this.#ackedAhead.delete(seq)
      lagsMs.push(lag)
    }
    if (seq === this.#acked) return
    this.#acked = seq
    this.#attempt = 0
    this.#link.acknowledged(at)
    this.#opts.onReport({ type: 'acked', seq, at, lagsMs, status: this.#status() })
  }

  #onReject(record: CommittedRecord, err: unknown, generation: number): void {
    if (this.#stopped || generation !== this.#generation) return
    this.#failures++
    this.#link.markOutage(`write rejected: ${messageOf(err)}`)
    this.#opts.log.error({ err, seq: record.seq }, 'firebase rejected a write')
    // Everything after the last acknowledged record goes again, in order.
    this.#generation++
    this.#sent = this.#acked
    this.#ackedAhead.clear()
    this.#scheduleResend()
  }

  #scheduleResend(): void {
    if (this.#retryTimer || this.#stopped) return
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null
      void this.#catchUp()
    }, backoffDelay(this.#attempt++, this.#opts.backoff))
  }

  #report(): void {
    this.#opts.onReport({ type: 'status', status: this.#status() })
  }

  #status(): WorkerStatus {
    return {
      connected: this.#link.connected,
      inFlight: this.#sent > this.#acked,
      outage: this.#link.outage,
      batches: this.#writes,
      failures: this.#failures,
      deadlinesMissed: 0,
      oldestPending: null,
      source: 'memory',
      backlog: this.#sent - this.#acked,
      journalReads: this.#catchUps,
    }
  }
}
