import type { Database, DataSnapshot } from 'firebase-admin/database'
import type { FastifyBaseLogger } from 'fastify'
import type { Json, LocalStore } from '../store/index.js'
import type { AdminSession } from './session.js'

// Sessions stay stateless (any instance sharing the secret accepts a cookie), so a logout has
// to tell every instance which session ended: its id goes into the store under REVOKED (journaled,
// so it survives restarts, and mirrored like everything else), and each instance also listens to
// that path in Firebase for the logouts other instances record. An entry is kept until the
// session would have expired anyway.

export const REVOKED = 'admin_sessions/revoked'

export interface RevokedSessionsOptions {
  store: LocalStore
  /** Where other instances' logouts arrive from; null without Firebase (this instance's only). */
  db: Database | null
  log: FastifyBaseLogger
  now?: () => number
}

export class RevokedSessions {
  readonly #opts: RevokedSessionsOptions
  readonly #now: () => number
  /** Session id -> when it would have expired. */
  readonly #revoked = new Map<string, number>()
  readonly #listeners = new Set<(id: string) => void>()
  #stopListening: (() => void) | null = null

  constructor(options: RevokedSessionsOptions) {
    this.#opts = options
    this.#now = options.now ?? Date.now
  }

  /** Loads the logouts recorded here, and listens for those recorded elsewhere. */
  start(): void {
    const recorded = this.#opts.store.get(REVOKED)
    if (recorded && typeof recorded === 'object') for (const [id, expiresAt] of Object.entries(recorded)) this.#add(id, expiresAt)
    const db = this.#opts.db
    if (!db) return
    const ref = db.ref(REVOKED)
    const onAdded = (snap: DataSnapshot): void => {
      if (snap.key) this.#add(snap.key, snap.val() as Json)
    }
    const onError = (err: Error): void => this.#opts.log.warn({ err }, 'cannot hear logouts recorded by other instances')
    ref.on('child_added', onAdded, onError)
    this.#stopListening = () => ref.off('child_added', onAdded)
  }

  stop(): void {
    this.#stopListening?.()
    this.#stopListening = null
    this.#listeners.clear()
  }

  has(id: string): boolean {
    return this.#revoked.has(id)
  }

  /**
   * Ends a session everywhere; resolves once that is durable here. It ends on this instance first:
   * a disk that refuses the record must not leave a copy of the cookie working here.
   */
  async revoke(session: AdminSession): Promise<void> {
    this.#add(session.id, session.expiresAt)
    await this.#opts.store.commit([{ path: `${REVOKED}/${session.id}`, value: session.expiresAt }])
  }

  /** Called with each session id as it is revoked, here or on another instance. */
  onRevoked(listener: (id: string) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Forgets sessions that have expired by now (a cookie of theirs is refused anyway). */
  async prune(): Promise<number> {
    const now = this.#now()
    const expired = [...this.#revoked].filter(([, expiresAt]) => expiresAt <= now).map(([id]) => id)
    for (const id of expired) this.#revoked.delete(id)
    const ops = expired.map((id) => `${REVOKED}/${id}`).filter((path) => this.#opts.store.has(path)).map((path) => ({ path, value: null }))
    if (ops.length > 0) await this.#opts.store.commit(ops)
    return expired.length
  }

  #add(id: string, expiresAt: Json): void {
    if (this.#revoked.has(id)) return
    this.#revoked.set(id, typeof expiresAt === 'number' ? expiresAt : Number.POSITIVE_INFINITY)
    for (const listener of this.#listeners) listener(id)
  }
}
