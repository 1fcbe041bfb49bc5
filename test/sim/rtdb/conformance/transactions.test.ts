// §15 items 19-21: transactions rely on the `h` hash compare-and-set and `datastale` (§6.3, §10).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, ref, runTransaction } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'

describe('conformance: transactions (§15 items 19-21)', () => {
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

  it('19. a transaction on existing data commits f(current), not f(null)', async () => {
    const ns = rtdb.namespace('tx-existing')
    await clients.admin(ns).db.ref('v').set(1)
    // A fresh client has nothing cached: its first attempt runs on null and must be refused.
    const web = clients.web(ns)
    const seen: unknown[] = []
    const result = await runTransaction(ref(web.db, 'v'), (current: number | null) => {
      seen.push(current)
      return (current ?? 0) + 1.5
    })
    expect(result.committed).toBe(true)
    expect(result.snapshot.val()).toBe(2.5)
    expect(seen.at(-1)).toBe(1)
    // Objects with priorities and integer-like keys hash the same on both sides (§10).
    const admin = clients.admin(ns)
    await admin.db.ref('o').set({ '-1': 'a', '9': { '.value': 'b', '.priority': 'p' }, '10': { x: 1 }, '.priority': 3 })
    const fresh = clients.admin(ns)
    const objectResult = await fresh.db.ref('o').transaction((current: Record<string, unknown> | null) => ({ ...(current ?? {}), added: true }))
    expect(objectResult.committed).toBe(true)
    expect((await admin.db.ref('o').get()).val()).toEqual({ '-1': 'a', '9': 'b', '10': { x: 1 }, added: true })
  })

  it('20. 20 concurrent increments across two clients add exactly 20', async () => {
    const ns = rtdb.namespace('tx-contention')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('count').set(5)
    const runs: Promise<unknown>[] = []
    for (let i = 0; i < 10; i++) {
      runs.push(admin.db.ref('count').transaction((v: number | null) => (v ?? 0) + 1))
      runs.push(runTransaction(ref(web.db, 'count'), (v: number | null) => (v ?? 0) + 1))
    }
    await Promise.all(runs)
    expect((await get(ref(clients.web(ns).db, 'count'))).val()).toBe(25)
  })

  it('21. returning undefined aborts: committed is false and nothing is written', async () => {
    const ns = rtdb.namespace('tx-abort')
    const admin = clients.admin(ns)
    await admin.db.ref('keep').set('original')
    const web = clients.web(ns)
    const result = await runTransaction(ref(web.db, 'keep'), () => undefined)
    expect(result.committed).toBe(false)
    expect((await get(ref(clients.web(ns).db, 'keep'))).val()).toBe('original')
  })
})
