// §6.8 `c`: when a namespace's rules are replaced (REST `PUT /.settings/rules.json`, as
// rules-unit-testing and firebase-admin's setRules do), listens the new rules deny are revoked and
// the SDK cancels them with PERMISSION_DENIED, as production Firebase does (flutterfire#7285:
// "Listen at /foo failed: ... does not have permission" after rules were tightened mid-listen).
// Listens still allowed, owner listens and other namespaces carry on.
//
// A test of "nothing changes" passes whether or not revocation exists, so every test first waits
// for a revocation it expects: that proves the new rules reached the connection before the test
// checks what was left alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { limitToLast, orderByKey, query, ref, type Query } from 'firebase/database'
import type { Reference as AdminReference } from 'firebase-admin/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, watchValues, webValues, type Watched } from '../../../helpers/rtdb-events.js'
import { putRules } from '../../../helpers/rtdb-rest.js'

const OPEN = `{ "rules": { ".read": true } }`
// Read grants cascade, so the denial is per branch: `secret` is closed, everything else open.
const SECRET_CLOSED = `{
  "rules": {
    // comments are allowed in uploads (§11)
    "secret": { ".read": false },
    "open": { ".read": true }
  }
}`

const watch = (target: Query): Watched => watchValues(webValues(target))
const watchAdmin = (target: AdminReference): Watched => watchValues(adminValues(target))

describe('conformance: listens revoked when the rules change (§6.8 c)', () => {
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

  /** A namespace with open rules and `secret` and `open` seeded through admin. */
  async function openNamespace(label: string): Promise<string> {
    const ns = rtdb.namespace(label)
    await putRules(rtdb, ns, OPEN)
    await clients.admin(ns).db.ref().set({ secret: { v: 1, w: 1 }, open: { v: 1 } })
    return ns
  }

  it('a listen the new rules deny is cancelled with PERMISSION_DENIED and gets no further events', async () => {
    const ns = await openNamespace('rules-deny')
    const web = clients.web(ns)
    const secret = watch(ref(web.db, 'secret/v'))
    const open = watch(ref(web.db, 'open/v'))
    await expect.poll(() => [secret.values, open.values]).toEqual([[1], [1]])

    await putRules(rtdb, ns, SECRET_CLOSED)
    expect((await secret.cancellation()).code).toBe('PERMISSION_DENIED')

    const admin = clients.admin(ns).db
    await admin.ref('secret/v').set(2)
    await admin.ref('open/v').set(2)
    // The same connection, in order: had the secret listen survived, its 2 would be here first.
    await expect.poll(() => open.values.at(-1)).toBe(2)
    expect(secret.values).toEqual([1])
  })

  it('listens the new rules still allow keep receiving writes, default and query alike', async () => {
    const ns = await openNamespace('rules-keep')
    const web = clients.web(ns)
    const secret = watch(ref(web.db, 'secret/v'))
    const openV = watch(ref(web.db, 'open/v'))
    // A tagged listen (a default one at `open` would shadow it, §6.5): a wrongly named revocation
    // (§6.8, tagged listens are named by their query) could cancel it by mistake.
    const lastOpen = watch(query(ref(web.db, 'open'), orderByKey(), limitToLast(1)))
    await expect.poll(() => [secret.values, openV.values, lastOpen.values]).toEqual([[1], [1], [{ v: 1 }]])

    await putRules(rtdb, ns, SECRET_CLOSED)
    expect((await secret.cancellation()).code).toBe('PERMISSION_DENIED')

    await clients.admin(ns).db.ref('open').update({ v: 2, x: 3 })
    await expect.poll(() => openV.values.at(-1)).toBe(2)
    await expect.poll(() => lastOpen.values.at(-1)).toEqual({ x: 3 })
    expect([openV.isCancelled(), lastOpen.isCancelled()]).toEqual([false, false])
  })

  it('an owner (firebase-admin) listen is never revoked', async () => {
    const ns = await openNamespace('rules-owner')
    const owner = watchAdmin(clients.admin(ns).db.ref('secret'))
    const web = watch(ref(clients.web(ns).db, 'secret'))
    await expect.poll(() => [owner.values.length, web.values.length]).toEqual([1, 1])

    await putRules(rtdb, ns, `{ "rules": { ".read": false } }`)
    expect((await web.cancellation()).code).toBe('PERMISSION_DENIED')

    // Written by another connection, so the value can only reach the owner listen from the server.
    await clients.admin(ns).db.ref('secret/w').set(2)
    await expect.poll(() => owner.values.at(-1)).toEqual({ v: 1, w: 2 })
    expect(owner.isCancelled()).toBe(false)
  })

  it('a rules change in one namespace leaves the listens of another alone', async () => {
    const changed = await openNamespace('rules-changed')
    const other = await openNamespace('rules-other')
    const inChanged = watch(ref(clients.web(changed).db, 'secret/v'))
    const inOther = watch(ref(clients.web(other).db, 'secret/v'))
    await expect.poll(() => [inChanged.values.length, inOther.values.length]).toEqual([1, 1])

    // The other namespace's listen is on the path the new rules close: judged by them, it would go.
    await putRules(rtdb, changed, SECRET_CLOSED)
    expect((await inChanged.cancellation()).code).toBe('PERMISSION_DENIED')

    await clients.admin(other).db.ref('secret/v').set(2)
    await expect.poll(() => inOther.values.at(-1)).toBe(2)
    expect(inOther.isCancelled()).toBe(false)
  })

  it('a denied query listen (tagged) is cancelled too', async () => {
    const ns = await openNamespace('rules-deny-query')
    const web = clients.web(ns)
    const lastSecret = watch(query(ref(web.db, 'secret'), orderByKey(), limitToLast(1)))
    await expect.poll(() => lastSecret.values).toEqual([{ w: 1 }])

    await putRules(rtdb, ns, SECRET_CLOSED)
    expect((await lastSecret.cancellation()).code).toBe('PERMISSION_DENIED')
    await clients.admin(ns).db.ref('secret/x').set(2)
    // An open listen on the same connection sees a later write: the query's would have come first.
    const open = watch(ref(web.db, 'open/v'))
    await clients.admin(ns).db.ref('open/v').set(3)
    await expect.poll(() => open.values.at(-1)).toBe(3)
    expect(lastSecret.values).toEqual([{ w: 1 }])
  })
})
