// Server-Sent Events wire format (WHATWG HTML, "event stream interpretation"), for fan-out:
// the hub frames a batch of events once and writes the same bytes to every client at the same
// position, instead of framing per client (@fastify/sse frames per reply; it still owns each
// stream's headers, heartbeats, Last-Event-ID and close handling).

export interface Frame {
  /** Omitted for events that are not a position (reset): the client keeps its last id. */
  id?: string
  event: string
  /** Already serialized (JSON); a line break in it becomes several data: lines. */
  data: string
  /** Reconnection delay the client should use from now on. */
  retryMs?: number
}

const LINE_BREAK = /\r\n|\r|\n/

export function formatFrame(frame: Frame): string {
  if (LINE_BREAK.test(frame.event) || (frame.id !== undefined && (LINE_BREAK.test(frame.id) || frame.id.includes('\0')))) {
    throw new TypeError('SSE event names and ids cannot contain line breaks (or NUL in ids)')
  }
  let out = ''
  if (frame.id !== undefined) out += `id: ${frame.id}\n`
  out += `event: ${frame.event}\n`
  for (const line of frame.data.split(LINE_BREAK)) out += `data: ${line}\n`
  if (frame.retryMs !== undefined) out += `retry: ${Math.max(0, Math.floor(frame.retryMs))}\n`
  return `${out}\n`
}
