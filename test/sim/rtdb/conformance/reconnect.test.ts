// §15 item 36: after the server side closes the socket (server still up), the client reconnects,
// re-sends its listens and pending writes (§6.9), and nothing is lost. The socket is cut by the
// fault proxy so this runs against any emulator, Google's included.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initializeApp as initializeWebApp, deleteApp } from 'firebase/app'
import { connectDatabaseEmulator, getDatabase, onValue, ref, set } from 'firebase/database'
import { startFaultProxy, type FaultProxy } from '../../../../sim/fault-proxy/proxy.js'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, TEST_PROJECT_ID, type Clients } from '../../../helpers/rtdb-clients.js'
import { EventLog, webConnected } from '../../../helpers/rtdb-events.js'

describe('conformance: reconnect replay (§15 item 36)', () => {
  let rtdb: RtdbTarget
  let proxy: FaultProxy
  let clients: Clients

  beforeAll(async () => {
    rtdb = await useRtdb()
    proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
    clients = createClients(rtdb)
  })
  afterAll(async () => {
    await clients.closeAll()
    await proxy.stop()
    await rtdb.stop()
  })

  it('36. listeners keep updating and no write is lost across a server-side close', async () => {
    const ns = rtdb.namespace('reconnect')
    const app = initializeWebApp({ projectId: TEST_PROJECT_ID, databaseURL: `http://${proxy.hostPort}?ns=${ns}` }, `reconnect-${ns}`)
    const db = getDatabase(app)
    connectDatabaseEmulator(db, proxy.host, proxy.port)
    const direct = clients.admin(ns)
    try {
      await webConnected(db)
      const seen = new EventLog<unknown>()
      const off = onValue(ref(db, 'state'), (snapshot) => seen.push(snapshot.val()))
      await seen.atLeast(1)

      const disconnected = webConnected(db, false)
      proxy.cutConnections()
      await disconnected
      // Written while the client is offline: queued locally and replayed after reconnecting.
      const pending = Array.from({ length: 5 }, (_, i) => set(ref(db, `writes/w${i}`), i))
      await webConnected(db)
      await Promise.all(pending)
      const stored = (await direct.db.ref('writes').get()).val()
      expect(stored).toEqual({ w0: 0, w1: 1, w2: 2, w3: 3, w4: 4 })

      // The listen was re-sent on the new socket: a change made elsewhere still arrives.
      await direct.db.ref('state').set('after-reconnect')
      await seen.atLeast(2)
      expect(seen.events.at(-1)).toBe('after-reconnect')
      off()
    } finally {
      await deleteApp(app)
    }
  })
})
