// A child process of sse-fanout.bench.ts holding many admin SSE connections, so parsing 1,000
// streams does not run on the server's event loop (as it would not in production: the admins'
// browsers are elsewhere). Arrival times use performance.timeOrigin + now(), an epoch clock the
// parent reads the same way.
//
// Protocol (IPC): parent -> {kind:'open', base, cookie, overview, conversations: string[], perConversation}
//   child -> {kind:'opened', ms}   (every stream has delivered its `initial`)
// parent -> {kind:'close'}  child -> {kind:'closed', samples}
//   samples: {conversation, overview}: probe -> receipt times (epoch ms) on each kind of stream.
// Probe messages are caller words starting with "probe:<n>"; the overview carries them as a
// call's last_text.

import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import { performance } from 'node:perf_hooks'

interface Open {
  kind: 'open'
  base: string
  cookie: string
  overview: number
  conversations: string[]
  perConversation: number
}

const now = (): number => performance.timeOrigin + performance.now()
const send = (message: unknown): void => void process.send?.(message)

let requests: { req: ClientRequest; res: IncomingMessage | null }[] = []
let arrivals = { conversation: new Map<number, number[]>(), overview: new Map<number, number[]>() }

function arrived(kind: 'conversation' | 'overview', probe: number, at: number): void {
  const list = arrivals[kind].get(probe)
  if (list) list.push(at)
  else arrivals[kind].set(probe, [at])
}

function probeOf(text: unknown): number | null {
  if (typeof text !== 'string' || !text.startsWith('probe:')) return null
  return Number.parseInt(text.slice(6), 10)
}

function onEvent(event: string, data: string, conversation: boolean, at: number, seen: Set<number>): void {
  // Parse only what carries a probe: this process stands in for 1,000 browsers on one core.
  if (!data.includes('probe:')) return
  if (event === 'new_messages') {
    const { messages } = JSON.parse(data) as { messages: { role: string; text: string }[] }
    for (const message of messages) {
      const probe = message.role === 'user' ? probeOf(message.text) : null
      if (probe !== null) arrived(conversation ? 'conversation' : 'overview', probe, at)
    }
  } else if (event === 'call') {
    // The overview announces the caller's words (last_text) with the record that carried them;
    // the answer's record repeats them, so only the first receipt per stream counts (below).
    const { call } = JSON.parse(data) as { call: { last_text?: string } }
    const probe = conversation ? null : probeOf(call.last_text)
    if (probe !== null && !seen.has(probe)) {
      seen.add(probe)
      arrived('overview', probe, at)
    }
  }
}

function openStream(url: string, cookie: string, conversation: boolean, initial: () => void): void {
  const entry: { req: ClientRequest; res: IncomingMessage | null } = { req: null as unknown as ClientRequest, res: null }
  entry.req = request(url, { headers: { cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
    entry.res = res
    res.setEncoding('utf8')
    let buffer = ''
    let event = ''
    let data = ''
    let sawInitial = false
    const seen = new Set<number>()
    res.on('data', (chunk: string) => {
      const at = now()
      buffer += chunk
      let index: number
      while ((index = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, index)
        buffer = buffer.slice(index + 1)
        if (line === '') {
          if (event === 'initial' && !sawInitial) {
            sawInitial = true
            initial()
          } else if (data) onEvent(event, data, conversation, at, seen)
          event = ''
          data = ''
        } else if (line.startsWith('event: ')) event = line.slice(7)
        else if (line.startsWith('data: ')) data = line.slice(6)
      }
    })
    res.on('error', () => undefined)
  })
  entry.req.on('error', () => undefined)
  entry.req.end()
  requests.push(entry)
}

process.on('message', (message: Open | { kind: 'close' }) => {
  if (message.kind === 'close') {
    for (const { req, res } of requests) {
      res?.destroy()
      req.destroy()
    }
    requests = []
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
  for (let i = 0; i < message.overview; i++) openStream(`${message.base}/api/stream`, message.cookie, false, initial)
  for (const convId of message.conversations) {
    for (let i = 0; i < message.perConversation; i++) openStream(`${message.base}/api/conversation/${convId}/stream`, message.cookie, true, initial)
  }
})
