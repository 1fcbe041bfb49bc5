// §6.2 + §6.8 `c`: when a connection's identity changes (sign-out sends `unauth`, a new user sends
// `auth`), the listens it may no longer read are revoked, and the SDK cancels them with
// PERMISSION_DENIED. Listens it may still read carry on.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { limitToFirst, orderByChild, query, ref, type Database, type Query } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { watchValues, webValues, type Watched } from '../../../helpers/rtdb-events.js'
import { RawRtdbSocket } from '../../../helpers/raw-rtdb-socket.js'
import { mockUserToken, putRules } from '../../../helpers/rtdb-rest.js'

const RULES = `{
  "rules": {
    "members": { ".read": "auth != null" },
    "mine": { "$uid": { ".read": "auth != null && auth.uid === $uid" } },
    "open": { ".read": true }
  }
}`

/**
 * What the SDK does when Firebase Auth reports a new token (null on sign-out): the emulator
 * connection's token provider is fixed, so the test takes the same path one step further in.
 */
function changeToken(db: Database, token: string | null): void {
  ;(db as unknown as { _repo: { persistentConnection_: { refreshAuthToken(token: string | null): void } } })._repo.persistentConnection_.refreshAuthToken(token)
}

const watch = (target: Query): Watched => watchValues(webValues(target))

describe('conformance: listens revoked when the identity changes (§6.2, §6.8 c)', () => {
  let rtdb: RtdbTarget
  let clients: Clients
  let ns: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
    ns = rtdb.namespace('revocation')
    await putRules(rtdb, ns, RULES)
    await clients.admin(ns).db.ref().set({ members: { a: { n: 1 }, b: { n: 2 }, c: { n: 3 } }, open: { v: 1 } })
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  it('signing out cancels the default and the query listens on what needs auth, and keeps the open one', async () => {
    const web = clients.web(ns, { mockUserToken: { sub: 'alice' } })
    const member = watch(ref(web.db, 'members/a'))
    const firstTwo = watch(query(ref(web.db, 'members'), orderByChild('n'), limitToFirst(2)))
    const open = watch(ref(web.db, 'open/v'))
    await expect.poll(() => [member.values.length, firstTwo.values.length, open.values.length]).toEqual([1, 1, 1])
    expect(firstTwo.values[0]).toEqual({ a: { n: 1 }, b: { n: 2 } })

    changeToken(web.db, null)
    expect((await member.cancellation()).code).toBe('PERMISSION_DENIED')
    expect((await firstTwo.cancellation()).code).toBe('PERMISSION_DENIED')

    const admin = clients.admin(ns).db
    await admin.ref('open/v').set(2)
    await expect.poll(() => open.values.at(-1)).toBe(2)
    await admin.ref('members/a/n').set(0)
    await admin.ref('open/v').set(3)
    await expect.poll(() => open.values.at(-1)).toBe(3)
    // Written before the last open value: had the member listens survived, their data would be here.
    expect(member.values).toEqual([{ n: 1 }])
    expect(firstTwo.values).toEqual([{ a: { n: 1 }, b: { n: 2 } }])
  })

  it('a new user keeps only what the new user may read, on the wire', async () => {
    const socket = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${ns}`)
    try {
      expect((await socket.request('auth', { cred: mockUserToken({ sub: 'alice' }) })).s).toBe('ok')
      expect((await socket.request('q', { p: '/mine/alice', h: '' })).s).toBe('ok')
      expect((await socket.request('q', { p: '/members', q: { i: 'n', l: 1, vf: 'l' }, t: 7, h: '' })).s).toBe('ok')
      expect((await socket.request('auth', { cred: mockUserToken({ sub: 'bob' }) })).s).toBe('ok')
      const revoked = await socket.next((m) => (m.json as { d?: { a?: string } }).d?.a === 'c')
      expect(revoked.json).toEqual({ t: 'd', d: { a: 'c', b: { p: 'mine/alice' } } })
      // Bob may still read the members: that listen stays, and no second revocation comes.
      await clients.admin(ns).db.ref('members/zz').set({ n: -1 })
      const pushed = await socket.next((m) => m.text.includes('"a":"d"') && m.text.includes('zz'))
      expect(pushed.json).toMatchObject({ t: 'd', d: { a: 'd', b: { t: 7 } } })
      expect(socket.unclaimed.filter((m) => (m.json as { d?: { a?: string } }).d?.a === 'c')).toEqual([])
    } finally {
      socket.close()
    }
  })
})
