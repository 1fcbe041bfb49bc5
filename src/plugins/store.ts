import fp from 'fastify-plugin'
import { openStore, type LocalStore } from '../store/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    store: LocalStore
  }
}

export interface StorePluginOptions {
  dir: string
  segmentBytes?: number
  snapshotEveryRecords?: number
}

/** The local journal: Aurora's source of truth. Opened before any route can commit, closed last. */
export default fp<StorePluginOptions>(
  async (app, { dir, segmentBytes, snapshotEveryRecords }) => {
    const store = await openStore({
      dir,
      log: app.log.child({ component: 'store' }),
      ...(segmentBytes ? { segmentBytes } : {}),
      ...(snapshotEveryRecords ? { snapshotEveryRecords } : {}),
    })
    app.decorate('store', store)
    app.addHook('onClose', async () => store.close())
  },
  { name: 'store' },
)
