import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GOODBYE } from '../../../src/calls/call-flow.js'
import { orderedMessages } from '../../../src/calls/model.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import { Caller, login, takenOverCall } from '../../helpers/admin.js'
import { newCallSid, parseTwiml, postFallback, signedPost, startAurora, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../../helpers/aurora.js'
import { holdJournal } from '../../helpers/journal.js'
import { FAKE_ACCOUNT_SID, startFakeTwilioApi, type FakeTwilioApi } from '../../helpers/fake-twilio-api.js'

// With Twilio REST credentials configured, an admin message reaches the caller at once: Aurora
// updates the live call with new TwiML through twilio's own client (here pointed at a local fake
// of api.twilio.com that records what it receives).

const ACCOUNT = FAKE_ACCOUNT_SID
let fake: FakeTwilioApi
let received: FakeTwilioApi['received']
let aurora: TestAurora
let apiBaseUrl: string

beforeAll(async () => {
  fake = await startFakeTwilioApi()
  received = fake.received
  apiBaseUrl = fake.baseUrl
  aurora = await startAurora({ env: { TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_API_BASE_URL: apiBaseUrl } })
})

afterAll(async () => {
  await aurora.close()
  await fake.close()
})

describe('admin messages over the Twilio REST API', () => {
  it('updates the live call with TwiML that speaks the message and gathers the next turn here', async () => {
    const { sid, convId } = await takenOverCall(aurora.app)
    const result = await aurora.app.adminActions.sendMessage(convId, 'admin:dana', 'Close the upstream isolation valve & leave by the east exit.')
    expect(result.delivery).toBe('pushed')

    const update = received.at(-1)!
    expect(update.method).toBe('POST')
    expect(update.url).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Calls/${sid}.json`)
    expect(update.auth).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TEST_AUTH_TOKEN}`).toString('base64')}`)
    const twiml = update.body.get('Twiml')!
    expect(twiml).toContain('Close the upstream isolation valve &amp; leave by the east exit.')
    expect(twiml).toContain(`action="${TEST_PUBLIC_URL}/process-speech?turn=2"`)
    const message = orderedMessages(aurora.app.calls.conversation(convId)).find((m) => m.role === 'admin')!
    expect(message.delivered_at).toBeDefined()
  })

  it('queues the message for the next turn when the push fails', async () => {
    const sid = newCallSid()
    await aurora.app.inject(signedPost('/incoming-call', twilioParams(sid)))
    const convId = aurora.app.calls.callBySid(sid)!.conversation_id
    await aurora.app.adminActions.takeover(convId, 'admin:dana')
    fake.failNext()
    const result = await aurora.app.adminActions.sendMessage(convId, 'admin:dana', 'Stay on the line.')
    expect(result.delivery).toBe('next_turn')
    const next = await aurora.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'hello?' })))
    expect(next.body).toContain('Stay on the line.')
  })

  it('hangs up the live call when an admin ends it', async () => {
    const sid = newCallSid()
    await aurora.app.inject(signedPost('/incoming-call', twilioParams(sid)))
    const convId = aurora.app.calls.callBySid(sid)!.conversation_id
    await aurora.app.adminActions.end(convId, 'admin:dana')
    const twiml = received.at(-1)!.body.get('Twiml')!
    expect(twiml).toContain(GOODBYE)
    expect(twiml).toContain('<Hangup/>')
    expect(aurora.app.calls.callBySid(sid)!.status).toBe('ENDED')
  })
})

describe('an admin message said to the caller while it was being recorded', () => {
  // The line is pending in memory as soon as it is recorded, before it is durable: a late turn
  // takes it into its answer and the fallback says that answer while the disk is still slow.
  it('is not pushed once its record is durable: the caller heard it already', async () => {
    const t = await startAurora({ env: { TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_API_BASE_URL: apiBaseUrl, WEBHOOK_DEADLINE_MS: '800' } })
    try {
      const cookie = await login(t.app)
      const caller = new Caller(t.app)
      const { convId } = await caller.dial()
      await caller.say('fire in zone a near the paint booth')
      const messages = () => orderedMessages(t.app.calls.conversation(convId))
      const disk = holdJournal(t)

      const line = 'Dana here. The fire crew is two minutes out.'
      const sending = t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/messages`, headers: { cookie }, payload: { text: line } })
      await vi.waitFor(() => expect(messages().some((m) => m.role === 'admin')).toBe(true))
      expect(parseTwiml(await caller.say('it is spreading')).say).toEqual([APOLOGY])
      expect(parseTwiml(await postFallback(t.app, caller.sid)).say.join(' ')).toContain(line)
      const heardAt = messages().find((m) => m.role === 'admin')?.delivered_at
      expect(heardAt).toEqual(expect.any(String))

      disk.release()
      const sent = await sending
      expect(sent.statusCode).toBe(201)
      expect(sent.json()).toMatchObject({ delivery: 'heard', messages: [{ role: 'admin', text: line }] })
      expect(received.filter((r) => r.url.includes(caller.sid))).toEqual([])
      expect(messages().find((m) => m.role === 'admin')?.delivered_at).toBe(heardAt)
      expect(messages().filter((m) => m.role === 'assistant' && m.text.includes(line)).map((m) => m.responder)).toEqual(['playbook', 'fallback'])
    } finally {
      await t.close()
    }
  })
})
