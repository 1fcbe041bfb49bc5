import type { Database } from 'firebase-admin/database'

export interface LoopLog {
  info(fields: Record<string, unknown>, msg: string): void
  warn(fields: Record<string, unknown>, msg: string): void
  error(fields: Record<string, unknown>, msg: string): void
}

export interface LinkHealthOptions {
  log: LoopLog
  /** Durable records Firebase has not acknowledged yet (logged with each change). */
  pending: () => number
  /** connected or outage changed. */
  onChange: () => void
  now?: () => number
}

/**
 * What the mirror's writers (BatchLoop in the worker, DirectWriter on the callers' thread) report
 * of their connection: whether it is up, and the outage, if one is going on. An outage is logged
 * once when it starts and once when it ends, not on every failed write, so a long one does not
 * flood the log. It ends with an acknowledgement, or with the connection coming back when nothing
 * is pending (no write will come to prove it).
 */
export class LinkHealth {
  readonly #opts: LinkHealthOptions
  readonly #now: () => number
  #connected = false
  #everConnected = false
  #outage: { since: number; reason: string } | null = null

  constructor(options: LinkHealthOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
  }

  get connected(): boolean {
    return this.#connected
  }

  get outage(): { since: number; reason: string } | null {
    return this.#outage
  }

  /** Follows the connection's `.info/connected`; returns the function that stops it. */
  watch(db: Database): () => void {
    const ref = db.ref('.info/connected')
    const listener = ref.on('value', (snap) => this.#setConnected(snap.val() === true))
    return () => ref.off('value', listener)
  }

  markOutage(reason: string): void {
    if (!this.#outage) {
      this.#outage = { since: this.#now(), reason }
      this.#opts.log.warn({ reason, pending: this.#opts.pending() }, 'firebase mirror outage')
    }
    this.#opts.onChange()
  }

  /** Firebase acknowledged a write (at `at`): an outage, if any, is over. */
  acknowledged(at: number): void {
    if (!this.#outage) return
    this.#opts.log.info({ downMs: at - this.#outage.since, pending: this.#opts.pending() }, 'firebase mirror recovered')
    this.#outage = null
  }

  #setConnected(connected: boolean): void {
    if (connected === this.#connected) return
    this.#connected = connected
    if (connected) {
      this.#everConnected = true
      if (this.#opts.pending() <= 0) this.acknowledged(this.#now())
    } else if (this.#everConnected) {
      this.markOutage('disconnected')
      return
    }
    this.#opts.onChange()
  }
}
