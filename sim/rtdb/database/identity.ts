// Who is on the other end of a connection or REST request, as far as rules are concerned.
// `owner` is the emulator's admin credential and bypasses rules, like Google's emulator (§12).

import { authFromToken, type AuthVar } from '../rules/index.js'

export type Identity =
  | { readonly kind: 'owner' }
  | { readonly kind: 'user'; readonly auth: AuthVar }
  /** No credential, or an admin credential with `noauth` (§6.2): `auth == null` in rules. */
  | { readonly kind: 'anonymous' }

export const OWNER: Identity = Object.freeze({ kind: 'owner' })
export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' })

/** The `auth` variable rules see. */
export function ruleAuth(identity: Identity): AuthVar | null {
  return identity.kind === 'user' ? identity.auth : null
}

export type TokenIdentity = Identity | { readonly kind: 'invalid'; readonly reason: string }

export function identityFromToken(token: string): TokenIdentity {
  const result = authFromToken(token)
  if (result.kind === 'owner') return OWNER
  if (result.kind === 'user') return { kind: 'user', auth: result.auth }
  return { kind: 'invalid', reason: result.reason }
}

/**
 * §6.2: an admin credential may carry `authvar` (firebase-admin's databaseAuthVariableOverride),
 * which replaces the auth object rules see, or `noauth: true`, which makes it `null`.
 * Both only apply to the owner credential; a user token keeps its own identity.
 */
export function applyAuthOverride(identity: Identity, override: { authvar?: unknown; noauth?: unknown }): Identity {
  if (identity.kind !== 'owner') return identity
  if (override.noauth === true) return ANONYMOUS
  const authvar = override.authvar
  if (typeof authvar !== 'object' || authvar === null || Array.isArray(authvar)) return identity
  const fields = authvar as Record<string, unknown>
  const token = fields['token']
  const auth: AuthVar = {
    uid: typeof fields['uid'] === 'string' ? fields['uid'] : null,
    token: typeof token === 'object' && token !== null && !Array.isArray(token) ? (token as Record<string, unknown>) : { ...fields },
  }
  if (typeof fields['provider'] === 'string') auth.provider = fields['provider']
  return { kind: 'user', auth }
}
