// REST payloads whose keys start with '.' (§5, §8): `.value`, `.priority` and `.sv` mean something
// in a written value; any other such key is invalid and the whole request is refused with 400,
// where it used to be dropped silently (a `{"a": {".bar": 1}}` PUT even deleted the location).
// Written over real HTTP, read back through firebase-admin.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type AdminClient, type Clients } from '../../../helpers/rtdb-clients.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

const OWNER = { authorization: 'Bearer owner' }

describe('REST payloads with keys starting with "."', () => {
  let rtdb: RtdbTarget
  let clients: Clients
  let ns: string
  let admin: AdminClient

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
    ns = rtdb.namespace('rest-dot-keys')
    admin = clients.admin(ns)
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  const write = (method: string, path: string, body: unknown) =>
    fetch(restUrl(rtdb, `${path}.json`, ns), { method, headers: OWNER, body: JSON.stringify(body) })

  it('{".value": v, ".priority": p} writes a leaf with a priority', async () => {
    expect((await write('PUT', 'leaf', { '.value': 5, '.priority': 1 })).status).toBe(200)
    const snapshot = await admin.db.ref('leaf').get()
    expect(snapshot.val()).toBe(5)
    expect(snapshot.getPriority()).toBe(1)
    expect(snapshot.exportVal()).toEqual({ '.value': 5, '.priority': 1 })
  })

  it('a ".priority" beside children sets the priority of the node, on PUT and POST', async () => {
    expect((await write('PUT', 'obj', { a: 1, '.priority': 2 })).status).toBe(200)
    const snapshot = await admin.db.ref('obj').get()
    expect(snapshot.val()).toEqual({ a: 1 })
    expect(snapshot.getPriority()).toBe(2)
    expect(snapshot.exportVal()).toEqual({ a: 1, '.priority': 2 })

    const posted = await write('POST', 'list', { '.value': 'x', '.priority': 'p' })
    const { name } = (await posted.json()) as { name: string }
    const pushed = await admin.db.ref(`list/${name}`).get()
    expect(pushed.val()).toBe('x')
    expect(pushed.getPriority()).toBe('p')
  })

  it('resolves .sv server values (timestamp, increment)', async () => {
    const before = Date.now()
    expect((await write('PUT', 'sv', { at: { '.sv': 'timestamp' }, n: 10 })).status).toBe(200)
    expect((await write('PATCH', 'sv', { n: { '.sv': { increment: 5 } } })).status).toBe(200)
    const value = (await admin.db.ref('sv').get()).val() as { at: number; n: number }
    expect(value.n).toBe(15)
    expect(value.at).toBeGreaterThanOrEqual(before - 5_000)
    expect(value.at).toBeLessThanOrEqual(Date.now() + 5_000)
  })

  it('format=export returns .priority and .value', async () => {
    await write('PUT', 'exported', { a: { '.value': 1, '.priority': 9 }, b: 2, '.priority': 'top' })
    const response = await fetch(restUrl(rtdb, 'exported.json', ns, { format: 'export' }), { headers: OWNER })
    expect(await response.json()).toEqual({ a: { '.value': 1, '.priority': 9 }, b: 2, '.priority': 'top' })
  })

  it.each([
    ['PUT', { a: 1, '.foo': 2 }],
    ['PUT', { a: { '.bar': 1 } }],
    ['PUT', { '.value': 1, '.info': 2 }],
    ['PUT', { '.sv': 'timestamp', a: 1 }],
    ['PUT', { 'a#b': 1 }],
    ['PUT', { 'a\u0007': 1 }],
    ['PATCH', { x: { '.foo': 1 } }],
    ['PATCH', { '.foo': 1 }],
    ['POST', { '.foo': 1 }],
  ])('%s %j is refused with 400 and writes nothing', async (method, body) => {
    await admin.db.ref('guarded').set({ keep: true, x: { y: 1 } })
    const response = await write(method, 'guarded', body)
    expect(response.status).toBe(400)
    const error = ((await response.json()) as { error?: unknown }).error
    expect(typeof error).toBe('string')
    expect((await admin.db.ref('guarded').get()).val()).toEqual({ keep: true, x: { y: 1 } })
  })
})
