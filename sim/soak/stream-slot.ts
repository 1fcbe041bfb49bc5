// One admin SSE stream kept open the way a browser's EventSource keeps it: when the stream ends
// it reconnects after the retry delay with the last event id it saw (Last-Event-ID), and a 204
// means "nothing more on this conversation", after which the supervisor, not the browser, opens
// another live call. The client also drops the connection now and then (a laptop lid, a Wi-Fi
// handover), so the resume path runs on the overview stream too, not only on conversations.
// Parsing is sim/calls/sse-reader.ts's; this file only adds the reconnect policy and counts.

import { openSse, type SseEvent, type SseStream } from '../calls/sse-reader.js'

export type StreamKind = 'overview' | 'conversation'

export interface StreamStats {
  requests: number
  /** 200 answers (a stream was opened). */
  opened: number
  /** 200 answers to a request carrying Last-Event-ID. */
  resumed: number
  /** 204: the conversation had already ended for this client; the slot moved to another call. */
  finished: number
  /** 404: the conversation is unknown (should not happen: only live calls are followed). */
  notFound: number
  /** Any other status, by code. */
  httpErrors: Record<string, number>
  /** The request failed before any answer (connection refused or reset). */
  networkErrors: number
  /** Streams the server ended (a conversation's `ended`, or the server closing). */
  serverEnded: number
  /** Streams this client dropped on purpose, then resumed. */
  clientDropped: number
  events: number
  initials: number
  /** `reset`: the Last-Event-ID was outside the server's replay window (a full `initial` follows). */
  resets: number
  /** `ended` events on conversation streams. */
  ended: number
  /**
   * Events a resumed stream delivered again: on a connection that resumed from a Last-Event-ID
   * (no `reset`, no `initial`), an event whose id is not after that one. `initial` and the
   * `ended` written with it carry the hub's current position, which may equal an id the client
   * already has, so a fresh snapshot is not a repeat.
   */
  replayedIds: number
  /** Times a conversation slot found no live call to follow and waited. */
  waitingForCall: number
  /** The first few anomalies (repeats, errors), as text, for the report. */
  examples: string[]
}

const MAX_EXAMPLES = 8

export function emptyStats(): StreamStats {
  return {
    requests: 0, opened: 0, resumed: 0, finished: 0, notFound: 0, httpErrors: {}, networkErrors: 0, serverEnded: 0,
    clientDropped: 0, events: 0, initials: 0, resets: 0, ended: 0, replayedIds: 0, waitingForCall: 0, examples: [],
  }
}

function example(stats: StreamStats, text: string): void {
  if (stats.examples.length < MAX_EXAMPLES) stats.examples.push(text)
}

export function addStats(a: StreamStats, b: StreamStats): StreamStats {
  const httpErrors = { ...a.httpErrors }
  for (const [code, n] of Object.entries(b.httpErrors)) httpErrors[code] = (httpErrors[code] ?? 0) + n
  const out = emptyStats()
  for (const key of Object.keys(out) as (keyof StreamStats)[]) {
    if (key !== 'httpErrors' && key !== 'examples') out[key] = a[key] + b[key]
  }
  out.httpErrors = httpErrors
  out.examples = [...a.examples, ...b.examples].slice(0, MAX_EXAMPLES)
  return out
}

export interface SlotOptions {
  origin: string
  cookie: string
  kind: StreamKind
  /** Conversation slots: a live call's conversation to follow next, or null when none is live. */
  pickConversation?: () => string | null
  /** Every event this slot receives (the slots that keep the directory of live calls). */
  onEvent?: (event: SseEvent) => void
  /** EventSource's reconnection time: Aurora sends `retry: 1000` with every `initial`. */
  reconnectMs: number
  /** Mean time (exponential) before the client drops a healthy stream itself; 0 = never. */
  dropMeanMs: number
  /** Uniform [0, 1), seeded by the caller. */
  random: () => number
  /** Counted into (shared by the slots of one kind). */
  stats: StreamStats
}

/** How long to wait before asking again when no call is live. */
const NO_CALL_WAIT_MS = 1000

export class StreamSlot {
  readonly #o: SlotOptions
  #stopped = false
  #current: SseStream | null = null
  #wake: (() => void) | null = null
  #open = false

  constructor(options: SlotOptions) {
    this.#o = options
  }

  /** True while a stream is open (headers received, not yet ended). */
  get isOpen(): boolean {
    return this.#open
  }

  /** Keeps the slot filled until stop(). Never rejects. */
  async run(): Promise<void> {
    const o = this.#o
    const stats = o.stats
    let convId: string | null = null
    let lastEventId: string | null = null
    while (!this.#stopped) {
      if (o.kind === 'conversation' && convId === null) {
        convId = o.pickConversation?.() ?? null
        lastEventId = null
        if (convId === null) {
          stats.waitingForCall++
          await this.#sleep(NO_CALL_WAIT_MS)
          continue
        }
      }
      const url = o.kind === 'overview' ? `${o.origin}/api/stream` : `${o.origin}/api/conversation/${encodeURIComponent(convId ?? '')}/stream`
      const headers: Record<string, string> = { cookie: o.cookie }
      if (lastEventId !== null) headers['last-event-id'] = lastEventId
      const resumedFrom = lastEventId
      const resuming = resumedFrom !== null
      const from = resumedFrom !== null ? eventPosition(resumedFrom) : null
      let snapshot = false
      let connectionId: string | null = null
      const onEvent = (event: SseEvent): void => {
        stats.events++
        if (event.event === 'initial') stats.initials++
        else if (event.event === 'reset') stats.resets++
        else if (event.event === 'ended') stats.ended++
        if (event.event === 'initial' || event.event === 'reset') snapshot = true
        // The parser gives an event without an id of its own the previous one's: look at each id once.
        if (event.id !== null && event.id !== connectionId) {
          connectionId = event.id
          const position = eventPosition(event.id)
          if (!snapshot && from && position && position.epoch === from.epoch && position.n <= from.n) {
            stats.replayedIds++
            example(stats, `${url}: resumed from ${resumedFrom}, then got ${event.event} ${event.id}`)
          }
          lastEventId = event.id
        }
        o.onEvent?.(event)
      }
      stats.requests++
      let stream: SseStream
      try {
        stream = await openSse(url, { headers, onEvent })
      } catch (err) {
        stats.networkErrors++
        example(stats, `${url}: ${(err as Error).message}`)
        await this.#sleep(o.reconnectMs)
        continue
      }
      if (stream.status === 200) {
        stats.opened++
        if (resuming) stats.resumed++
        this.#current = stream
        this.#open = true
        let dropped = false
        const drop = o.dropMeanMs > 0 && !this.#stopped
          ? setTimeout(() => {
              dropped = true
              stream.close()
            }, Math.round(-Math.log(1 - o.random()) * o.dropMeanMs))
          : null
        if (this.#stopped) stream.close()
        await stream.closed
        if (drop) clearTimeout(drop)
        this.#open = false
        this.#current = null
        if (this.#stopped) break
        if (dropped) stats.clientDropped++
        else stats.serverEnded++
        await this.#sleep(o.reconnectMs)
      } else if (stream.status === 204) {
        stats.finished++
        convId = null
      } else if (stream.status === 404) {
        stats.notFound++
        example(stats, `${url}: 404`)
        convId = null
        await this.#sleep(o.reconnectMs)
      } else {
        // EventSource would give up for good here; the slot stays filled so the load stays constant.
        stats.httpErrors[String(stream.status)] = (stats.httpErrors[String(stream.status)] ?? 0) + 1
        example(stats, `${url}: ${stream.status}`)
        await this.#sleep(o.reconnectMs)
      }
    }
  }

  stop(): void {
    this.#stopped = true
    this.#current?.close()
    this.#wake?.()
  }

  async #sleep(ms: number): Promise<void> {
    if (this.#stopped) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      function done(): void {
        clearTimeout(timer)
        resolve()
      }
      this.#wake = done
    })
    this.#wake = null
  }
}

interface EventPosition {
  epoch: string
  n: number
}

/** `<epoch>.<n>` or `<epoch>.<n>.end` (src/admin/event-id.ts), or null for any other id. */
export function eventPosition(id: string): EventPosition | null {
  const bare = id.endsWith('.end') ? id.slice(0, -4) : id
  const dot = bare.lastIndexOf('.')
  if (dot <= 0 || !/^\d+$/.test(bare.slice(dot + 1))) return null
  return { epoch: bare.slice(0, dot), n: Number(bare.slice(dot + 1)) }
}

/** Which conversations are live, from the overview stream's `initial`, `call` and `call_removed`. */
export class LiveCalls {
  readonly #status = new Map<string, string>()

  apply(event: SseEvent): void {
    if (event.event !== 'initial' && event.event !== 'call' && event.event !== 'call_removed') return
    let payload: unknown
    try {
      payload = JSON.parse(event.data)
    } catch {
      return
    }
    if (typeof payload !== 'object' || payload === null) return
    if (event.event === 'initial') {
      this.#status.clear()
      const calls: unknown = Reflect.get(payload, 'calls')
      if (Array.isArray(calls)) for (const call of calls) this.#set(call)
    } else if (event.event === 'call') {
      this.#set(Reflect.get(payload, 'call'))
    } else {
      const convId: unknown = Reflect.get(payload, 'conversation_id')
      if (typeof convId === 'string') this.#status.delete(convId)
    }
  }

  /** A live (not ENDED) conversation, uniformly at random, or null. */
  pick(random: () => number): string | null {
    const live = [...this.#status].filter(([, status]) => status !== 'ENDED').map(([convId]) => convId)
    return live.length === 0 ? null : (live[Math.floor(random() * live.length)] ?? null)
  }

  get size(): number {
    return this.#status.size
  }

  #set(call: unknown): void {
    if (typeof call !== 'object' || call === null) return
    const convId: unknown = Reflect.get(call, 'conversation_id')
    const status: unknown = Reflect.get(call, 'status')
    if (typeof convId === 'string') this.#status.set(convId, typeof status === 'string' ? status : 'ACTIVE')
  }
}
