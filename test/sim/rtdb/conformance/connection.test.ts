// §15 items 1 and 3: both SDKs connect, and the hello's timestamp gives a small server offset.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ref } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminConnected, adminValues, waitFor, webConnected } from '../../../helpers/rtdb-events.js'

describe('conformance: connection (§15 items 1, 3)', () => {
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

  it('1. firebase-admin reports .info/connected within 1 s, and the modular client connects', async () => {
    const admin = clients.admin(rtdb.namespace('connect'))
    await adminConnected(admin.db, true, 1000)
    const web = clients.web(rtdb.namespace('connect'))
    await webConnected(web.db, true, 1000)
    // A round trip proves the connection is usable, not just open.
    await admin.db.ref('probe').set(1)
    expect((await admin.db.ref('probe').get()).val()).toBe(1)
    expect(ref(web.db, 'x').key).toBe('x')
  })

  it('3. .info/serverTimeOffset is a number below 5 s in magnitude', async () => {
    const admin = clients.admin(rtdb.namespace('offset'))
    await adminConnected(admin.db)
    const snapshot = await waitFor(adminValues(admin.db.ref('.info/serverTimeOffset')), (v) => typeof v === 'number', 'a numeric offset')
    const offset = snapshot.val()
    expect(typeof offset).toBe('number')
    expect(Math.abs(offset as number)).toBeLessThan(5000)
  })
})
