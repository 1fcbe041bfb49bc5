import type { Database } from 'firebase-admin/database'
import fp from 'fastify-plugin'
import { connectRtdb, type RtdbConnection, type ResolvedFirebaseTarget } from '../mirror/rtdb.js'
import { Mirror } from '../mirror/sync-loop.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** null when the app runs without Firebase (journal only). */
    mirror: Mirror | null
    /**
     * A Firebase connection to read and listen with (admin streams, admin login); null without
     * Firebase. The mirror writes from its worker thread over its own connection; only the
     * bench's naive design (MIRROR_MODE=inline) writes over this one.
     */
    firebaseDb: Database | null
  }
}

export interface MirrorPluginOptions {
  /** Where to mirror; null runs without Firebase. */
  target: ResolvedFirebaseTarget | null
  /**
   * An existing connection (tests, the simulator): the main thread listens with it, and the
   * mirror worker writes to its `target`. Otherwise one is opened from target.
   */
  connection?: RtdbConnection
  batchDeadlineMs: number
  maxBatchRecords: number
  /** 'inline', the bench's naive design: each record is written from this thread over the reader's connection. */
  mode?: 'background' | 'inline'
  drainOnCloseMs?: number
}

/**
 * Starts copying the journal to Firebase once the app is ready, never before: start-up and
 * the first call do not wait for Firebase. On close it drains briefly, then lets go (what is
 * left stays in the journal and is sent after the restart).
 */
export default fp<MirrorPluginOptions>(
  async (app, options) => {
    const target = options.connection?.target ?? options.target
    if (!target) {
      app.decorate('mirror', null)
      app.decorate('firebaseDb', null)
      app.log.warn('firebase mirror disabled: changes stay in the local journal only')
      return
    }
    // Listening only: its CPU follows the other instances' traffic, not this one's writes.
    const reader = options.connection ?? connectRtdb(target, 'aurora-reader')
    const mirror = new Mirror({
      store: app.store,
      target,
      stateDir: app.store.dir,
      batchDeadlineMs: options.batchDeadlineMs,
      maxBatchRecords: options.maxBatchRecords,
      log: app.log.child({ component: 'mirror' }),
      ...(options.mode === 'inline' ? { direct: reader.db } : {}),
    })
    app.decorate('mirror', mirror)
    app.decorate('firebaseDb', reader.db)
    app.addHook('onReady', async () => {
      await mirror.start()
      app.log.info({ firebase: reader.describe, watermark: mirror.watermark }, 'firebase mirror started')
    })
    app.addHook('preClose', async () => {
      await mirror.stop({ drainTimeoutMs: options.drainOnCloseMs ?? 2000 })
    })
    app.addHook('onClose', async () => {
      if (!options.connection) await reader.close()
    })
  },
  { name: 'mirror', dependencies: ['store'] },
)
