// §6.6 `g`: one-shot read. `q` is always present (`{}` for the default query); a query with
// bounds or a limit is answered with its window.

import { applyQuery } from '../../query/window.js'
import { loadsAllData } from '../../query/query-spec.js'
import { nodeAt, toExport } from '../../tree/node.js'
import type { RequestContext } from '../dispatch.js'
import { parseRequestPath } from '../request-body.js'
import { PERMISSION_DENIED_MESSAGE, STATUS } from '../status.js'
import { parseQueryBody } from './query-body.js'

export function handleGet({ session, body, reply }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const spec = parseQueryBody(body['q'] ?? {})
  // `q:{}` is how get() sends a plain read (§6.6): no query for the rules either.
  const plain = spec.index.kind === 'priority' && loadsAllData(spec)
  if (!session.mayRead(path, plain ? null : spec)) {
    // §6.6: the client rejects get() with Error(d), so d itself must say "Permission denied".
    reply(STATUS.permissionDenied, PERMISSION_DENIED_MESSAGE)
    return
  }
  const node = nodeAt(session.namespace.root, path)
  reply(STATUS.ok, toExport(loadsAllData(spec) ? node : applyQuery(node, spec)))
}
