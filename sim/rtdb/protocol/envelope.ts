// Parsing of client→server messages (wire-protocol notes §3 and §4) and building of the
// server→client envelopes. Outgoing envelopes are built as strings so a value serialized once can
// be spliced into many pushes during fan-out (listen/fanout.ts).

export class ProtocolError extends Error {}

export type ClientMessage =
  /** `{"t":"c","d":{"t":"p","d":{}}}` and friends (§3). */
  | { kind: 'control'; type: string }
  /** `{"t":"d","d":{"r":7,"a":"p","b":{...}}}` (§4). `r` is null when absent. */
  | { kind: 'request'; r: number | null; action: string; body: Record<string, unknown> }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function parseClientMessage(text: string): ClientMessage {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ProtocolError('frame is not valid JSON')
  }
  if (!isRecord(json)) throw new ProtocolError('message must be a JSON object {"t":..., "d":...}')
  const layer = json['t']
  const data = json['d']
  if (!isRecord(data)) throw new ProtocolError('message "d" must be an object')
  if (layer === 'c') {
    const type = data['t']
    if (typeof type !== 'string') throw new ProtocolError('control message needs a string "t"')
    return { kind: 'control', type }
  }
  if (layer === 'd') {
    const r = data['r']
    const action = data['a']
    const body = data['b'] ?? {}
    const requestNumber = typeof r === 'number' && Number.isSafeInteger(r) ? r : null
    if (typeof action !== 'string') {
      throw new ProtocolError('data message needs a string action "a"', { cause: requestNumber })
    }
    if (!isRecord(body)) throw new ProtocolError('data message body "b" must be an object', { cause: requestNumber })
    return { kind: 'request', r: requestNumber, action, body }
  }
  throw new ProtocolError('message "t" must be "c" or "d"')
}

/** The request number a malformed message carried, if any, so the error can be answered. */
export function requestNumberOf(error: ProtocolError): number | null {
  return typeof error.cause === 'number' ? error.cause : null
}

export function helloFrame(hello: { ts: number; host: string; sessionId: string }): string {
  // §3: the handshake. `v` is the protocol version; `h` is replaced by the client in emulator mode.
  return JSON.stringify({ t: 'c', d: { t: 'h', d: { ts: hello.ts, v: '5', h: hello.host, s: hello.sessionId } } })
}

export const PONG_FRAME = '{"t":"c","d":{"t":"o","d":{}}}'

export function controlErrorFrame(message: string): string {
  // §3: the client only logs `e`; it keeps the connection.
  return JSON.stringify({ t: 'c', d: { t: 'e', d: message } })
}

export function shutdownFrame(reason: string): string {
  // §3: the client logs the reason and stops reconnecting.
  return JSON.stringify({ t: 'c', d: { t: 's', d: reason } })
}

export function replyFrame(r: number, status: string, data: unknown): string {
  return `{"t":"d","d":{"r":${r},"b":{"s":${JSON.stringify(status)},"d":${JSON.stringify(data === undefined ? '' : data)}}}}`
}

/** A `d` push (§6.8) with the value already serialized. `tag` is only set for tagged listens (§7). */
export function dataPushFrame(path: string, dataJson: string, tag: number | null): string {
  const tagPart = tag === null ? '' : `,"t":${tag}`
  return `{"t":"d","d":{"a":"d","b":{"p":${JSON.stringify(path)},"d":${dataJson}${tagPart}}}}`
}

/**
 * A `c` push (§6.8): the listen at `path` is revoked. The client names a tagged listen by the
 * unique key of its query object, and reads `q` as a list of query objects joined with `$`, so a
 * tagged listen is named by the one object it was opened with.
 */
export function listenRevokedFrame(path: string, query: Readonly<Record<string, unknown>> | null): string {
  return JSON.stringify({ t: 'd', d: { a: 'c', b: query === null ? { p: path } : { p: path, q: [query] } } })
}
