// §6.5 `n`: unlisten. The client expects no reply; shadowing (a parent default listen appearing)
// sends these without any user call, so an unknown listen is not an error.

import type { RequestContext } from '../dispatch.js'
import { parseRequestPath } from '../request-body.js'

export function handleUnlisten({ session, body }: RequestContext): void {
  const path = parseRequestPath(body['p'])
  const tag = body['t']
  session.removeListen(path, typeof tag === 'number' ? tag : null)
}
