// §6.5 `q`: listen. Untagged listens follow the whole value at `p`; tagged ones (`q` + `t`)
// follow a query window. The current data is pushed before the `ok` reply (§6.5 step 3: `ok`
// first would make the client fire a value event with stale or null data).

import type { RequestContext } from '../dispatch.js'
import { parseRequestPath, RequestError } from '../request-body.js'
import { PERMISSION_DENIED_MESSAGE, STATUS } from '../status.js'
import { parseQueryBody } from './query-body.js'
import { mayRead } from './read-access.js'

export function handleListen({ session, body, reply }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const tag = body['t']
  if (tag !== undefined && !(typeof tag === 'number' && Number.isSafeInteger(tag))) {
    throw new RequestError(STATUS.invalidRequest, '"t" must be an integer tag')
  }
  const query = tag === undefined ? null : (body['q'] ?? {})
  const spec = query === null ? null : parseQueryBody(query)
  if (!mayRead(session, path)) {
    // §6.5 step 1: deny and do not register; the client cancels the listener.
    reply(STATUS.permissionDenied, PERMISSION_DENIED_MESSAGE)
    return
  }
  session.addListen(path, tag ?? null, spec, query as Record<string, unknown> | null)
  reply(STATUS.ok, {})
}
