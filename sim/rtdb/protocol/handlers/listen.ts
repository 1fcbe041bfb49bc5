// §6.5 `q`: listen. Untagged listens follow the whole value at `p`; tagged ones (`q` + `t`)
// follow a query window. The current data is pushed before the `ok` reply (§6.5 step 3: `ok`
// first would make the client fire a value event with stale or null data).

import type { QuerySpec } from '../../query/query-spec.js'
import { hasIndexOn, type CompiledRules } from '../../rules/index.js'
import type { Path } from '../../tree/node.js'
import type { RequestContext } from '../dispatch.js'
import { parseRequestPath, RequestError } from '../request-body.js'
import { PERMISSION_DENIED_MESSAGE, STATUS } from '../status.js'
import { parseQueryBody } from './query-body.js'

export function handleListen({ session, body, reply }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const tag = body['t']
  if (tag !== undefined && !(typeof tag === 'number' && Number.isSafeInteger(tag))) {
    throw new RequestError(STATUS.invalidRequest, '"t" must be an integer tag')
  }
  const query = tag === undefined ? null : (body['q'] ?? {})
  const spec = query === null ? null : parseQueryBody(query)
  if (!session.mayRead(path, spec)) {
    // §6.5 step 1: deny and do not register; the client cancels the listener.
    reply(STATUS.permissionDenied, PERMISSION_DENIED_MESSAGE)
    return
  }
  session.addListen(path, tag ?? null, spec, query as Record<string, unknown> | null)
  reply(STATUS.ok, listenWarnings(session.namespace.rules, path, spec))
}

/**
 * §6.5 step 2: `{"w":["no_index"]}` makes the SDK log "Using an unspecified index... Consider
 * adding ".indexOn"". Only child indexes are checked: .key and priority need no declared index, and
 * whether Google also warns for orderByValue without `".indexOn": ".value"` is unverified. An
 * untagged listen (a plain orderByChild without bounds or limit) carries no query, so it never warns.
 */
function listenWarnings(rules: CompiledRules, path: Path, spec: QuerySpec | null): { w?: string[] } {
  if (spec?.index.kind !== 'child' || hasIndexOn(rules, path, spec.index.path)) return {}
  return { w: ['no_index'] }
}
