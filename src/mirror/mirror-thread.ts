import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import type { Worker } from 'node:worker_threads'
import type { FastifyBaseLogger } from 'fastify'
import type { CommittedRecord } from '../store/index.js'
import { backoffDelay, type BackoffOptions } from './backoff.js'
import type { MirrorTransport } from './transport.js'
import type { FromWorker, MirrorWorkerInit, SerializedError, ToWorker } from './worker-protocol.js'

export interface MirrorThreadOptions {
  /** What a (re)started worker needs; called at each start, so it carries the current watermark. */
  init: () => MirrorWorkerInit
  startWorker: (workerData: MirrorWorkerInit) => Worker
  restartBackoff: BackoffOptions
  log: FastifyBaseLogger
  /** Acknowledgements and status from the current worker. */
  onReport: (report: Extract<FromWorker, { type: 'acked' | 'status' }>) => void
  /** The worker died; a new one starts in restartInMs. */
  onDown: (err: Error, restartInMs: number) => void
}

/**
 * The main thread's end of the mirror worker: starts it, posts it each durable record (one
 * message per journal flush), relays its log lines, and restarts it with backoff when it dies,
 * from the watermark the main thread holds. Nothing here waits for the worker: a dead or slow
 * worker costs the callers nothing, the journal keeps what it has not sent.
 */
export class MirrorThread implements MirrorTransport {
  readonly #opts: MirrorThreadOptions
  #worker: Worker | null = null
  #outbox: CommittedRecord[] = []
  #durableSeq = 0
  #postedSeq = 0
  #flushQueued = false
  /** The worker reads the journal (its memory is full): post durable seqs, not records. */
  #seqOnly = false
  #attempt = 0
  #restarts = 0
  #restartTimer: NodeJS.Timeout | null = null
  #stopping = false
  #onStopped: (() => void) | null = null

  constructor(options: MirrorThreadOptions) {
    this.#opts = options
  }

  get running(): boolean {
    return this.#worker !== null
  }

  get restarts(): number {
    return this.#restarts
  }

  start(): void {
    this.#spawn()
  }

  /** A newly durable record (store.onDurable): posted with the others of the same tick. */
  push(record: CommittedRecord): void {
    if (!this.#worker) return // the next worker starts from the journal's durable seq
    this.#durableSeq = record.seq
    if (!this.#seqOnly) this.#outbox.push(record)
    if (this.#flushQueued) return
    this.#flushQueued = true
    queueMicrotask(() => this.#flush())
  }

  /** Asks the worker to send without lingering (drain before stop). */
  drain(): void {
    this.#post({ type: 'drain' })
  }

  /** Test hook: makes the worker throw an uncaught exception. */
  crash(message: string): void {
    this.#post({ type: 'crash', message })
  }

  /** Ends the worker at once: its connection and the SDK's queue of writes go with it. */
  abandon(): Promise<void> {
    return this.stop(0)
  }

  /** Lets the worker close its Firebase connection (up to closeTimeoutMs), then ends the thread. */
  async stop(closeTimeoutMs: number): Promise<void> {
    this.#stopping = true
    if (this.#restartTimer) clearTimeout(this.#restartTimer)
    this.#restartTimer = null
    const worker = this.#worker
    if (!worker) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      new Promise<void>((resolve) => {
        this.#onStopped = resolve
        worker.once('exit', () => resolve())
        worker.postMessage({ type: 'stop' } satisfies ToWorker)
      }),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, closeTimeoutMs))),
    ])
    clearTimeout(timer)
    await worker.terminate()
    this.#worker = null
  }

  #post(message: ToWorker): void {
    this.#worker?.postMessage(message)
  }

  #flush(): void {
    this.#flushQueued = false
    if (this.#outbox.length > 0) {
      this.#post({ type: 'records', records: this.#outbox })
      this.#outbox = []
    } else if (this.#durableSeq > this.#postedSeq) {
      this.#post({ type: 'durable', seq: this.#durableSeq })
    }
    this.#postedSeq = this.#durableSeq
  }

  #spawn(): void {
    this.#restartTimer = null
    let worker: Worker
    try {
      worker = this.#opts.startWorker(this.#opts.init())
    } catch (err) {
      // Runs from a timer on the main thread: a throw here would take the callers down with it.
      this.#scheduleRestart(err instanceof Error ? err : new Error(String(err)))
      return
    }
    this.#worker = worker
    this.#seqOnly = false
    this.#outbox = []
    let failure: Error | null = null
    worker.on('message', (message: FromWorker) => {
      if (worker !== this.#worker) return
      switch (message.type) {
        case 'log':
          this.#opts.log[message.level](reviveErrors(message.fields), message.msg)
          break
        case 'stopped':
          this.#onStopped?.()
          break
        default:
          this.#seqOnly = message.status.source === 'journal'
          if (message.type === 'acked') this.#attempt = 0
          this.#opts.onReport(message)
      }
    })
    worker.on('error', (err) => (failure = err))
    worker.on('exit', (code) => {
      if (worker !== this.#worker) return
      this.#worker = null
      if (this.#stopping) return
      this.#scheduleRestart(failure ?? new Error(`mirror worker exited with code ${code}`))
    })
    this.#relay(worker.stdout, 'info')
    this.#relay(worker.stderr, 'warn')
  }

  #scheduleRestart(err: Error): void {
    const restartInMs = backoffDelay(this.#attempt++, this.#opts.restartBackoff)
    this.#opts.onDown(err, restartInMs)
    this.#restarts++
    this.#restartTimer = setTimeout(() => this.#spawn(), restartInMs)
  }

  // The SDK writes its own warnings to the console; they belong in the log, one line each.
  #relay(stream: Readable, level: 'info' | 'warn'): void {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      if (line.trim() !== '') this.#opts.log[level]({ line }, 'mirror worker wrote to the console')
    })
  }
}

/** Turns the worker's serialized errors back into Errors, so the logger's err serializer reads them as it reads ours. */
function reviveErrors(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields }
  for (const [key, value] of Object.entries(fields)) {
    if (!isSerializedError(value)) continue
    const err: Error & { code?: string } = new Error(value.message)
    err.name = value.name
    if (value.stack !== undefined) err.stack = value.stack
    if (value.code !== undefined) err.code = value.code
    out[key] = err
  }
  return out
}

function isSerializedError(value: unknown): value is SerializedError {
  if (value === null || typeof value !== 'object') return false
  const candidate = value as Partial<SerializedError>
  return typeof candidate.name === 'string' && typeof candidate.message === 'string' && 'stack' in candidate && 'code' in candidate
}
