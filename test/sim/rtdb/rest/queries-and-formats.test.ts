// REST reads beyond §15 item 32: query parameters, format=export, print=pretty, PATCH/DELETE
// answers, server values, identities from ?auth= and Bearer tokens.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { mockUserToken, putRules, restUrl } from '../../../helpers/rtdb-rest.js'

const OWNER = { authorization: 'Bearer owner' }

describe('REST reads, formats and identities', () => {
  let rtdb: RtdbTarget
  let ns: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    ns = rtdb.namespace('rest-read')
    await fetch(restUrl(rtdb, '.json', ns), {
      method: 'PUT',
      headers: OWNER,
      body: JSON.stringify({
        scores: { a: { s: 3 }, b: { s: 1 }, c: { s: 2 } },
        ranked: { x: { '.value': 1, '.priority': 5 } },
      }),
    })
  })
  afterAll(async () => {
    await rtdb.stop()
  })

  const get = async (path: string, params: Record<string, string> = {}) =>
    (await fetch(restUrl(rtdb, path, ns, params), { headers: OWNER })).json()

  it('filters with orderBy, bounds and limits', async () => {
    expect(await get('scores.json', { orderBy: '"s"', limitToLast: '2' })).toEqual({ a: { s: 3 }, c: { s: 2 } })
    expect(await get('scores.json', { orderBy: '"s"', startAt: '2' })).toEqual({ a: { s: 3 }, c: { s: 2 } })
    expect(await get('scores.json', { orderBy: '"$key"', equalTo: '"b"' })).toEqual({ b: { s: 1 } })
    expect(await get('scores.json', { orderBy: '"s"', endBefore: '2' })).toEqual({ b: { s: 1 } })
  })

  it('returns priorities with format=export, pretty-prints with print=pretty', async () => {
    expect(await get('ranked.json', { format: 'export' })).toEqual({ x: { '.value': 1, '.priority': 5 } })
    expect(await get('ranked.json')).toEqual({ x: 1 })
    const pretty = await (await fetch(restUrl(rtdb, 'ranked.json', ns, { print: 'pretty' }), { headers: OWNER })).text()
    expect(pretty).toBe('{\n  "x": 1\n}')
  })

  it('reads array-like children back as a JSON array, as the SDKs would, and sparse ones as an object', async () => {
    const put = async (path: string, body: string) => (await fetch(restUrl(rtdb, path, ns), { method: 'PUT', headers: OWNER, body })).json()
    expect(await put('arr/dense.json', '[1,null,3]')).toEqual([1, null, 3])
    expect(await get('arr/dense.json')).toEqual([1, null, 3])
    expect(await put('arr/shifted.json', '{"1":"a","2":"b"}')).toEqual([null, 'a', 'b'])
    expect(await put('arr/sparse.json', '{"0":1,"5":2}')).toEqual({ 0: 1, 5: 2 })
    expect(await put('arr/named.json', '{"0":1,"x":2}')).toEqual({ 0: 1, x: 2 })
    expect(await get('arr.json', { format: 'export' })).toMatchObject({ dense: { 0: 1, 2: 3 } })
    // The rule applies at every level of a read.
    expect(await get('arr.json')).toEqual({ dense: [1, null, 3], shifted: [null, 'a', 'b'], sparse: { 0: 1, 5: 2 }, named: { 0: 1, x: 2 } })
  })

  it('answers PATCH with the written children and DELETE with null, resolving server values', async () => {
    const patched = await fetch(restUrl(rtdb, 'p.json', ns), { method: 'PATCH', headers: OWNER, body: '{"a":1,"t/at":{".sv":"timestamp"}}' })
    const body = (await patched.json()) as { a: number; 't/at': number }
    expect(body.a).toBe(1)
    expect(Math.abs(body['t/at'] - Date.now())).toBeLessThan(5000)
    expect(await (await fetch(restUrl(rtdb, 'p.json', ns), { method: 'DELETE', headers: OWNER })).json()).toBeNull()
    expect(await get('p.json')).toBeNull()
  })

  it('applies rules to ?auth= and Bearer user tokens', async () => {
    const ruled = rtdb.namespace('rest-auth')
    await putRules(rtdb, ruled, '{"rules": {"users": {"$uid": {".read": "auth != null && auth.uid == $uid", ".write": "auth != null && auth.uid == $uid"}}}}')
    const alice = mockUserToken({ sub: 'alice', user_id: 'alice' })
    const put = (path: string, init: RequestInit, params: Record<string, string> = {}) =>
      fetch(restUrl(rtdb, path, ruled, params), { method: 'PUT', body: '1', ...init })
    expect((await put('users/alice.json', {}, { auth: alice })).status).toBe(200)
    expect((await put('users/alice.json', { headers: { authorization: `Bearer ${alice}` } })).status).toBe(200)
    expect((await put('users/bob.json', {}, { auth: alice })).status).toBe(401)
    expect((await put('users/alice.json', {})).status).toBe(401)
    expect((await put('users/alice.json', {}, { auth: 'not-a-token' })).status).toBe(401)
  })
})
