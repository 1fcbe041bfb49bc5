// An outage (refuseConnections + dropped sockets): SDK writes wait in the client and land once the
// emulator accepts connections again; REST requests are refused at the socket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminConnected } from '../../../helpers/rtdb-events.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('fault: outage', () => {
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

  it('admin writes made during an outage wait and land once it ends', async () => {
    const faults = rtdb.faults!
    const emulator = rtdb.emulator!
    const ns = rtdb.namespace('outage')
    const admin = clients.admin(ns)
    await admin.db.ref('calls/c1').set('before')

    faults.set({ refuseConnections: true })
    const offline = adminConnected(admin.db, false)
    expect(faults.dropConnections()).toBeGreaterThan(0)
    await offline

    let landed = false
    const write = admin.db.ref('calls/c2').set('during').then(() => {
      landed = true
    })
    const rest = await fetch(restUrl(rtdb, 'calls.json', ns), { headers: { authorization: 'Bearer owner' } }).then(
      () => 'answered',
      () => 'refused',
    )
    expect(rest).toBe('refused')
    expect(landed).toBe(false)
    expect(emulator.namespaces.exportJSON(ns)).toEqual({ calls: { c1: 'before' } })

    faults.set({ refuseConnections: false })
    await write
    expect(emulator.namespaces.exportJSON(ns)).toEqual({ calls: { c1: 'before', c2: 'during' } })
    await adminConnected(admin.db, true)
  })
})
