// §15 item 35: push() keys are stored as given and orderByKey sorts them chronologically.
// Push ids are chronological per client (time prefix, then a counter within one millisecond), not
// across clients in the same millisecond, so each list is filled by one client.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, orderByKey, push, query, ref, type Database } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'

async function keysInKeyOrder(db: Database, path: string): Promise<Array<[string, unknown]>> {
  const entries: Array<[string, unknown]> = []
  ;(await get(query(ref(db, path), orderByKey()))).forEach((child) => {
    entries.push([child.key ?? '', child.val()])
  })
  return entries
}

describe('conformance: push keys (§15 item 35)', () => {
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

  it('35. push() keys are stored as given and orderByKey returns them in creation order', async () => {
    const ns = rtdb.namespace('push')
    const web = clients.web(ns)
    const admin = clients.admin(ns)
    const fromWeb: string[] = []
    const fromAdmin: string[] = []
    for (let i = 0; i < 15; i++) {
      const pushed = push(ref(web.db, 'web-log'), { i })
      await pushed
      fromWeb.push(pushed.key ?? '')
      const adminPushed = admin.db.ref('admin-log').push({ i })
      await adminPushed
      fromAdmin.push(adminPushed.key ?? '')
    }
    const reader = clients.web(ns).db
    expect(await keysInKeyOrder(reader, 'web-log')).toEqual(fromWeb.map((key, i) => [key, { i }]))
    expect(await keysInKeyOrder(reader, 'admin-log')).toEqual(fromAdmin.map((key, i) => [key, { i }]))
  })
})
