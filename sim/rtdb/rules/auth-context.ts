// Who a connection is, from the token it presents (wire-protocol notes §6.2 and §12). The emulator
// trusts tokens the way Google's emulator does: `owner` is the admin, and a JWT is decoded without
// checking its signature, `exp` or `aud`, because the SDKs' mock tokens are unsigned (`alg:"none"`,
// empty signature) and expire in 1970 by design.

import { Buffer } from 'node:buffer'

/** The `auth` variable of the rules (null when unauthenticated, so not part of this type). */
export interface AuthVar {
  uid: string | null
  provider?: string
  token: Record<string, unknown>
}

export type TokenIdentity =
  | { kind: 'owner' }
  | { kind: 'user'; auth: AuthVar }
  | { kind: 'invalid'; reason: string }

/** The constant firebase-admin sends in emulator mode (`EmulatorTokenProvider.OWNER`, §12). */
const OWNER_TOKEN = 'owner'
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/

export function authFromToken(token: string): TokenIdentity {
  if (token === OWNER_TOKEN) return { kind: 'owner' }
  const parts = token.split('.')
  const [header, payload, signature] = parts
  if (parts.length !== 3 || header === undefined || payload === undefined || signature === undefined) {
    return { kind: 'invalid', reason: 'token is neither "owner" nor a JWT (three base64url parts separated by dots)' }
  }
  if (!BASE64URL.test(signature)) return { kind: 'invalid', reason: 'JWT signature is not base64url' }
  const decodedHeader = decodeJsonObject(header, 'header')
  if (typeof decodedHeader === 'string') return { kind: 'invalid', reason: decodedHeader }
  const claims = decodeJsonObject(payload, 'payload')
  if (typeof claims === 'string') return { kind: 'invalid', reason: claims }

  // Firebase ID tokens carry the uid in `sub`; mock tokens carry it in both `sub` and `user_id`.
  const uid = claims['sub'] ?? claims['user_id'] ?? null
  if (uid !== null && (typeof uid !== 'string' || uid === '')) {
    return { kind: 'invalid', reason: 'JWT sub/user_id claim must be a non-empty string' }
  }
  const auth: AuthVar = { uid, token: claims }
  const provider = signInProvider(claims)
  if (provider !== undefined) auth.provider = provider
  return { kind: 'user', auth }
}

/** Returns the decoded object, or a string saying why it could not be decoded. */
function decodeJsonObject(part: string, what: string): Record<string, unknown> | string {
  if (!BASE64URL.test(part) || part === '') return `JWT ${what} is not base64url`
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return `JWT ${what} is not JSON`
  }
  if (!isRecord(decoded)) return `JWT ${what} is not a JSON object`
  return decoded
}

function signInProvider(claims: Record<string, unknown>): string | undefined {
  const firebase = claims['firebase']
  if (!isRecord(firebase)) return undefined
  const provider = firebase['sign_in_provider']
  return typeof provider === 'string' ? provider : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
