// Identity of a REST request (§11): `?auth=`, `?access_token=` or `Authorization: Bearer`.
// No credential means unauthenticated; `owner` is the admin that bypasses rules (§12).

import type { IncomingHttpHeaders } from 'node:http'
import { ANONYMOUS, identityFromToken, type Identity } from '../database/identity.js'
import { ERR_INVALID_TOKEN } from './errors.js'

export function requestToken(params: URLSearchParams, headers: IncomingHttpHeaders): string | null {
  const fromQuery = params.get('auth') ?? params.get('access_token')
  if (fromQuery !== null) return fromQuery
  const header = headers.authorization
  if (header === undefined) return null
  const match = /^Bearer\s+(.+)$/i.exec(header.trim())
  return match?.[1] ?? null
}

export function requestIdentity(params: URLSearchParams, headers: IncomingHttpHeaders): Identity {
  const token = requestToken(params, headers)
  if (token === null) return ANONYMOUS
  const identity = identityFromToken(token)
  if (identity.kind === 'invalid') throw new ERR_INVALID_TOKEN(identity.reason)
  return identity
}
