// REST bad input gets a 4xx with {"error": ...} and leaves the data and the server untouched.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

const OWNER = { authorization: 'Bearer owner' }

describe('REST bad requests', () => {
  let rtdb: RtdbTarget

  beforeAll(async () => {
    rtdb = await useRtdb()
  })
  afterAll(async () => {
    await rtdb.stop()
  })

  async function expectError(response: Response, status: number): Promise<string> {
    expect(response.status).toBe(status)
    const body = (await response.json()) as { error?: unknown }
    expect(typeof body.error).toBe('string')
    return body.error as string
  }

  it('answers invalid JSON, keys, updates and queries with 400', async () => {
    const ns = rtdb.namespace('rest-bad')
    await fetch(restUrl(rtdb, 'keep.json', ns), { method: 'PUT', headers: OWNER, body: '"safe"' })
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns), { method: 'PUT', headers: OWNER, body: '{"a":' }), 400)
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns), { method: 'PUT', headers: OWNER, body: '{"a.b":1}' }), 400)
    await expectError(await fetch(restUrl(rtdb, 'a$b.json', ns), { method: 'PUT', headers: OWNER, body: '1' }), 400)
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns), { method: 'PATCH', headers: OWNER, body: '[1,2]' }), 400)
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns, { startAt: '1' }), { headers: OWNER }), 400)
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns, { orderBy: 'unquoted' }), { headers: OWNER }), 400)
    await expectError(await fetch(restUrl(rtdb, 'x.json', ns, { orderBy: '"$key"', limitToFirst: '-1' }), { headers: OWNER }), 400)
    expect(await (await fetch(restUrl(rtdb, '.json', ns), { headers: OWNER })).json()).toEqual({ keep: 'safe' })
  })

  it('refuses rules that do not compile with 400 and keeps the previous rules', async () => {
    const ns = rtdb.namespace('rest-bad-rules')
    const url = restUrl(rtdb, '.settings/rules.json', ns)
    const good = '{"rules": {".read": true, ".write": true}}'
    expect((await fetch(url, { method: 'PUT', headers: OWNER, body: good })).status).toBe(200)
    await expectError(await fetch(url, { method: 'PUT', headers: OWNER, body: '{"rules": {".read": "auth.uid ==="}}' }), 400)
    await expectError(await fetch(url, { method: 'PUT', headers: OWNER, body: '{"rules": ' }), 400)
    expect(await (await fetch(url, { headers: OWNER })).text()).toBe(good)
  })

  it.skipIf(skipOnExternal('namespace defaults, size limits and route errors are this emulator\'s'))(
    'rejects a missing namespace, an unknown route and a body over the limit',
    async () => {
      expect(await expectError(await fetch(`http://${rtdb.hostPort}/x.json`), 400)).toContain('?ns=')
      await expectError(await fetch(`http://${rtdb.hostPort}/not-json-suffix?ns=x`), 404)
      const small = await useRtdb({ maxRequestBytes: 1024 })
      try {
        const response = await fetch(restUrl(small, 'big.json', 'limits'), { method: 'PUT', headers: OWNER, body: JSON.stringify('z'.repeat(4096)) })
        expect(response.status).toBe(413)
        expect(await (await fetch(restUrl(small, 'big.json', 'limits'), { headers: OWNER })).json()).toBeNull()
      } finally {
        await small.stop()
      }
    },
  )
})
