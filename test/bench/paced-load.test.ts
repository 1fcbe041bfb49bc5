import Fastify, { type FastifyInstance } from 'fastify'
import formbody from '@fastify/formbody'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CallMix } from '../../bench/lib/call-mix.js'
import { runPacedLoad } from '../../bench/lib/paced-load.js'
import { loadSpeechLibrary } from '../../bench/lib/utterances.js'

// The bench's open-loop client: requests leave on schedule whatever the server does, every one
// ends as an answer, a timeout or an error, and latency runs from the scheduled moment.

describe('runPacedLoad', () => {
  let server: FastifyInstance
  let origin: string
  const held: string[] = []
  beforeAll(async () => {
    server = Fastify()
    await server.register(formbody)
    // Turn 1 is refused, turn 2 never answered (a server that hangs); the rest get TwiML.
    server.post('/process-speech', async (req, reply) => {
      const turn = (req.query as { turn?: string }).turn
      if (turn === '1') return reply.code(503).send()
      if (turn === '2') {
        held.push((req.body as { CallSid: string }).CallSid)
        return new Promise(() => undefined)
      }
      return reply.type('text/xml').send('<Response><Gather input="speech"><Say>ok</Say></Gather></Response>')
    })
    server.post('/incoming-call', async (_req, reply) => reply.type('text/xml').send('<Response><Gather input="speech"><Say>hi</Say></Gather></Response>'))
    server.post('/call-status', async (_req, reply) => reply.send())
    origin = await server.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    server.server.closeAllConnections()
    await server.close()
  })

  it('sends rate x duration requests on schedule and accounts for every one', async () => {
    const mix = new CallMix({ authToken: 'test-token', publicUrl: origin, library: await loadSpeechLibrary(), seed: 'paced-load', sidPrefix: '0123456789abcd' })
    const started = performance.now()
    const result = await runPacedLoad({ origin, rate: 200, durationMs: 1000, timeoutMs: 700, mix, concurrentCalls: 20, maxSockets: 50 })
    const elapsed = performance.now() - started

    expect(result.sent).toBe(200)
    expect(result.answered + result.timeouts + result.errors).toBe(200)
    expect(result.errors).toBe(0)
    // Every turn 2 the server holds times out, and its latency is the timeout, not dropped.
    expect(result.timeouts).toBe(held.length)
    expect(result.timeouts).toBeGreaterThan(0)
    expect(result.latency.max).toBeGreaterThanOrEqual(700)
    expect(result.non2xx).toBeGreaterThan(0) // the refused first turns
    expect(result.ok).toBe(result.answered - result.non2xx)
    // One second of sending, then the last timeouts: not a request-by-request walk.
    expect(elapsed).toBeGreaterThanOrEqual(1000)
    expect(elapsed).toBeLessThan(1000 + 700 + 1500)
  })
})
