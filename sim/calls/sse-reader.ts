// A Server-Sent Events client over fetch, for the admin streams (Node 20 has no EventSource).
// It parses the event-stream format of the HTML spec (event/data/id fields, comments, any line
// ending) and hands each event to the caller with the time it arrived.

export interface SseEvent {
  event: string
  data: string
  id: string | null
}

export interface SseStream {
  /** 200 for a stream; anything else means no stream (e.g. 204: nothing more to send, 401/404). */
  status: number
  /** Resolves when the stream ends (server closed it, close() called, or an error). */
  closed: Promise<void>
  close(): void
}

export interface OpenSseOptions {
  headers?: Record<string, string>
  onEvent: (event: SseEvent) => void
}

export async function openSse(url: string, options: OpenSseOptions): Promise<SseStream> {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', 'cache-control': 'no-cache', ...options.headers },
    signal: abort.signal,
  })
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => undefined)
    return { status: response.status, closed: Promise.resolve(), close: () => undefined }
  }
  const parser = new SseParser(options.onEvent)
  const reader = response.body.getReader()
  const closed = (async () => {
    const decoder = new TextDecoder()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        parser.push(decoder.decode(value, { stream: true }))
      }
      parser.end()
    } catch {
      // Aborted or reset: the stream is over either way.
    }
  })()
  return { status: 200, closed, close: () => abort.abort() }
}

/** Incremental event-stream parser: push() text as it arrives. */
export class SseParser {
  #buffer = ''
  #event = ''
  #data: string[] = []
  #id: string | null = null
  #lastId: string | null = null

  constructor(private readonly onEvent: (event: SseEvent) => void) {}

  push(text: string): void {
    this.#buffer += text
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer)
      if (!match) return
      // A lone CR at the end may be the first half of CRLF: wait for the next chunk.
      if (match[0] === '\r' && match.index === this.#buffer.length - 1) return
      const line = this.#buffer.slice(0, match.index)
      this.#buffer = this.#buffer.slice(match.index + match[0].length)
      this.#line(line)
    }
  }

  /** The stream ended: a trailing CR is a complete line ending after all. */
  end(): void {
    if (this.#buffer.endsWith('\r')) {
      const line = this.#buffer.slice(0, -1)
      this.#buffer = ''
      this.#line(line)
    }
  }

  #line(line: string): void {
    if (line === '') {
      if (this.#data.length > 0) this.onEvent({ event: this.#event || 'message', data: this.#data.join('\n'), id: this.#id ?? this.#lastId })
      if (this.#id !== null) this.#lastId = this.#id
      this.#event = ''
      this.#data = []
      this.#id = null
      return
    }
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    let value = colon < 0 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') this.#event = value
    else if (field === 'data') this.#data.push(value)
    else if (field === 'id' && !value.includes('\0')) this.#id = value
  }
}
