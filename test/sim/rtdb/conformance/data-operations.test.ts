// §15 items 4-9: set/get, deletion, update, value events across clients and REST, ancestor and
// descendant writes, child events. Runs through both SDKs.

import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  get,
  onChildAdded,
  onChildChanged,
  onChildRemoved,
  onValue,
  ref,
  remove,
  set,
  update,
} from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, EventLog, waitFor, webValues } from '../../../helpers/rtdb-events.js'

const SEEN_WITHIN_MS = 1000

describe('conformance: basic data operations (§15 items 4-9)', () => {
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

  it('4. set then get returns exactly the object, through both SDKs', async () => {
    const ns = rtdb.namespace('set-get')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    const value = { x: 1, y: 's', z: true }
    await admin.db.ref('a').set(value)
    expect((await admin.db.ref('a').get()).val()).toEqual(value)
    await set(ref(web.db, 'b'), value)
    expect((await get(ref(web.db, 'b'))).val()).toEqual(value)
    // Each SDK reads what the other wrote, so the value really went through the server.
    expect((await get(ref(web.db, 'a'))).val()).toEqual(value)
    expect((await admin.db.ref('b').get()).val()).toEqual(value)
  })

  it('5. set(null) and remove() delete, and empty parents disappear', async () => {
    const ns = rtdb.namespace('delete')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('p').set({ only: { leaf: 1 }, other: 2 })
    await set(ref(web.db, 'p/only/leaf'), null)
    expect((await admin.db.ref('p/only').get()).exists()).toBe(false)
    expect((await admin.db.ref('p').get()).val()).toEqual({ other: 2 })
    await remove(ref(web.db, 'p/other'))
    const parent = await admin.db.ref('p').get()
    expect(parent.exists()).toBe(false)
    await admin.db.ref('q').set('x')
    await admin.db.ref('q').remove()
    expect((await get(ref(web.db, 'q'))).exists()).toBe(false)
  })

  it('6. update changes only the named paths and deletes those set to null', async () => {
    const ns = rtdb.namespace('update')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('u').set({ a: 1, b: { c: 1, d: 2 }, y: 'gone' })
    await update(ref(web.db, 'u'), { 'b/c': 5, y: null })
    expect((await admin.db.ref('u').get()).val()).toEqual({ a: 1, b: { c: 5, d: 2 } })
    await admin.db.ref('u').update({ a: 2, 'b/e/f': 'deep' })
    expect((await get(ref(web.db, 'u'))).val()).toEqual({ a: 2, b: { c: 5, d: 2, e: { f: 'deep' } } })
  })

  it('7. onValue fires with the current value (null when missing), then once per change by another client or REST', async () => {
    const ns = rtdb.namespace('value-events')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    const seen = new EventLog<unknown>()
    const off = onValue(ref(web.db, 'watched'), (snapshot) => seen.push(snapshot.val()))
    expect(await seen.atLeast(1)).toEqual([null])

    await admin.db.ref('watched').set({ n: 1 })
    await seen.atLeast(2, SEEN_WITHIN_MS)
    const response = await fetch(`http://${rtdb.hostPort}/watched/n.json?ns=${ns}`, {
      method: 'PUT',
      headers: { authorization: 'Bearer owner' },
      body: '2',
    })
    expect(response.status).toBe(200)
    await seen.atLeast(3, SEEN_WITHIN_MS)
    await admin.db.ref('watched').remove()
    await seen.atLeast(4, SEEN_WITHIN_MS)
    off()
    expect(seen.events).toEqual([null, { n: 1 }, { n: 2 }, null])
  })

  it('8. a listener on /a/b sees a set on /a; a listener on /a sees a set on /a/b/c', async () => {
    const ns = rtdb.namespace('ancestors')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    const onB = waitFor(webValues(ref(web.db, 'a/b')), (v) => v === 'from-ancestor', 'the value set through /a', SEEN_WITHIN_MS * 5)
    await admin.db.ref('a').set({ b: 'from-ancestor', other: 1 })
    await onB
    const onA = waitFor(
      adminValues(admin.db.ref('a')),
      (v) => isDeepStrictEqual(v, { b: { c: 'deep' }, other: 1 }),
      'the descendant write',
      SEEN_WITHIN_MS * 5,
    )
    await set(ref(web.db, 'a/b/c'), 'deep')
    await onA
  })

  it('9. child_added, child_changed and child_removed fire for adds, changes and deletes', async () => {
    const ns = rtdb.namespace('child-events')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('list').set({ a: 1 })
    const events = new EventLog<string>()
    const list = ref(web.db, 'list')
    const offs = [
      onChildAdded(list, (s) => events.push(`added ${s.key}=${JSON.stringify(s.val())}`)),
      onChildChanged(list, (s) => events.push(`changed ${s.key}=${JSON.stringify(s.val())}`)),
      onChildRemoved(list, (s) => events.push(`removed ${s.key}`)),
    ]
    await events.atLeast(1)
    await admin.db.ref('list/b').set(2)
    await events.atLeast(2)
    await admin.db.ref('list/a').set(10)
    await events.atLeast(3)
    await admin.db.ref('list/b').remove()
    await events.atLeast(4)
    for (const off of offs) off()
    expect(events.events).toEqual(['added a=1', 'added b=2', 'changed a=10', 'removed b'])
  })
})
