// The TCP fault proxy in front of an emulator. Only SDK-visible behaviour is asserted, so these
// run against Google's emulator too (FIREBASE_DATABASE_EMULATOR_HOST).

import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteApp, initializeApp, type App } from 'firebase-admin/app'
import { getDatabase, type Database } from 'firebase-admin/database'
import { startFaultProxy, type FaultProxy } from '../../../sim/fault-proxy/proxy.js'
import { useRtdb, type RtdbTarget } from '../../helpers/rtdb.js'
import { createClients, TEST_PROJECT_ID, type Clients } from '../../helpers/rtdb-clients.js'
import { adminConnected, adminValues, waitFor } from '../../helpers/rtdb-events.js'

describe('fault proxy', () => {
  let rtdb: RtdbTarget
  let proxy: FaultProxy
  let direct: Clients
  const apps: App[] = []

  beforeAll(async () => {
    rtdb = await useRtdb()
    proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
    direct = createClients(rtdb)
  })
  afterAll(async () => {
    await Promise.all(apps.map((app) => deleteApp(app)))
    await direct.closeAll()
    await proxy.stop()
    await rtdb.stop()
  })

  /** An admin client that reaches the emulator only through the proxy. */
  function proxied(ns: string): Database {
    const app = initializeApp(
      {
        projectId: TEST_PROJECT_ID,
        databaseURL: `http://${proxy.hostPort}?ns=${ns}`,
        credential: { getAccessToken: async () => ({ access_token: 'owner', expires_in: 3600 }) },
      },
      `proxied-${ns}`,
    )
    apps.push(app)
    const db = getDatabase(app)
    // With FIREBASE_DATABASE_EMULATOR_HOST set, the SDK replaces the databaseURL's host with it;
    // useEmulator (before first use) points this instance back at the proxy, still as owner.
    db.useEmulator(proxy.host, proxy.port)
    return db
  }

  it('adds its latency to every round trip', async () => {
    const db = proxied(rtdb.namespace('proxy-latency'))
    await adminConnected(db)
    await db.ref('warm').set(1)
    proxy.set({ latencyMs: 50 })
    const started = performance.now()
    await db.ref('x').set(1)
    expect(performance.now() - started).toBeGreaterThanOrEqual(100)
    proxy.clear()
  })

  it('down: cuts connections and refuses new ones; writes wait and land when it comes back', async () => {
    const ns = rtdb.namespace('proxy-down')
    const db = proxied(ns)
    const observer = direct.admin(ns)
    await db.ref('before').set(true)
    const offline = adminConnected(db, false)
    proxy.set({ down: true })
    await offline
    expect(proxy.connectionCount).toBe(0)
    let landed = false
    const write = db.ref('during').set(true).then(() => {
      landed = true
    })
    // The client has tried to reconnect and been turned away at least once.
    await once(proxy.events, 'refused')
    expect((await observer.db.ref('during').get()).exists()).toBe(false)
    expect(landed).toBe(false)
    proxy.set({ down: false })
    await write
    expect((await observer.db.ref().get()).val()).toEqual({ before: true, during: true })
  })

  it('cutConnections: the server sees the close and runs onDisconnect; the client reconnects', async () => {
    const ns = rtdb.namespace('proxy-cut')
    const db = proxied(ns)
    const observer = direct.admin(ns)
    await db.ref('presence').set('online')
    await db.ref('presence').onDisconnect().set('offline')
    const fired = waitFor(adminValues(observer.db.ref('presence')), (v) => v === 'offline', 'the onDisconnect write')
    const offline = adminConnected(db, false)
    expect(proxy.cutConnections()).toBeGreaterThan(0)
    await Promise.all([fired, offline])
    await adminConnected(db, true)
    await db.ref('presence').set('back')
    expect((await observer.db.ref('presence').get()).val()).toBe('back')
  })

  it('stall: holds bytes until cleared, then delivers them in order', async () => {
    const ns = rtdb.namespace('proxy-stall')
    const db = proxied(ns)
    const observer = direct.admin(ns)
    await adminConnected(db)
    proxy.set({ stall: true })
    const writes = [db.ref('n').set(1), db.ref('n').set(2)]
    // Nothing is supposed to happen while stalled, so this waits out a quiet window.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await observer.db.ref('n').get()).exists()).toBe(false)
    proxy.set({ stall: false })
    await Promise.all(writes)
    expect((await observer.db.ref('n').get()).val()).toBe(2)
  })
})
