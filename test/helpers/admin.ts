import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import { newCallSid, signedPost, TEST_ADMIN_TOKEN, twilioParams } from './aurora.js'
import { SseClient } from './sse-client.js'

/** Logs in through POST /api/login and returns the Cookie header value for the session. */
export async function login(app: FastifyInstance, name = 'dana'): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/login', payload: { token: TEST_ADMIN_TOKEN, name } })
  expect(res.statusCode).toBe(200)
  const setCookie = res.headers['set-cookie']
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie
  expect(first).toBeDefined()
  return (first as string).split(';')[0] as string
}

/** Listens on a free loopback port (streams need a real socket) and returns the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

export function openStream(base: string, path: string, cookie: string, lastEventId?: string): Promise<SseClient> {
  return SseClient.open(`${base}${path}`, { headers: { cookie }, ...(lastEventId !== undefined ? { lastEventId } : {}) })
}

/** A caller on the line: signed Twilio webhooks, as Twilio would send them. */
export class Caller {
  readonly sid = newCallSid()
  turn = 0
  constructor(
    readonly app: FastifyInstance,
    readonly from = '+15551230001',
    readonly signing: { publicUrl?: string } = {},
  ) {}

  async dial(): Promise<{ callId: string; convId: string }> {
    const res = await this.app.inject(signedPost('/incoming-call', twilioParams(this.sid, { From: this.from, CallStatus: 'ringing' }), this.signing))
    expect(res.statusCode).toBe(200)
    const call = this.app.calls.callBySid(this.sid)
    expect(call).not.toBeNull()
    return { callId: call!.call_id, convId: call!.conversation_id }
  }

  async say(speech: string) {
    this.turn++
    const res = await this.app.inject(
      signedPost(`/process-speech?turn=${this.turn}`, twilioParams(this.sid, { From: this.from, SpeechResult: speech, Confidence: '0.9' }), this.signing),
    )
    expect(res.statusCode).toBe(200)
    return res
  }

  async hangUp(): Promise<void> {
    const res = await this.app.inject(signedPost('/call-status', twilioParams(this.sid, { From: this.from, CallStatus: 'completed' }), this.signing))
    expect(res.statusCode).toBe(204)
  }
}

/** A call with one reported turn, taken over by admin:dana: what a supervisor's pushed lines are spoken into. */
export async function takenOverCall(app: FastifyInstance, report = 'gas leak at valve 3'): Promise<{ sid: string; convId: string }> {
  const sid = newCallSid()
  await app.inject(signedPost('/incoming-call', twilioParams(sid)))
  await app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: report })))
  const convId = (app.calls.callBySid(sid) as { conversation_id: string }).conversation_id
  await app.adminActions.takeover(convId, 'admin:dana')
  return { sid, convId }
}
