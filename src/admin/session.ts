import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// Admin sessions are stateless: the cookie carries who and until when, signed by @fastify/cookie
// (HMAC-SHA256). Any instance that shares the secret accepts it, so one dashboard works behind a
// load balancer and across restarts. A session ends at expiresAt (SESSION_TTL_MS), for everyone
// when the secret (or ADMIN_TOKEN) changes, or one by one at logout: its id is then revoked on
// every instance (revoked-sessions.ts), so a copied cookie dies with the logout.

export interface AdminSession {
  /** Who, as recorded in the audit trail: `admin:<name>` or `firebase:<email|uid>`. */
  actor: string
  /** Random, unique per login: what a logout revokes. */
  id: string
  issuedAt: number
  expiresAt: number
}

export const SESSION_COOKIE = 'aurora_admin'
// 2: sessions carry an id (a version 1 cookie, which cannot be revoked, is refused: log in again).
const VERSION = 2

/** A new session id: 128 random bits, base64url (a valid Firebase key). */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url')
}
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/

/** The cookie value before signing: base64url JSON, so it survives cookie encoding unchanged. */
export function encodeSession(session: AdminSession): string {
  return Buffer.from(JSON.stringify({ v: VERSION, a: session.actor, s: session.id, i: session.issuedAt, e: session.expiresAt })).toString('base64url')
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
  const { v, a, s, i, e } = parsed as Record<string, unknown>
  if (v !== VERSION || typeof a !== 'string' || a === '' || typeof s !== 'string' || !SESSION_ID.test(s) || typeof i !== 'number' || typeof e !== 'number') return null
  if (!(e > now)) return null
  return { actor: a, id: s, issuedAt: i, expiresAt: e }
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
