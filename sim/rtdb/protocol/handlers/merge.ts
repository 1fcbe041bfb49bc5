// §6.4 `m`: set each relative path in `d` below `p`, atomically; children not named are untouched.

import { commitWrite } from '../../database/commit.js'
import type { RequestContext } from '../dispatch.js'
import { objectField, parseRequestPath } from '../request-body.js'
import { STATUS, UNAVAILABLE_MESSAGE } from '../status.js'

export function handleMerge({ session, body, reply }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const children = objectField(body, 'd')
  if (session.services.faults.state.rejectWrites) {
    reply(STATUS.unavailable, UNAVAILABLE_MESSAGE)
    return
  }
  const outcome = commitWrite(
    session.namespace,
    { kind: 'merge', path, children },
    { identity: session.identity, now: session.services.clock() },
  )
  if (outcome.ok) reply(STATUS.ok)
  else reply(outcome.status, outcome.message)
}
