// Query-based rules: `query.*` in .read rules sees the parameters of the read being checked.
// Through @firebase/rules-unit-testing (compat API): `once('value')` is a listen (`q`, tagged when
// the query has bounds or a limit, §6.5) and `get()` is a `g` (§6.6), so both server paths are
// covered; and through REST, whose orderBy/equalTo/limitToFirst parameters are the same query.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertFails, assertSucceeds, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { mockUserToken, restUrl } from '../../../helpers/rtdb-rest.js'

const RULES = `{
  "rules": {
    // The Firebase docs' example: users may list only their own baskets.
    "baskets": {
      ".read": "auth.uid != null && query.orderByChild == 'owner' && query.equalTo == auth.uid",
      ".indexOn": "owner"
    },
    "messages": { ".read": "query.orderByKey && query.limitToFirst <= 100" },
    "ranged": { ".read": "query.orderByValue && query.startAt >= 10 && query.endAt <= 20" },
    "recent": { ".read": "query.orderByPriority && query.limitToLast <= 2" },
    // Holds only for a read without any query parameter.
    "plain": {
      ".read": "!query.orderByKey && !query.orderByValue && !query.orderByPriority && query.orderByChild == null && query.startAt == null && query.endAt == null && query.equalTo == null && query.limitToFirst == null && query.limitToLast == null"
    }
  }
}`

const BASKETS = { b1: { owner: 'alice', fruit: 'apple' }, b2: { owner: 'bob', fruit: 'pear' }, b3: { owner: 'alice', fruit: 'fig' } }

describe('conformance: query-based rules (query.* in .read)', () => {
  let rtdb: RtdbTarget
  let env: RulesTestEnvironment
  let ns: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    ns = `demo-${rtdb.namespace('query-rules')}`
    env = await initializeTestEnvironment({ projectId: ns, database: { host: rtdb.host, port: rtdb.port, rules: RULES } })
    await env.withSecurityRulesDisabled(async (context) => {
      await context.database().ref().set({
        baskets: BASKETS,
        messages: { m1: 'a', m2: 'b' },
        ranged: { x: 5, y: 12, z: 30 },
        recent: { r1: 1, r2: 2, r3: 3 },
        plain: { p: 1 },
      })
    })
  })
  afterAll(async () => {
    await env?.cleanup()
    await rtdb.stop()
  })

  it('allows the query the rule asks for (listen and get) and returns only its window', async () => {
    const alice = env.authenticatedContext('alice').database()
    const mine = alice.ref('baskets').orderByChild('owner').equalTo('alice')
    const listened = await assertSucceeds(mine.once('value'))
    expect(listened.val()).toEqual({ b1: BASKETS.b1, b3: BASKETS.b3 })
    const got = await assertSucceeds(mine.get())
    expect(got.val()).toEqual({ b1: BASKETS.b1, b3: BASKETS.b3 })
  })

  it("denies a query for someone else's baskets, an unauthenticated one and a plain read", async () => {
    const alice = env.authenticatedContext('alice').database()
    await assertFails(alice.ref('baskets').orderByChild('owner').equalTo('bob').once('value'))
    await assertFails(alice.ref('baskets').orderByChild('owner').equalTo('bob').get())
    await assertFails(alice.ref('baskets').orderByChild('fruit').equalTo('alice').get())
    await assertFails(env.unauthenticatedContext().database().ref('baskets').orderByChild('owner').equalTo('alice').get())
    await assertFails(alice.ref('baskets').once('value'))
    await assertFails(alice.ref('baskets').get())
  })

  it('compares limits: limitToFirst <= 100 passes, 101 or no limit is denied', async () => {
    const db = env.unauthenticatedContext().database()
    expect((await assertSucceeds(db.ref('messages').orderByKey().limitToFirst(100).get())).val()).toEqual({ m1: 'a', m2: 'b' })
    expect((await assertSucceeds(db.ref('messages').orderByKey().limitToFirst(1).once('value'))).val()).toEqual({ m1: 'a' })
    await assertFails(db.ref('messages').orderByKey().limitToFirst(101).get())
    await assertFails(db.ref('messages').orderByKey().limitToLast(1).get())
    await assertFails(db.ref('messages').orderByKey().get())
    await assertFails(db.ref('messages').get())
  })

  it('sees startAt/endAt bounds, and the priority index of a limit query without orderBy', async () => {
    const db = env.unauthenticatedContext().database()
    expect((await assertSucceeds(db.ref('ranged').orderByValue().startAt(10).endAt(20).get())).val()).toEqual({ y: 12 })
    await assertFails(db.ref('ranged').orderByValue().startAt(5).endAt(20).get())
    await assertFails(db.ref('ranged').orderByValue().startAt(10).get())
    await assertFails(db.ref('ranged').orderByChild('v').startAt(10).endAt(20).get())

    expect((await assertSucceeds(db.ref('recent').limitToLast(2).once('value'))).val()).toEqual({ r2: 2, r3: 3 })
    expect((await assertSucceeds(db.ref('recent').orderByPriority().limitToLast(1).get())).val()).toEqual({ r3: 3 })
    await assertFails(db.ref('recent').orderByKey().limitToLast(2).get())
    await assertFails(db.ref('recent').limitToLast(3).get())
  })

  it('gives a plain read false flags and null parameters', async () => {
    const db = env.unauthenticatedContext().database()
    expect((await assertSucceeds(db.ref('plain').get())).val()).toEqual({ p: 1 })
    expect((await assertSucceeds(db.ref('plain').once('value'))).val()).toEqual({ p: 1 })
    await assertFails(db.ref('plain').orderByKey().limitToFirst(5).get())
    await assertFails(db.ref('plain').orderByChild('x').get())
  })

  it('applies the same rules to REST reads with orderBy/equalTo/limitToFirst parameters', async () => {
    const auth = { auth: mockUserToken({ sub: 'alice', user_id: 'alice' }) }
    const read = (path: string, params: Record<string, string>) => fetch(restUrl(rtdb, `${path}.json`, ns, params))

    const mine = await read('baskets', { ...auth, orderBy: '"owner"', equalTo: '"alice"' })
    expect(mine.status).toBe(200)
    expect(await mine.json()).toEqual({ b1: BASKETS.b1, b3: BASKETS.b3 })
    expect((await read('baskets', { ...auth, orderBy: '"owner"', equalTo: '"bob"' })).status).toBe(401)
    expect((await read('baskets', auth)).status).toBe(401)

    const first = await read('messages', { orderBy: '"$key"', limitToFirst: '100' })
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ m1: 'a', m2: 'b' })
    expect((await read('messages', { orderBy: '"$key"', limitToFirst: '101' })).status).toBe(401)
    expect((await read('messages', {})).status).toBe(401)
    expect((await read('plain', {})).status).toBe(200)
    expect((await read('recent', { orderBy: '"$priority"', limitToLast: '2' })).status).toBe(200)
  })
})
