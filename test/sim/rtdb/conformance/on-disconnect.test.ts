// §15 items 22-23: onDisconnect writes run when the socket closes (§6.7), with server values
// resolved at that moment.

import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goOffline, onDisconnect, ref, serverTimestamp, set } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, waitFor, webConnected } from '../../../helpers/rtdb-events.js'

describe('conformance: onDisconnect (§15 items 22-23)', () => {
  let rtdb: RtdbTarget
  let clients: Clients

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  it('22. set, update and remove queued with onDisconnect run on goOffline; cancel prevents one', async () => {
    const ns = rtdb.namespace('on-disconnect')
    const observer = clients.admin(ns)
    await observer.db.ref().set({ presence: 'online', profile: { name: 'x', status: 'on' }, temp: 'here', kept: 'yes' })
    const web = clients.web(ns)
    await webConnected(web.db)
    await onDisconnect(ref(web.db, 'presence')).set('offline')
    await onDisconnect(ref(web.db, 'profile')).update({ status: 'off', 'last/seen': true })
    await onDisconnect(ref(web.db, 'temp')).remove()
    await onDisconnect(ref(web.db, 'kept')).set('overwritten')
    await onDisconnect(ref(web.db, 'kept')).cancel()
    const expected = { presence: 'offline', profile: { name: 'x', status: 'off', last: { seen: true } }, kept: 'yes' }
    const landed = waitFor(adminValues(observer.db.ref()), (v) => isDeepStrictEqual(v, expected), 'the onDisconnect writes')
    goOffline(web.db)
    await landed
  })

  it('22b. onDisconnect also runs when the client app is deleted (its process going away)', async () => {
    const ns = rtdb.namespace('on-disconnect-delete')
    const observer = clients.admin(ns)
    const admin = clients.admin(ns)
    await admin.db.ref('worker').set('busy')
    await admin.db.ref('worker').onDisconnect().set('gone')
    const landed = waitFor(adminValues(observer.db.ref('worker')), (v) => v === 'gone', 'the onDisconnect write')
    await admin.close()
    await landed
  })

  it('23. onDisconnect().set(serverTimestamp()) stores the time of the disconnect, not of queuing', async () => {
    const ns = rtdb.namespace('on-disconnect-time')
    const observer = clients.admin(ns)
    const web = clients.web(ns)
    await webConnected(web.db)
    await set(ref(web.db, 'lastSeen'), 0)
    await onDisconnect(ref(web.db, 'lastSeen')).set(serverTimestamp())
    const queuedAt = Date.now()
    // Wait long enough that the two instants cannot be confused.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const landed = waitFor(adminValues(observer.db.ref('lastSeen')), (v) => typeof v === 'number' && v > 0, 'the disconnect timestamp')
    const disconnectedAt = Date.now()
    goOffline(web.db)
    const stamp = (await landed).val() as number
    expect(stamp).toBeGreaterThanOrEqual(queuedAt + 250)
    expect(Math.abs(stamp - disconnectedAt)).toBeLessThan(5000)
  })
})
