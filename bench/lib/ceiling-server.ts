// The ceiling: what a bare Fastify route costs on this machine. It parses the same form bodies
// (@fastify/formbody, as Aurora does) and answers every webhook with one fixed TwiML document,
// rendered once by Aurora's own renderer so it has the shape and byte length of a real answer.
// No signature check, no triage, no journal, no logging: Aurora's req/s over this one is what the
// real work costs. Run as a child process (forked with --import tsx); it reports its address over IPC.

import formbody from '@fastify/formbody'
import Fastify from 'fastify'
import { renderReply } from '../../src/calls/twiml.js'

const PUBLIC_URL = process.env.PUBLIC_URL ?? 'https://bench.aurora.test'
const TWIML = renderReply(
  { say: ['Get everyone out of Zone A now. Use the stairs, not the lift, and close doors behind you. Help is being alerted to Zone A. Is everyone out?'], nextTurn: 2 },
  PUBLIC_URL,
)

const app = Fastify({ logger: false })
await app.register(formbody)
app.post('/*', async (_request, reply) => reply.type('text/xml').send(TWIML))
const url = await app.listen({ host: '127.0.0.1', port: 0 })
process.send?.({ kind: 'listening', url })
process.on('disconnect', () => void app.close().then(() => process.exit(0)))
