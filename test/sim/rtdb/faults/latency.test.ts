// Injected latency adds at least what it says to a round trip, in either direction, and never
// reorders frames. Only lower bounds are asserted: a loaded machine may add more, never less.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onValue, ref } from 'firebase/database'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type AdminClient, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminConnected, EventLog } from '../../../helpers/rtdb-events.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

const ADDED_MS = 100

async function roundTrip(client: AdminClient, value: number): Promise<number> {
  const started = performance.now()
  await client.db.ref('rtt').set(value)
  return performance.now() - started
}

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('fault: latency', () => {
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

  it(`adds at least ${ADDED_MS} ms to a set() round trip, whichever direction carries it`, async () => {
    const faults = rtdb.faults!
    const admin = clients.admin(rtdb.namespace('latency'))
    await adminConnected(admin.db)
    for (let i = 0; i < 5; i++) await roundTrip(admin, i)
    const baseline = await roundTrip(admin, 100)

    for (const latencyMs of [{ in: ADDED_MS, out: 0 }, { in: 0, out: ADDED_MS }, { in: ADDED_MS / 2, out: ADDED_MS / 2 }]) {
      faults.set({ latencyMs })
      const delayed = await roundTrip(admin, 200)
      expect(delayed, `with ${JSON.stringify(latencyMs)}, baseline ${baseline.toFixed(1)} ms`).toBeGreaterThanOrEqual(ADDED_MS)
    }
    faults.clear()
  })

  it('adds latency to REST replies too', async () => {
    const ns = rtdb.namespace('latency-rest')
    rtdb.faults!.set({ latencyMs: { out: ADDED_MS } })
    const started = performance.now()
    const response = await fetch(restUrl(rtdb, 'x.json', ns), { method: 'PUT', body: '1', headers: { authorization: 'Bearer owner' } })
    expect(response.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(ADDED_MS)
    rtdb.faults!.clear()
  })

  it('keeps pushes in order when the latency drops while frames are in flight', async () => {
    const faults = rtdb.faults!
    const ns = rtdb.namespace('latency-order')
    const writer = clients.admin(ns)
    const web = clients.web(ns)
    const seen = new EventLog<unknown>()
    const off = onValue(ref(web.db, 'seq'), (snapshot) => seen.push(snapshot.val()))
    await seen.atLeast(1)
    faults.set({ latencyMs: { out: 200 } })
    const writes = [writer.db.ref('seq').set(1), writer.db.ref('seq').set(2)]
    // Lowered before the first pushes are due: later frames must still queue behind them.
    faults.set({ latencyMs: { out: 0 } })
    writes.push(writer.db.ref('seq').set(3))
    await Promise.all(writes)
    await seen.atLeast(4)
    off()
    expect(seen.events).toEqual([null, 1, 2, 3])
    faults.clear()
  })
})
