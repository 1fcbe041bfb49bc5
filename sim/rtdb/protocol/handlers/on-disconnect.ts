// §6.7 `o`/`om`/`oc`: writes queued to run when this socket closes. The write is validated and
// checked against the rules now, when it is queued; it is built again at execution time so
// server values (`.sv` timestamps) resolve to the moment of the disconnect (§15 item 23).

import { prepareWrite, type WriteOp } from '../../database/commit.js'
import type { RequestContext } from '../dispatch.js'
import { objectField, parseRequestPath, requireField } from '../request-body.js'
import { STATUS } from '../status.js'

function queue({ session, reply }: RequestContext, op: WriteOp): void {
  const check = prepareWrite(session.namespace, op, { identity: session.identity, now: session.services.clock() })
  if (!check.ok) {
    reply(check.status, check.message)
    return
  }
  session.queueOnDisconnect(op)
  reply(STATUS.ok)
}

export function handleOnDisconnectPut(context: RequestContext): void {
  const path = parseRequestPath(context.body['p'])
  queue(context, { kind: 'set', path, data: requireField(context.body, 'd') })
}

export function handleOnDisconnectMerge(context: RequestContext): void {
  const path = parseRequestPath(context.body['p'])
  queue(context, { kind: 'merge', path, children: objectField(context.body, 'd') })
}

export function handleOnDisconnectCancel({ session, body, reply }: RequestContext): void {
  session.cancelOnDisconnect(parseRequestPath(body['p']))
  reply(STATUS.ok)
}
