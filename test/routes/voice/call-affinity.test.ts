import { createServer as createHttpServer } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../../../src/app.js'
import { KEEP_TALKING } from '../../../src/calls/call-flow.js'
import { orderedMessages } from '../../../src/calls/model.js'
import { Caller } from '../../helpers/admin.js'
import { parseTwiml, signedPost, startAurora, testConfig, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// Two instances on one Firebase namespace. A phone number has one status callback URL and one
// fallback URL, so those reach instance A even for calls instance B holds: A passes the end of
// the call on to B over HTTP (signed for B's URL), and on a fallback A carries the call on with
// what Firebase says of it.

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

let a: TestAurora
let b: FastifyInstance
let bUrl: string

beforeAll(async () => {
  a = await startAurora({ firebase: true })
  const port = await freePort()
  bUrl = `http://127.0.0.1:${port}`
  const configB = await testConfig({ INSTANCE_ID: 'b2', PUBLIC_URL: bUrl })
  b = await buildApp({ ...configB, firebase: a.config.firebase })
  await b.listen({ port, host: '127.0.0.1' })
})
afterAll(async () => {
  await b?.close()
  await a?.close()
})

/** A call B holds, once A has heard of it through Firebase. */
async function callOnB(from: string, words: string): Promise<Caller> {
  const caller = new Caller(b, from, { publicUrl: bUrl })
  await caller.dial()
  await caller.say(words)
  await vi.waitFor(() => expect(a.app.adminHub.remoteCallBySid(caller.sid)?.urgency).toBe(b.calls.callBySid(caller.sid)?.urgency), { timeout: 10_000, interval: 20 })
  return caller
}

describe('webhooks that reach an instance not holding the call', () => {
  it('passes the status callback on to the instance holding the call, which ends it', async () => {
    const caller = await callOnB('+15551230041', 'there is a fire in zone A')
    const res = await a.app.inject(signedPost('/call-status', twilioParams(caller.sid, { From: caller.from, CallStatus: 'completed', CallDuration: '42' })))
    expect(res.statusCode).toBe(204)
    await vi.waitFor(() => expect(b.calls.callBySid(caller.sid)).toMatchObject({ status: 'ENDED', end_reason: 'completed' }), { timeout: 5000, interval: 20 })
    expect(a.app.calls.callBySid(caller.sid)).toBeNull()
    // A callback for a call nobody holds is still just acknowledged.
    expect((await a.app.inject(signedPost('/call-status', twilioParams('CA' + 'f'.repeat(32), { CallStatus: 'completed' })))).statusCode).toBe(204)
  })

  it('carries the call on after a fallback, at the urgency the holding instance had reached', async () => {
    const caller = await callOnB('+15551230042', 'gas leak at valve 3, I can smell it everywhere')
    expect(b.calls.callBySid(caller.sid)?.urgency).toBe('CRITICAL')
    const res = await a.app.inject(signedPost('/voice-fallback', twilioParams(caller.sid, { From: caller.from, ErrorCode: '11200' })))
    expect(res.statusCode).toBe(200)
    expect(parseTwiml(res).say).toEqual([KEEP_TALKING])
    const moved = a.app.calls.callBySid(caller.sid)
    const held = b.calls.callBySid(caller.sid)!
    expect(held.hazards).toBeTruthy()
    expect(moved).toMatchObject({ urgency: 'CRITICAL', instance_id: 't1', hazards: held.hazards, last_text: held.last_text })
    const note = orderedMessages(a.app.calls.conversation(moved!.conversation_id)).find((m) => m.event === 'moved')
    expect(note?.text).toMatch(/^Continued from instance b2 /)
  })

  it('passes a turn of a call another instance holds on to it, and answers with its TwiML', async () => {
    const caller = await callOnB('+15551230043', 'there is smoke in the boiler room')
    const res = await a.app.inject(
      signedPost('/process-speech?turn=2', twilioParams(caller.sid, { From: caller.from, SpeechResult: 'it is getting thicker near Zone B', Confidence: '0.9' })),
    )
    expect(res.statusCode).toBe(200)
    // B answered: the next turn goes straight back to B.
    expect(parseTwiml(res).gatherAction).toBe(`${bUrl}/process-speech?turn=3`)
    const held = b.calls.callBySid(caller.sid)!
    const words = orderedMessages(b.calls.conversation(held.conversation_id)).filter((m) => m.turn === 2).map((m) => m.role)
    expect(words).toEqual(['user', 'assistant'])
    expect(a.app.calls.callBySid(caller.sid)).toBeNull()
  })

  it('answers the apology, and opens no second record, when the instance holding the call took the turn but is slow', async () => {
    // An instance that accepts the turn and never answers; A's webhook deadline is shortened.
    const held: string[] = []
    const slow = createHttpServer((req) => held.push(req.url ?? ''))
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve))
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`
    const quick = await startAurora({ firebase: true, env: { WEBHOOK_DEADLINE_MS: '1000', INSTANCE_ID: 'q4' } })
    try {
      const sid = 'CA' + '7'.repeat(32)
      await quick.reader!.db.ref('active_calls/call_slow').set({
        call_id: 'call_slow', conversation_id: 'conv_slow', call_sid: sid, instance_id: 's5', instance_url: slowUrl,
        status: 'ACTIVE', urgency: 'HIGH', from: '+15551230045', started_at: new Date().toISOString(),
      })
      await vi.waitFor(() => expect(quick.app.adminHub.remoteCallBySid(sid)).not.toBeNull(), { timeout: 10_000, interval: 20 })
      const started = performance.now()
      const res = await quick.app.inject(signedPost('/process-speech?turn=2', twilioParams(sid, { From: '+15551230045', SpeechResult: 'it is spreading', Confidence: '0.9' })))
      expect(res.statusCode).toBe(200)
      expect(held).toEqual(['/process-speech?turn=2'])
      expect(performance.now() - started).toBeGreaterThanOrEqual(1000)
      expect(parseTwiml(res).redirect).toBe(`${quick.config.publicUrl}/voice-fallback?reason=internal-error`)
      expect(quick.app.calls.callBySid(sid)).toBeNull()
    } finally {
      slow.closeAllConnections()
      slow.close()
      await quick.close()
    }
  })

  it('helps the caller itself, carrying the call on, when the instance holding it does not answer', async () => {
    const port = await freePort()
    const cUrl = `http://127.0.0.1:${port}`
    const c = await buildApp({ ...(await testConfig({ INSTANCE_ID: 'c3', PUBLIC_URL: cUrl })), firebase: a.config.firebase })
    await c.listen({ port, host: '127.0.0.1' })
    const caller = new Caller(c, '+15551230044', { publicUrl: cUrl })
    await caller.dial()
    await caller.say('my colleague fell from the ladder and is not moving')
    await vi.waitFor(() => expect(a.app.adminHub.remoteCallBySid(caller.sid)?.urgency).toBe(c.calls.callBySid(caller.sid)?.urgency), { timeout: 10_000, interval: 20 })
    const urgency = c.calls.callBySid(caller.sid)!.urgency
    // C goes away without ending its calls (a crash), while Firebase still names it.
    c.server.closeAllConnections()
    await c.close()

    const res = await a.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, { From: caller.from, SpeechResult: 'he is bleeding from his head', Confidence: '0.9' })))
    expect(res.statusCode).toBe(200)
    const twiml = parseTwiml(res)
    expect(twiml.gatherAction).toBe(`${a.config.publicUrl}/process-speech?turn=3`)
    const moved = a.app.calls.callBySid(caller.sid)!
    expect(moved.urgency).toBe(urgency)
    const messages = orderedMessages(a.app.calls.conversation(moved.conversation_id))
    expect(messages.find((m) => m.event === 'moved')?.text).toMatch(/^Continued from instance c3 .* after a forwarded turn went unanswered$/)
    expect(messages.filter((m) => m.turn === 2).map((m) => m.role)).toEqual(['user', 'assistant'])
  })
})
