// A bare `ws` client speaking the RTDB wire protocol by hand, for sending what no SDK would:
// garbage frames, invalid keys, unknown actions. Messages are queued so a test can wait for the
// next one that matches instead of sleeping.

import WebSocket from 'ws'

export interface RawMessage {
  readonly text: string
  readonly json: unknown
}

export class RawRtdbSocket {
  private readonly received: RawMessage[] = []
  private waiters: Array<{ match: (m: RawMessage) => boolean; resolve: (m: RawMessage) => void }> = []
  private nextRequest = 1
  readonly closed: Promise<{ code: number }>

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString()
      let json: unknown = null
      try {
        json = JSON.parse(text)
      } catch {
        json = null
      }
      const message = { text, json }
      const waiter = this.waiters.find((w) => w.match(message))
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter)
        waiter.resolve(message)
      } else {
        this.received.push(message)
      }
    })
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve({ code })))
  }

  static async connect(hostPort: string, query: string): Promise<RawRtdbSocket> {
    const socket = new WebSocket(`ws://${hostPort}/.ws?${query}`)
    const client = new RawRtdbSocket(socket)
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    return client
  }

  sendText(text: string): void {
    this.socket.send(text)
  }

  sendBinary(bytes: Buffer): void {
    this.socket.send(bytes, { binary: true })
  }

  /** The next message (already received or future) that matches; rejects on timeout. */
  next(match: (message: RawMessage) => boolean = () => true, timeoutMs = 5000): Promise<RawMessage> {
    const index = this.received.findIndex(match)
    if (index !== -1) {
      const [message] = this.received.splice(index, 1)
      if (message) return Promise.resolve(message)
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done)
        reject(new Error(`no matching message within ${timeoutMs} ms; unmatched: ${this.received.map((m) => m.text).join(' | ')}`))
      }, timeoutMs)
      const done = (message: RawMessage): void => {
        clearTimeout(timer)
        resolve(message)
      }
      this.waiters.push({ match, resolve: done })
    })
  }

  /** Sends `{"t":"d","d":{"r":N,"a":action,"b":body}}` and resolves with the reply body. */
  async request(action: string, body: unknown): Promise<{ s: unknown; d: unknown }> {
    const r = this.nextRequest++
    this.sendText(JSON.stringify({ t: 'd', d: { r, a: action, b: body } }))
    const reply = await this.next((m) => replyNumber(m) === r)
    return (reply.json as { d: { b: { s: unknown; d: unknown } } }).d.b
  }

  /** Messages received and not yet taken by next(). */
  get unclaimed(): readonly RawMessage[] {
    return this.received
  }

  /** Stops reading from the socket, like a client whose event loop is stuck. */
  pauseReading(): void {
    this.socket.pause()
  }

  close(): void {
    this.socket.terminate()
  }
}

export function replyNumber(message: RawMessage): number | null {
  const json = message.json as { t?: unknown; d?: { r?: unknown } } | null
  return json?.t === 'd' && typeof json.d?.r === 'number' ? json.d.r : null
}

export function controlType(message: RawMessage): string | null {
  const json = message.json as { t?: unknown; d?: { t?: unknown } } | null
  return json?.t === 'c' && typeof json.d?.t === 'string' ? json.d.t : null
}
