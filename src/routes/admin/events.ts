import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Subscription } from '../../admin/topic.js'
import { ERR_ADMIN_CONVERSATION_NOT_FOUND } from '../../errors.js'
import { convParams, errors } from './schemas.js'
import { sseSink, startStream } from './sse-sink.js'

// The admin Server-Sent Event streams. Framing, heartbeats and Last-Event-ID parsing are
// @fastify/sse's; what to send and from where to resume is the hub's (src/admin/live-hub.ts).
// Contract (ids `<epoch>.<n>`, exact resume within the replay window, `reset` + `initial` outside it):
//   GET /api/stream                          initial {instance_id, calls, mirror}; call {call};
//                                            call_removed {call_id, conversation_id}; mirror {...}
//   GET /api/conversation/:conv_id/stream    initial {conversation_id, call, messages, urgency, status};
//                                            new_messages, messages_updated {conversation_id, messages};
//                                            urgency; status; call {conversation_id, call};
//                                            ended {conversation_id, call_id, ended_at, end_reason}, then close.
//                                            204 when the client's Last-Event-ID shows it already saw `ended`.

const sse = 'only' as const

export default async function eventRoutes(app: FastifyInstance): Promise<void> {
  const hub = app.adminHub

  app.get('/api/stream', { sse, schema: { response: errors } }, async (request, reply) => {
    const { subscription, outcome } = hub.subscribeOverview(sseSink(reply), reply.sse.lastEventId)
    request.log.info({ outcome }, 'admin overview stream opened')
    keepOpen(request, reply, subscription)
  })

  app.get<{ Params: { conv_id: string } }>(
    '/api/conversation/:conv_id/stream',
    { sse, schema: { params: convParams, response: errors } },
    async (request, reply) => {
      const convId = request.params.conv_id
      const lastEventId = reply.sse.lastEventId
      const handle = await hub.conversation(convId)
      if (!handle) {
        const archived = await hub.archived(convId)
        if (!archived) throw new ERR_ADMIN_CONVERSATION_NOT_FOUND(convId)
        if (hub.writeArchived(archived, sseSink(reply), lastEventId) === 'gone') return reply.code(204).send()
        return // finished: the plugin ends the response when the handler returns
      }
      const result = hub.subscribeConversation(handle, sseSink(reply), lastEventId)
      if (result === 'gone') return reply.code(204).send()
      request.log.info({ convId, outcome: result.outcome }, 'admin conversation stream opened')
      if (result.subscription) keepOpen(request, reply, result.subscription)
    },
  )
}

function keepOpen(request: FastifyRequest, reply: FastifyReply, subscription: Subscription): void {
  reply.sse.keepAlive()
  // A resumed client with nothing to catch up on still needs its headers now (EventSource `open`).
  startStream(reply)
  // The session bounds the stream too: at expiry or logout it ends, and the reconnect gets its 401.
  const session = request.adminSession
  const cancel = session ? request.server.adminAuth.untilSessionEnds(session, () => reply.sse.close()) : () => undefined
  reply.sse.onClose(() => {
    cancel()
    subscription.close(false)
  })
  // Gone while we were loading: the close event has already fired.
  if (!reply.sse.isConnected) {
    cancel()
    subscription.close(false)
  }
}
