// The simulator as a supervisor: logs in to the admin API, watches the overview stream to learn
// each call's conversation as soon as Aurora publishes it, follows the conversation stream of
// every call it placed, and performs the scenario's admin actions. Contract (src/routes/admin):
//   POST /api/login {token, name} -> session cookie
//   GET  /api/stream                        initial {calls}, call {call}, call_removed, mirror, reset
//   GET  /api/conversation/:conv/stream     initial {messages...}, new_messages {messages}, ..., ended
//   POST /api/conversation/:conv/takeover|release|end {} , messages {text}, urgency {urgency}
//   GET  /api/conversation/:conv            {conversation_id, call, messages, urgency, status}
// Admin delay is measured only from `new_messages` events: a message first seen inside an
// `initial` snapshot has no honest arrival time and is not counted.

import type { AdminStep } from './script.js'
import { openSse, type SseEvent, type SseStream } from './sse-reader.js'

export interface AdminChannelOptions {
  /** Where to send requests (the transport origin, as for webhooks). */
  origin: string
  token: string
  now: () => number
  /** Shown as the actor of every admin action. */
  name?: string
}

export interface ConversationView {
  call: Record<string, unknown> | null
  messages: Record<string, unknown>[]
}

export class AdminActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'AdminActionError'
  }
}

const MAX_RECONNECTS = 5

/** A connected admin session, or the reason there is none. */
export type AdminConnection = { ok: true; channel: AdminChannel } | { ok: false; reason: string }

export async function connectAdmin(options: AdminChannelOptions): Promise<AdminConnection> {
  let response: Response
  try {
    response = await fetch(`${options.origin}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: options.token, name: options.name ?? 'aurora-sim' }),
    })
  } catch (err) {
    return { ok: false, reason: `POST /api/login failed: ${(err as Error).message}` }
  }
  const text = await response.text()
  if (response.status === 404) return { ok: false, reason: 'this Aurora has no admin API (POST /api/login answered 404)' }
  if (response.status !== 200) return { ok: false, reason: `POST /api/login answered ${response.status}: ${text.slice(0, 200)}` }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.includes('='))
    .join('; ')
  if (cookie === '') return { ok: false, reason: 'POST /api/login set no session cookie' }
  const channel = new AdminChannel(options, cookie)
  const opened = await channel.start()
  return opened === null ? { ok: true, channel } : { ok: false, reason: opened }
}

export class AdminChannel {
  /** Streams that ended unexpectedly and were reopened. */
  reconnects = 0
  readonly #options: AdminChannelOptions
  readonly #cookie: string
  readonly #convBySid = new Map<string, string>()
  readonly #callSeen = new Map<string, number>()
  readonly #waiting = new Map<string, ((convId: string) => void)[]>()
  readonly #ours = new Set<string>()
  /** convId -> turn -> first arrival (new_messages only). */
  readonly #turnSeen = new Map<string, Map<number, number>>()
  readonly #streams = new Map<string, SseStream>()
  #overview: SseStream | null = null
  #closed = false

  constructor(options: AdminChannelOptions, cookie: string) {
    this.#options = options
    this.#cookie = cookie
  }

  /** Opens the overview stream; returns null or why it could not. */
  async start(): Promise<string | null> {
    try {
      const stream = await this.#openOverview()
      if (stream.status !== 200) return `GET /api/stream answered ${stream.status}`
      return null
    } catch (err) {
      return `GET /api/stream failed: ${(err as Error).message}`
    }
  }

  /** Follow this call's conversation once it is known (only calls the simulator placed are followed). */
  watchCall(callSid: string): void {
    this.#ours.add(callSid)
    const convId = this.#convBySid.get(callSid)
    if (convId !== undefined) this.#followConversation(convId)
  }

  callSeenAt(callSid: string): number | undefined {
    return this.#callSeen.get(callSid)
  }

  turnSeenAt(convId: string, turn: number): number | undefined {
    return this.#turnSeen.get(convId)?.get(turn)
  }

  /** The call's conversation id, waiting up to timeoutMs for the overview stream to announce it. */
  async conversationOf(callSid: string, timeoutMs: number): Promise<string | null> {
    const known = this.#convBySid.get(callSid)
    if (known !== undefined) return known
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const list = this.#waiting.get(callSid)?.filter((w) => w !== done)
        if (list && list.length > 0) this.#waiting.set(callSid, list)
        else this.#waiting.delete(callSid)
        resolve(null)
      }, timeoutMs)
      const done = (convId: string): void => {
        clearTimeout(timer)
        resolve(convId)
      }
      this.#waiting.set(callSid, [...(this.#waiting.get(callSid) ?? []), done])
    })
  }

  async act(convId: string, step: AdminStep): Promise<void> {
    const path =
      step.action === 'message' ? 'messages' : step.action === 'urgency' ? 'urgency' : step.action
    const body = step.action === 'message' ? { text: step.text } : step.action === 'urgency' ? { urgency: step.urgency } : {}
    const response = await fetch(`${this.#options.origin}/api/conversation/${encodeURIComponent(convId)}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.#cookie },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    if (response.status !== 200 && response.status !== 201) {
      throw new AdminActionError(response.status, `POST /api/conversation/…/${path} answered ${response.status}: ${text.slice(0, 300)}`)
    }
  }

  /** What the admin API says a conversation holds (the local layer, seen from outside). */
  async conversation(convId: string): Promise<ConversationView | null> {
    const response = await fetch(`${this.#options.origin}/api/conversation/${encodeURIComponent(convId)}`, { headers: { cookie: this.#cookie } })
    const text = await response.text()
    if (response.status === 404) return null
    if (response.status !== 200) throw new AdminActionError(response.status, `GET /api/conversation answered ${response.status}: ${text.slice(0, 200)}`)
    const body: unknown = JSON.parse(text)
    const call = objectField(body, 'call')
    const messages = Reflect.get(body as object, 'messages')
    return { call: call ?? null, messages: Array.isArray(messages) ? messages.filter(isObject) : [] }
  }

  async close(): Promise<void> {
    this.#closed = true
    const streams = [this.#overview, ...this.#streams.values()].filter((s): s is SseStream => s !== null)
    for (const s of streams) s.close()
    await Promise.all(streams.map((s) => s.closed))
  }

  async #openOverview(): Promise<SseStream> {
    const stream = await openSse(`${this.#options.origin}/api/stream`, {
      headers: { cookie: this.#cookie },
      onEvent: (event) => this.#onOverview(event),
    })
    this.#overview = stream
    if (stream.status === 200) {
      stream.closed
        .then(async () => {
          if (this.#closed || this.reconnects >= MAX_RECONNECTS) return
          this.reconnects++
          await this.#openOverview()
        })
        .catch(() => undefined)
    }
    return stream
  }

  #onOverview(event: SseEvent): void {
    const payload = parseJson(event.data)
    const calls: unknown[] =
      event.event === 'initial' ? arrayField(payload, 'calls') : event.event === 'call' ? [objectField(payload, 'call')] : []
    const at = this.#options.now()
    for (const call of calls) {
      const callSid = stringField(call, 'call_sid')
      const convId = stringField(call, 'conversation_id')
      if (callSid === undefined || convId === undefined) continue
      if (!this.#callSeen.has(callSid)) this.#callSeen.set(callSid, at)
      if (this.#convBySid.has(callSid)) continue
      this.#convBySid.set(callSid, convId)
      for (const resolve of this.#waiting.get(callSid) ?? []) resolve(convId)
      this.#waiting.delete(callSid)
      if (this.#ours.has(callSid)) this.#followConversation(convId)
    }
  }

  #followConversation(convId: string): void {
    if (this.#streams.has(convId) || this.#closed) return
    const seen = this.#turnSeen.get(convId) ?? new Map<number, number>()
    this.#turnSeen.set(convId, seen)
    const placeholder: SseStream = { status: 0, closed: Promise.resolve(), close: () => undefined }
    this.#streams.set(convId, placeholder)
    openSse(`${this.#options.origin}/api/conversation/${encodeURIComponent(convId)}/stream`, {
      headers: { cookie: this.#cookie },
      onEvent: (event) => {
        if (event.event !== 'new_messages') return
        const at = this.#options.now()
        for (const message of arrayField(parseJson(event.data), 'messages')) {
          const turn = isObject(message) ? Reflect.get(message, 'turn') : undefined
          if (typeof turn === 'number' && !seen.has(turn)) seen.set(turn, at)
        }
      },
    })
      .then((stream) => {
        if (this.#closed) stream.close()
        this.#streams.set(convId, stream)
      })
      .catch(() => this.#streams.delete(convId))
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function objectField(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined
  const v = value[key]
  return isObject(v) ? v : undefined
}

function arrayField(value: unknown, key: string): unknown[] {
  if (!isObject(value)) return []
  const v = value[key]
  return Array.isArray(v) ? v : []
}

function stringField(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined
  const v = value[key]
  return typeof v === 'string' ? v : undefined
}
