// The fixed-rate load's HTTP client: plain keep-alive sockets, one request at a time on each, the
// request written as one buffer and the answer read by its Content-Length. The load generator
// shares the machine's two cores with the server it measures, so every microsecond it spends is
// taken from the server: node:http's client (a ClientRequest, an IncomingMessage, header objects
// and the agent's bookkeeping per request) cost more CPU per request than the bare-Fastify
// ceiling server it was measuring. What Twilio sends is unchanged: the same method, path,
// headers and body, one request per connection at a time (no pipelining), connections reused.

import { connect, type Socket } from 'node:net'

export interface KeepAliveResponse {
  status: number
  body: string
}

export interface KeepAliveRequest {
  path: string
  headers: Readonly<Record<string, string>>
  body: string
  onResponse(response: KeepAliveResponse): void
  onError(err: Error): void
}

const HEADER_END = Buffer.from('\r\n\r\n')
/** Larger than any answer Aurora gives; a longer header block is a broken peer, not a slow one. */
const MAX_HEADER_BYTES = 64 * 1024

interface Pending {
  readonly request: KeepAliveRequest
  settled: boolean
}

class Connection {
  readonly #socket: Socket
  readonly #onIdle: (c: Connection) => void
  readonly #onGone: (c: Connection) => void
  #current: Pending | null = null
  #chunks: Buffer[] = []
  #received = 0
  #headerLength = -1
  #bodyLength = -1
  #status = 0
  #close = false

  constructor(host: string, port: number, onIdle: (c: Connection) => void, onGone: (c: Connection) => void) {
    this.#onIdle = onIdle
    this.#onGone = onGone
    this.#socket = connect({ host, port, noDelay: true })
    this.#socket.on('data', (chunk: Buffer) => this.#read(chunk))
    this.#socket.on('error', (err) => this.#fail(err))
    this.#socket.on('close', () => this.#fail(new Error('connection closed')))
  }

  send(pending: Pending, host: string): void {
    this.#current = pending
    const { path, headers, body } = pending.request
    let head = `POST ${path} HTTP/1.1\r\nhost: ${host}\r\nconnection: keep-alive\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`
    this.#socket.write(`${head}\r\n${body}`)
  }

  isCarrying(pending: Pending): boolean {
    return this.#current === pending
  }

  /** Drops the request in progress (its caller gave up on it): the connection cannot be reused. */
  abandon(): void {
    this.#current = null
    this.#socket.destroy()
  }

  destroy(): void {
    this.#socket.destroy()
  }

  #read(chunk: Buffer): void {
    this.#chunks.push(chunk)
    this.#received += chunk.length
    if (this.#headerLength < 0 && !this.#parseHead()) return
    if (this.#received < this.#headerLength + this.#bodyLength) return
    const all = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks)
    const body = all.toString('utf8', this.#headerLength, this.#headerLength + this.#bodyLength)
    const current = this.#current
    const status = this.#status
    this.#chunks = []
    this.#received = 0
    this.#headerLength = -1
    this.#current = null
    if (this.#close) this.#socket.destroy()
    if (current !== null && !current.settled) {
      current.settled = true
      current.request.onResponse({ status, body })
    }
    if (!this.#close) this.#onIdle(this)
  }

  /** True once the status line and headers are in; reads the status and the body's length. */
  #parseHead(): boolean {
    const all = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks)
    this.#chunks = [all]
    const end = all.indexOf(HEADER_END)
    if (end < 0) {
      if (all.length > MAX_HEADER_BYTES) this.#fail(new Error('response header block too large'))
      return false
    }
    const lines = all.toString('latin1', 0, end).split('\r\n')
    this.#status = Number((lines[0] ?? '').split(' ')[1])
    let length = -1
    for (const line of lines) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).trim().toLowerCase()
      const value = line.slice(colon + 1).trim()
      if (name === 'content-length') length = Number(value)
      else if (name === 'connection' && value.toLowerCase() === 'close') this.#close = true
      // Fastify sends every answer of this bench with a length; anything else is not read here.
      else if (name === 'transfer-encoding') return this.#fail(new Error(`unsupported transfer-encoding: ${value}`)), false
    }
    // A 204 or 304 has no body, and so no length (Aurora answers a status callback with 204).
    if (this.#status === 204 || this.#status === 304) length = 0
    if (!Number.isInteger(length) || length < 0) return this.#fail(new Error('response without content-length')), false
    this.#headerLength = end + HEADER_END.length
    this.#bodyLength = length
    return true
  }

  #fail(err: Error): void {
    const current = this.#current
    this.#current = null
    this.#socket.destroy()
    this.#onGone(this)
    if (current !== null && !current.settled) {
      current.settled = true
      current.request.onError(err)
    }
  }
}

/**
 * Up to `maxSockets` keep-alive connections to one server; requests beyond that wait in FIFO
 * order for the first connection to come free (that wait is part of their latency, as in
 * node:http's agent). Returns a cancel function per request: a timed-out request's connection is
 * closed rather than reused, since its answer may still arrive on it.
 */
export class KeepAliveClient {
  readonly #host: string
  readonly #port: number
  readonly #hostHeader: string
  readonly #maxSockets: number
  readonly #idle: Connection[] = []
  readonly #all = new Set<Connection>()
  readonly #queue: Pending[] = []
  #closed = false

  constructor(origin: string, maxSockets: number) {
    const url = new URL(origin)
    if (url.protocol !== 'http:') throw new Error(`KeepAliveClient speaks plain http, not ${url.protocol}`)
    this.#host = url.hostname
    this.#port = Number(url.port || 80)
    this.#hostHeader = url.host
    this.#maxSockets = maxSockets
  }

  post(request: KeepAliveRequest): () => void {
    const pending: Pending = { request, settled: false }
    const connection = this.#idle.pop() ?? (this.#all.size < this.#maxSockets ? this.#open() : null)
    if (connection === null) this.#queue.push(pending)
    else connection.send(pending, this.#hostHeader)
    return () => {
      if (pending.settled) return
      pending.settled = true
      const queued = this.#queue.indexOf(pending)
      if (queued >= 0) this.#queue.splice(queued, 1)
      else for (const c of this.#all) if (c.isCarrying(pending)) c.abandon()
    }
  }

  close(): void {
    this.#closed = true
    for (const c of this.#all) c.destroy()
    this.#all.clear()
    this.#idle.length = 0
  }

  #open(): Connection {
    const connection = new Connection(this.#host, this.#port, (c) => this.#onIdle(c), (c) => this.#onGone(c))
    this.#all.add(connection)
    return connection
  }

  #onIdle(connection: Connection): void {
    if (this.#closed) return
    const next = this.#takeQueued()
    if (next === undefined) this.#idle.push(connection)
    else connection.send(next, this.#hostHeader)
  }

  #onGone(connection: Connection): void {
    this.#all.delete(connection)
    const idle = this.#idle.indexOf(connection)
    if (idle >= 0) this.#idle.splice(idle, 1)
    if (this.#closed) return
    // A connection lost: the next waiting request gets a new one.
    const next = this.#takeQueued()
    if (next !== undefined) this.#open().send(next, this.#hostHeader)
  }

  #takeQueued(): Pending | undefined {
    let next = this.#queue.shift()
    while (next !== undefined && next.settled) next = this.#queue.shift()
    return next
  }
}
