import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { encodeSession, newSessionId } from '../../../src/admin/session.js'
import type { ActiveCall, Message } from '../../../src/calls/model.js'
import { signSessionCookie, startAurora, type TestAurora } from '../../helpers/aurora.js'
import { Caller, listen, login, openStream } from '../../helpers/admin.js'
import { json, type SseClient, type SseEvent } from '../../helpers/sse-client.js'

// The stream contracts over a real socket: what an EventSource sees, including reconnects.
// The mirror tick is slowed so `mirror` events do not interleave where a test compares exact
// sequences (they are covered in the Firebase tests).

const quiet = { adminHub: { mirrorTickMs: 3_600_000, lingerMs: 200 } }

type Initial = { conversation_id: string; messages: Message[]; urgency: string; status: string; call: ActiveCall | null }

let t: TestAurora
let base: string
let cookie: string
const open: SseClient[] = []
const stream = async (path: string, lastEventId?: string): Promise<SseClient> => {
  const client = await openStream(base, path, cookie, lastEventId)
  open.push(client)
  return client
}

beforeAll(async () => {
  t = await startAurora({ firebase: true, env: { ADMIN_SSE_HEARTBEAT_MS: '60' }, deps: quiet })
  base = await listen(t.app)
  cookie = await login(t.app)
})
afterEach(async () => {
  for (const client of open.splice(0)) client.close()
  // Every test leaves the hub as it found it: closed clients leave no subscription behind.
  await vi.waitFor(() => expect(t.app.adminHub.stats().subscribers).toEqual({ overview: 0, conversations: 0 }), { timeout: 5000, interval: 10 })
})
afterAll(() => t.close())

function idsOf(events: SseEvent[]): string[] {
  return events.map((e) => e.id ?? '(none)')
}

function nOf(id: string | null): number {
  return Number(/\.(\d+)(\.end)?$/.exec(id ?? '')?.[1])
}

describe('conversation stream', () => {
  it('starts with initial (messages, urgency, status, call) and then pushes each turn as it is recorded', async () => {
    const caller = new Caller(t.app)
    const { convId, callId } = await caller.dial()
    const client = await stream(`/api/conversation/${convId}/stream`)
    expect(client.status).toBe(200)
    expect(client.headers['content-type']).toMatch(/^text\/event-stream/)
    expect(client.headers['cache-control']).toMatch(/no-cache/)

    const initial = await client.next()
    expect(initial.event).toBe('initial')
    const snapshot = json<Initial>(initial)
    expect(snapshot).toMatchObject({ conversation_id: convId, urgency: 'UNKNOWN', status: 'ACTIVE' })
    expect(snapshot.call).toMatchObject({ call_id: callId, conversation_id: convId, worker_name: expect.any(String), site: expect.any(String) })
    expect(snapshot.messages.map((m) => m.role)).toEqual(['assistant'])

    await caller.say("There's a fire in Zone A!")
    const heard = json<{ messages: Message[] }>(await client.next('new_messages'))
    expect(heard.messages.map((m) => [m.role, m.text])).toEqual([['user', "There's a fire in Zone A!"]])
    const answer = json<{ messages: Message[] }>(await client.next('new_messages'))
    expect(answer.messages.map((m) => m.role)).toEqual(['assistant'])
    expect(answer.messages[0]!.text).toMatch(/Zone A/)
    expect(json(await client.next('urgency'))).toEqual({ conversation_id: convId, urgency: 'CRITICAL' })

    // Every event carries an id, and ids only grow (the resume position).
    const ids = client.events.map((e) => nOf(e.id))
    expect(ids.every((n) => Number.isSafeInteger(n))).toBe(true)
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('announces each message once although Firebase echoes this instance’s writes back', async () => {
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    const client = await stream(`/api/conversation/${convId}/stream`)
    await client.next('initial')
    await caller.say('gas leak near valve 3')
    await caller.say('I moved away, what now?')
    // Wait for Firebase to hold everything (its listeners have seen the mirror's writes by then),
    // then for one more message: anything duplicated would have been delivered before it.
    expect(await t.app.mirror!.waitForSeq(t.app.store.lastDurableSeq, 10_000)).toBe(true)
    await t.app.adminActions.sendMessage(convId, 'admin:test', 'marker')
    for (;;) {
      const event = await client.next('new_messages')
      if (json<{ messages: Message[] }>(event).messages.some((m) => m.text === 'marker')) break
    }
    const seen = client.events
      .filter((e) => e.event === 'initial' || e.event === 'new_messages')
      .flatMap((e) => json<{ messages: Message[] }>(e).messages.map((m) => m.id))
    expect(seen.length).toBeGreaterThanOrEqual(6)
    expect(new Set(seen).size).toBe(seen.length)
    const local = t.app.calls.conversation(convId)!
    expect(seen.sort()).toEqual(Object.keys(local.messages!).sort())
  })

  it('gives a reconnecting client exactly what it missed: no gap, no duplicate', async () => {
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    const path = `/api/conversation/${convId}/stream`
    const witness = await stream(path)
    const dropping = await stream(path)
    await caller.say('someone collapsed in bay 2')
    const before = await dropping.next('urgency')
    dropping.close()
    await dropping.ended

    await caller.say('he is not breathing')
    await t.app.adminActions.takeover(convId, 'admin:test')
    await t.app.adminActions.overrideUrgency(convId, 'admin:test', 'HIGH')
    let last: SseEvent
    do last = await witness.next('urgency')
    while (json<{ urgency: string }>(last).urgency !== 'HIGH')

    const resumed = await stream(path, before.id!)
    expect(resumed.status).toBe(200)
    await resumed.waitForCount(witness.events.indexOf(last) - witness.events.findIndex((e) => e.id === before.id))
    const missed = witness.events.slice(witness.events.findIndex((e) => e.id === before.id) + 1, witness.events.indexOf(last) + 1)
    expect(missed.length).toBeGreaterThanOrEqual(5)
    expect(resumed.events.slice(0, missed.length)).toEqual(missed)
    expect(resumed.events.map((e) => e.event)).not.toContain('initial')
    expect(resumed.events.map((e) => e.event)).toContain('status')

    // And it goes on live from there.
    await t.app.adminActions.sendMessage(convId, 'admin:test', 'stay by the north door')
    await resumed.nextWhere<{ messages: Message[] }>('new_messages', (d) => d.messages.some((m) => m.text === 'stay by the north door'))
  })

  it('says when the call ends, closes, and answers 204 to a reconnect that saw the end', async () => {
    const caller = new Caller(t.app)
    const { convId, callId } = await caller.dial()
    const client = await stream(`/api/conversation/${convId}/stream`)
    await client.next('initial')
    await caller.hangUp()
    expect(json(await client.next('status'))).toEqual({ conversation_id: convId, status: 'ENDED' })
    const ended = await client.next('ended')
    expect(json(ended)).toMatchObject({ conversation_id: convId, call_id: callId, end_reason: 'completed' })
    expect(ended.id).toMatch(/\.end$/)
    await client.ended

    const again = await stream(`/api/conversation/${convId}/stream`, ended.id!)
    expect(again.status).toBe(204)

    // A client that never saw it gets the whole story and the end, then the stream closes.
    const late = await stream(`/api/conversation/${convId}/stream`)
    expect(json<Initial>(await late.next('initial')).status).toBe('ENDED')
    await late.next('ended')
    await late.ended
  })

  it('answers 404 with a reason for an unknown conversation, and 400 for a malformed id', async () => {
    const missing = await stream('/api/conversation/conv_15550000000_20240101_000000_zz/stream')
    expect(missing.status).toBe(404)
    expect(JSON.parse(await missing.body)).toMatchObject({ code: 'AURORA_ERR_ADMIN_CONVERSATION_NOT_FOUND', message: expect.stringMatching(/GET \/api\/calls/) })
    const bad = await stream('/api/conversation/not%20an%20id!/stream')
    expect(bad.status).toBe(400)
  })

  it('ends a stream when its session expires, and the reconnect is refused', async () => {
    const expiresAt = Date.now() + 300
    const short = `aurora_admin=${signSessionCookie(encodeSession({ actor: 'admin:brief', id: newSessionId(), issuedAt: Date.now(), expiresAt }))}`
    const client = await openStream(base, '/api/stream', short)
    open.push(client)
    await client.next('initial')
    await client.ended
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt - 5)
    expect((await openStream(base, '/api/stream', short)).status).toBe(401)
  })

  it('ends the streams of a session when it logs out, and the reconnect is refused', async () => {
    const own = await login(t.app, 'leaving')
    const overview = await openStream(base, '/api/stream', own)
    open.push(overview)
    await overview.next('initial')
    const res = await t.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie: own } })
    expect(res.statusCode).toBe(204)
    await overview.ended
    expect((await openStream(base, '/api/stream', own)).status).toBe(401)
    // Other sessions' streams go on.
    const still = await stream('/api/stream')
    await still.next('initial')
  })

  it('sends heartbeats as SSE comments', async () => {
    const client = await stream('/api/stream')
    await client.next('initial')
    expect(await client.nextComment()).toBe('heartbeat')
  })
})

describe('overview stream', () => {
  it('starts with every active call, critical first, then pushes calls appearing and changing', async () => {
    const client = await stream('/api/stream')
    const initial = json<{ calls: ActiveCall[]; instance_id: string; mirror: { enabled: boolean } }>(await client.next('initial'))
    expect(initial.instance_id).toBe('t1')
    expect(initial.mirror.enabled).toBe(true)
    const ranks = initial.calls.filter((c) => c.status !== 'ENDED').map((c) => c.urgency)
    expect(ranks.indexOf('CRITICAL')).toBeLessThanOrEqual(Math.max(0, ranks.lastIndexOf('CRITICAL')))

    const caller = new Caller(t.app, '+15551230002')
    const { callId } = await caller.dial()
    const appeared = json<{ call: ActiveCall }>(await client.next('call'))
    expect(appeared.call).toMatchObject({ call_id: callId, status: 'ACTIVE', urgency: 'UNKNOWN' })
    await caller.say('electrical shock at panel 7, he is not moving')
    let changed: ActiveCall
    do changed = json<{ call: ActiveCall }>(await client.next('call')).call
    while (changed.urgency !== 'CRITICAL')
    expect(changed.last_text).toBe('electrical shock at panel 7, he is not moving')
  })

  it('resumes exactly after Last-Event-ID', async () => {
    const witness = await stream('/api/stream')
    const dropping = await stream('/api/stream')
    const start = await dropping.next('initial')
    dropping.close()
    const caller = new Caller(t.app, '+15551230003')
    await caller.dial()
    await caller.say('chemical spill in bay 4')
    await t.app.adminActions.takeover(caller.app.calls.callBySid(caller.sid)!.conversation_id, 'admin:test')
    let last: SseEvent
    do last = await witness.next('call')
    while (json<{ call: ActiveCall }>(last).call.status !== 'TAKEN_OVER')
    const missed = witness.events.slice(1, witness.events.indexOf(last) + 1)

    const resumed = await stream('/api/stream', start.id!)
    await resumed.waitForCount(missed.length)
    expect(idsOf(resumed.events.slice(0, missed.length))).toEqual(idsOf(missed))
    expect(resumed.events.slice(0, missed.length)).toEqual(missed)
  })

  it('answers an id from another process with reset, then a fresh initial', async () => {
    const client = await stream('/api/stream', 't1-0therEpoch.42')
    const reset = await client.next()
    expect(reset.event).toBe('reset')
    expect(reset.id).toBeNull()
    expect(json(reset)).toMatchObject({ last_event_id: 't1-0therEpoch.42' })
    expect((await client.next()).event).toBe('initial')
  })

  it('leaves no subscription behind when clients disconnect mid-stream', async () => {
    const baseline = t.app.adminHub.stats().subscribers
    const caller = new Caller(t.app, '+15551230004')
    const { convId } = await caller.dial()
    const clients = await Promise.all([
      ...Array.from({ length: 5 }, () => stream('/api/stream')),
      ...Array.from({ length: 5 }, () => stream(`/api/conversation/${convId}/stream`)),
    ])
    await Promise.all(clients.map((c) => c.next('initial')))
    expect(t.app.adminHub.stats().subscribers).toEqual({ overview: baseline.overview + 5, conversations: baseline.conversations + 5 })
    const talking = caller.say('fire in the paint shop')
    for (const client of clients) client.close()
    await talking
    await vi.waitFor(() => expect(t.app.adminHub.stats().subscribers).toEqual(baseline), { timeout: 5000, interval: 10 })
  })
})

describe('replay window and restarts', () => {
  let small: TestAurora
  let smallBase: string
  let smallCookie: string
  beforeAll(async () => {
    small = await startAurora({ env: { ADMIN_SSE_REPLAY_EVENTS: '10' }, deps: quiet })
    smallBase = await listen(small.app)
    smallCookie = await login(small.app)
  })
  afterAll(() => small.close())

  it('answers a Last-Event-ID older than the replay window with reset and a fresh initial', async () => {
    const caller = new Caller(small.app)
    const { convId } = await caller.dial()
    const first = await openStream(smallBase, `/api/conversation/${convId}/stream`, smallCookie)
    const initial = await first.next('initial')
    first.close()
    for (const words of ['fire in zone B', 'it is spreading', 'we are outside', 'two people missing', 'the roof is falling', 'I can hear sirens']) {
      await caller.say(words)
    }
    const resumed = await openStream(smallBase, `/api/conversation/${convId}/stream`, smallCookie, initial.id!)
    open.push(resumed)
    expect((await resumed.next()).event).toBe('reset')
    const fresh = await resumed.next()
    expect(fresh.event).toBe('initial')
    expect(json<Initial>(fresh).messages.filter((m) => m.role === 'user')).toHaveLength(6)
    expect(nOf(fresh.id)).toBeGreaterThan(nOf(initial.id))
  })

  it('never resumes an id from before a restart: reset and a fresh initial', async () => {
    const caller = new Caller(small.app, '+15551230002')
    const { convId } = await caller.dial()
    const before = await openStream(smallBase, `/api/conversation/${convId}/stream`, smallCookie)
    const initial = await before.next('initial')
    await small.restart()
    await before.ended
    smallBase = await listen(small.app)
    const after = await openStream(smallBase, `/api/conversation/${convId}/stream`, smallCookie, initial.id!)
    open.push(after)
    expect((await after.next()).event).toBe('reset')
    expect(json<Initial>(await after.next('initial')).conversation_id).toBe(convId)
  })
})

describe('archived conversations', () => {
  let arch: TestAurora
  let archBase: string
  let archCookie: string
  beforeAll(async () => {
    arch = await startAurora({ env: { ARCHIVE_GRACE_MS: '0' }, deps: quiet })
    archBase = await listen(arch.app)
    archCookie = await login(arch.app)
  })
  afterAll(() => arch.close())

  it('announces the archive on the overview, then serves the conversation from call_history as a finished stream', async () => {
    const overview = await openStream(archBase, '/api/stream', archCookie)
    open.push(overview)
    await overview.next('initial')
    const caller = new Caller(arch.app)
    const { convId, callId } = await caller.dial()
    await caller.say('someone fell from the ladder in bay 3')
    await caller.hangUp()
    expect(json(await overview.next('call_removed'))).toEqual({ call_id: callId, conversation_id: convId })
    expect(arch.app.calls.archived(callId)).not.toBeNull()

    const stream = await openStream(archBase, `/api/conversation/${convId}/stream`, archCookie)
    open.push(stream)
    const initial = json<Initial>(await stream.next('initial'))
    expect(initial).toMatchObject({ conversation_id: convId, status: 'ENDED' })
    expect(initial.messages.map((m) => m.role)).toEqual(['assistant', 'user', 'assistant', 'system'])
    const ended = await stream.next('ended')
    await stream.ended
    expect((await openStream(archBase, `/api/conversation/${convId}/stream`, archCookie, ended.id!)).status).toBe(204)

    const api = await arch.app.inject({ method: 'GET', url: `/api/conversation/${convId}`, headers: { cookie: archCookie } })
    expect(api.json()).toMatchObject({ conversation_id: convId, archived: true, held_here: true, status: 'ENDED' })
    const act = await arch.app.inject({ method: 'POST', url: `/api/conversation/${convId}/takeover`, headers: { cookie: archCookie }, payload: {} })
    expect(act.statusCode).toBe(409)
    expect(act.json().message).toMatch(/archived/)

    // Once archived and unwatched, the hub forgets it: memory follows the active calls, not history.
    await vi.waitFor(() => expect(arch.app.adminHub.stats().conversations).toEqual({ local: 0, remote: 0 }), { timeout: 5000, interval: 20 })
  })
})
