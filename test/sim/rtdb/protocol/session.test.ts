// Session-level behaviour seen through the raw protocol: the hello (§3), `ls` cleanup of a
// previous session (§1, §6.9), listen data before `ok` (§6.5), token failures (§6.2).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminValues, waitFor } from '../../../helpers/rtdb-events.js'
import { controlType, RawRtdbSocket, replyNumber, type RawMessage } from '../../../helpers/raw-rtdb-socket.js'

interface Hello {
  t: 'c'
  d: { t: 'h'; d: { ts: number; v: string; h: string; s: string } }
}

describe('protocol sessions', () => {
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

  it('starts with a hello carrying the time, version 5 and a session id (§3)', async () => {
    const raw = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${rtdb.namespace('hello')}`)
    const hello = (await raw.next()).json as Hello
    expect(hello.d.t).toBe('h')
    expect(hello.d.d.v).toBe('5')
    expect(Math.abs(hello.d.d.ts - Date.now())).toBeLessThan(5000)
    expect(hello.d.d.s.length).toBeGreaterThan(0)
    raw.close()
  })

  it('pushes listen data before the ok reply (§6.5)', async () => {
    const ns = rtdb.namespace('data-before-ok')
    await clients.admin(ns).db.ref('a').set({ b: 1 })
    const raw = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${ns}`)
    await raw.next()
    await raw.request('gauth', { cred: 'owner' })
    raw.sendText(JSON.stringify({ t: 'd', d: { r: 50, a: 'q', b: { p: '/a', h: '' } } }))
    const order: RawMessage[] = [await raw.next(), await raw.next()]
    expect(order[0]?.json).toEqual({ t: 'd', d: { a: 'd', b: { p: 'a', d: { b: 1 } } } })
    expect(replyNumber(order[1] as RawMessage)).toBe(50)
    raw.close()
  })

  it.skipIf(skipOnExternal('exact status strings are this emulator\'s'))('answers an unusable token with invalid_token', async () => {
    const raw = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${rtdb.namespace('bad-token')}`)
    await raw.next()
    expect((await raw.request('auth', { cred: 'not.a-valid.jwt!' })).s).toBe('invalid_token')
    expect((await raw.request('gauth', { cred: 42 })).s).toBe('invalid_token')
    raw.close()
  })

  it.skipIf(skipOnExternal('ls takeover timing is this emulator\'s'))(
    'closes the session named by ls and runs its onDisconnect writes (§6.9)',
    async () => {
      const ns = rtdb.namespace('ls')
      const observer = clients.admin(ns)
      const first = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${ns}`)
      const sessionId = ((await first.next()).json as Hello).d.d.s
      await first.request('gauth', { cred: 'owner' })
      expect((await first.request('o', { p: '/presence', d: 'gone' })).s).toBe('ok')
      const fired = waitFor(adminValues(observer.db.ref('presence')), (v) => v === 'gone', 'the old session\'s onDisconnect')

      // The "same client" reconnects while the server still holds the old socket open.
      const second = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ls=${sessionId}&ns=${ns}`)
      expect(controlType(await second.next())).toBe('h')
      await fired
      await first.closed
      second.close()
    },
  )
})
