// §15 items 25-26: how rules denials reach SDK callers (§6.5, §6.6, §9). Read grants cascade
// (a `.read: true` above `secret` would override its `false`), so reads are granted per branch.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, onValue, ref, set } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { putRules } from '../../../helpers/rtdb-rest.js'

const RULES = `{
  "rules": {
    "open": { ".read": true, ".write": true },
    "denied": { ".read": true, ".write": false },
    "secret": { ".read": false }
  }
}`

describe('conformance: denied operations (§15 items 25-26)', () => {
  let rtdb: RtdbTarget
  let clients: Clients
  let ns: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
    ns = rtdb.namespace('denials')
    await putRules(rtdb, ns, RULES)
    await clients.admin(ns).db.ref('secret').set({ code: 42 })
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  it('25. a denied set() rejects with code PERMISSION_DENIED and a PERMISSION_DENIED message', async () => {
    const web = clients.web(ns)
    await set(ref(web.db, 'open/x'), 1)
    const error = await set(ref(web.db, 'denied/x'), 1).then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    )
    expect(error?.code).toBe('PERMISSION_DENIED')
    expect(error?.message).toMatch(/^PERMISSION_DENIED/)
    // The optimistic local write was reverted, and nothing reached the server.
    expect((await clients.admin(ns).db.ref('denied').get()).exists()).toBe(false)
  })

  it('26. a denied read rejects get() with "Permission denied" and cancels onValue with PERMISSION_DENIED', async () => {
    const web = clients.web(ns)
    await expect(get(ref(web.db, 'secret'))).rejects.toThrow(/permission denied/i)
    const cancelled = await new Promise<{ code?: string; message: string }>((resolve, reject) => {
      onValue(
        ref(web.db, 'secret/code'),
        (snapshot) => reject(new Error(`unexpected value ${JSON.stringify(snapshot.val())}`)),
        (error) => resolve(error as Error & { code?: string }),
      )
    })
    expect(cancelled.code).toBe('PERMISSION_DENIED')
    expect(cancelled.message).toContain('permission_denied')
  })
})
