import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Message } from '../../../src/calls/model.js'
import { startAurora, type TestAurora } from '../../helpers/aurora.js'
import { Caller, listen, login, openStream } from '../../helpers/admin.js'
import { json, type SseClient } from '../../helpers/sse-client.js'

// What the stream process (src/admin/stream-relay.ts) adds beyond the stream contracts that
// streams.test.ts runs both ways: it is an optimisation Aurora survives losing, and it ends its
// streams when Aurora stops.

const quiet = { adminHub: { mirrorTickMs: 3_600_000, lingerMs: 200 } }

let t: TestAurora | null = null
const open: SseClient[] = []
afterEach(async () => {
  for (const client of open.splice(0)) client.close()
  await t?.close()
  t = null
})

async function start(): Promise<{ aurora: TestAurora; base: string; cookie: string }> {
  const aurora = await startAurora({ env: { ADMIN_SSE_PROCESS: 'true' }, deps: quiet })
  t = aurora
  const base = await listen(aurora.app)
  await vi.waitFor(() => expect(aurora.app.adminHub.stats().streamProcess?.state).toBe('ready'), { timeout: 10_000, interval: 20 })
  return { aurora, base, cookie: await login(aurora.app) }
}

const userTexts = (messages: Message[]) => messages.filter((m) => m.role === 'user').map((m) => m.text)

describe('admin stream process', () => {
  it('hands caught-up streams over and fans each event out to all of them', async () => {
    const { aurora, base, cookie } = await start()
    const caller = new Caller(aurora.app)
    const { convId } = await caller.dial()
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => openStream(base, i % 2 ? '/api/stream' : `/api/conversation/${convId}/stream`, cookie)))
    open.push(...clients)
    for (const client of clients) await client.next('initial')
    const stats = aurora.app.adminHub.stats()
    expect(stats.streamProcess).toMatchObject({ state: 'ready', streams: 20 })
    // Operators see it too.
    const health = (await aurora.app.inject({ method: 'GET', url: '/health' })).json()
    expect(health.admin_streams).toMatchObject({ open: 20, process: { state: 'ready', streams: 20, pid: stats.streamProcess?.pid } })
    expect(stats.subscribers).toEqual({ overview: 10, conversations: 10 })
    // The stream process is another process: Aurora's own pid is not it.
    expect(stats.streamProcess?.pid).not.toBe(process.pid)

    await caller.say('gas leak at valve 12')
    for (const [i, client] of clients.entries()) {
      if (i % 2) expect((await client.nextWhere<{ call: { last_text?: string } }>('call', (d) => d.call.last_text === 'gas leak at valve 12')).json.call.last_text).toBe('gas leak at valve 12')
      else expect(userTexts(json<{ messages: Message[] }>(await client.next('new_messages')).messages)).toEqual(['gas leak at valve 12'])
    }
    for (const client of clients) client.close()
    await vi.waitFor(() => expect(aurora.app.adminHub.stats().subscribers).toEqual({ overview: 0, conversations: 0 }), { timeout: 5000, interval: 10 })
  })

  it('survives the stream process dying: its clients resume exactly from Aurora, and a new process takes over', async () => {
    const { aurora, base, cookie } = await start()
    const caller = new Caller(aurora.app)
    const { convId } = await caller.dial()
    const path = `/api/conversation/${convId}/stream`
    const first = await openStream(base, path, cookie)
    open.push(first)
    await first.next('initial')
    await caller.say('fire in zone A')
    await first.next('new_messages')
    const seen = first.lastEventId as string
    expect(aurora.app.adminHub.stats().streamProcess?.streams).toBe(1)

    process.kill(aurora.app.adminHub.stats().streamProcess?.pid as number, 'SIGKILL')
    await first.ended
    await vi.waitFor(() => expect(aurora.app.adminHub.stats().streamProcess).toMatchObject({ state: 'down', streams: 0 }), { timeout: 5000, interval: 10 })
    expect(aurora.app.adminHub.stats().subscribers.conversations).toBe(0)

    // Calls go on meanwhile; the reconnecting client gets exactly what it missed, from Aurora.
    await caller.say('two people are trapped')
    const back = await openStream(base, path, cookie, seen)
    open.push(back)
    await back.nextWhere<{ messages: Message[] }>('new_messages', (d) => userTexts(d.messages).length > 0)
    expect(back.events.map((e) => e.event)).not.toContain('reset')
    const heard = back.events.filter((e) => e.event === 'new_messages').flatMap((e) => userTexts(json<{ messages: Message[] }>(e).messages))
    expect(heard).toEqual(['two people are trapped'])

    // A process is started again (after a back-off) and takes the streams opened from then on.
    await vi.waitFor(
      async () => {
        const probe = await openStream(base, path, cookie)
        open.push(probe)
        await probe.next('initial')
        expect(aurora.app.adminHub.stats().streamProcess?.state).toBe('ready')
        expect(aurora.app.adminHub.stats().streamProcess?.streams).toBeGreaterThan(0)
      },
      { timeout: 15_000, interval: 500 },
    )
    await caller.say('we are at the muster point')
    const next = await back.nextWhere<{ messages: Message[] }>('new_messages', (d) => userTexts(d.messages).length > 0)
    expect(userTexts(next.json.messages)).toEqual(['we are at the muster point'])
  }, 30_000)

  it('ends the streams it holds when Aurora shuts down, and the process exits', async () => {
    const { aurora, base, cookie } = await start()
    const client = await openStream(base, '/api/stream', cookie)
    open.push(client)
    await client.next('initial')
    const pid = aurora.app.adminHub.stats().streamProcess?.pid as number
    expect(aurora.app.adminHub.stats().streamProcess?.streams).toBe(1)
    await aurora.app.close()
    await client.ended
    await vi.waitFor(() => expect(() => process.kill(pid, 0)).toThrow(), { timeout: 5000, interval: 20 })
  })

  it('still shuts down promptly after the stream process died', async () => {
    const { aurora, base, cookie } = await start()
    const client = await openStream(base, '/api/stream', cookie)
    open.push(client)
    await client.next('initial')
    process.kill(aurora.app.adminHub.stats().streamProcess?.pid as number, 'SIGKILL')
    await client.ended
    await vi.waitFor(() => expect(aurora.app.adminHub.stats().streamProcess?.state).toBe('down'), { timeout: 5000, interval: 10 })
    const again = await openStream(base, '/api/stream', cookie)
    open.push(again)
    await again.next('initial')
    // Node's server.close() used to wait for a child it had handed sockets to, even a dead one.
    await aurora.app.close()
    await again.ended
  })
})
