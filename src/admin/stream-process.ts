import { Socket } from 'node:net'
import { setPriority } from 'node:os'
import { Fanout } from './fanout.js'
import { EVENT_PIPE_FD, type FromStreamProcess, type RelaySettings, type StreamEventLine, type ToStreamProcess } from './stream-relay-protocol.js'
import { Subscription, Topic, type EventSink } from './topic.js'

// Child-process entry (see stream-relay.ts): writes the admin streams Aurora hands over, so the
// socket writes of a fan-out (one per stream per event) run on another core than the webhooks.
// It keeps, per topic, the ring of events since its streams arrived and delivers them with the
// hub's own Topic and Fanout: same batching, same slow-client rules (a client that stalls or
// falls behind the ring is ended and comes back to Aurora with its Last-Event-ID).

if (!process.send) throw new Error('stream-process must be started with an IPC channel (stream-relay.ts)')

const HEARTBEAT = Buffer.from(': heartbeat\n\n')
const END_GRACE_MS = 5000
/** setTimeout's limit; a longer session is re-checked when the client reconnects anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1

interface Stream {
  readonly uid: number
  readonly socket: Socket
  readonly subscription: Subscription
  expiry: NodeJS.Timeout | null
}

let settings: RelaySettings | null = null
let fanout: Fanout | null = null
let heartbeat: NodeJS.Timeout | null = null
let stopping = false
const topics = new Map<number, Topic>()
const streams = new Map<number, Stream>()

function post(message: FromStreamProcess): void {
  if (process.connected) process.send?.(message)
}

function socketSink(socket: Socket): EventSink {
  return {
    write(chunk) {
      if (!socket.destroyed) socket.write(chunk)
    },
    get blocked() {
      return socket.writableNeedDrain
    },
    onceDrained(listener) {
      socket.once('drain', listener)
    },
    end() {
      // Closed once flushed, or after a grace if it never flushes (a stalled peer): a peer that
      // never closes its side, or never reads, must not hold the socket.
      const grace = setTimeout(() => socket.destroy(), END_GRACE_MS)
      socket.once('close', () => clearTimeout(grace))
      socket.end(() => socket.destroy())
    },
  }
}

/** A fresh topic whose newest event is lastN (the ring starts after it). */
function newTopic(uid: number, capacity: number, lastN: number): Topic {
  const topic = new Topic(String(uid), lastN, {
    capacity,
    // Frames come made by Aurora (its event ids); this side never formats one.
    eventId: () => {
      throw new Error('stream-process: an event arrived without its frame')
    },
    stallMs: settings?.stallMs ?? 60_000,
    now: Date.now,
  })
  topics.set(uid, topic)
  return topic
}

type Attach = Extract<ToStreamProcess, { t: 'attach' }>

/** Attaches that arrived before their topic's events did (the pipe and IPC are not ordered), by uid. */
const parked = new Map<number, { message: Attach; socket: Socket }[]>()

function attach(message: Attach, socket: Socket | undefined): void {
  if (!socket || !settings || stopping) {
    socket?.destroy()
    post({ t: 'detached', id: message.id, uid: message.uid })
    return
  }
  const existing = topics.get(message.uid)
  if (existing && message.lastN > existing.lastN) {
    // Aurora wrote this stream up to an event still on its way here: wait for it (or for the
    // topic's `forget`, if what is here is what is left of an earlier visit).
    const waiting = parked.get(message.uid) ?? []
    waiting.push({ message, socket })
    parked.set(message.uid, waiting)
    return
  }
  const topic = existing ?? newTopic(message.uid, message.capacity, message.lastN)
  if (!topic.canResume(message.lastN, topic.lastN)) {
    // Older than the ring (never expected): the client resumes from Aurora with its Last-Event-ID.
    socket.end(() => socket.destroy())
    post({ t: 'detached', id: message.id, uid: message.uid })
    return
  }
  const subscription = new Subscription(topic, socketSink(socket), message.cursor)
  const stream: Stream = { uid: message.uid, socket, subscription, expiry: null }
  streams.set(message.id, stream)
  socket.on('data', () => undefined) // an SSE client sends nothing; reading is how its end is seen
  socket.on('error', () => undefined) // 'close' follows
  socket.on('close', () => {
    if (streams.get(message.id) !== stream) return
    streams.delete(message.id)
    if (stream.expiry) clearTimeout(stream.expiry)
    subscription.close(false)
    post({ t: 'detached', id: message.id, uid: message.uid })
    if (stopping && streams.size === 0) post({ t: 'stopped' })
  })
  topic.add(subscription)
  if (message.expiresAt !== null) {
    stream.expiry = setTimeout(() => subscription.close(true), Math.min(MAX_TIMER_MS, Math.max(0, message.expiresAt - Date.now())))
  }
  topic.deliver(subscription)
}

/** Starts the parked attaches of a topic that can take them now. */
function unpark(uid: number): void {
  const waiting = parked.get(uid)
  if (!waiting) return
  const topic = topics.get(uid)
  const ready = waiting.filter(({ message }) => !topic || message.lastN <= topic.lastN)
  if (ready.length === 0) return
  const still = waiting.filter((entry) => !ready.includes(entry))
  if (still.length > 0) parked.set(uid, still)
  else parked.delete(uid)
  for (const { message, socket } of ready) attach(message, socket)
}

function onLine(line: StreamEventLine): void {
  const topic = topics.get(line.uid)
  if (line.t === 'drop') {
    if (topic) endAll(topic.subscribers)
    topics.delete(line.uid)
    for (const { message, socket } of parked.get(line.uid) ?? []) {
      socket.destroy()
      post({ t: 'detached', id: message.id, uid: message.uid })
    }
    parked.delete(line.uid)
    return
  }
  if (line.t === 'forget') {
    if (topic?.subscribers.size === 0) topics.delete(line.uid)
    unpark(line.uid)
    return
  }
  // Already here: the topic was started after it (from an attach that overtook it).
  if (topic && line.n <= topic.lastN) return
  let target = topic
  if (!target || target.lastN !== line.prev) {
    // The first event since Aurora's streams of this topic came here, or (never expected) a gap:
    // streams that missed an event end and resume from Aurora.
    if (target) endAll(target.subscribers)
    target = newTopic(line.uid, line.capacity, line.prev)
  }
  target.append(line.final ? { n: line.n, event: '', payload: null, frame: line.frame, final: true } : { n: line.n, event: '', payload: null, frame: line.frame })
  if (line.final) target.ended = true
  if (target.subscribers.size > 0) fanout?.schedule(target)
  unpark(line.uid)
}

function readEventPipe(): void {
  const pipe = new Socket({ fd: EVENT_PIPE_FD, readable: true, writable: false })
  pipe.setEncoding('utf8')
  let pending = ''
  pipe.on('data', (chunk: string) => {
    pending += chunk
    let start = 0
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      onLine(JSON.parse(pending.slice(start, end)) as StreamEventLine)
      start = end + 1
    }
    pending = pending.slice(start)
  })
  // Aurora closed it (stopping) or is gone; 'disconnect' ends the process.
  pipe.on('error', () => undefined)
}

function endAll(subscriptions: Iterable<Subscription>): void {
  for (const subscription of [...subscriptions]) subscription.close(true)
}

process.on('message', (message: ToStreamProcess, handle?: Socket) => {
  switch (message.t) {
    case 'settings': {
      settings = message.settings
      fanout = new Fanout({ slice: settings.fanoutSlice, coalesceMs: settings.coalesceMs })
      heartbeat = setInterval(() => {
        // Between whole writes, so never inside a frame; a full socket gets none (it has bytes pending).
        for (const { socket } of streams.values()) if (!socket.writableNeedDrain && !socket.destroyed) socket.write(HEARTBEAT)
      }, settings.heartbeatMs)
      readEventPipe()
      post({ t: 'ready' })
      return
    }
    case 'attach':
      attach(message, handle)
      post({ t: 'took', id: message.id })
      return
    case 'stop':
      stopping = true
      if (heartbeat) clearInterval(heartbeat)
      for (const [uid, waiting] of parked) {
        for (const { message, socket } of waiting) {
          socket.destroy()
          post({ t: 'detached', id: message.id, uid })
        }
      }
      parked.clear()
      if (streams.size === 0) post({ t: 'stopped' })
      else for (const { subscription } of [...streams.values()]) subscription.close(true)
      return
  }
})

// Admins can wait a few milliseconds; callers cannot: when the box is busy, Aurora's process (the
// webhooks) gets the CPU first. Not so low that a fan-out starves (it must reach admins in tens of ms).
try {
  setPriority(10)
} catch {
  // Not permitted or not supported here: run at normal priority.
}

// Aurora is gone (stopped or killed): the streams close with this process and clients reconnect.
process.on('disconnect', () => process.exit(0))
