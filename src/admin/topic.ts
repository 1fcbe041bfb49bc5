// One stream topic (the overview, or one conversation): its recent events for Last-Event-ID
// replay and the subscriptions reading it. Delivery is cursor-based: a subscription remembers the
// last event it wrote, so a slow client costs one cursor, not a queue. While its socket is over
// the high-water mark nothing more is written to it; on 'drain' it catches up from the ring, and
// if the ring has moved past its cursor it is closed, to come back with its Last-Event-ID and get
// reset + initial. Memory per client stays bounded whatever the client does.

import { formatFrame } from './sse-frame.js'

export interface StreamEvent {
  readonly n: number
  readonly event: string
  readonly payload: unknown
  /** The stream's last event (`ended`): its id says so. */
  readonly final?: boolean
  /** Its SSE frame, made on first delivery (a topic nobody watches never serializes). */
  frame?: string
}

/** Where a subscription writes: an SSE response (routes/admin/sse-sink.ts) or a test double. */
export interface EventSink {
  /** Writes whole SSE frames (one or more events). */
  write(chunk: Buffer): void
  /** True while the socket buffer is over its high-water mark. */
  readonly blocked: boolean
  onceDrained(listener: () => void): void
  /** Ends the response; the client may reconnect with its Last-Event-ID. */
  end(): void
}

export class Subscription {
  cursor: number
  waiting = false
  blockedSince: number | null = null
  closed = false

  constructor(
    readonly topic: Topic,
    readonly sink: EventSink,
    cursor: number,
  ) {
    this.cursor = cursor
  }

  /** Stops delivery and removes the subscription from its topic (idempotent). */
  close(endStream: boolean): void {
    if (this.closed) return
    this.closed = true
    this.topic.remove(this)
    if (endStream) this.sink.end()
  }
}

export interface TopicOptions {
  capacity: number
  /** Formats an event id from n. */
  eventId: (n: number, final: boolean) => string
  /** A subscription blocked longer than this is closed (a dead peer that still accepts bytes slowly). */
  stallMs: number
  now: () => number
  /**
   * Events are kept for replay only while someone watches, or watched within this many ms: a
   * Last-Event-ID can only come from a subscription, and a topic nobody has watched for longer
   * answers any id with reset + initial, as for an id too old. Unset: always kept. Most calls
   * are never watched on their own, and each event they kept was an object that outlived the
   * young generation for nothing.
   */
  retainMs?: number
  /** Called when the last subscription leaves. */
  onIdle?: (topic: Topic) => void
}

/** One write per client and flush, but not unbounded: a client far behind catches up in steps. */
const MAX_BATCH_BYTES = 64 * 1024

export class Topic {
  readonly subscribers = new Set<Subscription>()
  /** Replay is exact for a cursor >= floor: every event after floor is still in the ring. */
  floor: number
  /** n of the newest event, or floor when none. */
  lastN: number
  /** Set once the stream's subject has ended: subscribers are closed after catching up. */
  ended = false
  /**
   * Grows to capacity as events come, then wraps: most conversations are never watched and keep
   * no event, so a ring allocated at full size up front (500 slots) was 4 KB of old space per
   * call that every full GC marked and moved for nothing.
   */
  #ring: StreamEvent[] = []
  readonly #capacity: number
  #start = 0
  readonly #opts: TopicOptions
  /**
   * Batches framed since the last append, by cursor: clients at the same position (nearly all of
   * them) share one Buffer, so a flush frames and encodes once, not once per client.
   */
  #batches = new Map<number, { buffer: Buffer; last: number }>()
  /** When the last subscription left; null while one is here. Never watched: -Infinity. */
  #unwatchedSince: number | null = Number.NEGATIVE_INFINITY

  constructor(
    readonly key: string,
    createdAt: number,
    options: TopicOptions,
  ) {
    this.floor = createdAt
    this.lastN = createdAt
    this.#opts = options
    this.#capacity = options.capacity
  }

  get size(): number {
    return this.#ring.length
  }

  /** Whether appended events are kept for replay (see TopicOptions.retainMs). */
  get retaining(): boolean {
    const { retainMs } = this.#opts
    return retainMs === undefined || this.#unwatchedSince === null || this.#opts.now() - this.#unwatchedSince <= retainMs
  }

  append(event: StreamEvent): void {
    if (!this.retaining) {
      // Nobody can resume before this event: the replay window starts after it.
      if (this.#ring.length > 0) this.#ring = []
      this.#start = 0
      this.floor = event.n
      this.lastN = event.n
      return
    }
    if (this.#ring.length < this.#capacity) {
      // Not full yet, so nothing was evicted and the oldest event is at 0.
      this.#ring.push(event)
    } else {
      const evicted = this.#ring[this.#start] as StreamEvent
      this.floor = evicted.n
      this.#ring[this.#start] = event
      this.#start = (this.#start + 1) % this.#capacity
    }
    this.lastN = event.n
    if (this.#batches.size > 0) this.#batches = new Map()
  }

  /** Events after cursor, oldest first; null when some were already evicted. */
  eventsAfter(cursor: number): StreamEvent[] | null {
    if (cursor < this.floor) return null
    const out: StreamEvent[] = []
    const size = this.#ring.length
    for (let i = size - 1; i >= 0; i--) {
      const event = this.#ring[(this.#start + i) % size] as StreamEvent
      if (event.n <= cursor) break
      out.push(event)
    }
    return out.reverse()
  }

  /** Whether a client at cursor can resume exactly here. */
  canResume(cursor: number, newest: number): boolean {
    return cursor >= this.floor && cursor <= newest
  }

  add(subscription: Subscription): void {
    this.subscribers.add(subscription)
    this.#unwatchedSince = null
  }

  remove(subscription: Subscription): void {
    if (this.subscribers.delete(subscription) && this.subscribers.size === 0) {
      this.#unwatchedSince = this.#opts.now()
      this.#opts.onIdle?.(this)
    }
  }

  /**
   * Writes what the subscription has not had yet, as far as its socket takes it. Returns false
   * when the subscription was closed (fell behind the ring, stalled, or the topic ended).
   */
  deliver(sub: Subscription): boolean {
    if (sub.closed) return false
    while (sub.cursor < this.lastN) {
      if (sub.cursor < this.floor) {
        sub.close(true)
        return false
      }
      if (sub.sink.blocked) return this.#wait(sub)
      const batch = this.#batch(sub.cursor)
      if (!batch) break
      sub.sink.write(batch.buffer)
      sub.cursor = batch.last
    }
    sub.blockedSince = null
    if (this.ended && sub.cursor >= this.lastN) {
      sub.close(true)
      return false
    }
    return true
  }

  #batch(cursor: number): { buffer: Buffer; last: number } | null {
    const cached = this.#batches.get(cursor)
    if (cached) return cached
    const pending = this.eventsAfter(cursor)
    if (!pending || pending.length === 0) return null
    let text = ''
    let last = cursor
    for (const event of pending) {
      event.frame ??= formatFrame({
        id: this.#opts.eventId(event.n, event.final === true),
        event: event.event,
        data: JSON.stringify(event.payload),
      })
      if (text.length > 0 && text.length + event.frame.length > MAX_BATCH_BYTES) break
      text += event.frame
      last = event.n
    }
    const batch = { buffer: Buffer.from(text, 'utf8'), last }
    this.#batches.set(cursor, batch)
    return batch
  }

  #wait(sub: Subscription): boolean {
    const now = this.#opts.now()
    if (sub.blockedSince === null) sub.blockedSince = now
    else if (now - sub.blockedSince > this.#opts.stallMs) {
      sub.close(true)
      return false
    }
    if (!sub.waiting) {
      sub.waiting = true
      sub.sink.onceDrained(() => {
        sub.waiting = false
        this.deliver(sub)
      })
    }
    return true
  }
}
