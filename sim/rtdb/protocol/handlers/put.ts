// §6.3 `p`: replace the subtree at `p` with `d` (export format, server values resolved), with an
// optional transaction hash `h` for compare-and-set.

import { commitWrite } from '../../database/commit.js'
import type { RequestContext } from '../dispatch.js'
import { parseRequestPath, RequestError, requireField } from '../request-body.js'
import { STATUS, UNAVAILABLE_MESSAGE } from '../status.js'

export function handlePut({ session, body, reply }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const data = requireField(body, 'd')
  const hash = body['h']
  if (hash !== undefined && typeof hash !== 'string') throw new RequestError(STATUS.invalidRequest, '"h" must be a string')
  if (session.services.faults.state.rejectWrites) {
    reply(STATUS.unavailable, UNAVAILABLE_MESSAGE)
    return
  }
  const outcome = commitWrite(
    session.namespace,
    { kind: 'set', path, data },
    { identity: session.identity, now: session.services.clock(), ...(hash === undefined ? {} : { expectedHash: hash }) },
  )
  if (outcome.ok) reply(STATUS.ok)
  else reply(outcome.status, outcome.message)
}
