// §15 items 10-14: limit windows, bounds on every index, key ordering, cross-type ordering, and
// tagged and default listens on one path. Each bound is read with get() (`g` with `q`, §6.6)
// and with a listener (tagged `q`, §6.5), so both server paths compute the window.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  endAt,
  endBefore,
  equalTo,
  get,
  limitToLast,
  onChildRemoved,
  onValue,
  orderByChild,
  orderByKey,
  orderByPriority,
  orderByValue,
  query,
  ref,
  set,
  startAfter,
  startAt,
  type DataSnapshot,
  type Database,
  type QueryConstraint,
} from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { EventLog } from '../../../helpers/rtdb-events.js'

function keysOf(snapshot: DataSnapshot): string[] {
  const keys: string[] = []
  snapshot.forEach((child) => {
    keys.push(child.key ?? '')
  })
  return keys
}

async function listenOnce(db: Database, path: string, constraints: QueryConstraint[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const off = onValue(
      query(ref(db, path), ...constraints),
      (snapshot) => {
        off()
        resolve(keysOf(snapshot))
      },
      reject,
    )
  })
}

describe('conformance: queries (§15 items 10-14)', () => {
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

  it('10. limitToLast(2) on orderByChild keeps the 2 highest; a higher child pushes one out with child_removed', async () => {
    const ns = rtdb.namespace('limit')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('scores').set({ a: { s: 1 }, b: { s: 2 }, c: { s: 3 } })
    const top = query(ref(web.db, 'scores'), orderByChild('s'), limitToLast(2))
    const windows = new EventLog<string[]>()
    const removed = new EventLog<string>()
    const offValue = onValue(top, (snapshot) => windows.push(keysOf(snapshot)))
    const offRemoved = onChildRemoved(top, (snapshot) => removed.push(snapshot.key ?? ''))
    expect(await windows.atLeast(1)).toEqual([['b', 'c']])
    await admin.db.ref('scores/d').set({ s: 4 })
    expect(await removed.atLeast(1)).toEqual(['b'])
    expect((await windows.atLeast(2)).at(-1)).toEqual(['c', 'd'])
    offValue()
    offRemoved()
  })

  describe('11. bounds on every index', () => {
    let db: Database
    beforeAll(async () => {
      const ns = rtdb.namespace('bounds')
      const admin = clients.admin(ns)
      await admin.db.ref().set({
        byChild: { a: { s: 1 }, b: { s: 2 }, c: { s: 2 }, d: { s: 3 }, e: { s: 4 } },
        byKey: { a: 1, b: 1, c: 1, d: 1, e: 1 },
        byValue: { a: 1, b: 2, c: 2, d: 3, e: 'x' },
        byPriority: {
          a: { '.value': 0, '.priority': 1 },
          b: { '.value': 0, '.priority': 2 },
          c: { '.value': 0, '.priority': 2 },
          d: { '.value': 0, '.priority': 3 },
          e: { '.value': 0, '.priority': 'str' },
        },
      })
      db = clients.web(ns).db
    })

    const cases: Array<[string, string, QueryConstraint[], string[]]> = [
      ['child startAt(2)', 'byChild', [orderByChild('s'), startAt(2)], ['b', 'c', 'd', 'e']],
      ['child startAfter(2)', 'byChild', [orderByChild('s'), startAfter(2)], ['d', 'e']],
      ['child endAt(2)', 'byChild', [orderByChild('s'), endAt(2)], ['a', 'b', 'c']],
      ['child endBefore(2)', 'byChild', [orderByChild('s'), endBefore(2)], ['a']],
      ['child equalTo(2)', 'byChild', [orderByChild('s'), equalTo(2)], ['b', 'c']],
      ['child equalTo(2, "c")', 'byChild', [orderByChild('s'), equalTo(2, 'c')], ['c']],
      ['child startAt(2, "c")', 'byChild', [orderByChild('s'), startAt(2, 'c')], ['c', 'd', 'e']],
      ['child startAfter(2, "b")', 'byChild', [orderByChild('s'), startAfter(2, 'b')], ['c', 'd', 'e']],
      ['child endAt(2, "b")', 'byChild', [orderByChild('s'), endAt(2, 'b')], ['a', 'b']],
      ['child endBefore(2, "c")', 'byChild', [orderByChild('s'), endBefore(2, 'c')], ['a', 'b']],
      ['key startAt("b")', 'byKey', [orderByKey(), startAt('b')], ['b', 'c', 'd', 'e']],
      ['key startAfter("b")', 'byKey', [orderByKey(), startAfter('b')], ['c', 'd', 'e']],
      ['key endAt("c")', 'byKey', [orderByKey(), endAt('c')], ['a', 'b', 'c']],
      ['key endBefore("c")', 'byKey', [orderByKey(), endBefore('c')], ['a', 'b']],
      ['key equalTo("c")', 'byKey', [orderByKey(), equalTo('c')], ['c']],
      ['value startAt(2)', 'byValue', [orderByValue(), startAt(2)], ['b', 'c', 'd', 'e']],
      ['value startAfter(2)', 'byValue', [orderByValue(), startAfter(2)], ['d', 'e']],
      ['value endAt(2)', 'byValue', [orderByValue(), endAt(2)], ['a', 'b', 'c']],
      ['value endBefore(3)', 'byValue', [orderByValue(), endBefore(3)], ['a', 'b', 'c']],
      ['value equalTo(2)', 'byValue', [orderByValue(), equalTo(2)], ['b', 'c']],
      ['value equalTo(2, "c")', 'byValue', [orderByValue(), equalTo(2, 'c')], ['c']],
      ['priority startAt(2)', 'byPriority', [orderByPriority(), startAt(2)], ['b', 'c', 'd', 'e']],
      ['priority startAfter(2)', 'byPriority', [orderByPriority(), startAfter(2)], ['d', 'e']],
      ['priority endAt(2)', 'byPriority', [orderByPriority(), endAt(2)], ['a', 'b', 'c']],
      ['priority endBefore(2)', 'byPriority', [orderByPriority(), endBefore(2)], ['a']],
      ['priority equalTo(2)', 'byPriority', [orderByPriority(), equalTo(2)], ['b', 'c']],
      ['priority equalTo(2, "b")', 'byPriority', [orderByPriority(), equalTo(2, 'b')], ['b']],
    ]

    it.each(cases)('%s', async (_name, path, constraints, expected) => {
      expect(keysOf(await get(query(ref(db, path), ...constraints)))).toEqual(expected)
      expect(await listenOnce(db, path, constraints)).toEqual(expected)
    })
  })

  it('12. integer-like keys sort numerically before other keys, in orderByKey and in forEach', async () => {
    const ns = rtdb.namespace('key-order')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('k').set({ b: 1, '10': 1, a: 1, '9': 1, '-1': 1, '9a': 1 })
    const expected = ['-1', '9', '10', '9a', 'a', 'b']
    expect(keysOf(await get(query(ref(web.db, 'k'), orderByKey())))).toEqual(expected)
    expect(keysOf(await get(ref(web.db, 'k')))).toEqual(expected)
    const adminKeys: string[] = []
    ;(await admin.db.ref('k').orderByKey().get()).forEach((child) => {
      adminKeys.push(child.key ?? '')
    })
    expect(adminKeys).toEqual(expected)
  })

  it('13. orderByValue orders false < true < numbers < strings < objects, and a missing child sorts as null first', async () => {
    const ns = rtdb.namespace('cross-type')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref().set({
      values: { a: 'str', b: true, c: 3, d: false, e: { x: 1 }, f: 1 },
      children: { n: { other: 1 }, f: { v: false }, t: { v: true }, one: { v: 1 }, s: { v: 's' }, o: { v: { x: 1 } } },
    })
    expect(keysOf(await get(query(ref(web.db, 'values'), orderByValue())))).toEqual(['d', 'b', 'f', 'c', 'a', 'e'])
    expect(keysOf(await get(query(ref(web.db, 'children'), orderByChild('v'))))).toEqual(['n', 'f', 't', 'one', 's', 'o'])
    // A window makes the server order the children too (tagged listen, §7).
    expect(await listenOnce(web.db, 'values', [orderByValue(), limitToLast(3)])).toEqual(['c', 'a', 'e'])
  })

  it('14. a limit query and a plain listener on one path get independent events; the query survives the plain one', async () => {
    const ns = rtdb.namespace('tagged-default')
    const admin = clients.admin(ns)
    const web = clients.web(ns)
    await admin.db.ref('feed').set({ a: { s: 1 }, b: { s: 2 }, c: { s: 3 } })
    const plain = new EventLog<string[]>()
    const windowed = new EventLog<string[]>()
    const offPlain = onValue(ref(web.db, 'feed'), (s) => plain.push(keysOf(s)))
    const offWindow = onValue(query(ref(web.db, 'feed'), orderByChild('s'), limitToLast(1)), (s) => windowed.push(keysOf(s)))
    await plain.atLeast(1)
    await windowed.atLeast(1)
    expect(plain.events.at(-1)).toEqual(['a', 'b', 'c'])
    expect(windowed.events.at(-1)).toEqual(['c'])

    await admin.db.ref('feed/a/s').set(0)
    expect((await plain.atLeast(2)).at(-1)).toEqual(['a', 'b', 'c'])
    await admin.db.ref('feed/d').set({ s: 9 })
    await plain.atLeast(3)
    expect(plain.events.at(-1)).toEqual(['a', 'b', 'c', 'd'])
    expect((await windowed.atLeast(2)).at(-1)).toEqual(['d'])

    // Removing the default listen makes the client re-listen the query (§6.5 shadowing); it must
    // keep receiving changes from the server on its own.
    offPlain()
    await admin.db.ref('feed/e').set({ s: 10 })
    await windowed.atLeast(3)
    expect(windowed.events.at(-1)).toEqual(['e'])
    offWindow()
  })
})
