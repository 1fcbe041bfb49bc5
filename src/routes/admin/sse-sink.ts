import type { FastifyReply } from 'fastify'
import type { EventSink } from '../../admin/topic.js'

/**
 * A hub EventSink over one @fastify/sse stream. The plugin owns the stream (Accept negotiation,
 * headers, heartbeats, Last-Event-ID, close); the hub writes frames it has already built once for
 * every client at the same position (src/admin/sse-frame.ts), so a fan-out to 1,000 clients costs
 * 1,000 socket writes, not 1,000 serializations.
 *
 * Those writes go straight to the socket: node's http layer costs about as much per write as
 * the system call itself (chunk framing, corking, its own bookkeeping), and a fan-out is nothing
 * but writes. That is safe because the stream is sent without Transfer-Encoding, its body ending
 * with the connection (`Connection: close`, RFC 9112 6.3), so every byte after the headers is the
 * stream as it is; and because `res.socket` is set only once this response owns the connection
 * (a pipelined response waits with no socket), with node's buffered output already flushed.
 * Heartbeats and the end still go through the response, in the same order on the same socket.
 */
export function sseSink(reply: FastifyReply): EventSink {
  const raw = reply.raw
  const target = (): NodeJS.WritableStream & { writableNeedDrain: boolean } => (raw.socket && started.get(raw) === true ? raw.socket : raw)
  return {
    write(chunk) {
      if (!reply.sse.isConnected) return
      startStream(reply)
      target().write(chunk)
    },
    get blocked() {
      return target().writableNeedDrain
    },
    onceDrained(listener) {
      target().once('drain', listener)
    },
    end() {
      reply.sse.close()
    },
  }
}

/** Streams whose headers this module has flushed, and whether their body is unframed (then the sink may write to the socket). */
const started = new WeakMap<object, boolean>()

/** Sends the stream's headers, once, unframed when it still can: see sseSink. */
export function startStream(reply: FastifyReply): void {
  const raw = reply.raw
  if (started.has(raw)) return
  const unframed = !raw.headersSent && raw.req.method === 'GET'
  if (unframed) {
    reply.header('connection', 'close')
    raw.removeHeader('transfer-encoding')
  }
  reply.sse.sendHeaders()
  raw.flushHeaders()
  started.set(raw, unframed)
}
