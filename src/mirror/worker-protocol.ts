import type { CommittedRecord } from '../store/index.js'
import type { LoopStatus } from './batch-loop.js'
import type { ResolvedFirebaseTarget } from './rtdb.js'

// The messages between the main thread's Mirror (sync-loop.ts) and the mirror worker
// (mirror-worker.ts). Everything here crosses a structured clone, so it is plain data.

export interface MirrorWorkerInit {
  target: ResolvedFirebaseTarget
  /** The store's journal directory, for records the worker does not hold in memory. */
  journalDir: string
  /** Highest seq Firebase has acknowledged: the worker sends from the next one. */
  watermark: number
  lastDurableSeq: number
  batchDeadlineMs: number
  maxBatchRecords: number
  lingerMs: number
  backoff: { baseMs: number; maxMs: number }
  /** Past this many records held in memory, the worker reads the journal instead (see record-feed.ts). */
  memoryBacklogRecords: number
}

/** Where the worker takes records from: messages from the main thread, or the journal files. */
export type FeedSource = 'memory' | 'journal'

/** The batch loop's status (outage.since: epoch ms), and where its records come from. */
export interface WorkerStatus extends LoopStatus {
  source: FeedSource
  /** Records held in the worker's memory. */
  backlog: number
  /** Batches read from the journal files rather than from memory. */
  journalReads: number
}

export type ToWorker =
  /** Newly durable records, in seq order (one message per flush of the journal). */
  | { type: 'records'; records: CommittedRecord[] }
  /** Only the new durable seq: the worker reads the journal meanwhile (source 'journal'). */
  | { type: 'durable'; seq: number }
  /** Send what is pending without lingering: the main thread is draining before stop. */
  | { type: 'drain' }
  /** Close the Firebase connection, answer 'stopped' and let the thread end. */
  | { type: 'stop' }
  /** Test hook: throw an uncaught exception, as a bug in the worker would. */
  | { type: 'crash'; message: string }

export type LogLevel = 'info' | 'warn' | 'error'

/** An Error in a log line's fields (the `err` field), rebuilt as an Error by the main thread. */
export interface SerializedError {
  name: string
  message: string
  stack: string | undefined
  code: string | undefined
}

export type FromWorker =
  | { type: 'acked'; seq: number; at: number; lagsMs: number[]; status: WorkerStatus }
  | { type: 'status'; status: WorkerStatus }
  | { type: 'log'; level: LogLevel; fields: Record<string, unknown>; msg: string }
  | { type: 'stopped' }
