import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'

// A small Server-Sent Events client over a real socket, reading the raw stream the way a browser
// EventSource does (WHATWG "event stream interpretation"), but keeping what a test needs to see:
// every event with its id, the comment lines (heartbeats), and the end of the stream.

export interface SseEvent {
  id: string | null
  event: string
  data: string
}

export interface OpenOptions {
  headers?: Record<string, string>
  lastEventId?: string
}

export class SseClient {
  readonly events: SseEvent[] = []
  readonly comments: string[] = []
  /** The last id seen, as an EventSource would send back in Last-Event-ID. */
  lastEventId: string | null = null
  readonly ended: Promise<void>
  #cursor = 0
  #waiters = new Set<() => void>()
  #buffer = ''
  #data: string[] = []
  #event = ''
  #id: string | null = null
  #done = false

  private constructor(
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
    private readonly response: IncomingMessage,
    /** The body of a non-stream answer (404, 401, 204...). */
    readonly body: Promise<string>,
  ) {
    let endResolve!: () => void
    this.ended = new Promise((resolve) => (endResolve = resolve))
    const finish = (): void => {
      this.#done = true
      endResolve()
      this.#wake()
    }
    if (status !== 200 || !String(headers['content-type']).startsWith('text/event-stream')) {
      response.on('end', finish).on('close', finish).on('error', finish)
      return
    }
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => this.#feed(chunk))
    response.on('end', finish).on('close', finish).on('error', finish)
  }

  static open(url: string, options: OpenOptions = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers }
      if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId
      const req = request(url, { headers, agent: false }, (res) => {
        const isStream = res.statusCode === 200 && String(res.headers['content-type']).startsWith('text/event-stream')
        const body = isStream
          ? Promise.resolve('')
          : new Promise<string>((ok) => {
              let text = ''
              res.setEncoding('utf8')
              res.on('data', (c: string) => (text += c))
              res.on('end', () => ok(text))
              res.on('error', () => ok(text))
            })
        resolve(new SseClient(res.statusCode ?? 0, res.headers, res, body))
      })
      req.on('error', reject)
      req.end()
    })
  }

  get isEnded(): boolean {
    return this.#done
  }

  /** The next event not yet taken (optionally of a given name, skipping others), waiting for it. */
  async next(name?: string, timeoutMs = 10_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      while (this.#cursor < this.events.length) {
        const event = this.events[this.#cursor++] as SseEvent
        if (name === undefined || event.event === name) return event
      }
      if (this.#done) throw new Error(`stream ended before ${name ?? 'an event'} (had: ${this.events.map((e) => e.event).join(', ')})`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no ${name ?? 'event'} within ${timeoutMs} ms (had: ${this.events.map((e) => e.event).join(', ')})`)
      await this.#wait(left)
    }
  }

  /** The next event of that name whose JSON data satisfies the predicate (skipping others). */
  async nextWhere<T>(name: string, predicate: (data: T) => boolean, timeoutMs = 10_000): Promise<SseEvent & { json: T }> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const event = await this.next(name, Math.max(1, deadline - Date.now()))
      const data = JSON.parse(event.data) as T
      if (predicate(data)) return { ...event, json: data }
    }
  }

  /** Waits until the stream holds `count` events in total. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.events.length < count) {
      if (this.#done) throw new Error(`stream ended with ${this.events.length} events, expected ${count}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`only ${this.events.length} of ${count} events within ${timeoutMs} ms`)
      await this.#wait(left)
    }
  }

  /** Waits for a comment line (heartbeat). */
  async nextComment(timeoutMs = 10_000): Promise<string> {
    const seen = this.comments.length
    const deadline = Date.now() + timeoutMs
    while (this.comments.length === seen) {
      if (this.#done) throw new Error('stream ended before a comment')
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no comment within ${timeoutMs} ms`)
      await this.#wait(left)
    }
    return this.comments[seen] as string
  }

  /** Events not yet taken with next(). */
  pending(): SseEvent[] {
    return this.events.slice(this.#cursor)
  }

  /** Drops the connection from the client side, as a closed tab or lost network would. */
  close(): void {
    this.response.destroy()
  }

  #wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      const waiters = this.#waiters
      function done(): void {
        clearTimeout(timer)
        waiters.delete(done)
        resolve()
      }
      waiters.add(done)
    })
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter()
  }

  #feed(chunk: string): void {
    this.#buffer += chunk
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer)
      if (!match) break
      const line = this.#buffer.slice(0, match.index)
      this.#buffer = this.#buffer.slice(match.index + match[0].length)
      this.#line(line)
    }
    this.#wake()
  }

  #line(line: string): void {
    if (line === '') {
      if (this.#data.length > 0) {
        this.events.push({ id: this.#id, event: this.#event || 'message', data: this.#data.join('\n') })
      }
      this.#data = []
      this.#event = ''
      this.#id = null
      return
    }
    if (line.startsWith(':')) {
      this.comments.push(line.slice(1).trim())
      return
    }
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') this.#data.push(value)
    else if (field === 'event') this.#event = value
    else if (field === 'id') {
      this.#id = value
      this.lastEventId = value
    }
  }
}

export function json<T = Record<string, unknown>>(event: SseEvent): T {
  return JSON.parse(event.data) as T
}
