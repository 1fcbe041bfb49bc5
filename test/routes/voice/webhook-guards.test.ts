import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KEEP_TALKING } from '../../../src/calls/call-flow.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import twilio from 'twilio'
import { newCallSid, parseTwiml, signedPost, startAurora, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../../helpers/aurora.js'

let aurora: TestAurora
beforeAll(async () => {
  aurora = await startAurora()
})
afterAll(async () => {
  await aurora.close()
})

describe('webhook signatures', () => {
  it('refuses a request without a signature', async () => {
    const request = signedPost('/incoming-call', twilioParams(newCallSid()))
    delete (request.headers as Record<string, string>)['x-twilio-signature']
    const res = await aurora.app.inject(request)
    expect(res.statusCode).toBe(403)
    expect(res.json().message).toMatch(/X-Twilio-Signature/)
  })

  it('refuses a signature made with another auth token', async () => {
    const res = await aurora.app.inject(signedPost('/incoming-call', twilioParams(newCallSid()), { authToken: 'not-the-token-000000' }))
    expect(res.statusCode).toBe(403)
  })

  it('refuses a signature made for another URL (a replay against another route or instance)', async () => {
    const sid = newCallSid()
    const forOtherRoute = signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' }))
    const res = await aurora.app.inject({ ...forOtherRoute, url: '/incoming-call' })
    expect(res.statusCode).toBe(403)
    const otherHost = await aurora.app.inject(signedPost('/incoming-call', twilioParams(sid), { publicUrl: 'https://evil.example.test' }))
    expect(otherHost.statusCode).toBe(403)
  })

  it('refuses a body altered after signing', async () => {
    const request = signedPost('/process-speech?turn=1', twilioParams(newCallSid(), { SpeechResult: 'all clear' }))
    const res = await aurora.app.inject({ ...request, payload: String(request.payload).replace('all+clear', 'fire') })
    expect(res.statusCode).toBe(403)
    expect(aurora.app.calls.listActive()).toHaveLength(0)
  })

  it('checks the signature before reporting malformed fields (no oracle for unsigned callers)', async () => {
    const request = signedPost('/incoming-call', { CallSid: 'garbage' })
    delete (request.headers as Record<string, string>)['x-twilio-signature']
    expect((await aurora.app.inject(request)).statusCode).toBe(403)
  })
})

describe('malformed webhooks', () => {
  it('answers 400 with a reason when a required field is missing', async () => {
    const params = twilioParams(newCallSid())
    delete (params as Record<string, string>).From
    const res = await aurora.app.inject(signedPost('/incoming-call', params))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toMatch(/From/)
  })

  it('answers 400 for a CallSid that is not a Twilio CallSid', async () => {
    const res = await aurora.app.inject(signedPost('/incoming-call', twilioParams('CA-not-a-sid')))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toMatch(/CallSid/)
  })

  it('answers 400 for a repeated field, even when validly signed', async () => {
    const sid = newCallSid()
    // Twilio's signature covers every value of a repeated field, so this one is valid.
    const params = { ...twilioParams(sid), SpeechResult: ['fire', 'flood'] }
    const signature = twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/process-speech?turn=1`, params)
    const res = await aurora.app.inject({
      method: 'POST',
      url: '/process-speech?turn=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      payload: `${new URLSearchParams(twilioParams(sid)).toString()}&SpeechResult=fire&SpeechResult=flood`,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toMatch(/SpeechResult/)
    expect(aurora.app.calls.callBySid(sid)).toBeNull()
  })

  it('answers 400 for a bad turn number or confidence', async () => {
    const sid = newCallSid()
    expect((await aurora.app.inject(signedPost('/process-speech?turn=zero', twilioParams(sid, { SpeechResult: 'x' })))).statusCode).toBe(400)
    expect((await aurora.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'x', Confidence: '7' })))).statusCode).toBe(400)
  })

  it('answers 415 for a body that is not a form', async () => {
    const res = await aurora.app.inject({
      method: 'POST',
      url: '/incoming-call',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(twilioParams(newCallSid())),
    })
    expect(res.statusCode).toBe(415)
  })

  it('answers 413 for a body over the webhook limit without reading it all', async () => {
    const res = await aurora.app.inject(signedPost('/process-speech?turn=1', twilioParams(newCallSid(), { SpeechResult: 'a'.repeat(200_000) })))
    expect(res.statusCode).toBe(413)
  })
})

describe('internal errors', () => {
  it('answers a signed webhook with an apology and a redirect to the fallback, never a 5xx', async () => {
    const broken = await startAurora()
    const sid = newCallSid()
    await broken.app.inject(signedPost('/incoming-call', twilioParams(sid)))
    // A store that refuses commits (as after a disk failure) makes every turn fail inside.
    await broken.app.store.close()
    const res = await broken.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'fire in zone a' })))
    expect(res.statusCode).toBe(200)
    const twiml = parseTwiml(res)
    expect(twiml.say).toEqual([APOLOGY])
    expect(twiml.redirect).toBe(`${TEST_PUBLIC_URL}/voice-fallback?reason=internal-error`)
    // The fallback answers from memory: it cannot record why Twilio came, but the caller's turn goes on.
    const fallback = await broken.app.inject(signedPost('/voice-fallback?reason=internal-error', twilioParams(sid)))
    expect(fallback.statusCode).toBe(200)
    expect(parseTwiml(fallback)).toMatchObject({ say: [KEEP_TALKING], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=1`, hangup: false })
    // For a call it holds nothing of, the fallback needs a commit, which fails: a static safety
    // line that still keeps the line open with a Gather.
    const unknown = await broken.app.inject(signedPost('/voice-fallback?reason=internal-error', twilioParams(newCallSid())))
    expect(unknown.statusCode).toBe(200)
    const safe = parseTwiml(unknown)
    expect(safe.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech`)
    expect(safe.say.length).toBeGreaterThan(0)
    expect(safe.hangup).toBe(false)
    await broken.close()
  })
})
