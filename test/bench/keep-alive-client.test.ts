import { createServer, type Server, type Socket } from 'node:net'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { KeepAliveClient, type KeepAliveResponse } from '../../bench/lib/keep-alive-client.js'

// The fixed-rate load's client reads HTTP/1.1 answers itself; these pin what it must get right
// against a real Fastify server (what the bench talks to) and a raw socket server (answers cut
// into pieces, closed connections, encodings it does not read).

type Outcome = { response: KeepAliveResponse } | { error: Error }

function post(client: KeepAliveClient, path: string, body = 'a=1', headers: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    client.post({ path, body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, onResponse: (response) => resolve({ response }), onError: (error) => resolve({ error }) })
  })
}

/** A client for one test, closed however the test ends. */
async function withClient(origin: string, maxSockets: number, use: (client: KeepAliveClient) => Promise<void>): Promise<void> {
  const client = new KeepAliveClient(origin, maxSockets)
  try {
    await use(client)
  } finally {
    client.close()
  }
}

function responseOf(outcome: Outcome): KeepAliveResponse {
  if ('error' in outcome) throw outcome.error
  return outcome.response
}

describe('KeepAliveClient against Fastify', () => {
  let app: FastifyInstance
  let origin: string
  const connections = new Set<unknown>()
  const release: Array<() => void> = []
  beforeAll(async () => {
    app = Fastify()
    await app.register(formbody)
    app.server.on('connection', (socket) => connections.add(socket))
    app.post('/echo', async (request) => ({ url: request.url, body: request.body, signature: request.headers['x-twilio-signature'] ?? null, host: request.headers.host }))
    app.post('/status', async (_request, reply) => reply.code(204).send())
    app.post('/close', async (_request, reply) => reply.header('connection', 'close').send('bye'))
    app.post('/big', async (_request, reply) => reply.type('text/plain').send('é'.repeat(100_000)))
    app.post('/slow', async (request) => {
      await new Promise<void>((resolve) => release.push(resolve))
      return { n: (request.body as { n: string }).n }
    })
    app.post('/hang', async () => new Promise(() => undefined))
    origin = await app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    app.server.closeAllConnections()
    await app.close()
  })
  afterEach(() => connections.clear())

  it('sends the path, headers and form body, and reuses one connection for requests one after another', async () => {
    await withClient(origin, 8, async (client) => {
        for (let i = 0; i < 3; i++) {
          const response = responseOf(await post(client, `/echo?turn=${i}`, `CallSid=CA${i}&SpeechResult=fire%20in%20zone%20a`, { 'x-twilio-signature': `sig${i}` }))
          expect(response.status).toBe(200)
          expect(JSON.parse(response.body)).toEqual({ url: `/echo?turn=${i}`, body: { CallSid: `CA${i}`, SpeechResult: 'fire in zone a' }, signature: `sig${i}`, host: new URL(origin).host })
        }
        expect(connections.size).toBe(1)
    })
  })

  it('reads a 204 without a body, and a long answer that arrives in many reads', async () => {
    await withClient(origin, 8, async (client) => {
        expect(responseOf(await post(client, '/status'))).toEqual({ status: 204, body: '' })
        const big = responseOf(await post(client, '/big'))
        expect(big.body).toBe('é'.repeat(100_000))
        // The same connection carried both, and still works.
        expect(responseOf(await post(client, '/status')).status).toBe(204)
        expect(connections.size).toBe(1)
    })
  })

  it('opens a new connection after the server says connection: close', async () => {
    await withClient(origin, 8, async (client) => {
        expect(responseOf(await post(client, '/close'))).toEqual({ status: 200, body: 'bye' })
        expect(responseOf(await post(client, '/status')).status).toBe(204)
        expect(connections.size).toBe(2)
    })
  })

  it('keeps to maxSockets and hands waiting requests the first free connection in order', async () => {
    await withClient(origin, 2, async (client) => {
        const answers = [1, 2, 3, 4, 5].map((n) => post(client, '/slow', `n=${n}`))
        await until(() => release.length === 2)
        expect(connections.size).toBe(2)
        const order: string[] = []
        for (const [i, answer] of answers.entries()) void answer.then((o) => order.push(JSON.parse(responseOf(o).body).n as string)).catch(() => order.push(`failed ${i}`))
        while (order.length < 5) {
          await until(() => release.length > 0)
          release.shift()?.()
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
        expect(order).toEqual(['1', '2', '3', '4', '5'])
        expect(connections.size).toBe(2)
    })
  })

  it('a cancelled request never reports, its connection is closed, and the next request gets a new one', async () => {
    await withClient(origin, 1, async (client) => {
        let reported = false
        const cancel = client.post({ path: '/hang', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' }, onResponse: () => (reported = true), onError: () => (reported = true) })
        const queued = post(client, '/status')
        await until(() => connections.size === 1)
        cancel()
        expect(responseOf(await queued).status).toBe(204)
        expect(reported).toBe(false)
        expect(connections.size).toBe(2)
    })
  })
})

describe('KeepAliveClient against a raw socket server', () => {
  let server: Server
  let origin: string
  let answer: (socket: Socket) => void = () => undefined
  beforeAll(async () => {
    server = createServer((socket) => socket.once('data', () => answer(socket)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    origin = `http://127.0.0.1:${address.port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('puts together an answer cut anywhere, inside the status line and the header end included', async () => {
    const whole = 'HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 11\r\n\r\n<Response/>'
    answer = (socket) => {
      let at = 0
      const step = (): void => {
        if (at >= whole.length) return
        socket.write(whole.slice(at, at + 7))
        at += 7
        setTimeout(step, 2)
      }
      step()
    }
    await withClient(origin, 1, async (client) => {
        expect(responseOf(await post(client, '/x'))).toEqual({ status: 200, body: '<Response/>' })
    })
  })

  it('reports a reset connection, and an encoding it does not read, as errors with a reason', async () => {
    await withClient(origin, 1, async (client) => {
        answer = (socket) => socket.destroy()
        const reset = await post(client, '/x')
        expect('error' in reset && reset.error.message).toMatch(/closed|reset/)
        answer = (socket) => socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n')
        const chunked = await post(client, '/x')
        expect('error' in chunked && chunked.error.message).toMatch(/transfer-encoding: chunked/)
        answer = (socket) => socket.end('HTTP/1.0 200 OK\r\n\r\nuntil close')
        const unbounded = await post(client, '/x')
        expect('error' in unbounded && unbounded.error.message).toMatch(/without content-length/)
    })
  })
})

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}
