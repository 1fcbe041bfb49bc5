// §15 item 24: writes above 16 KiB arrive as a count frame plus pieces (§2) and must be
// reassembled; the 1 MB reply and push also exercise the server's own splitting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, ref, set } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, waitFor } from '../../../helpers/rtdb-events.js'

describe('conformance: large writes (§15 item 24)', () => {
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

  it('24. a 1 MB string round-trips intact to a listener and a fresh reader', async () => {
    const ns = rtdb.namespace('large')
    const writer = clients.web(ns)
    const listener = clients.admin(ns)
    // Varied content so a dropped or reordered frame cannot go unnoticed.
    const big = Array.from({ length: 1024 * 1024 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('')
    const pushed = waitFor(adminValues(listener.db.ref('blob')), (v) => v === big, 'the 1 MB value pushed to a listener')
    await set(ref(writer.db, 'blob'), big)
    await pushed
    const read = await get(ref(clients.web(ns).db, 'blob'))
    expect(read.val()).toBe(big)
  })
})
