// §15 items 32-33: the REST surface (§11) and its rules handling.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onValue, ref } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { EventLog } from '../../../helpers/rtdb-events.js'
import { putRules, restUrl } from '../../../helpers/rtdb-rest.js'

const OWNER = { authorization: 'Bearer owner' }

describe('conformance: REST (§15 items 32-33)', () => {
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

  it('32. PUT/GET, print=silent, shallow, POST push ids, and REST writes reach SDK listeners', async () => {
    const ns = rtdb.namespace('rest')
    const put = await fetch(restUrl(rtdb, 'x.json', ns), { method: 'PUT', headers: OWNER, body: '{"a":{"b":1},"c":"s"}' })
    expect(put.status).toBe(200)
    expect(await put.json()).toEqual({ a: { b: 1 }, c: 's' })
    expect(await (await fetch(restUrl(rtdb, 'x.json', ns), { headers: OWNER })).json()).toEqual({ a: { b: 1 }, c: 's' })

    const silent = await fetch(restUrl(rtdb, 'x/c.json', ns, { print: 'silent' }), { method: 'PUT', headers: OWNER, body: '"t"' })
    expect(silent.status).toBe(204)
    expect(await silent.text()).toBe('')

    expect(await (await fetch(restUrl(rtdb, 'x.json', ns, { shallow: 'true' }), { headers: OWNER })).json()).toEqual({ a: true, c: true })

    const posted = await fetch(restUrl(rtdb, 'list.json', ns), { method: 'POST', headers: OWNER, body: '{"n":1}' })
    expect(posted.status).toBe(200)
    const { name } = (await posted.json()) as { name: string }
    expect(name).toMatch(/^[-0-9A-Za-z_]{20}$/)
    expect(await (await fetch(restUrl(rtdb, `list/${name}.json`, ns), { headers: OWNER })).json()).toEqual({ n: 1 })

    const web = clients.web(ns)
    const seen = new EventLog<unknown>()
    const off = onValue(ref(web.db, 'x/a/b'), (snapshot) => seen.push(snapshot.val()))
    await seen.atLeast(1)
    await fetch(restUrl(rtdb, 'x/a.json', ns), { method: 'PATCH', headers: OWNER, body: '{"b":2}' })
    await seen.atLeast(2)
    await fetch(restUrl(rtdb, 'x.json', ns), { method: 'DELETE', headers: OWNER })
    await seen.atLeast(3)
    off()
    expect(seen.events).toEqual([1, 2, null])
  })

  it('33. under deny-all rules REST succeeds with Bearer owner and returns 401 without it', async () => {
    const ns = rtdb.namespace('rest-rules')
    await putRules(rtdb, ns, '{"rules": {".read": false, ".write": false}}')
    expect((await fetch(restUrl(rtdb, 'y.json', ns), { method: 'PUT', headers: OWNER, body: '1' })).status).toBe(200)
    expect(await (await fetch(restUrl(rtdb, 'y.json', ns), { headers: OWNER })).json()).toBe(1)
    expect(await (await fetch(restUrl(rtdb, 'y.json', ns, { auth: 'owner' }))).json()).toBe(1)

    const deniedRead = await fetch(restUrl(rtdb, 'y.json', ns))
    expect(deniedRead.status).toBe(401)
    expect(await deniedRead.json()).toEqual({ error: 'Permission denied' })
    const deniedWrite = await fetch(restUrl(rtdb, 'y.json', ns), { method: 'PUT', body: '2' })
    expect(deniedWrite.status).toBe(401)
    expect(await (await fetch(restUrl(rtdb, 'y.json', ns), { headers: OWNER })).json()).toBe(1)
  })
})
