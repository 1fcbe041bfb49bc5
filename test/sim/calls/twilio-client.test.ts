import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import twilio from 'twilio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  gatherParams,
  incomingCallParams,
  redirectParams,
  statusCallbackParams,
  TwilioClient,
  WebhookError,
  type CallIdentity,
} from '../../../sim/calls/twilio-client.js'

const TOKEN = 'sim-test-auth-token-0123456789'
const PUBLIC = 'https://aurora.sim.test'
const CALL: CallIdentity = { callSid: `CA${'a'.repeat(32)}`, accountSid: `AC${'b'.repeat(32)}`, from: '+15551230001', to: '+15559990000' }

interface Received {
  url: string
  headers: IncomingMessage['headers']
  params: Record<string, string>
}

let server: Server
let origin: string
const received: Received[] = []
let answer: (res: ServerResponse) => void = (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('<Response/>')

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, params: Object.fromEntries(new URLSearchParams(body)) })
      answer(res)
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  server.close()
  await once(server, 'close')
})

describe('TwilioClient', () => {
  it('signs the public URL and delivers to the origin; twilio.validateRequest accepts it', async () => {
    const client = new TwilioClient({ authToken: TOKEN, publicUrl: PUBLIC, origin })
    const params = gatherParams(CALL, { text: "There's a fire in Zone A & it's spreading", confidence: 0.87 })
    const response = await client.post(`${PUBLIC}/process-speech?turn=1`, params)
    expect(response).toMatchObject({ status: 200, contentType: 'text/xml', body: '<Response/>' })
    expect(response.receivedAt).toBeGreaterThanOrEqual(response.sentAt)
    const got = received.at(-1)!
    expect(got.url).toBe('/process-speech?turn=1')
    expect(got.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(got.params).toEqual(params)
    const signature = got.headers['x-twilio-signature']
    expect(typeof signature).toBe('string')
    expect(twilio.validateRequest(TOKEN, String(signature), `${PUBLIC}/process-speech?turn=1`, got.params)).toBe(true)
    // The signature covers the URL and every field: another URL, token or field value fails.
    expect(twilio.validateRequest(TOKEN, String(signature), `${PUBLIC}/process-speech?turn=2`, got.params)).toBe(false)
    expect(twilio.validateRequest('another-token-000000', String(signature), `${PUBLIC}/process-speech?turn=1`, got.params)).toBe(false)
    expect(twilio.validateRequest(TOKEN, String(signature), `${PUBLIC}/process-speech?turn=1`, { ...got.params, SpeechResult: 'x' })).toBe(false)
  })

  it('uses the number\'s configured URLs', () => {
    const client = new TwilioClient({ authToken: TOKEN, publicUrl: `${PUBLIC}/` })
    expect(client.voiceUrl).toBe(`${PUBLIC}/incoming-call`)
    expect(client.statusCallbackUrl).toBe(`${PUBLIC}/call-status`)
  })

  it('refuses a URL on another host (TwiML that sends Twilio to the wrong instance)', async () => {
    const client = new TwilioClient({ authToken: TOKEN, publicUrl: PUBLIC, origin })
    await expect(client.post('https://other.sim.test/process-speech', incomingCallParams(CALL))).rejects.toMatchObject({ code: 0 })
  })

  it('gives up after the timeout with Twilio\'s 11205', async () => {
    const pending: ServerResponse[] = []
    answer = (res) => pending.push(res)
    try {
      const client = new TwilioClient({ authToken: TOKEN, publicUrl: PUBLIC, origin, timeoutMs: 50 })
      const error = await client.post(`${PUBLIC}/incoming-call`, incomingCallParams(CALL)).catch((err: unknown) => err)
      expect(error).toBeInstanceOf(WebhookError)
      expect(error).toMatchObject({ code: 11205 })
    } finally {
      for (const res of pending) res.end()
      answer = (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('<Response/>')
    }
  })
})

describe('Twilio parameter sets', () => {
  it('an incoming call is ringing and inbound, with Twilio\'s caller fields', () => {
    expect(incomingCallParams(CALL)).toMatchObject({
      AccountSid: CALL.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: CALL.callSid,
      CallStatus: 'ringing',
      Direction: 'inbound',
      From: '+15551230001',
      Caller: '+15551230001',
      To: '+15559990000',
      Called: '+15559990000',
    })
  })

  it('a Gather result carries SpeechResult and Confidence; silence an empty SpeechResult; a Redirect neither', () => {
    expect(gatherParams(CALL, { text: 'help', confidence: 0.9 })).toMatchObject({ CallStatus: 'in-progress', SpeechResult: 'help', Confidence: '0.9' })
    expect(gatherParams(CALL, { text: 'help', confidence: 1 }).Confidence).toBe('1.0')
    expect(gatherParams(CALL, { text: 'help', confidence: 0.123456789 }).Confidence).toBe('0.12345679')
    const silence = gatherParams(CALL, null)
    expect(silence.SpeechResult).toBe('')
    expect(silence).not.toHaveProperty('Confidence')
    const redirect = redirectParams(CALL)
    expect(redirect).not.toHaveProperty('SpeechResult')
    expect(redirect.CallStatus).toBe('in-progress')
  })

  it('the status callback says completed with the duration', () => {
    const at = new Date('2026-03-01T10:00:05Z')
    expect(statusCallbackParams(CALL, 'completed', 61.4, 1, at)).toMatchObject({
      CallStatus: 'completed',
      CallDuration: '61',
      Duration: '2',
      CallbackSource: 'call-progress-events',
      SequenceNumber: '1',
      Timestamp: 'Sun, 01 Mar 2026 10:00:05 +0000',
    })
  })
})
