import { fork, type ChildProcess, type ForkOptions } from 'node:child_process'
import type { Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { FastifyBaseLogger } from 'fastify'
import type { Writable } from 'node:stream'
import { EVENT_PIPE_FD, type FromStreamProcess, type RelaySettings, type StreamEventLine, type ToStreamProcess } from './stream-relay-protocol.js'
import type { StreamEvent, Subscription, Topic } from './topic.js'

// Aurora's side of the stream process (stream-process.ts). A fan-out is one socket write per
// stream per event, about 10 µs each: 1,000 admins watching cost a caller's webhook milliseconds
// whenever it lands behind one. So once a stream has its initial, Aurora hands its socket to a
// child process (the handle passing cluster uses) and from then on sends each event once, down a
// pipe, to be written there. The child is an optimisation, never a dependency: until it is
// ready, after it dies, or for a socket it cannot take (TLS, a pipelined response, unflushed
// bytes), streams are written here as before. Its death ends the streams it held; their clients
// reconnect with Last-Event-ID and resume exactly.
//
// Node sends handles one at a time, each waiting for the child's acknowledgement (about half a
// second for 1,000). So streams wait for their turn here, still written by Aurora, and each
// moves only when the child has taken the one before: a stream is never stuck in a queue where
// nobody can write to it.

export interface StreamRelayOptions {
  settings: RelaySettings
  log: FastifyBaseLogger
  /** How the child is started (tests); default: fork stream-process with tsx when running from sources. */
  start?: () => ChildProcess
}

/** A new child at most this often: one that dies as it starts must not be restarted in a loop. */
const RESTART_BACKOFF_MS = 5000
const STOP_TIMEOUT_MS = 3000
/** Events the child has not read: past this it is not keeping up, and its streams are better off reconnecting. */
const MAX_EVENT_BACKLOG_BYTES = 64 * 1024 * 1024

interface Waiting {
  subscription: Subscription
  socket: Socket
  expiresAt: number | null
}

export class StreamRelay {
  readonly #opts: StreamRelayOptions
  #child: ChildProcess | null = null
  #events: Writable | null = null
  #ready = false
  #stopped = false
  #startedAt = -Infinity
  #nextId = 1
  /** Topics with streams in the child, by uid. */
  readonly #topics = new Map<number, Topic>()
  #onStopped: (() => void) | null = null
  /** Streams waiting to move, still written here. */
  #queue: Waiting[] = []
  /** An attach the child has not confirmed yet. */
  #inFlight = false

  constructor(options: StreamRelayOptions) {
    this.#opts = options
  }

  get state(): 'ready' | 'starting' | 'down' {
    return this.#ready ? 'ready' : this.#child ? 'starting' : 'down'
  }

  /** Streams waiting to move to the child, or on their way. */
  get handingOver(): number {
    return this.#queue.length + (this.#inFlight ? 1 : 0)
  }

  get pid(): number | null {
    return this.#child?.pid ?? null
  }

  /** Streams in the child, as far as Aurora knows. */
  get streams(): number {
    let count = 0
    for (const topic of this.#topics.values()) count += topic.relayed
    return count
  }

  start(): void {
    if (this.#child || this.#stopped) return
    this.#startedAt = performance.now()
    const child = (this.#opts.start ?? startStreamProcess)()
    this.#child = child
    const events = child.stdio[EVENT_PIPE_FD] as Writable | null | undefined
    if (!events) throw new Error(`stream process started without its event pipe (fd ${EVENT_PIPE_FD})`)
    events.on('error', () => undefined) // the child's exit says what happened
    this.#events = events
    child.on('message', (message: FromStreamProcess) => this.#onMessage(message))
    child.on('error', (err) => this.#opts.log.warn({ err }, 'admin stream process error'))
    child.once('exit', (code, signal) => this.#onExit(child, code, signal))
    this.#send({ t: 'settings', settings: this.#opts.settings })
  }

  /**
   * Queues a stream to move to the child; until it does it is written here as before. False when
   * there is no child to move to (stopped).
   */
  handOver(subscription: Subscription, socket: Socket, expiresAt: number | null): boolean {
    if (this.#stopped) return false
    if (!this.#child && performance.now() - this.#startedAt > RESTART_BACKOFF_MS) this.start()
    // While no child takes them, clients that leave must not pile up here.
    if (this.#queue.length >= 1024 && this.#queue.length % 1024 === 0) this.#queue = this.#queue.filter((waiting) => !waiting.subscription.closed)
    this.#queue.push({ subscription, socket, expiresAt })
    this.#next()
    return true
  }

  /** Moves the next stream that still can, once the child has confirmed the previous one. */
  #next(): void {
    while (!this.#inFlight && this.#ready && this.#queue.length > 0) {
      const { subscription, socket, expiresAt } = this.#queue.shift() as Waiting
      this.#inFlight = this.#move(subscription, socket, expiresAt)
    }
  }

  #move(subscription: Subscription, socket: Socket, expiresAt: number | null): boolean {
    const child = this.#child
    const { topic } = subscription
    if (!child?.connected || subscription.closed || socket.destroyed || topic.ended) return false
    // Caught up and flushed, or it stays here: the child continues from exactly where it is.
    if (subscription.cursor < topic.lastN) topic.deliver(subscription)
    if (subscription.closed || subscription.waiting || subscription.cursor < topic.lastN || socket.writableLength > 0) return false
    topic.relay(subscription)
    this.#topics.set(topic.uid, topic)
    const message: ToStreamProcess = { t: 'attach', id: this.#nextId++, uid: topic.uid, capacity: topic.capacity, lastN: topic.lastN, cursor: subscription.cursor, expiresAt }
    // Sent as a plain socket, not as one of the server's: for those, Node does cluster's
    // bookkeeping (net.Server._setupWorker), after which server.close() waits forever once this
    // child is gone. keepOpen leaves Aurora's copy to close here, so the server counts it once.
    ;(socket as unknown as { server: unknown }).server = null
    child.send(message, socket, { keepOpen: true }, (err) => {
      // The child holds its own descriptor now: closing ours only ends this request here (and,
      // had the send failed, the connection: the client reconnects).
      socket.destroy()
      if (err) {
        this.#release(topic.uid)
        this.#inFlight = false
        this.#next()
      }
    })
    return true
  }

  /** A new event of a topic with streams in the child; `prev` is the topic's event before it. */
  forward(topic: Topic, prev: number, event: StreamEvent): void {
    this.#line({ t: 'event', uid: topic.uid, prev, n: event.n, frame: topic.frameOf(event), final: event.final === true, capacity: topic.capacity })
  }

  /** The topic is gone: its streams in the child end. */
  drop(topic: Topic): void {
    this.#line({ t: 'drop', uid: topic.uid })
  }

  #line(line: StreamEventLine): void {
    const events = this.#events
    if (!events || events.destroyed || !this.#child) return
    events.write(`${JSON.stringify(line)}\n`)
    if (events.writableLength > MAX_EVENT_BACKLOG_BYTES) {
      this.#opts.log.error({ backlog: events.writableLength }, 'admin stream process is not keeping up; restarting it')
      this.#child.kill('SIGKILL')
    }
  }

  /** Ends every stream in the child, then the child. */
  async stop(): Promise<void> {
    if (this.#stopped) return
    this.#stopped = true
    // Those still waiting are written here, and end with the hub's own streams.
    this.#queue = []
    const child = this.#child
    if (!child?.connected) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, STOP_TIMEOUT_MS)
      this.#onStopped = () => {
        clearTimeout(timer)
        resolve()
      }
      this.#send({ t: 'stop' })
    })
    // The child exits when its channel closes.
    if (child.connected) child.disconnect()
  }

  #send(message: ToStreamProcess): void {
    if (this.#child?.connected) this.#child.send(message)
  }

  #onMessage(message: FromStreamProcess): void {
    if (message.t === 'ready') {
      this.#ready = !this.#stopped
      this.#opts.log.info({ pid: this.#child?.pid }, 'admin stream process ready')
      this.#next()
    } else if (message.t === 'took') {
      this.#inFlight = false
      this.#next()
    } else if (message.t === 'detached') this.#release(message.uid)
    else this.#onStopped?.()
  }

  #release(uid: number): void {
    const topic = this.#topics.get(uid)
    if (!topic) return
    if (topic.relayed <= 1) {
      this.#topics.delete(uid)
      this.#line({ t: 'forget', uid })
    }
    topic.unrelay()
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#child !== child) return
    this.#child = null
    this.#events = null
    this.#ready = false
    this.#inFlight = false
    this.#onStopped?.()
    if (!this.#stopped) this.#opts.log.warn({ code, signal, streams: this.streams }, 'admin stream process exited; its streams reconnect and are written here until it is back')
    // Its streams are closed with it: every topic stops counting them.
    const topics = [...this.#topics.values()]
    this.#topics.clear()
    for (const topic of topics) while (topic.relayed > 0) topic.unrelay()
  }
}

function startStreamProcess(): ChildProcess {
  const here = import.meta.url
  // Its own flags only: inheriting --inspect or --cpu-prof from Aurora would clash or mislead.
  const options: ForkOptions = { stdio: ['ignore', 'inherit', 'inherit', 'ipc', 'pipe'], serialization: 'json' }
  if (!here.endsWith('.ts')) return fork(fileURLToPath(new URL('./stream-process.js', here)), [], { ...options, execArgv: [] })
  // From TypeScript sources (tsx, vitest) the child needs tsx's loader to run the .ts entry.
  return fork(fileURLToPath(new URL('./stream-process.ts', here)), [], { ...options, execArgv: ['--import', import.meta.resolve('tsx/esm')] })
}
