import cookie from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { getAuth } from 'firebase-admin/auth'
import {
  ERR_ADMIN_CROSS_ORIGIN,
  ERR_ADMIN_LOGIN_METHOD_DISABLED,
  ERR_ADMIN_LOGIN_REFUSED,
  ERR_ADMIN_UNAUTHENTICATED,
  ERR_ADMIN_UNSUPPORTED_MEDIA_TYPE,
} from '../errors.js'
import { RevokedSessions } from '../admin/revoked-sessions.js'
import { decodeSession, deriveSessionSecret, encodeSession, newSessionId, SESSION_COOKIE, tokensEqual, type AdminSession } from '../admin/session.js'

/** What a verified Firebase ID token says about its user (firebase-admin's DecodedIdToken, narrowed). */
export interface VerifiedIdToken {
  uid: string
  email?: string
  [claim: string]: unknown
}
export type IdTokenVerifier = (idToken: string) => Promise<VerifiedIdToken>

export interface LoginBody {
  token?: string
  name?: string
  idToken?: string
}

export interface AdminAuth {
  /** Checks credentials and returns the session to issue; throws a coded 400/401 otherwise. */
  login(body: LoginBody): Promise<AdminSession>
  setSession(reply: FastifyReply, session: AdminSession): void
  clearSession(reply: FastifyReply): void
  /** Ends the session on every instance (logout); resolves once that is durable. */
  revoke(session: AdminSession): Promise<void>
  /** Calls end() once, when the session expires or is revoked; returns a cancel function. */
  untilSessionEnds(session: AdminSession, end: () => void): () => void
  /** The valid, unrevoked session a request carries, or null. */
  sessionOf(request: FastifyRequest): AdminSession | null
  /** onRequest hook for admin scopes: 401 without a session, 403 cross-origin, 415 non-JSON POST bodies. */
  requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void>
  /** onRequest hook for login/logout: 403 when sent from another origin (login CSRF). */
  sameOriginOnly(request: FastifyRequest, reply: FastifyReply): Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    adminAuth: AdminAuth
  }
  interface FastifyRequest {
    /** Set by adminAuth.requireAdmin on admin routes. */
    adminSession: AdminSession | null
  }
}

export interface AdminAuthOptions {
  token: string
  /** Token login is off when the token was generated and nobody was shown it (production). */
  tokenLogin: boolean
  firebaseAuth: boolean
  sessionTtlMs: number
  sessionSecret?: string
  /** https public URL: the cookie gets Secure. */
  secureCookie: boolean
  /** PUBLIC_URL's origin: the dashboard's, even where a proxy rewrites Host. */
  publicOrigin: string
  /** Defaults to firebase-admin's verifyIdToken on the mirror's Firebase app (checks revocation). */
  verifyIdToken?: IdTokenVerifier
  now?: () => number
}

/**
 * Admin authentication: a login that trades ADMIN_TOKEN (or a Firebase ID token carrying the
 * `admin` custom claim) for a signed, HttpOnly, SameSite=Strict session cookie, because a
 * browser EventSource cannot send an Authorization header. No CORS is configured anywhere, and
 * requests from another Origin are refused on top of SameSite.
 */
export default fp<AdminAuthOptions>(
  async (app, options) => {
    const now = options.now ?? Date.now
    await app.register(cookie, { secret: options.sessionSecret ?? deriveSessionSecret(options.token) })
    const revoked = new RevokedSessions({ store: app.store, db: app.firebaseDb, log: app.log.child({ component: 'admin-auth' }), now })
    revoked.start()
    // A failed prune only waits for the next one.
    const prune = (): Promise<unknown> => revoked.prune().catch((err: unknown) => app.log.warn({ err }, 'expired logouts not pruned'))
    const pruning = setInterval(() => void prune(), PRUNE_EVERY_MS)
    pruning.unref()
    app.addHook('onClose', async () => {
      clearInterval(pruning)
      revoked.stop()
    })

    const firebaseVerifier = (): IdTokenVerifier | null => {
      if (options.verifyIdToken) return options.verifyIdToken
      const db = app.firebaseDb
      if (!db) return null
      const auth = getAuth(db.app)
      return async (idToken) => {
        const decoded = await auth.verifyIdToken(idToken, true)
        return { ...decoded, uid: decoded.uid }
      }
    }

    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: options.secureCookie,
      signed: true,
    }

    const auth: AdminAuth = {
      async login(body) {
        const issuedAt = now()
        const expiresAt = issuedAt + options.sessionTtlMs
        if (body.idToken !== undefined) {
          if (!options.firebaseAuth) throw new ERR_ADMIN_LOGIN_METHOD_DISABLED('a Firebase ID token', 'set ADMIN_FIREBASE_AUTH=true or log in with the admin token')
          const verify = firebaseVerifier()
          if (!verify) throw new ERR_ADMIN_LOGIN_METHOD_DISABLED('a Firebase ID token', 'Firebase is not configured on this instance')
          let decoded: VerifiedIdToken
          try {
            decoded = await verify(body.idToken)
          } catch (err) {
            app.log.info({ err }, 'firebase id token refused')
            throw new ERR_ADMIN_LOGIN_REFUSED('the Firebase ID token is invalid, expired or revoked')
          }
          if (decoded.admin !== true) throw new ERR_ADMIN_LOGIN_REFUSED('this Firebase user has no admin custom claim')
          return { actor: `firebase:${decoded.email ?? decoded.uid}`, id: newSessionId(), issuedAt, expiresAt }
        }
        if (!options.tokenLogin) throw new ERR_ADMIN_LOGIN_METHOD_DISABLED('the admin token', 'log in with a Firebase ID token (idToken)')
        if (!tokensEqual(body.token ?? '', options.token)) throw new ERR_ADMIN_LOGIN_REFUSED('wrong admin token')
        return { actor: `admin:${body.name ?? 'admin'}`, id: newSessionId(), issuedAt, expiresAt }
      },
      setSession(reply, session) {
        void reply.setCookie(SESSION_COOKIE, encodeSession(session), {
          ...cookieOptions,
          maxAge: Math.max(1, Math.floor((session.expiresAt - now()) / 1000)),
        })
      },
      clearSession(reply) {
        void reply.clearCookie(SESSION_COOKIE, cookieOptions)
      },
      async revoke(session) {
        await revoked.revoke(session)
        // Also here, not only every PRUNE_EVERY_MS: the list stays as short as the logouts of one TTL.
        await prune()
      },
      untilSessionEnds(session, end) {
        let ended = false
        const finish = (): void => {
          if (ended) return
          ended = true
          cancel()
          end()
        }
        const timer = setTimeout(finish, Math.min(MAX_TIMER_MS, Math.max(0, session.expiresAt - now())))
        timer.unref()
        const off = revoked.onRevoked((id) => id === session.id && finish())
        const cancel = (): void => {
          clearTimeout(timer)
          off()
        }
        if (revoked.has(session.id)) finish()
        return cancel
      },
      sessionOf(request) {
        const raw = request.cookies[SESSION_COOKIE]
        if (!raw) return null
        const unsigned = request.unsignCookie(raw)
        if (!unsigned.valid || unsigned.value === null) return null
        const session = decodeSession(unsigned.value, now())
        return session && !revoked.has(session.id) ? session : null
      },
      async sameOriginOnly(request) {
        const origin = request.headers.origin
        if (origin !== undefined && origin !== options.publicOrigin && !sameHost(origin, request)) throw new ERR_ADMIN_CROSS_ORIGIN(origin)
      },
      async requireAdmin(request, reply) {
        await auth.sameOriginOnly(request, reply)
        const session = auth.sessionOf(request)
        if (!session) throw new ERR_ADMIN_UNAUTHENTICATED()
        if (request.method === 'POST') {
          const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
          if (type !== undefined && type !== 'application/json') throw new ERR_ADMIN_UNSUPPORTED_MEDIA_TYPE(type)
        }
        request.adminSession = session
      },
    }
    app.decorate('adminAuth', auth)
    app.decorateRequest('adminSession', null)
  },
  { name: 'admin-auth', dependencies: ['store', 'mirror'] },
)

const PRUNE_EVERY_MS = 10 * 60_000
/** setTimeout's limit (2^31 - 1 ms, about 24.8 days); longer sessions end at the next reconnect's check. */
const MAX_TIMER_MS = 2_147_483_647

/** An Origin header names the host the request was sent to: the dashboard reached by another name than PUBLIC_URL's. */
function sameHost(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).host === request.host
  } catch {
    return false
  }
}
