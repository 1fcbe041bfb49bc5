import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyStats, eventPosition, LiveCalls, StreamSlot, type SlotOptions } from '../../../sim/soak/stream-slot.js'

// A stand-in for Aurora's admin streams: each test scripts the answer to the n-th request, and
// waits for requests (not for time) before asserting.
interface Seen {
  url: string
  lastEventId: string | null
}

let server: Server | null = null

async function sseServer(answer: (n: number, req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Seen[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  server = createServer((req, res) => {
    const header = req.headers['last-event-id']
    seen.push({ url: req.url ?? '', lastEventId: typeof header === 'string' ? header : null })
    answer(seen.length, req, res)
    for (const w of waiters.filter((w) => seen.length >= w.count)) w.resolve()
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const requests = (count: number): Promise<void> =>
    seen.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))
  return { origin, seen, requests }
}

function open(res: ServerResponse, frames: string, end: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' })
  res.write(frames)
  if (end) res.end()
}

function slot(origin: string, options: Partial<SlotOptions> = {}): { slot: StreamSlot; stats: ReturnType<typeof emptyStats>; done: Promise<void> } {
  const stats = emptyStats()
  const s = new StreamSlot({ origin, cookie: 'sid=1', kind: 'overview', reconnectMs: 5, dropMeanMs: 0, random: () => 0.5, stats, ...options })
  return { slot: s, stats, done: s.run() }
}

afterEach(async () => {
  const s = server
  if (!s) return
  server = null
  s.closeAllConnections()
  await new Promise((resolve) => s.close(resolve))
})

describe('StreamSlot', () => {
  it('resumes an ended overview stream with the last event id it saw', async () => {
    const { origin, seen, requests } = await sseServer((n, _req, res) => {
      if (n === 1) open(res, 'retry: 1000\nid: ep.1\nevent: initial\ndata: {}\n\nid: ep.2\nevent: call\ndata: {}\n\n', true)
      else open(res, 'id: ep.3\nevent: call\ndata: {}\n\n', false)
    })
    const { slot: s, stats, done } = slot(origin)
    await requests(2)
    s.stop()
    await done
    expect(seen).toEqual([
      { url: '/api/stream', lastEventId: null },
      { url: '/api/stream', lastEventId: 'ep.2' },
    ])
    expect(stats).toMatchObject({ opened: 2, resumed: 1, serverEnded: 1, replayedIds: 0, initials: 1 })
  })

  it('moves to another live call once its conversation has ended (204 on resume)', async () => {
    const calls = ['c1', 'c2']
    const { origin, seen, requests } = await sseServer((n, _req, res) => {
      if (n === 1) open(res, 'id: ep.5\nevent: initial\ndata: {}\n\nid: ep.6.end\nevent: ended\ndata: {}\n\n', true)
      else if (n === 2) res.writeHead(204).end()
      else open(res, 'id: ep.9\nevent: initial\ndata: {}\n\n', false)
    })
    const { slot: s, stats, done } = slot(origin, { kind: 'conversation', pickConversation: () => calls.shift() ?? null })
    await requests(3)
    s.stop()
    await done
    expect(seen).toEqual([
      { url: '/api/conversation/c1/stream', lastEventId: null },
      { url: '/api/conversation/c1/stream', lastEventId: 'ep.6.end' },
      { url: '/api/conversation/c2/stream', lastEventId: null },
    ])
    expect(stats).toMatchObject({ opened: 2, resumed: 0, ended: 1, finished: 1, serverEnded: 1 })
  })

  it('counts events a resume repeats', async () => {
    const { origin, requests } = await sseServer((n, _req, res) => {
      if (n === 1) open(res, 'id: ep.1\nevent: initial\ndata: {}\n\nid: ep.2\nevent: call\ndata: {}\n\n', true)
      else open(res, 'id: ep.2\nevent: call\ndata: {}\n\nid: ep.3\nevent: call\ndata: {}\n\n', false)
    })
    const { slot: s, stats, done } = slot(origin)
    await requests(2)
    // The second answer's events arrive after the request: wait for them through the counts.
    while (stats.events < 4) await new Promise((resolve) => setImmediate(resolve))
    s.stop()
    await done
    expect(stats.replayedIds).toBe(1)
    expect(stats.examples[0]).toContain('resumed from ep.2, then got call ep.2')
  })

  it('does not count a fresh snapshot after a reset, though its id may equal the last one seen', async () => {
    const { origin, requests } = await sseServer((n, _req, res) => {
      if (n === 1) open(res, 'id: ep.4\nevent: initial\ndata: {}\n\n', true)
      else open(res, 'event: reset\ndata: {}\n\nid: ep.4\nevent: initial\ndata: {}\n\nid: ep.4.end\nevent: ended\ndata: {}\n\n', false)
    })
    const { slot: s, stats, done } = slot(origin)
    await requests(2)
    while (stats.events < 4) await new Promise((resolve) => setImmediate(resolve))
    s.stop()
    await done
    expect(stats).toMatchObject({ resets: 1, initials: 2, replayedIds: 0 })
  })
})

describe('eventPosition', () => {
  it('reads Aurora\'s ids, final or not', () => {
    expect(eventPosition('soak-abc.12')).toEqual({ epoch: 'soak-abc', n: 12 })
    expect(eventPosition('soak-abc.12.end')).toEqual({ epoch: 'soak-abc', n: 12 })
    expect(eventPosition('nonsense')).toBeNull()
  })
})

describe('LiveCalls', () => {
  it('offers only live calls, from initial, call and call_removed events', () => {
    const live = new LiveCalls()
    const ev = (event: string, data: unknown) => ({ event, data: JSON.stringify(data), id: null })
    live.apply(ev('initial', { calls: [{ conversation_id: 'a', status: 'ACTIVE' }, { conversation_id: 'b', status: 'ENDED' }] }))
    expect(live.pick(() => 0.99)).toBe('a')
    live.apply(ev('call', { call: { conversation_id: 'a', status: 'ENDED' } }))
    expect(live.pick(() => 0)).toBeNull()
    live.apply(ev('call_removed', { conversation_id: 'b' }))
    expect(live.size).toBe(1)
  })
})
