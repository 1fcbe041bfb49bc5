// REST conditional requests (§11): `X-Firebase-ETag: true` returns the value's ETag, and a PUT or
// DELETE with `if-match` writes only while the value still has it; otherwise 412 with the value
// that is there and its ETag. Also `X-HTTP-Method-Override` on a POST.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

const OWNER = { authorization: 'Bearer owner' }

describe('REST conditional requests', () => {
  let rtdb: RtdbTarget
  let ns: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    ns = rtdb.namespace('rest-etag')
  })
  afterAll(async () => {
    await rtdb.stop()
  })

  const request = (path: string, method: string, headers: Record<string, string> = {}, body?: unknown) =>
    fetch(restUrl(rtdb, path, ns), { method, headers: { ...OWNER, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })

  it('compares and sets: the ETag read is the one a write must match, and a stale one changes nothing', async () => {
    await request('counter.json', 'PUT', {}, 1)
    const read = await request('counter.json', 'GET', { 'x-firebase-etag': 'true' })
    const etag = read.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(await read.json()).toBe(1)
    // Without the header, no ETag.
    expect((await request('counter.json', 'GET')).headers.get('etag')).toBeNull()

    const won = await request('counter.json', 'PUT', { 'if-match': etag! }, 2)
    expect(won.status).toBe(200)
    expect(await won.json()).toBe(2)
    const next = won.headers.get('etag')
    expect(next).toBeTruthy()
    expect(next).not.toBe(etag)

    const lost = await request('counter.json', 'PUT', { 'if-match': etag! }, 99)
    expect(lost.status).toBe(412)
    expect(lost.headers.get('etag')).toBe(next)
    expect(await lost.json()).toBe(2)
    expect(await (await request('counter.json', 'GET')).json()).toBe(2)

    // A quoted entity tag matches too; DELETE is conditional the same way.
    expect((await request('counter.json', 'DELETE', { 'if-match': '"stale"' })).status).toBe(412)
    expect((await request('counter.json', 'DELETE', { 'if-match': `"${next!}"` })).status).toBe(200)
    expect(await (await request('counter.json', 'GET')).json()).toBeNull()
  })

  it('creates only where nothing is yet, with the ETag of nothing', async () => {
    const empty = (await request('claims/desk.json', 'GET', { 'x-firebase-etag': 'true' })).headers.get('etag')!
    expect(empty).toBe('null_etag')
    expect((await request('claims/desk.json', 'PUT', { 'if-match': empty }, 'alice')).status).toBe(200)
    const second = await request('claims/desk.json', 'PUT', { 'if-match': empty }, 'bob')
    expect(second.status).toBe(412)
    expect(await second.json()).toBe('alice')
  })

  it('refuses if-match on PATCH and POST with 400', async () => {
    const patch = await request('x.json', 'PATCH', { 'if-match': 'abc' }, { a: 1 })
    expect(patch.status).toBe(400)
    expect((await patch.json()).error).toMatch(/if-match is only supported on PUT and DELETE/)
    expect((await request('x.json', 'POST', { 'if-match': 'abc' }, 1)).status).toBe(400)
    expect(await (await request('x.json', 'GET')).json()).toBeNull()
  })

  it('treats a POST with X-HTTP-Method-Override as the method it names', async () => {
    expect((await request('over.json', 'POST', { 'x-http-method-override': 'PUT' }, { a: 1 })).status).toBe(200)
    expect(await (await request('over.json', 'GET')).json()).toEqual({ a: 1 })
    await request('over.json', 'POST', { 'x-http-method-override': 'PATCH' }, { b: 2 })
    expect(await (await request('over.json', 'GET')).json()).toEqual({ a: 1, b: 2 })
    await request('over.json', 'POST', { 'x-http-method-override': 'DELETE' })
    expect(await (await request('over.json', 'GET')).json()).toBeNull()
    expect((await request('over.json', 'POST', { 'x-http-method-override': 'TRACE' }, 1)).status).toBe(400)
  })
})
