// §15 items 15-18: server timestamps, increments, priorities and priority ordering (§8).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServerValue } from 'firebase-admin/database'
import {
  get,
  increment,
  orderByPriority,
  query,
  ref,
  serverTimestamp,
  set,
  setPriority,
  setWithPriority,
  update,
} from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, waitFor } from '../../../helpers/rtdb-events.js'

describe('conformance: server values and priorities (§15 items 15-18)', () => {
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

  it('15. TIMESTAMP and serverTimestamp() store a number near now that every client sees alike', async () => {
    const ns = rtdb.namespace('timestamp')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    const other = clients.web(ns)
    await admin.db.ref('t/admin').set(ServerValue.TIMESTAMP)
    await set(ref(web.db, 't/web'), serverTimestamp())
    const seenByAdmin = (await admin.db.ref('t').get()).val() as { admin: unknown; web: unknown }
    const seenByOther = (await get(ref(other.db, 't'))).val() as { admin: unknown; web: unknown }
    for (const stamp of [seenByAdmin.admin, seenByAdmin.web]) {
      expect(typeof stamp).toBe('number')
      expect(Math.abs((stamp as number) - Date.now())).toBeLessThan(5000)
    }
    expect(seenByOther).toEqual(seenByAdmin)
  })

  it('16. increment adds to a number, starts from n otherwise, and 50 concurrent increments add 50', async () => {
    const ns = rtdb.namespace('increment')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('c').set({ n: 10, s: 'text', o: { x: 1 } })
    await set(ref(web.db, 'c/n'), increment(5))
    await update(ref(web.db, 'c'), { s: increment(2), o: increment(3), missing: increment(4) })
    expect((await admin.db.ref('c').get()).val()).toEqual({ n: 15, s: 2, o: 3, missing: 4 })

    await admin.db.ref('counter').set(100)
    const writes: Promise<void>[] = []
    for (let i = 0; i < 25; i++) {
      writes.push(admin.db.ref('counter').set(ServerValue.increment(1)))
      writes.push(set(ref(web.db, 'counter'), increment(1)))
    }
    await Promise.all(writes)
    // Each client's own cache may briefly hold its optimistic guess; read what the server holds.
    await waitFor(adminValues(admin.db.ref('counter')), (v) => v === 150, 'counter at 150')
    expect((await get(ref(clients.web(ns).db, 'counter'))).val()).toBe(150)
  })

  it('17. setWithPriority stores the priority; setPriority on a leaf keeps its value', async () => {
    const ns = rtdb.namespace('priority')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await setWithPriority(ref(web.db, 'p/leaf'), 'v', 5)
    const leaf = await admin.db.ref('p/leaf').get()
    expect(leaf.getPriority()).toBe(5)
    expect((await get(ref(clients.web(ns).db, 'p/leaf'))).priority).toBe(5)
    expect(leaf.exportVal()).toEqual({ '.value': 'v', '.priority': 5 })
    await admin.db.ref('p/obj').setWithPriority({ a: 1 }, 'high')
    expect((await get(ref(clients.web(ns).db, 'p/obj'))).exportVal()).toEqual({ a: 1, '.priority': 'high' })

    await admin.db.ref('p/plain').set(42)
    await setPriority(ref(web.db, 'p/plain'), 7)
    const plain = await get(ref(clients.web(ns).db, 'p/plain'))
    expect(plain.val()).toBe(42)
    expect(plain.priority).toBe(7)
  })

  it('18. orderByPriority puts no priority first, then numbers ascending, then strings', async () => {
    const ns = rtdb.namespace('priority-order')
    const admin = clients.admin(ns)
    await admin.db.ref('list').set({
      s2: { '.value': 1, '.priority': 'b' },
      n10: { '.value': 1, '.priority': 10 },
      none: 1,
      s1: { '.value': 1, '.priority': 'a' },
      n2: { '.value': 1, '.priority': 2 },
    })
    const keys: string[] = []
    ;(await get(query(ref(clients.web(ns).db, 'list'), orderByPriority()))).forEach((child) => {
      keys.push(child.key ?? '')
    })
    expect(keys).toEqual(['none', 'n2', 'n10', 's1', 's2'])
  })
})
