import type { Database } from 'firebase-admin/database'
import fp from 'fastify-plugin'
import { connectRtdb, type RtdbConnection, type ResolvedFirebaseTarget } from '../mirror/rtdb.js'
import { Mirror } from '../mirror/sync-loop.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** null when the app runs without Firebase (journal only). */
    mirror: Mirror | null
    /** The mirror's Firebase connection, for listeners (admin streams); null without Firebase. */
    firebaseDb: Database | null
  }
}

export interface MirrorPluginOptions {
  /** Where to mirror; null runs without Firebase. */
  target: ResolvedFirebaseTarget | null
  /** An existing connection (tests, the simulator); otherwise one is opened from target. */
  connection?: RtdbConnection
  batchDeadlineMs: number
  maxBatchRecords: number
  drainOnCloseMs?: number
}

/**
 * Starts copying the journal to Firebase once the app is ready, never before: start-up and
 * the first call do not wait for Firebase. On close it drains briefly, then lets go (what is
 * left stays in the journal and is sent after the restart).
 */
export default fp<MirrorPluginOptions>(
  async (app, options) => {
    const connection = options.connection ?? (options.target ? connectRtdb(options.target) : null)
    if (!connection) {
      app.decorate('mirror', null)
      app.decorate('firebaseDb', null)
      app.log.warn('firebase mirror disabled: changes stay in the local journal only')
      return
    }
    const mirror = new Mirror({
      store: app.store,
      db: connection.db,
      stateDir: app.store.dir,
      batchDeadlineMs: options.batchDeadlineMs,
      maxBatchRecords: options.maxBatchRecords,
      log: app.log.child({ component: 'mirror' }),
    })
    app.decorate('mirror', mirror)
    app.decorate('firebaseDb', connection.db)
    app.addHook('onReady', async () => {
      await mirror.start()
      app.log.info({ firebase: connection.describe, watermark: mirror.watermark }, 'firebase mirror started')
    })
    app.addHook('preClose', async () => {
      await mirror.stop({ drainTimeoutMs: options.drainOnCloseMs ?? 2000 })
    })
    app.addHook('onClose', async () => {
      if (!options.connection) await connection.close()
    })
  },
  { name: 'mirror', dependencies: ['store'] },
)
