import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { HistoryPage } from '../../../src/admin/call-history.js'
import { buildApp } from '../../../src/app.js'
import { Caller, login } from '../../helpers/admin.js'
import { startAurora, testConfig, type TestAurora } from '../../helpers/aurora.js'

// Supervisors look back at ended calls: GET /api/history lists them newest first, a page at a
// time, from every instance (Firebase's call_history), and from this instance's own memory for
// calls Firebase has not been sent yet or cannot be reached for.

const B_URL = 'https://aurora-b.example.test'
// Archived as soon as they end, and out of memory as soon as they are archived: what is listed
// then can only have come from Firebase.
const ARCHIVE_AT_ONCE = { ARCHIVE_GRACE_MS: '0', HISTORY_IN_MEMORY_MS: '0' }
const tuning = { adminHub: { mirrorTickMs: 3_600_000, lingerMs: 30, loadTimeoutMs: 500 } }

let a: TestAurora
let b: FastifyInstance
let cookie: string

const history = async (query = '', app: FastifyInstance = a.app, headers: Record<string, string> = { cookie }) => {
  const res = await app.inject({ method: 'GET', url: `/api/history${query}`, headers })
  return { status: res.statusCode, body: res.json() as HistoryPage & { message?: string } }
}

/** A whole call: dialled, one turn, hung up; resolves once it is archived, out of memory and in Firebase. */
async function endedCall(app: FastifyInstance, from: string, words: string, signing = {}): Promise<string> {
  const caller = new Caller(app, from, signing)
  const { callId } = await caller.dial()
  await caller.say(words)
  await caller.hangUp()
  await vi.waitFor(
    async () => {
      expect(app.calls.call(callId)).toBeNull()
      expect(app.calls.archived(callId)).toBeNull()
      expect((await a.reader!.db.ref(`call_history/${callId}/ended_at`).get()).exists()).toBe(true)
    },
    { timeout: 10_000, interval: 50 },
  )
  return callId
}

beforeAll(async () => {
  a = await startAurora({ firebase: true, proxy: true, env: ARCHIVE_AT_ONCE, deps: tuning })
  const configB = await testConfig({ ...ARCHIVE_AT_ONCE, INSTANCE_ID: 'b2', PUBLIC_URL: B_URL })
  b = await buildApp({ ...configB, firebase: a.config.firebase }, tuning)
  await b.ready()
  cookie = await login(a.app)
})
afterAll(async () => {
  await b?.close()
  await a?.close()
})

describe('GET /api/history', () => {
  it("lists every instance's ended calls newest first, a page at a time, without their conversations", async () => {
    const first = await endedCall(a.app, '+15551230101', 'someone fell off the ladder in bay 3')
    const second = await endedCall(b, '+15551230102', 'there is a gas leak at valve 3', { publicUrl: B_URL })
    const third = await endedCall(a.app, '+15551230103', 'a fire in zone A')

    const page1 = await history('?limit=2')
    expect(page1.status).toBe(200)
    expect(page1.body.complete).toBe(true)
    expect(page1.body.calls.map((c) => c.call_id)).toEqual([third, second])
    expect(page1.body.calls[1]).toMatchObject({ instance_id: 'b2', status: 'ENDED', end_reason: 'completed' })
    expect(page1.body.calls[0]!.message_count).toBeGreaterThanOrEqual(3)
    expect(page1.body.calls[0]).not.toHaveProperty('conversation')
    expect(page1.body.next).toBeDefined()

    const page2 = await history(`?limit=2&before=${encodeURIComponent(page1.body.next!)}`)
    expect(page2.body.calls.map((c) => c.call_id)).toEqual([first])
    expect(page2.body.next).toBeUndefined()

    // The conversation behind an entry opens from call_history, whichever instance held it.
    const conv = await a.app.inject({ method: 'GET', url: `/api/conversation/${page1.body.calls[1]!.conversation_id}`, headers: { cookie } })
    expect(conv.json()).toMatchObject({ archived: true, held_here: false, status: 'ENDED' })
    expect(conv.json().messages.some((m: { text: string }) => m.text === 'there is a gas leak at valve 3')).toBe(true)
  })

  it('keeps a call archived during an outage in memory until Firebase has it, and lists it meanwhile, marked incomplete', async () => {
    a.proxy!.set({ down: true })
    let callId = ''
    try {
      const caller = new Caller(a.app, '+15551230104')
      callId = (await caller.dial()).callId
      await caller.say('my arm is trapped in the press')
      await caller.hangUp()
      await vi.waitFor(() => expect(a.app.calls.archived(callId)).not.toBeNull(), { timeout: 5000, interval: 20 })
      // Several rounds of the archive timer (every 250 ms here) pass, and it stays.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(a.app.calls.archived(callId)).not.toBeNull()
      const page = await history('?limit=5')
      expect(page.status).toBe(200)
      expect(page.body.complete).toBe(false)
      expect(page.body.reason).toMatch(/Firebase did not answer/)
      expect(page.body.calls[0]).toMatchObject({ call_id: callId, status: 'ENDED' })
    } finally {
      a.proxy!.set({ down: false })
    }
    await vi.waitFor(() => expect(a.app.calls.archived(callId)).toBeNull(), { timeout: 15_000, interval: 50 })
    // The mirror has carried it, but the history reader's own connection may still be in the SDK's
    // reconnect backoff: until it is back, a page says so rather than pretend to be whole.
    await vi.waitFor(
      async () => {
        const page = await history('?limit=5')
        expect(page.body.complete, page.body.reason).toBe(true)
        expect(page.body.calls[0]).toMatchObject({ call_id: callId, status: 'ENDED' })
      },
      { timeout: 15_000, interval: 100 },
    )
  })

  it('refuses a bad page request with a reason, and anyone without a session', async () => {
    for (const query of ['?limit=0', '?limit=101', '?limit=ten', '?before=yesterday', '?colour=red']) {
      const res = await history(query)
      expect(res.status, query).toBe(400)
      expect(res.body.message, query).toMatch(/querystring/)
    }
    expect((await history('', a.app, {})).status).toBe(401)
  })
})
