import { existsSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { decodeSession, encodeSession, SESSION_COOKIE } from '../../../src/admin/session.js'
import type { IdTokenVerifier } from '../../../src/plugins/admin-auth.js'
import { buildApp } from '../../../src/app.js'
import { signSessionCookie, startAurora, TEST_ADMIN_TOKEN, TEST_PUBLIC_URL, testConfig, type TestAurora } from '../../helpers/aurora.js'
import { listen, login, openStream } from '../../helpers/admin.js'
import { failJournal } from '../../helpers/journal.js'

// Admin authentication and the browser-facing defences: the session cookie's flags, login rate
// limiting, forged and expired sessions, cross-origin requests, security headers and CSP, no CORS.

const loginWith = (app: FastifyInstance, payload: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/login', payload, headers })

function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie
  return first ?? ''
}

let t: TestAurora
beforeAll(async () => {
  // Many logins below; the limit itself is tested on an app of its own.
  t = await startAurora({ env: { ADMIN_LOGIN_RATE_LIMIT: '1000' } })
})
afterAll(() => t.close())

describe('login', () => {
  it('trades the admin token for an HttpOnly, SameSite=Strict, Secure session cookie naming the admin', async () => {
    const res = await loginWith(t.app, { token: TEST_ADMIN_TOKEN, name: 'dana' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ actor: 'admin:dana', expires_at: expect.any(String) })
    const cookie = cookieOf(res.headers['set-cookie'])
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).toMatch(/; Secure/) // PUBLIC_URL is https
    expect(cookie).toMatch(/; Path=\//)
    const maxAge = Number(/; Max-Age=(\d+)/.exec(cookie)?.[1])
    expect(maxAge).toBeGreaterThan(43_190) // SESSION_TTL_MS default: 12 h
    expect(maxAge).toBeLessThanOrEqual(43_200)
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookie.split(';')[0]! } })
    expect(session.json()).toMatchObject({ actor: 'admin:dana' })
  })

  it('refuses a wrong token with 401, and malformed bodies with 400', async () => {
    const wrong = await loginWith(t.app, { token: `${TEST_ADMIN_TOKEN}x` })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json()).toMatchObject({ code: 'AURORA_ERR_ADMIN_LOGIN_REFUSED' })
    expect(wrong.headers['set-cookie']).toBeUndefined()
    for (const body of [{}, { name: 'dana' }, { token: '' }, { token: TEST_ADMIN_TOKEN, name: '<script>' }, { token: TEST_ADMIN_TOKEN, idToken: 'x' }]) {
      expect((await loginWith(t.app, body)).statusCode, JSON.stringify(body)).toBe(400)
    }
    const idToken = await loginWith(t.app, { idToken: 'abc' })
    expect(idToken.statusCode).toBe(400)
    expect(idToken.json()).toMatchObject({ code: 'AURORA_ERR_ADMIN_LOGIN_METHOD_DISABLED' })
  })

  it('rate-limits login attempts per client', async () => {
    const fresh = await startAurora({ env: { ADMIN_LOGIN_RATE_LIMIT: '3' } })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await loginWith(fresh.app, { token: 'guess-guess-guess' })).statusCode)
      expect(statuses).toEqual([401, 401, 401, 429])
      const limited = await loginWith(fresh.app, { token: TEST_ADMIN_TOKEN })
      expect(limited.statusCode).toBe(429)
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
      // Another client address is not affected.
      const other = await fresh.app.inject({ method: 'POST', url: '/api/login', payload: { token: TEST_ADMIN_TOKEN }, remoteAddress: '10.0.0.9' })
      expect(other.statusCode).toBe(200)
    } finally {
      await fresh.close()
    }
  })

  it('counts the connecting address, not one the client names in X-Forwarded-For, unless that peer is a trusted proxy', async () => {
    const attempt = (app: FastifyInstance, remoteAddress: string, forwardedFor: string) =>
      app.inject({ method: 'POST', url: '/api/login', payload: { token: 'guess-guess-guess' }, remoteAddress, headers: { 'x-forwarded-for': forwardedFor } })
    // Default TRUST_PROXY (loopback): a client on the network cannot pose as new clients.
    const direct = await startAurora({ env: { ADMIN_LOGIN_RATE_LIMIT: '3' } })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await attempt(direct.app, '203.0.113.7', `198.51.100.${i}`)).statusCode)
      expect(statuses).toEqual([401, 401, 401, 429, 429])
    } finally {
      await direct.close()
    }
    // A proxy named in TRUST_PROXY says who its clients are: each is counted on its own.
    const proxied = await startAurora({ env: { ADMIN_LOGIN_RATE_LIMIT: '3', TRUST_PROXY: '10.1.0.0/16' } })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await attempt(proxied.app, '10.1.0.5', '198.51.100.1')).statusCode)
      expect(statuses).toEqual([401, 401, 401, 429, 429])
      expect((await attempt(proxied.app, '10.1.0.5', '198.51.100.2')).statusCode).toBe(401)
    } finally {
      await proxied.close()
    }
  })

  it('logs out by clearing the cookie', async () => {
    const cookie = await login(t.app)
    const res = await t.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } })
    expect(res.statusCode).toBe(204)
    expect(cookieOf(res.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`))
  })
})

describe('sessions', () => {
  it('refuses forged, tampered and expired cookies', async () => {
    const cookie = await login(t.app)
    const value = cookie.slice(SESSION_COOKIE.length + 1)
    const [payload, signature] = [value.slice(0, value.lastIndexOf('.')), value.slice(value.lastIndexOf('.') + 1)]
    const session = decodeSession(payload, Date.now())!
    const promoted = encodeSession({ ...session, actor: 'admin:root' })
    const expired = signSessionCookie(encodeSession({ ...session, expiresAt: Date.now() - 1 }))
    for (const forged of [`${promoted}.${signature}`, `${payload}.${signature.slice(1)}x`, payload, expired, 'garbage']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie: `${SESSION_COOKIE}=${forged}` } })
      expect(res.statusCode, forged).toBe(401)
    }
  })

  it('is stateless: another instance sharing ADMIN_TOKEN accepts it, one with another token does not', async () => {
    const cookie = await login(t.app)
    const sibling = await startAurora({ env: { INSTANCE_ID: 'b2' } })
    const stranger = await startAurora({ env: { ADMIN_TOKEN: 'another-admin-token-0123456789' } })
    try {
      expect((await sibling.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie } })).statusCode).toBe(200)
      expect((await stranger.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie } })).statusCode).toBe(401)
    } finally {
      await sibling.close()
      await stranger.close()
    }
  })

  it('has no Secure flag when the public URL is plain http (local development)', async () => {
    const dev = await startAurora({ env: { PUBLIC_URL: 'http://127.0.0.1:3000' } })
    try {
      const res = await loginWith(dev.app, { token: TEST_ADMIN_TOKEN })
      expect(cookieOf(res.headers['set-cookie'])).not.toMatch(/Secure/)
    } finally {
      await dev.close()
    }
  })
})

describe('logout', () => {
  it('revokes the session: a copy of its cookie is refused afterwards, also after a restart', async () => {
    const own = await startAurora()
    try {
      const cookie = await login(own.app)
      const copy = cookie
      const out = await own.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } })
      expect(out.statusCode).toBe(204)
      expect(cookieOf(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`))
      const session = await own.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: copy } })
      expect(session.statusCode).toBe(401)
      await own.restart()
      expect((await own.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie: copy } })).statusCode).toBe(401)
      // Logging in again gives a session of its own.
      const again = await login(own.app)
      expect((await own.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie: again } })).statusCode).toBe(200)
    } finally {
      await own.close()
    }
  })

  it.skipIf(!existsSync('/dev/full'))('ends the session on this instance even when the disk refuses to record the logout', async () => {
    const own = await startAurora({ env: { JOURNAL_SEGMENT_BYTES: '4096' } })
    try {
      const cookie = await login(own.app)
      await failJournal(own)
      const out = await own.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } })
      expect(out.statusCode).toBeGreaterThanOrEqual(500)
      expect((await own.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode).toBe(401)
    } finally {
      await own.close()
    }
  })

  it('reaches the other instances through Firebase', async () => {
    const a = await startAurora({ firebase: true })
    const b = await buildApp({ ...(await testConfig({ INSTANCE_ID: 'b2' })), firebase: a.config.firebase })
    try {
      const bBase = await listen(b)
      const cookie = await login(a.app)
      expect((await b.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode).toBe(200)
      const streamOnB = await openStream(bBase, '/api/stream', cookie)
      await streamOnB.next('initial')
      expect((await a.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } })).statusCode).toBe(204)
      await vi.waitFor(async () => expect((await b.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode).toBe(401), { timeout: 10_000, interval: 50 })
      // The session's stream on the other instance ends too.
      await streamOnB.ended
    } finally {
      await b.close()
      await a.close()
    }
  })

  it('forgets a logout once its session would have expired anyway', async () => {
    let now = Date.now()
    const own = await startAurora({ env: { SESSION_TTL_MS: '60000' }, deps: { now: () => new Date(now) } })
    try {
      const revoked = (): string[] => Object.keys((own.app.store.get('admin_sessions/revoked') as object | null) ?? {})
      const first = await login(own.app)
      await own.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie: first } })
      const [firstId] = revoked()
      expect(firstId).toBeDefined()
      now += 61_000
      const second = await login(own.app)
      await own.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie: second } })
      expect(revoked()).toHaveLength(1)
      expect(revoked()).not.toContain(firstId)
      // Expired, so still refused.
      expect((await own.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: first } })).statusCode).toBe(401)
    } finally {
      await own.close()
    }
  })
})

describe('Firebase ID token login (ADMIN_FIREBASE_AUTH)', () => {
  it('accepts a verified token with the admin claim and records the user; refuses one without', async () => {
    const users: Record<string, { uid: string; email?: string; admin?: boolean }> = {
      'token-dana': { uid: 'u1', email: 'dana@plant.example', admin: true },
      'token-guest': { uid: 'u2', email: 'guest@plant.example' },
    }
    // firebase-admin's verifyIdToken needs Google's keys (or an Auth emulator); the claim check and
    // the actor it yields are what this test covers.
    const verifyIdToken: IdTokenVerifier = async (idToken) => {
      const user = users[idToken]
      if (!user) throw new Error('auth/argument-error')
      return user
    }
    const fb = await startAurora({ env: { ADMIN_FIREBASE_AUTH: 'true' }, deps: { verifyIdToken } })
    try {
      const ok = await loginWith(fb.app, { idToken: 'token-dana' })
      expect(ok.statusCode).toBe(200)
      expect(ok.json().actor).toBe('firebase:dana@plant.example')
      const guest = await loginWith(fb.app, { idToken: 'token-guest' })
      expect(guest.statusCode).toBe(401)
      expect(guest.json().message).toMatch(/admin custom claim/)
      expect((await loginWith(fb.app, { idToken: 'forged' })).statusCode).toBe(401)
    } finally {
      await fb.close()
    }
  })
})

describe('browser defences', () => {
  it('refuses cross-origin requests to the admin API and login', async () => {
    const cookie = await login(t.app)
    const evil = { origin: 'https://evil.example', cookie }
    expect((await t.app.inject({ method: 'GET', url: '/api/calls', headers: evil })).statusCode).toBe(403)
    expect((await loginWith(t.app, { token: TEST_ADMIN_TOKEN }, { origin: 'https://evil.example' })).statusCode).toBe(403)
    const same = await t.app.inject({ method: 'GET', url: '/api/calls', headers: { origin: 'http://aurora.local', host: 'aurora.local', cookie } })
    expect(same.statusCode).toBe(200)
    // Behind a proxy that passes its own upstream Host (nginx's default), the browser's Origin
    // is still PUBLIC_URL's.
    const proxied = await loginWith(t.app, { token: TEST_ADMIN_TOKEN }, { origin: TEST_PUBLIC_URL, host: '127.0.0.1:3000' })
    expect(proxied.statusCode).toBe(200)
    const lookalike = await loginWith(t.app, { token: TEST_ADMIN_TOKEN }, { origin: `${TEST_PUBLIC_URL}.evil.example`, host: '127.0.0.1:3000' })
    expect(lookalike.statusCode).toBe(403)
  })

  it('sends no CORS headers, even to a preflight', async () => {
    const cookie = await login(t.app)
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/calls',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    const read = await t.app.inject({ method: 'GET', url: '/api/calls', headers: { cookie } })
    expect(Object.keys(read.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
  })

  it('serves the dashboard with security headers and a CSP that allows only its own files', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/admin' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    const csp = String(page.headers['content-security-policy'])
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['strict-transport-security']).toMatch(/max-age=/)
    expect(page.body).not.toMatch(/<script>(?!<\/script>)|\son[a-z]+=/i)
    for (const asset of ['/admin/app.js', '/admin/app.css']) expect((await t.app.inject({ method: 'GET', url: asset })).statusCode).toBe(200)
  })
})
