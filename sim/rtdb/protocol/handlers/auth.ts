// §6.2 `auth`/`gauth`/`unauth`/`appcheck`/`unappeck`. The token decides the identity used by
// rules for every later request on this connection; `owner` bypasses rules (§12).

import { applyAuthOverride, ANONYMOUS, identityFromToken, ruleAuth } from '../../database/identity.js'
import type { RequestContext } from '../dispatch.js'
import { STATUS } from '../status.js'

export function handleAuth({ session, body, reply }: RequestContext): void {
  const cred = body['cred']
  if (typeof cred !== 'string') {
    reply(STATUS.invalidToken, 'body needs a string credential "cred"')
    return
  }
  const identity = identityFromToken(cred)
  if (identity.kind === 'invalid') {
    // §6.2: the client closes, reconnects with a refreshed token, and gives up after 3 failures.
    reply(STATUS.invalidToken, identity.reason)
    return
  }
  session.identity = applyAuthOverride(identity, { authvar: body['authvar'], noauth: body['noauth'] })
  const auth = ruleAuth(session.identity)
  const exp = auth?.token['exp']
  reply(STATUS.ok, { auth, expires: typeof exp === 'number' ? exp : null })
  session.revokeUnreadable()
}

export function handleUnauth({ session, reply }: RequestContext): void {
  session.identity = ANONYMOUS
  reply(STATUS.ok)
  session.revokeUnreadable()
}

/** App Check is not enforced by the emulator; the token is accepted as is. */
export function handleAppCheck({ reply }: RequestContext): void {
  reply(STATUS.ok)
}
