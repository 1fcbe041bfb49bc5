import fp from 'fastify-plugin'
import { createFirebaseFeed } from '../admin/firebase-feed.js'
import { LiveHub, type LiveHubOptions } from '../admin/live-hub.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Live call events for the admin streams (local journal + Firebase listeners). */
    adminHub: LiveHub
  }
}

export type AdminHubOptions = Pick<LiveHubOptions, 'replayEvents' | 'lingerMs' | 'mirrorTickMs' | 'loadTimeoutMs' | 'fanoutSlice' | 'coalesceMs' | 'stallMs'> & {
  instanceId: string
}

/**
 * Starts the hub at registration, before the app can take a request, so seeding from the store
 * and the onDurable subscription see every record exactly once. Streams end on preClose, or the
 * server's close would wait for them forever.
 */
export default fp<AdminHubOptions>(
  async (app, options) => {
    const hub = new LiveHub({
      ...options,
      store: app.store,
      mirror: app.mirror,
      feed: app.firebaseDb ? createFirebaseFeed(app.firebaseDb) : null,
      log: app.log.child({ component: 'admin-hub' }),
    })
    hub.start()
    app.decorate('adminHub', hub)
    app.addHook('preClose', async () => hub.stop())
  },
  { name: 'admin-hub', dependencies: ['store', 'mirror', 'calls'] },
)
