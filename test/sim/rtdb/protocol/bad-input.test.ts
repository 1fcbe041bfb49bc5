// Bad input over the WebSocket never takes the server down: the offending client gets an error
// reply (or, for a frame it cannot attribute, a control error), and other clients carry on.
// Exact status strings are our emulator's choice (protocol/status.ts); on an external emulator
// only "not ok" and "others unaffected" are asserted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXTERNAL_RTDB, skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { controlType, RawRtdbSocket, replyNumber } from '../../../helpers/raw-rtdb-socket.js'

describe('WebSocket bad input', () => {
  let rtdb: RtdbTarget
  let clients: Clients

  beforeAll(async () => {
    rtdb = await useRtdb({ maxMessageChars: 64 * 1024 })
    clients = createClients(rtdb)
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  async function rawClient(ns: string): Promise<RawRtdbSocket> {
    const raw = await RawRtdbSocket.connect(rtdb.hostPort, `v=5&ns=${ns}`)
    const hello = await raw.next()
    expect(controlType(hello)).toBe('h')
    await raw.request('gauth', { cred: 'owner' })
    return raw
  }

  it('answers garbage, unknown actions and invalid keys with errors while another client keeps working', async () => {
    const ns = rtdb.namespace('bad-input')
    const admin = clients.admin(ns)
    await admin.db.ref('ok').set('before')
    const raw = await rawClient(ns)

    raw.sendText('this is not json')
    raw.sendText('{"t":"x","d":{}}')
    raw.sendText('[1,2,3]')
    if (!EXTERNAL_RTDB) {
      for (let i = 0; i < 3; i++) expect(controlType(await raw.next((m) => controlType(m) === 'e'))).toBe('e')
    }

    const unknown = await raw.request('definitely-not-an-action', {})
    expect(unknown.s).not.toBe('ok')
    const badPath = await raw.request('p', { p: '/a.b', d: 1 })
    expect(badPath.s).not.toBe('ok')
    const badKeyInData = await raw.request('p', { p: '/x', d: { 'no.dots': 1 } })
    expect(badKeyInData.s).not.toBe('ok')
    const badMerge = await raw.request('m', { p: '/x', d: 'not an object' })
    expect(badMerge.s).not.toBe('ok')
    const badServerValue = await raw.request('p', { p: '/x', d: { '.sv': 'no-such-server-value' } })
    expect(badServerValue.s).not.toBe('ok')
    const badQuery = await raw.request('g', { p: '/x', q: { l: -5 } })
    expect(badQuery.s).not.toBe('ok')
    const missingPath = await raw.request('p', { d: 1 })
    expect(missingPath.s).not.toBe('ok')

    // The same socket still works, and nothing invalid was stored.
    expect(await raw.request('p', { p: '/x', d: { fine: true } })).toEqual({ s: 'ok', d: '' })
    expect((await admin.db.ref().get()).val()).toEqual({ ok: 'before', x: { fine: true } })
    await admin.db.ref('ok').set('after')
    expect((await admin.db.ref('ok').get()).val()).toBe('after')
    raw.close()
  })

  it.skipIf(skipOnExternal('exact status strings are this emulator\'s'))('uses invalid_request / invalid_data statuses', async () => {
    const raw = await rawClient(rtdb.namespace('statuses'))
    expect((await raw.request('zzz', {})).s).toBe('invalid_request')
    expect(await raw.request('p', { p: '/a$b', d: 1 })).toMatchObject({ s: 'invalid_data', d: expect.stringContaining('a$b') })
    expect((await raw.request('p', { p: '/x' })).s).toBe('invalid_request')
    raw.close()
  })

  it('ignores the 0 keepalive, answers a ping with a pong, and reassembles counted frames (§2, §3)', async () => {
    const raw = await rawClient(rtdb.namespace('framing'))
    raw.sendText('0')
    raw.sendText('{"t":"c","d":{"t":"p","d":{}}}')
    // Nothing was sent for the keepalive: the very next message is the pong.
    expect(controlType(await raw.next())).toBe('o')
    const message = JSON.stringify({ t: 'd', d: { r: 99, a: 'p', b: { p: '/split', d: 'x'.repeat(100) } } })
    raw.sendText('3')
    raw.sendText(message.slice(0, 40))
    raw.sendText(message.slice(40, 80))
    raw.sendText(message.slice(80))
    const reply = await raw.next((m) => replyNumber(m) === 99)
    expect(reply.json).toEqual({ t: 'd', d: { r: 99, b: { s: 'ok', d: '' } } })
    raw.close()
  })

  it.skipIf(skipOnExternal('the message size limit is configured on our emulator'))(
    'answers an oversized counted message with too_big and keeps the connection',
    async () => {
      const raw = await rawClient(rtdb.namespace('too-big'))
      const message = JSON.stringify({ t: 'd', d: { r: 7, a: 'p', b: { p: '/big', d: 'y'.repeat(100_000) } } })
      const pieces = message.match(/[\s\S]{1,16384}/g) ?? []
      raw.sendText(String(pieces.length))
      for (const piece of pieces) raw.sendText(piece)
      const reply = await raw.next((m) => replyNumber(m) === 7)
      expect((reply.json as { d: { b: { s: string } } }).d.b.s).toBe('too_big')
      expect(await raw.request('p', { p: '/small', d: 1 })).toEqual({ s: 'ok', d: '' })
      raw.close()
    },
  )

  it.skipIf(skipOnExternal('connection-level rejections are this emulator\'s choice'))(
    'shuts down a connection without a namespace and cuts one that sends binary frames',
    async () => {
      const noNamespace = await RawRtdbSocket.connect(rtdb.hostPort, 'v=5')
      const shutdown = await noNamespace.next()
      expect(controlType(shutdown)).toBe('s')
      expect((await noNamespace.closed).code).toBe(1008)

      const binary = await rawClient(rtdb.namespace('binary'))
      binary.sendBinary(Buffer.from([1, 2, 3]))
      await binary.closed
      // The server is still there for everyone else.
      const admin = clients.admin(rtdb.namespace('after-binary'))
      await admin.db.ref('alive').set(true)
      expect((await admin.db.ref('alive').get()).val()).toBe(true)
    },
  )
})
