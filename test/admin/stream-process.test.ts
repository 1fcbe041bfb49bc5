import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer, connect, type Server, type Socket } from 'node:net'
import type { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { EVENT_PIPE_FD, type FromStreamProcess, type StreamEventLine, type ToStreamProcess } from '../../src/admin/stream-relay-protocol.js'

// The stream process as Aurora drives it (src/admin/stream-relay.ts), but with the two channels
// in this test's hands, so the orders Aurora cannot choose are played on purpose: events that
// come before the socket they belong to, a socket that comes before its events, a topic left over
// from an earlier visit, and a gap.

const entry = fileURLToPath(new URL('../../src/admin/stream-process.ts', import.meta.url))

let child: ChildProcess
let events: Writable
let server: Server
const accepted: Socket[] = []
const detached: number[] = []

beforeAll(async () => {
  child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc', 'pipe'], execArgv: ['--import', import.meta.resolve('tsx/esm')] })
  events = child.stdio[EVENT_PIPE_FD] as Writable
  child.on('message', (message: FromStreamProcess) => {
    if (message.t === 'detached') detached.push(message.id)
  })
  const ready = new Promise<void>((resolve) => child.on('message', (message: FromStreamProcess) => message.t === 'ready' && resolve()))
  send({ t: 'settings', settings: { heartbeatMs: 60_000, fanoutSlice: 100, coalesceMs: 0, stallMs: 60_000 } })
  await ready
  server = createServer((socket) => accepted.push(socket))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
})
afterAll(async () => {
  child.kill()
  server.close()
})

function send(message: ToStreamProcess, socket?: Socket): void {
  child.send(message, socket as never)
}

const frame = (n: number): string => `id: ${n}\nevent: e\ndata: ${n}\n\n`
const line = (uid: number, prev: number, n: number): void => {
  const event: StreamEventLine = { t: 'event', uid, prev, n, frame: frame(n), final: false, capacity: 100 }
  events.write(`${JSON.stringify(event)}\n`)
}

let nextId = 1
/** A client whose server side is handed to the process at cursor; returns what the client reads. */
async function attachClient(uid: number, lastN: number, cursor = lastN): Promise<{ id: number; text: () => string; ended: Promise<void> }> {
  const client = connect((server.address() as { port: number }).port, '127.0.0.1')
  let text = ''
  client.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
  const ended = once(client, 'end').then(() => undefined)
  await vi.waitFor(() => expect(accepted.length).toBeGreaterThan(0))
  const socket = accepted.shift() as Socket
  const id = nextId++
  await new Promise<void>((resolve) => child.send({ t: 'attach', id, uid, capacity: 100, lastN, cursor, expiresAt: null } satisfies ToStreamProcess, socket, {}, () => resolve()))
  socket.destroy()
  return { id, text: () => text, ended }
}

describe('stream process', () => {
  it('starts a stream after the events that reached it before the socket did', async () => {
    line(7, 0, 1)
    line(7, 1, 2)
    // Handed over after event 1 was written to it: it must get 2, and only 2, and what follows.
    const client = await attachClient(7, 1)
    line(7, 2, 3)
    await vi.waitFor(() => expect(client.text()).toBe(frame(2) + frame(3)))
  })

  it('holds a socket that overtook its events until they arrive', async () => {
    const first = await attachClient(8, 0)
    line(8, 0, 1)
    await vi.waitFor(() => expect(first.text()).toBe(frame(1)))
    // Written up to event 3, which is still on its way.
    const second = await attachClient(8, 3)
    line(8, 1, 2)
    line(8, 2, 3)
    line(8, 3, 4)
    await vi.waitFor(() => expect(second.text()).toBe(frame(4)))
    expect(first.text()).toBe(frame(1) + frame(2) + frame(3) + frame(4))
  })

  it('starts afresh from a topic left over from an earlier visit once Aurora forgets it', async () => {
    line(9, 0, 1)
    events.write(`${JSON.stringify({ t: 'forget', uid: 9 } satisfies StreamEventLine)}\n`)
    const client = await attachClient(9, 5)
    line(9, 5, 6)
    await vi.waitFor(() => expect(client.text()).toBe(frame(6)))
  })

  it('ends the streams of a topic that missed an event, so they resume from Aurora', async () => {
    const client = await attachClient(10, 0)
    line(10, 0, 1)
    await vi.waitFor(() => expect(client.text()).toBe(frame(1)))
    line(10, 4, 5) // 2..4 never came
    await client.ended
    expect(client.text()).toBe(frame(1))
    await vi.waitFor(() => expect(detached).toContain(client.id))
  })
})
