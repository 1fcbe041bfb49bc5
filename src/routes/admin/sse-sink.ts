import type { FastifyReply } from 'fastify'
import type { EventSink } from '../../admin/topic.js'

/**
 * A hub EventSink over one @fastify/sse stream. The plugin owns the stream (Accept negotiation,
 * headers, heartbeats, Last-Event-ID, close); the hub writes frames it has already built once for
 * every client at the same position (src/admin/sse-frame.ts), so a fan-out to 1,000 clients costs
 * 1,000 socket writes, not 1,000 serializations.
 */
export function sseSink(reply: FastifyReply): EventSink {
  const raw = reply.raw
  return {
    write(chunk) {
      if (!reply.sse.isConnected) return
      reply.sse.sendHeaders()
      raw.write(chunk)
    },
    get blocked() {
      return raw.writableNeedDrain
    },
    onceDrained(listener) {
      raw.once('drain', listener)
    },
    end() {
      reply.sse.close()
    },
  }
}
