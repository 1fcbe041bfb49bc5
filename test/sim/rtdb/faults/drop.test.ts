// Dropped connections: clients reconnect, listeners resume, onDisconnect writes fire.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onDisconnect, onValue, ref } from 'firebase/database'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, EventLog, waitFor, webConnected } from '../../../helpers/rtdb-events.js'

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('fault: dropped connections', () => {
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

  it('clients reconnect and their listeners keep receiving changes', async () => {
    const ns = rtdb.namespace('drop-listen')
    const web = clients.web(ns)
    const writer = clients.admin(ns)
    const seen = new EventLog<unknown>()
    const off = onValue(ref(web.db, 'status'), (snapshot) => seen.push(snapshot.val()))
    await seen.atLeast(1)

    const offline = webConnected(web.db, false)
    rtdb.faults!.dropConnections()
    await offline
    await webConnected(web.db, true)
    await writer.db.ref('status').set('after-drop')
    await seen.atLeast(2)
    expect(seen.events.at(-1)).toBe('after-drop')
    off()
  })

  it('runs the onDisconnect writes of a dropped client', async () => {
    const ns = rtdb.namespace('drop-on-disconnect')
    const web = clients.web(ns)
    const observer = clients.admin(ns)
    await webConnected(web.db)
    await onDisconnect(ref(web.db, 'presence/w1')).set('offline')
    const fired = waitFor(adminValues(observer.db.ref('presence/w1')), (v) => v === 'offline', 'the onDisconnect write')
    rtdb.faults!.dropConnections()
    await fired
    // In-process view agrees with what the observer saw.
    expect(rtdb.emulator!.namespaces.exportJSON(ns)).toEqual({ presence: { w1: 'offline' } })
  })

  it('leaves no listens behind once every client is gone', async () => {
    const ns = rtdb.namespace('drop-memory')
    const webs = [clients.web(ns), clients.web(ns), clients.web(ns)]
    const offs: Array<() => void> = []
    for (const web of webs) {
      const seen = new EventLog<unknown>()
      offs.push(onValue(ref(web.db, 'a/b'), (s) => seen.push(s.val())))
      await seen.atLeast(1)
    }
    expect(rtdb.emulator!.namespaces.listenCount(ns)).toBe(3)
    for (const web of webs) await web.close()
    for (const off of offs) off()
    await waitUntil(() => rtdb.emulator!.namespaces.listenCount(ns) === 0, 'listens released')
  })
})

/** For in-process state that has no event: re-checks on each macrotask until true. */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setImmediate(resolve))
  }
}
