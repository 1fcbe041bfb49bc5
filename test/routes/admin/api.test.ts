import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HANDBACK, HOLDING } from '../../../src/calls/call-flow.js'
import { orderedMessages, type ActiveCall, type Conversation, type Message } from '../../../src/calls/model.js'
import { parseTwiml, startAurora, type TestAurora } from '../../helpers/aurora.js'
import { Caller, login } from '../../helpers/admin.js'

// The admin JSON API through app.inject: each route, its schema and 400s, the session check,
// 404/409, and the audit trail in both layers (the journal, and Firebase once the mirror drains).

let t: TestAurora
let cookie: string
beforeAll(async () => {
  t = await startAurora({ firebase: true, deps: { adminHub: { mirrorTickMs: 3_600_000 } } })
  cookie = await login(t.app, 'dana')
})
afterAll(() => t.close())

const post = (url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) })
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } })

describe('session check', () => {
  it('answers 401 on every admin route without a session, before looking at anything else', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/calls'],
      ['GET', '/api/conversation/conv_x'],
      ['GET', '/api/stream'],
      ['GET', '/api/conversation/conv_x/stream'],
      ['GET', '/api/session'],
      ['POST', '/api/conversation/conv_x/takeover'],
      ['POST', '/api/conversation/conv_x/release'],
      ['POST', '/api/conversation/conv_x/messages'],
      ['POST', '/api/conversation/conv_x/urgency'],
      ['POST', '/api/conversation/conv_x/end'],
    ]
    for (const [method, url] of routes) {
      const res = await t.app.inject({ method: method as 'GET' | 'POST', url, payload: method === 'POST' ? {} : undefined })
      expect(res.statusCode, `${method} ${url}`).toBe(401)
      expect(res.json(), `${method} ${url}`).toMatchObject({ code: 'AURORA_ERR_ADMIN_UNAUTHENTICATED', message: expect.stringMatching(/POST \/api\/login/) })
    }
  })
})

describe('reads', () => {
  it('lists active calls critical first, ended last', async () => {
    const low = new Caller(t.app, '+15551230001')
    const critical = new Caller(t.app, '+15551230002')
    const ended = new Caller(t.app, '+15551230003')
    const lowIds = await low.dial()
    await low.say('my ankle hurts a bit, I twisted it on the stairs')
    const critIds = await critical.dial()
    await critical.say('explosion in the compressor room, people are trapped')
    const endedIds = await ended.dial()
    await ended.say('fire in zone B')
    await ended.hangUp()

    const res = await get('/api/calls')
    expect(res.statusCode).toBe(200)
    const body = res.json() as { calls: ActiveCall[]; mirror: { enabled: boolean }; instance_id: string }
    expect(body.instance_id).toBe('t1')
    expect(body.mirror.enabled).toBe(true)
    const order = body.calls.map((c) => c.call_id)
    expect(order.indexOf(critIds.callId)).toBeLessThan(order.indexOf(lowIds.callId))
    expect(order.indexOf(endedIds.callId)).toBe(order.length - 1)
    const listed = body.calls.find((c) => c.call_id === critIds.callId)!
    expect(listed).toMatchObject({ urgency: 'CRITICAL', worker_name: expect.any(String), site: expect.any(String), last_text: expect.stringMatching(/explosion/) })
  })

  it('returns a conversation with its call, messages in order, urgency and status; 404 unknown, 400 malformed', async () => {
    const caller = new Caller(t.app, '+15551230004')
    const { convId, callId } = await caller.dial()
    await caller.say('someone is bleeding badly in bay 2')
    const res = await get(`/api/conversation/${convId}`)
    expect(res.statusCode).toBe(200)
    const body = res.json() as { call: ActiveCall; messages: Message[]; urgency: string; status: string; held_here: boolean; archived: boolean }
    expect(body).toMatchObject({ conversation_id: convId, status: 'ACTIVE', held_here: true, archived: false })
    expect(body.call.call_id).toBe(callId)
    expect(body.messages.map((m) => m.seq)).toEqual([1, 2, 3])
    expect(body.messages[1]).toMatchObject({ role: 'user', text: 'someone is bleeding badly in bay 2', turn: 1 })

    const unknown = await get('/api/conversation/conv_15550000000_20240101_000000_zz')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json()).toMatchObject({ code: 'AURORA_ERR_ADMIN_CONVERSATION_NOT_FOUND' })
    const malformed = await get('/api/conversation/conv.with.dots')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().message).toMatch(/conv_id/)
  })
})

describe('actions', () => {
  it('takes over, relays an admin message into the caller’s next TwiML, and hands back with a hand-back line', async () => {
    const caller = new Caller(t.app, '+15551230005')
    const { convId } = await caller.dial()
    await caller.say('smoke coming from the boiler room')

    const taken = await post(`/api/conversation/${convId}/takeover`, {})
    expect(taken.statusCode).toBe(200)
    expect(taken.json().call).toMatchObject({ status: 'TAKEN_OVER', taken_over_by: 'admin:dana' })
    expect(taken.json().messages[0]).toMatchObject({ role: 'system', event: 'takeover', actor: 'admin:dana' })
    expect((await post(`/api/conversation/${convId}/takeover`, {})).statusCode).toBe(409)

    expect(parseTwiml(await caller.say('is anyone coming?')).say).toEqual([HOLDING])
    const sent = await post(`/api/conversation/${convId}/messages`, { text: '  Dana here. Fire crew is two minutes out.  ' })
    expect(sent.statusCode).toBe(201)
    expect(sent.json()).toMatchObject({ delivery: 'next_turn', messages: [{ role: 'admin', text: 'Dana here. Fire crew is two minutes out.', actor: 'admin:dana' }] })
    expect(parseTwiml(await caller.say('okay')).say).toEqual(['Dana here. Fire crew is two minutes out.'])

    const released = await post(`/api/conversation/${convId}/release`)
    expect(released.statusCode).toBe(200)
    expect(released.json().call.status).toBe('ACTIVE')
    const back = parseTwiml(await caller.say('I am at the north door'))
    expect(back.say[0]!.startsWith(HANDBACK)).toBe(true)
    expect(back.say.join(' ')).not.toMatch(/What is your emergency/)
  })

  it('speaks an admin message and the hand-back line on a silent turn too: a caller who cannot speak hears them', async () => {
    const caller = new Caller(t.app, '+15551230009')
    const { convId } = await caller.dial()
    await caller.say('gas leak by the north compressor')

    // Not taken over: the message waits for the caller's next turn, which is silence.
    expect((await post(`/api/conversation/${convId}/messages`, { text: 'Dana here. Stay low and keep still.' })).statusCode).toBe(201)
    const silent = parseTwiml(await caller.say('')).say.join(' ')
    expect(silent).toMatch(/^Dana here\. Stay low and keep still\. /)
    expect(silent).toMatch(/didn't catch that/)
    const delivered = orderedMessages(t.app.calls.conversation(convId)).filter((m) => m.role === 'admin')
    expect(delivered.map((m) => typeof m.delivered_at)).toEqual(['string'])
    // Delivered once: the next silent turn is a plain reprompt.
    expect(parseTwiml(await caller.say('')).say.join(' ')).not.toMatch(/Dana here/)

    await post(`/api/conversation/${convId}/takeover`, {})
    await post(`/api/conversation/${convId}/release`, {})
    const back = parseTwiml(await caller.say('')).say.join(' ')
    expect(back.startsWith(HANDBACK)).toBe(true)
    // Said once: the caller who then speaks gets an answer, not a second hand-back.
    expect(parseTwiml(await caller.say('I am outside now')).say.join(' ')).not.toMatch(HANDBACK)
  })

  it('overrides urgency and ends a call, and refuses what the state does not allow', async () => {
    const caller = new Caller(t.app, '+15551230006')
    const { convId } = await caller.dial()
    await caller.say('fire in the paint shop')
    const lowered = await post(`/api/conversation/${convId}/urgency`, { urgency: 'MEDIUM' })
    expect(lowered.statusCode).toBe(200)
    expect(lowered.json().call.urgency).toBe('MEDIUM')
    expect(lowered.json().messages[0]).toMatchObject({ event: 'urgency_override', actor: 'admin:dana', urgency: 'MEDIUM' })
    expect((await post(`/api/conversation/${convId}/release`, {})).json()).toMatchObject({ code: 'AURORA_ERR_ADMIN_INVALID_STATE' })

    const ended = await post(`/api/conversation/${convId}/end`, {})
    expect(ended.statusCode).toBe(200)
    expect(ended.json().call).toMatchObject({ status: 'ENDED', end_reason: 'admin' })
    for (const [path, payload] of [['end', {}], ['takeover', {}], ['messages', { text: 'hi' }], ['urgency', { urgency: 'HIGH' }]] as const) {
      const res = await post(`/api/conversation/${convId}/${path}`, payload)
      expect(res.statusCode, path).toBe(409)
      expect(res.json().message, path).toMatch(/ENDED/)
    }
  })

  it('answers 404 for actions on an unknown conversation', async () => {
    for (const path of ['takeover', 'release', 'end']) {
      const res = await post(`/api/conversation/conv_15550000000_20240101_000000_zz/${path}`, {})
      expect(res.statusCode, path).toBe(404)
    }
  })

  it('validates bodies with clear 400s', async () => {
    const caller = new Caller(t.app, '+15551230007')
    const { convId } = await caller.dial()
    const cases: [string, unknown, RegExp][] = [
      ['messages', {}, /must have required property 'text'/],
      ['messages', { text: '' }, /text/],
      ['messages', { text: '   ' }, /text/],
      // Nothing a voice can say: format characters only (found by a review: it was queued, or pushed and shown as heard).
      ['messages', { text: '\u200b' }, /text must match pattern/],
      ['messages', { text: ' \u2060\ufeff ' }, /text must match pattern/],
      ['messages', { text: '...' }, /text must match pattern/],
      ['messages', { text: 'x'.repeat(601) }, /text/],
      ['messages', { text: 'hi', extra: 1 }, /additional properties/],
      ['messages', { text: 42 }, /text must be string/],
      ['urgency', { urgency: 'PANIC' }, /urgency must be equal to one of the allowed values/],
      ['urgency', { urgency: 'UNKNOWN' }, /allowed values/],
      ['urgency', {}, /required property 'urgency'/],
      ['takeover', { force: true }, /additional properties/],
      // Text TwiML cannot carry would break the caller's next turn (found by test/fuzz/admin-api.test.ts).
      ['messages', { text: 'Evacuate now\u0007' }, /cannot be spoken to the caller at index 12/],
      ['messages', { text: 'Help is\u0000 coming' }, /index 7/],
      ['messages', { text: 'Stay put \ud83d' }, /index 9/],
      ['messages', { text: 'Stay \udc00 put' }, /index 5/],
    ]
    for (const [path, payload, message] of cases) {
      const res = await post(`/api/conversation/${convId}/${path}`, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.json().message, JSON.stringify(payload)).toMatch(message)
    }
    const form = await post(`/api/conversation/${convId}/takeover`, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(form.statusCode).toBe(415)
    const text = await post(`/api/conversation/${convId}/messages`, 'hello', { 'content-type': 'text/plain' })
    expect(text.statusCode).toBe(415)
    expect(t.app.calls.callBySid(caller.sid)!.status).toBe('ACTIVE')
  })

  it('keeps every action in the audit trail of both layers: the journal and, once mirrored, Firebase', async () => {
    const caller = new Caller(t.app, '+15551230008')
    const { convId } = await caller.dial()
    await caller.say('chemical spill in bay 4')
    await post(`/api/conversation/${convId}/takeover`, {})
    await post(`/api/conversation/${convId}/messages`, { text: 'Leave the bay by the east exit.' })
    await post(`/api/conversation/${convId}/urgency`, { urgency: 'HIGH' })
    await post(`/api/conversation/${convId}/release`, {})
    await post(`/api/conversation/${convId}/end`, {})

    const audit = (messages: Message[]) =>
      messages.filter((m) => m.actor === 'admin:dana').map((m) => [m.role, m.event, m.actor, typeof m.created_at])
    const expected = [
      ['system', 'takeover', 'admin:dana', 'string'],
      ['admin', 'admin_message', 'admin:dana', 'string'],
      ['system', 'urgency_override', 'admin:dana', 'string'],
      ['system', 'release', 'admin:dana', 'string'],
      ['system', 'ended', 'admin:dana', 'string'],
    ]
    const local = orderedMessages(t.app.calls.conversation(convId))
    expect(audit(local)).toEqual(expected)

    expect(await t.app.mirror!.waitForSeq(t.app.store.lastDurableSeq, 10_000)).toBe(true)
    const remote = (await t.reader!.db.ref(`active_conversations/${convId}`).get()).val() as Conversation
    expect(audit(orderedMessages(remote))).toEqual(expected)
    expect(orderedMessages(remote)).toEqual(local)
  })
})
