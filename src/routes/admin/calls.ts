import type { FastifyInstance, FastifyRequest } from 'fastify'
import { parseCursor } from '../../admin/call-history.js'
import type { ActionResult } from '../../calls/admin-actions.js'
import { orderedMessages } from '../../calls/model.js'
import { ERR_ADMIN_CALL_ELSEWHERE, ERR_ADMIN_CONVERSATION_NOT_FOUND, ERR_ADMIN_INVALID_STATE, ERR_ADMIN_MESSAGE_UNSPEAKABLE } from '../../errors.js'
import { unspeakableIndex } from '../../triage/spoken-text.js'
import type { KnownUrgency } from '../../triage/urgency.js'
import { actionResponse, callsResponse, conversationResponse, convParams, emptyBody, errors, historyQuery, historyResponse, messageBody, urgencyBody } from './schemas.js'

// The admin JSON API. Reads come from the hub (every instance's calls); actions run through
// app.adminActions on this instance's calls only, each recorded in the conversation as an audit
// entry (who: the session's actor, what, when) that the journal and then Firebase keep.

type ConvRequest = FastifyRequest<{ Params: { conv_id: string } }>

export default async function callRoutes(app: FastifyInstance): Promise<void> {
  const hub = app.adminHub
  const actions = app.adminActions

  app.get('/api/calls', { schema: { response: { 200: callsResponse, ...errors } } }, async () => hub.overviewInitial())

  app.get<{ Querystring: { limit: number; before?: string } }>(
    '/api/history',
    { schema: { querystring: historyQuery, response: { 200: historyResponse, ...errors } } },
    async (request) => hub.history(request.query.limit, request.query.before === undefined ? undefined : parseCursor(request.query.before)),
  )

  app.get<{ Params: { conv_id: string } }>(
    '/api/conversation/:conv_id',
    { schema: { params: convParams, response: { 200: conversationResponse, ...errors } } },
    async (request) => {
      const convId = request.params.conv_id
      const handle = await hub.conversation(convId)
      if (handle) {
        const initial = hub.conversationInitial(handle)
        return { ...initial, held_here: handle.local, archived: false }
      }
      const archived = await hub.archived(convId)
      if (!archived) throw new ERR_ADMIN_CONVERSATION_NOT_FOUND(convId)
      const { archived_at: _at, conversation, ...call } = archived
      return {
        conversation_id: convId,
        call,
        messages: orderedMessages(conversation ?? null),
        urgency: archived.urgency,
        status: 'ENDED',
        held_here: archived.instance_id === hub.instanceId,
        archived: true,
      }
    },
  )

  /** The live call behind convId if this instance holds it; 409 naming the holder otherwise. */
  const target = async (request: ConvRequest, action: string): Promise<string> => {
    const convId = request.params.conv_id
    const call = hub.callByConversation(convId)
    if (call && !hub.isLocal(call)) throw new ERR_ADMIN_CALL_ELSEWHERE(call.call_id, call.instance_id, call.instance_url)
    if (!call && !app.calls.conversation(convId)) {
      const archived = await hub.archived(convId)
      if (archived) throw new ERR_ADMIN_INVALID_STATE(action, archived.call_id, 'archived')
      throw new ERR_ADMIN_CONVERSATION_NOT_FOUND(convId)
    }
    return convId
  }
  const actor = (request: FastifyRequest): string => (request.adminSession as NonNullable<typeof request.adminSession>).actor
  const logged = (request: FastifyRequest, action: string, result: ActionResult): ActionResult => {
    request.log.info({ convId: result.call.conversation_id, action, actor: actor(request) }, 'admin action recorded')
    return result
  }

  const simple = [
    ['takeover', 'take over', (convId: string, who: string) => actions.takeover(convId, who)],
    ['release', 'release', (convId: string, who: string) => actions.release(convId, who)],
    ['end', 'end', (convId: string, who: string) => actions.end(convId, who)],
  ] as const
  for (const [path, verb, run] of simple) {
    app.post<{ Params: { conv_id: string }; Body: Record<string, never> | undefined }>(
      `/api/conversation/:conv_id/${path}`,
      { schema: { params: convParams, body: emptyBody, response: { 200: actionResponse, ...errors } } },
      async (request) => logged(request, path, await run(await target(request, verb), actor(request))),
    )
  }

  app.post<{ Params: { conv_id: string }; Body: { text: string } }>(
    '/api/conversation/:conv_id/messages',
    { schema: { params: convParams, body: messageBody, response: { 201: actionResponse, ...errors } } },
    async (request, reply) => {
      const text = request.body.text.trim()
      const bad = unspeakableIndex(text)
      if (bad !== -1) throw new ERR_ADMIN_MESSAGE_UNSPEAKABLE(bad)
      const convId = await target(request, 'send a message on')
      const result = await actions.sendMessage(convId, actor(request), text)
      return reply.code(201).send(logged(request, 'message', result))
    },
  )

  app.post<{ Params: { conv_id: string }; Body: { urgency: KnownUrgency } }>(
    '/api/conversation/:conv_id/urgency',
    { schema: { params: convParams, body: urgencyBody, response: { 200: actionResponse, ...errors } } },
    async (request) => {
      const convId = await target(request, 'change the urgency of')
      return logged(request, 'urgency', await actions.overrideUrgency(convId, actor(request), request.body.urgency))
    },
  )
}
