import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../../../src/app.js'
import type { ActiveCall, Message } from '../../../src/calls/model.js'
import { skipOnExternal } from '../../helpers/rtdb.js'
import { startAurora, testConfig, type TestAurora } from '../../helpers/aurora.js'
import { Caller, listen, login, openStream } from '../../helpers/admin.js'
import { json, type SseClient } from '../../helpers/sse-client.js'

// Two Aurora instances on one Firebase namespace, each with its own journal: calls held by the
// other instance reach this one's admins through Firebase listeners, and this instance's calls
// keep streaming from its journal while Firebase is down.

const B_URL = 'https://aurora-b.example.test'
const tuning = { adminHub: { mirrorTickMs: 25, lingerMs: 30, loadTimeoutMs: 3000 } }

let a: TestAurora
let b: FastifyInstance
let base: string
let cookie: string
const open: SseClient[] = []
const stream = async (path: string, lastEventId?: string): Promise<SseClient> => {
  const client = await openStream(base, path, cookie, lastEventId)
  open.push(client)
  return client
}

beforeAll(async () => {
  a = await startAurora({ firebase: true, deps: tuning })
  const configB = await testConfig({ INSTANCE_ID: 'b2', PUBLIC_URL: B_URL })
  b = await buildApp({ ...configB, firebase: a.config.firebase }, tuning)
  await b.ready()
  base = await listen(a.app)
  cookie = await login(a.app)
})
afterEach(() => {
  for (const client of open.splice(0)) client.close()
})
afterAll(async () => {
  await b?.close()
  await a?.close()
})

describe('a call held by another instance', () => {
  it('reaches this instance’s overview and conversation streams through Firebase, live', async () => {
    const overview = await stream('/api/stream')
    await overview.next('initial')
    const caller = new Caller(b, '+15551230009', { publicUrl: B_URL })
    const { callId, convId } = await caller.dial()
    const appeared = await overview.nextWhere<{ call: ActiveCall }>('call', (d) => d.call.call_id === callId)
    expect(appeared.json.call).toMatchObject({ instance_id: 'b2', instance_url: B_URL, status: 'ACTIVE' })

    const conversation = await stream(`/api/conversation/${convId}/stream`)
    expect(conversation.status).toBe(200)
    const initial = json<{ messages: Message[]; call: ActiveCall }>(await conversation.next('initial'))
    expect(initial.call.instance_id).toBe('b2')
    expect(initial.messages.map((m) => m.role)).toEqual(['assistant'])

    await caller.say('there is a fire in zone A')
    const heard = await conversation.nextWhere<{ messages: Message[] }>('new_messages', (d) => d.messages.some((m) => m.role === 'user'))
    expect(heard.json.messages.find((m) => m.role === 'user')?.text).toBe('there is a fire in zone A')
    expect(json(await conversation.next('urgency'))).toMatchObject({ urgency: 'CRITICAL' })

    const api = await a.app.inject({ method: 'GET', url: `/api/conversation/${convId}`, headers: { cookie } })
    expect(api.statusCode).toBe(200)
    expect(api.json()).toMatchObject({ conversation_id: convId, held_here: false, urgency: 'CRITICAL' })
    const list = await a.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie } })
    expect(list.json().calls.map((c: ActiveCall) => c.call_id)).toContain(callId)
  })

  it('answers actions with 409 naming the instance that holds the call', async () => {
    const caller = new Caller(b, '+15551230010', { publicUrl: B_URL })
    const { convId } = await caller.dial()
    await vi.waitFor(() => expect(a.app.adminHub.callByConversation(convId)).not.toBeNull(), { timeout: 5000, interval: 10 })
    for (const [path, payload] of [['takeover', {}], ['messages', { text: 'hello' }], ['urgency', { urgency: 'LOW' }], ['end', {}]] as const) {
      const res = await a.app.inject({ method: 'POST', url: `/api/conversation/${convId}/${path}`, headers: { cookie }, payload })
      expect(res.statusCode, path).toBe(409)
      expect(res.json()).toMatchObject({ code: 'AURORA_ERR_ADMIN_CALL_ELSEWHERE' })
      expect(res.json().message).toContain(B_URL)
    }
    expect(b.calls.callBySid(caller.sid)!.status).toBe('ACTIVE')
  })

  it('ends the stream when the other instance’s call ends', async () => {
    const caller = new Caller(b, '+15551230011', { publicUrl: B_URL })
    const { convId } = await caller.dial()
    await vi.waitFor(() => expect(a.app.adminHub.callByConversation(convId)).not.toBeNull(), { timeout: 5000, interval: 10 })
    const conversation = await stream(`/api/conversation/${convId}/stream`)
    await conversation.next('initial')
    await caller.hangUp()
    expect(json(await conversation.next('ended'))).toMatchObject({ conversation_id: convId })
    await conversation.ended
  })

  it.skipIf(skipOnExternal('counts listens inside our emulator'))('stops listening to its conversation once no admin watches it', async () => {
    const caller = new Caller(b, '+15551230012', { publicUrl: B_URL })
    const { convId } = await caller.dial()
    await vi.waitFor(() => expect(a.app.adminHub.callByConversation(convId)).not.toBeNull(), { timeout: 5000, interval: 10 })
    const ns = a.config.firebase.kind === 'emulator' ? a.config.firebase.namespace : ''
    const emulator = a.rtdb!.emulator!
    await vi.waitFor(() => expect(a.app.adminHub.stats().remoteListeners).toBe(0), { timeout: 5000, interval: 10 })
    // The SDK unlistens asynchronously (an earlier test's stream may still be going away): take
    // the emulator's count once two reads 100 ms apart agree.
    let baseline = -1
    await vi.waitFor(
      () => {
        const now = emulator.namespaces.listenCount(ns)
        const settled = now === baseline
        baseline = now
        expect(settled).toBe(true)
      },
      { timeout: 5000, interval: 100 },
    )

    const clients = await Promise.all([stream(`/api/conversation/${convId}/stream`), stream(`/api/conversation/${convId}/stream`)])
    await Promise.all(clients.map((c) => c.next('initial')))
    expect(a.app.adminHub.stats().remoteListeners).toBe(1)
    await vi.waitFor(() => expect(emulator.namespaces.listenCount(ns)).toBe(baseline + 1), { timeout: 5000, interval: 10 })
    await caller.say('smoke in the boiler room')
    for (const client of clients) client.close()
    await vi.waitFor(() => expect(a.app.adminHub.stats().remoteListeners).toBe(0), { timeout: 5000, interval: 10 })
    await vi.waitFor(() => expect(emulator.namespaces.listenCount(ns)).toBe(baseline), { timeout: 5000, interval: 10 })
    expect(a.app.adminHub.stats().subscribers.conversations).toBe(0)
  })
})

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('during a Firebase outage', () => {
  it('keeps streaming this instance’s calls from the journal, reports the mirror down, then catches up without duplicates', async () => {
    const faults = a.rtdb!.faults!
    const overview = await stream('/api/stream')
    await overview.next('initial')
    const caller = new Caller(a.app, '+15551230013')
    const { convId } = await caller.dial()
    const conversation = await stream(`/api/conversation/${convId}/stream`)
    await conversation.next('initial')

    faults.set({ refuseConnections: true })
    faults.dropConnections()
    try {
      await overview.nextWhere<{ connected: boolean }>('mirror', (m) => !m.connected)
      await caller.say('gas leak in bay 4, I can smell it')
      const heard = await conversation.nextWhere<{ messages: Message[] }>('new_messages', (d) => d.messages.some((m) => m.role === 'user'))
      expect(heard.json.messages[0]!.text).toBe('gas leak in bay 4, I can smell it')
      await conversation.next('urgency')
      await a.app.adminActions.takeover(convId, 'admin:dana')
      expect(json(await conversation.next('status'))).toMatchObject({ status: 'TAKEN_OVER' })
      const behind = await overview.nextWhere<{ connected: boolean; pending: number; lagMs: number }>('mirror', (m) => !m.connected && m.pending > 0)
      expect(behind.json.lagMs).toBeGreaterThanOrEqual(0)
    } finally {
      faults.clear()
    }
    await overview.nextWhere<{ connected: boolean; pending: number }>('mirror', (m) => m.connected && m.pending === 0, 20_000)
    await a.app.adminActions.sendMessage(convId, 'admin:dana', 'after the outage')
    await conversation.nextWhere<{ messages: Message[] }>('new_messages', (d) => d.messages.some((m) => m.text === 'after the outage'))
    const ids = conversation.events
      .filter((e) => e.event === 'initial' || e.event === 'new_messages')
      .flatMap((e) => json<{ messages: Message[] }>(e).messages.map((m) => m.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(Object.keys(a.app.calls.conversation(convId)!.messages!).length)
  })
})
