import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import type { LoginBody } from '../../plugins/admin-auth.js'
import { errors, loginBody, sessionResponse } from './schemas.js'

export interface SessionRoutesOptions {
  /** Login attempts per minute per client address. */
  loginRateLimit: number
}

/**
 *   POST /api/login   {token, name?} | {idToken}  -> 200 {actor, expires_at} + Set-Cookie
 *   POST /api/logout                               -> 204, cookie cleared
 *   GET  /api/session                              -> 200 {actor, expires_at} | 401
 */
export default async function sessionRoutes(app: FastifyInstance, options: SessionRoutesOptions): Promise<void> {
  const auth = app.adminAuth
  // Scoped to this plugin: only login is limited, so a busy dashboard never hits it.
  await app.register(rateLimit, { global: false })

  app.post<{ Body: LoginBody }>(
    '/api/login',
    {
      config: { rateLimit: { max: options.loginRateLimit, timeWindow: 60_000 } },
      onRequest: auth.sameOriginOnly,
      schema: { body: loginBody, response: { 200: sessionResponse, 429: errors[401], ...errors } },
    },
    async (request, reply) => {
      const session = await auth.login(request.body)
      auth.setSession(reply, session)
      request.log.info({ actor: session.actor }, 'admin logged in')
      return { actor: session.actor, expires_at: new Date(session.expiresAt).toISOString() }
    },
  )

  app.post('/api/logout', { onRequest: auth.sameOriginOnly, schema: { response: { 204: { type: 'null' }, ...errors } } }, async (request, reply) => {
    const session = auth.sessionOf(request)
    auth.clearSession(reply)
    if (session) {
      // A copy of the cookie (another tab, another device, a stolen one) ends with it.
      await auth.revoke(session)
      request.log.info({ actor: session.actor }, 'admin logged out')
    }
    return reply.code(204).send()
  })

  app.get('/api/session', { onRequest: auth.requireAdmin, schema: { response: { 200: sessionResponse, ...errors } } }, async (request) => {
    const session = request.adminSession as NonNullable<typeof request.adminSession>
    return { actor: session.actor, expires_at: new Date(session.expiresAt).toISOString() }
  })
}
