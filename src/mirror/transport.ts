import type { CommittedRecord } from '../store/index.js'

/**
 * How the mirror's records reach Firebase: a worker thread that batches them (MirrorThread, the
 * default), or one write per record on the callers' thread (DirectWriter, the bench's naive
 * design). Either reports acknowledgements and status back to the Mirror.
 */
export interface MirrorTransport {
  readonly running: boolean
  readonly restarts: number
  start(): void
  /** A newly durable record, in seq order. */
  push(record: CommittedRecord): void
  /** Send what is pending without lingering. */
  drain(): void
  stop(closeTimeoutMs: number): Promise<void>
  /**
   * Stops at once, without closing cleanly, and drops whatever has not reached Firebase yet
   * (another process owns the journal now and will send it).
   */
  abandon(): Promise<void>
  /** Test hook: fail as a bug would. */
  crash(message: string): void
}
