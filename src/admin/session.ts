import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

// Admin sessions are stateless: the cookie carries who and until when, signed by @fastify/cookie
// (HMAC-SHA256). Any instance that shares the secret accepts it, so one dashboard works behind a
// load balancer and across restarts. The price: a session cannot be revoked one by one; it ends
// at expiresAt (SESSION_TTL_MS) or for everyone when the secret (or ADMIN_TOKEN) changes.

export interface AdminSession {
  /** Who, as recorded in the audit trail: `admin:<name>` or `firebase:<email|uid>`. */
  actor: string
  issuedAt: number
  expiresAt: number
}

export const SESSION_COOKIE = 'aurora_admin'
const VERSION = 1

/** The cookie value before signing: base64url JSON, so it survives cookie encoding unchanged. */
export function encodeSession(session: AdminSession): string {
  return Buffer.from(JSON.stringify({ v: VERSION, a: session.actor, i: session.issuedAt, e: session.expiresAt })).toString('base64url')
}

/** The session a verified cookie value carries, or null when malformed or expired at `now`. */
export function decodeSession(value: string, now: number): AdminSession | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (parsed === null || typeof parsed !== 'object') return null
  const { v, a, i, e } = parsed as Record<string, unknown>
  if (v !== VERSION || typeof a !== 'string' || a === '' || typeof i !== 'number' || typeof e !== 'number') return null
  if (!(e > now)) return null
  return { actor: a, issuedAt: i, expiresAt: e }
}

/**
 * The cookie-signing secret when ADMIN_SESSION_SECRET is not set: derived from the admin token
 * (one-way, domain-separated), so the token itself never signs anything and cannot be recovered
 * from a cookie.
 */
export function deriveSessionSecret(adminToken: string): string {
  return createHmac('sha256', 'aurora admin session cookie v1').update(adminToken).digest('base64url')
}

/**
 * Constant-time comparison of a presented token with the expected one. Both sides are hashed
 * first so the comparison takes the same time whatever the lengths (timingSafeEqual itself
 * throws on different lengths, and an early length check would leak the token's length).
 */
export function tokensEqual(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest()
  const b = createHash('sha256').update(expected, 'utf8').digest()
  return timingSafeEqual(a, b) && expected.length > 0
}

/** Names admins give at login: shown in the audit trail, so plain and short. */
export const ADMIN_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,39}$'
