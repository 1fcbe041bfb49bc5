import sseModule, { type SSEPluginOptions } from '@fastify/sse'
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { EventSink } from '../../../src/admin/topic.js'
import { sseSink, startStream } from '../../../src/routes/admin/sse-sink.js'

// The SSE sink writes frames straight to the socket (src/routes/admin/sse-sink.ts). These tests
// read the raw bytes a client gets, over real sockets: the stream is unframed and ends with the
// connection, heartbeats interleave intact, a full socket reads as blocked until it drains, a
// pipelined stream waits for the response before it, and a HEAD request gets no body.

const sse = sseModule as unknown as FastifyPluginAsync<SSEPluginOptions>
const sinks: EventSink[] = []
let app: FastifyInstance
let port: number

beforeAll(async () => {
  app = Fastify()
  await app.register(sse, { heartbeatInterval: 40 })
  app.get('/stream', { sse: 'only' as const }, async (_request, reply) => {
    reply.sse.keepAlive()
    const sink = sseSink(reply)
    startStream(reply)
    sinks.push(sink)
  })
  app.get('/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 150))
    return 'slow done'
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  port = (app.server.address() as AddressInfo).port
})
afterAll(() => app.close())

/** A raw connection that sends `request` and collects every byte the server sends back. */
function rawClient(request: string): { socket: Socket; text: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1')
  let received = ''
  socket.setEncoding('latin1')
  socket.on('data', (chunk: string) => (received += chunk))
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
  socket.write(request)
  return { socket, text: () => received, closed }
}

const get = (path: string, method = 'GET'): string => `${method} ${path} HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n`

async function newSink(before: number): Promise<EventSink> {
  await vi.waitFor(() => expect(sinks.length).toBe(before + 1), { timeout: 2000, interval: 5 })
  return sinks[before] as EventSink
}

describe('SSE sink', () => {
  it('sends the stream unframed, ending with the connection, with heartbeats between whole frames', async () => {
    const count = sinks.length
    const client = rawClient(get('/stream'))
    const sink = await newSink(count)
    await vi.waitFor(() => expect(client.text()).toContain('\r\n\r\n'), { timeout: 2000, interval: 5 })
    const head = client.text().split('\r\n\r\n')[0] as string
    expect(head).toMatch(/^HTTP\/1\.1 200/)
    expect(head).toMatch(/\r\nconnection: close/i)
    expect(head).toMatch(/\r\ncontent-type: text\/event-stream/i)
    expect(head).not.toMatch(/transfer-encoding/i)
    expect(head).not.toMatch(/content-length/i)

    const frames = ['id: a.1\nevent: call\ndata: {"n":1}\n\n', 'id: a.2\nevent: call\ndata: {"n":2,"text":"é ✓"}\n\n']
    for (const frame of frames) sink.write(Buffer.from(frame))
    await vi.waitFor(() => expect(client.text()).toContain(': heartbeat\n\n'), { timeout: 2000, interval: 5 })
    const body = Buffer.from(client.text().slice(head.length + 4), 'latin1').toString('utf8')
    // Byte for byte what was written: no chunk sizes, and heartbeats only between frames.
    expect(body.replaceAll(': heartbeat\n\n', '')).toBe(frames.join(''))

    sink.end()
    await client.closed
  })

  it('reads as blocked while the socket is full, and calls back once it drains', async () => {
    const count = sinks.length
    const client = rawClient(get('/stream'))
    const sink = await newSink(count)
    client.socket.pause()
    let writes = 0
    const frame = Buffer.from(`event: fill\ndata: ${'x'.repeat(64 * 1024)}\n\n`)
    while (!sink.blocked && writes < 2000) {
      sink.write(frame)
      writes++
    }
    expect(sink.blocked).toBe(true)
    const drained = new Promise<void>((resolve) => sink.onceDrained(resolve))
    client.socket.resume()
    await drained
    expect(sink.blocked).toBe(false)
    sink.end()
    await client.closed
    expect(client.text().split('event: fill\n').length - 1).toBe(writes)
  })

  it('lets a pipelined stream start only after the response before it on the same connection', async () => {
    const count = sinks.length
    const client = rawClient(get('/slow') + get('/stream'))
    const sink = await newSink(count)
    sink.write(Buffer.from('event: first\ndata: 1\n\n'))
    await vi.waitFor(() => expect(client.text()).toContain('event: first'), { timeout: 2000, interval: 5 })
    const text = client.text()
    expect(text.indexOf('slow done')).toBeGreaterThan(0)
    expect(text.indexOf('slow done')).toBeLessThan(text.indexOf('text/event-stream'))
    expect(text.indexOf('text/event-stream')).toBeLessThan(text.indexOf('event: first'))
    sink.end()
    await client.closed
  })

  it('writes no body to a HEAD request', async () => {
    const count = sinks.length
    const client = rawClient(get('/stream', 'HEAD'))
    const sink = await newSink(count)
    sink.write(Buffer.from('event: nope\ndata: 1\n\n'))
    await vi.waitFor(() => expect(client.text()).toContain('\r\n\r\n'), { timeout: 2000, interval: 5 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(client.text()).not.toContain('event: nope')
    sink.end()
    client.socket.destroy()
  })
})
