// One client that stops reading must not stall the others, nor hold unbounded memory: once its
// unread backlog passes maxBufferedBytes it is cut off, and its listens are released.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onValue, ref } from 'firebase/database'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { EventLog } from '../../../helpers/rtdb-events.js'
import { controlType, RawRtdbSocket } from '../../../helpers/raw-rtdb-socket.js'

describe.skipIf(skipOnExternal('the backlog limit is configured on our emulator'))('slow client', () => {
  let rtdb: RtdbTarget
  let clients: Clients

  beforeAll(async () => {
    rtdb = await useRtdb({ maxBufferedBytes: 1024 * 1024 })
    clients = createClients(rtdb)
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  it('cuts off a client that stops reading while others keep receiving every update', async () => {
    const ns = rtdb.namespace('slow')
    const stuck = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${ns}`)
    expect(controlType(await stuck.next())).toBe('h')
    expect((await stuck.request('q', { p: '/big', h: '' })).s).toBe('ok')
    stuck.pauseReading()

    const healthy = clients.web(ns)
    const seen = new EventLog<number>()
    const off = onValue(ref(healthy.db, 'big/n'), (snapshot) => seen.push(snapshot.val() as number))
    await seen.atLeast(1)

    const writer = clients.admin(ns)
    const payload = 'p'.repeat(256 * 1024)
    const rounds = 60 // 60 x 256 KiB = 15 MiB pushed at the stuck client: far past kernel buffers and the 1 MiB limit
    for (let n = 1; n <= rounds; n++) await writer.db.ref('big').set({ n, payload })
    await seen.atLeast(rounds + 1)
    expect(seen.events.at(-1)).toBe(rounds)
    // Only the healthy client's listen is left: the stuck one was cut off and released.
    expect(rtdb.emulator!.namespaces.listenCount(ns)).toBe(1)
    off()
    stuck.close()
  })
})
