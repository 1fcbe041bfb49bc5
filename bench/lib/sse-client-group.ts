// A child process of sse-fanout.bench.ts holding many admin SSE connections, so parsing 1,000
// streams does not run on the server's event loop (as it would not in production: the admins'
// browsers are elsewhere). Arrival times use the epoch clock the parent reads the same way
// (bench/lib/epoch-clock.ts).
//
// On a 2-core machine this process shares the CPU with Aurora, so it is written to cost little:
// plain TCP sockets instead of node's http client (Aurora sends each stream unframed, ending with
// the connection, so the body is the event stream itself), and only the frames that can carry a
// probe are looked into. With node's http client and a full parse it used more CPU than Aurora.
//
// Protocol (IPC): parent -> {kind:'open', base, cookie, overview, conversations: string[], perConversation}
//   child -> {kind:'opened', ms}   (every stream has delivered its `initial`)
// parent -> {kind:'close'}  child -> {kind:'closed', samples}
//   samples: {conversation, overview}: probe -> receipt times (epoch ms) on each kind of stream.
// Probe messages are caller words starting with "probe:<n>"; the overview carries them as a
// call's last_text.

import { connect, type Socket } from 'node:net'
import { epochNow as now } from './epoch-clock.js'
import { lastTextProbe, mayCarryProbe, probeOf } from './probe-text.js'

interface Open {
  kind: 'open'
  base: string
  cookie: string
  overview: number
  conversations: string[]
  perConversation: number
}

const send = (message: unknown): void => void process.send?.(message)

let sockets: Socket[] = []
let arrivals = { conversation: new Map<number, number[]>(), overview: new Map<number, number[]>() }

function arrived(kind: 'conversation' | 'overview', probe: number, at: number): void {
  const list = arrivals[kind].get(probe)
  if (list) list.push(at)
  else arrivals[kind].set(probe, [at])
}

/** One SSE frame (the text between blank lines) of a stream. */
function onFrame(frame: string, conversation: boolean, at: number, seen: Set<number>): void {
  if (!mayCarryProbe(frame)) return
  const eventAt = frame.indexOf('event: ')
  if (eventAt === -1) return
  const event = frame.slice(eventAt + 7, frame.indexOf('\n', eventAt))
  const dataAt = frame.indexOf('\ndata: ')
  if (dataAt === -1) return
  if (event === 'new_messages' && conversation) {
    const { messages } = JSON.parse(frame.slice(dataAt + 7, frame.indexOf('\n', dataAt + 1))) as { messages: { role: string; text: string }[] }
    for (const message of messages) {
      const probe = message.role === 'user' ? probeOf(message.text) : null
      if (probe !== null) arrived('conversation', probe, at)
    }
  } else if (event === 'call' && !conversation) {
    // The overview announces the caller's words (last_text) with the record that carried them;
    // the answer's record repeats them, so only the first receipt per stream counts.
    const probe = lastTextProbe(frame)
    if (probe !== null && !seen.has(probe)) {
      seen.add(probe)
      arrived('overview', probe, at)
    }
  }
}

function openStream(base: string, path: string, cookie: string, conversation: boolean, initial: () => void): void {
  const { hostname, port } = new URL(base)
  const socket = connect(Number(port), hostname)
  socket.setEncoding('utf8')
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\nCookie: ${cookie}\r\n\r\n`)
  let buffer = ''
  let inBody = false
  let sawInitial = false
  const seen = new Set<number>()
  socket.on('data', (chunk: string) => {
    const at = now()
    buffer += chunk
    if (!inBody) {
      const end = buffer.indexOf('\r\n\r\n')
      if (end === -1) return
      const head = buffer.slice(0, end).toLowerCase()
      if (!head.startsWith('http/1.1 200') || head.includes('transfer-encoding')) {
        process.stderr.write(`sse-client-group: ${path} answered ${head.split('\r\n')[0]}${head.includes('transfer-encoding') ? ' with a framed body (this client reads unframed streams only)' : ''}\n`)
        process.exit(1)
      }
      inBody = true
      buffer = buffer.slice(end + 4)
    }
    let index: number
    while ((index = buffer.indexOf('\n\n')) !== -1) {
      const frame = buffer.slice(0, index + 1)
      buffer = buffer.slice(index + 2)
      if (!sawInitial && frame.includes('event: initial\n')) {
        sawInitial = true
        initial()
      } else onFrame(frame, conversation, at, seen)
    }
  })
  socket.on('error', () => undefined)
  sockets.push(socket)
}

process.on('message', (message: Open | { kind: 'close' }) => {
  if (message.kind === 'close') {
    for (const socket of sockets) socket.destroy()
    sockets = []
    send({ kind: 'closed', samples: { conversation: Object.fromEntries(arrivals.conversation), overview: Object.fromEntries(arrivals.overview) } })
    arrivals = { conversation: new Map(), overview: new Map() }
    return
  }
  const started = now()
  const total = message.overview + message.conversations.length * message.perConversation
  let ready = 0
  const initial = (): void => {
    if (++ready === total) send({ kind: 'opened', ms: now() - started })
  }
  for (let i = 0; i < message.overview; i++) openStream(message.base, '/api/stream', message.cookie, false, initial)
  for (const convId of message.conversations) {
    for (let i = 0; i < message.perConversation; i++) openStream(message.base, `/api/conversation/${convId}/stream`, message.cookie, true, initial)
  }
})
