// Fuzzing the admin API (issue 9): generated sessions, routes, methods, conversation ids,
// bodies, content types and origins, through app.inject into the real app, against a pool of
// live calls. Per case:
//   - no 5xx; a 4xx carries a JSON message; 2xx only for a session on a real route (or login/logout);
//   - without a session nothing protected answers 2xx and nothing is written (401 on the plain case);
//   - every journal record stays inside the addressed conversation's call, with Firebase-legal keys;
//   - no built-in prototype changes, the API still answers, and when an admin message or a
//     hand-back was accepted, the caller's next turn is still TwiML that Twilio can speak.

import fc from 'fast-check'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Caller, login } from '../helpers/admin.js'
import { signedPost, startAurora, TEST_ADMIN_TOKEN, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../helpers/aurora.js'
import { adminCaseArb, bodyValue, convOf, pathOf, POOL_SIZE, routeMethod, type AdminCase, type ConvChoice } from './admin-requests.js'
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout } from './fuzz-config.js'
import { confinementProblems, firebaseKeyProblems, JournalWatch, recordKeyProblems, type CallRef } from './journal-watch.js'
import { prototypeChanges, snapshotPrototypes } from './prototype-guard.js'
import { twimlProblems } from './webhook-checks.js'
import type { CommittedRecord } from '../../src/store/index.js'

interface PoolCall extends CallRef {
  caller: Caller
}

let aurora: TestAurora
let watch: JournalWatch
let prototypes: ReturnType<typeof snapshotPrototypes>
let cookie: string
const pool: PoolCall[] = []
const seen = new Map<string, number>()

async function dialPoolCall(): Promise<PoolCall> {
  const caller = new Caller(aurora.app)
  const { callId, convId } = await caller.dial()
  await caller.say('there is smoke coming from bay 3')
  return { caller, callId, convId }
}

/** Keeps POOL_SIZE calls that admins can still act on: an ended one is replaced by a new caller. */
async function refreshPool(): Promise<void> {
  for (let i = 0; i < POOL_SIZE; i++) {
    const entry = pool[i]
    if (entry === undefined || aurora.app.calls.call(entry.callId)?.status === 'ENDED') pool[i] = await dialPoolCall()
  }
}

function poolEntry(conv: ConvChoice & { kind: 'pool' }): PoolCall {
  const entry = pool[conv.index]
  if (entry === undefined) throw new Error(`pool entry ${conv.index} missing`)
  return entry
}

beforeAll(async () => {
  aurora = await startAurora({ env: { ADMIN_LOGIN_RATE_LIMIT: '10000' } })
  watch = new JournalWatch(aurora.app.store)
  cookie = await login(aurora.app, 'fuzz')
  await refreshPool()
  prototypes = snapshotPrototypes()
})
afterAll(async () => {
  watch?.stop()
  await aurora?.close()
})

/** The Cookie header the case sends, after logging in under a fuzzed name if it asks for one. */
async function cookieFor(c: AdminCase): Promise<string | null> {
  switch (c.session.kind) {
    case 'valid':
      // A logout revokes its session: it gets one of its own, so the shared one lives on.
      return c.target.kind === 'logout' ? login(aurora.app, 'leaving') : cookie
    case 'none':
      return null
    case 'forged':
      return `aurora_admin=${c.session.value}`
    case 'named': {
      const res = await aurora.app.inject({ method: 'POST', url: '/api/login', payload: { token: TEST_ADMIN_TOKEN, name: c.session.name } })
      if (res.statusCode >= 500) throw new Error(`login as ${JSON.stringify(c.session.name)} answered ${res.statusCode}`)
      const setCookie = res.headers['set-cookie']
      const first = Array.isArray(setCookie) ? setCookie[0] : setCookie
      return res.statusCode === 200 && first !== undefined ? (first.split(';')[0] ?? null) : null
    }
  }
}

function requestFor(c: AdminCase, sessionCookie: string | null): InjectOptions {
  const method = c.method ?? routeMethod(c.target)
  const url = pathOf(c.target, (conv) => poolEntry(conv as ConvChoice & { kind: 'pool' }).convId)
  const headers: Record<string, string> = {}
  if (sessionCookie !== null) headers['cookie'] = sessionCookie
  if (c.origin !== undefined) headers['origin'] = c.origin
  let payload: string | undefined
  const value = bodyValue(c.body, c.target)
  if (value !== undefined) payload = JSON.stringify(value) ?? 'null'
  else if (c.body.kind === 'text') payload = c.body.text
  if (c.contentType === undefined) {
    if (payload !== undefined) headers['content-type'] = 'application/json'
  } else if (c.contentType !== null) headers['content-type'] = c.contentType
  return { method: method as InjectOptions['method'], url, headers, ...(payload !== undefined && method !== 'GET' && method !== 'HEAD' ? { payload } : {}) }
}

const PROTECTED = new Set(['action', 'conversation', 'stream', 'calls', 'history', 'session'])

function answerProblems(c: AdminCase, request: InjectOptions, res: LightMyRequestResponse, hadSession: boolean): string[] {
  const problems: string[] = []
  const status = res.statusCode
  const say = (what: string) => problems.push(`${request.method} ${request.url} (session ${c.session.kind}, body ${JSON.stringify(request.payload ?? null)?.slice(0, 80)}): ${status} ${what}`)
  const method = c.method ?? routeMethod(c.target)
  const ownMethod = method === routeMethod(c.target) || (method === 'HEAD' && routeMethod(c.target) === 'GET')
  if (status >= 500) say(`server error: ${res.body.slice(0, 200)}`)
  if (status < 200 || (status >= 300 && status < 400)) say('unexpected status')
  if (status >= 200 && status < 300) {
    if (c.target.kind === 'elsewhere') say('2xx off the API routes')
    if (!ownMethod) say('2xx for the wrong method')
    if (PROTECTED.has(c.target.kind) && !hadSession) say('a protected route answered 2xx without a valid session')
  }
  if (status >= 400 && status < 500 && method !== 'HEAD') {
    let message: unknown
    try {
      message = (res.json() as { message?: unknown }).message
    } catch {
      message = undefined
    }
    if (typeof message !== 'string' || message.trim() === '') say(`4xx without a JSON message: ${res.body.slice(0, 200)}`)
  }
  const conv = convOf(c.target)
  if (!hadSession && PROTECTED.has(c.target.kind) && ownMethod && c.origin === undefined && conv?.kind !== 'hostile' && status !== 401) {
    say('a protected route without a session must answer 401')
  }
  return problems
}

/** A URL that, with a session, opens an event stream that stays open (inject would never return). */
function opensStream(url: string): boolean {
  const path = url.split('?')[0] ?? ''
  if (path === '/api/stream') return true
  const conv = /^\/api\/conversation\/([^/]+)\/stream$/.exec(path)?.[1]
  if (conv === undefined) return false
  try {
    return aurora.app.calls.conversation(decodeURIComponent(conv)) !== null
  } catch {
    return false
  }
}

/** app.inject, but a request that never completes (a stream held open) fails the case instead of hanging it. */
async function injectWithin(request: InjectOptions, ms: number): Promise<LightMyRequestResponse> {
  let timer: NodeJS.Timeout | undefined
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${request.method} ${request.url} did not complete within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([aurora.app.inject(request), hung])
  } finally {
    clearTimeout(timer)
  }
}

async function runCase(c: AdminCase): Promise<string[]> {
  const app = aurora.app
  await refreshPool()
  await watch.take()
  const sessionCookie = await cookieFor(c)
  const hadSession = c.session.kind === 'valid' || (c.session.kind === 'named' && sessionCookie !== null)
  const request = requestFor(c, sessionCookie)
  // A hostile id can still normalise into a live stream ('..' turns .../../stream into /api/stream).
  fc.pre(!(hadSession && opensStream(request.url as string)))
  const res = await injectWithin(request, 10_000)
  const key = `${c.target.kind === 'action' ? c.target.action : c.target.kind} ${hadSession ? 'session' : 'anonymous'} ${res.statusCode}`
  seen.set(key, (seen.get(key) ?? 0) + 1)
  const problems = answerProblems(c, request, res, hadSession)

  // Writes: only into the addressed conversation's call, and only with a session.
  const taken = await watch.take()
  const conv = convOf(c.target)
  const addressed: CallRef[] = hadSession && conv?.kind === 'pool' ? [poolEntry(conv)] : []
  // A logout with a session records its revocation, and nothing else.
  const revocation = (record: CommittedRecord): boolean => record.ops.every((op) => op.path.startsWith('admin_sessions/revoked/'))
  const records = c.target.kind === 'logout' && hadSession ? taken.filter((record) => !revocation(record)) : taken
  if (c.target.kind === 'logout' && hadSession && res.statusCode === 204 && !taken.some(revocation)) problems.push('a logout with a session recorded no revocation')
  for (const record of records) problems.push(...confinementProblems(record, addressed), ...recordKeyProblems(record))
  problems.push(...prototypeChanges(prototypes))

  // What the caller hears next: an accepted admin message (or the hand-back line) must be speakable.
  const spoken = c.target.kind === 'action' && (c.target.action === 'messages' || c.target.action === 'release')
  if (spoken && res.statusCode < 300 && conv?.kind === 'pool') {
    const entry = poolEntry(conv)
    const turn = await app.inject(signedPost('/process-speech', twilioParams(entry.caller.sid, { SpeechResult: 'okay', Confidence: '0.9' })))
    if (turn.statusCode !== 200) problems.push(`caller's next turn answered ${turn.statusCode}`)
    else problems.push(...twimlProblems(turn, `${TEST_PUBLIC_URL}/process-speech`).map((p) => `caller's next turn after ${c.target.kind === 'action' ? c.target.action : ''} ${request.payload ?? ''}: ${p}`))
    for (const record of await watch.take()) problems.push(...confinementProblems(record, [entry]))
  }

  // The API still answers.
  const calls = await app.inject({ method: 'GET', url: '/api/calls', headers: { cookie } })
  if (calls.statusCode !== 200 || !Array.isArray((calls.json() as { calls?: unknown }).calls)) problems.push(`GET /api/calls then answered ${calls.statusCode}`)
  return problems
}

describe('fuzzed admin API', () => {
  it(
    'never answers 5xx, refuses without a session, and writes only into the addressed call',
    async () => {
      await fc.assert(
        fc.asyncProperty(adminCaseArb, async (c) => {
          expect(await runCase(c)).toEqual([])
        }),
        // Twice the default: a case is cheap, and each action should succeed a dozen times.
        fuzzParameters(2),
      )
      if (FUZZ_RUNS >= 100) {
        const summary = JSON.stringify(Object.fromEntries([...seen].sort()))
        const reached = (pattern: RegExp) => [...seen.keys()].some((k) => pattern.test(k))
        for (const pattern of [/^takeover session 200$/, /^messages session 201$/, /^urgency session 200$/, /^end session 200$/, /^messages session 400$/, /anonymous 401$/]) {
          expect(reached(pattern), `${pattern.source} never happened: ${summary}`).toBe(true)
        }
      }
    },
    fuzzTimeout(40, 2),
  )

  it('left a tree with only Firebase-legal keys', () => {
    expect(firebaseKeyProblems(aurora.app.store.get(''))).toEqual([])
  })
})

describe('admin API counterexamples found by fuzzing', () => {
  // The message schema only asks for a non-space character, so text XML cannot carry was
  // accepted (201) and recorded; the caller's next turn then failed to render (xmlbuilder
  // throws on it) and the caller heard the apology instead of the supervisor. Either contract
  // is fine: refuse such text with a 400, or make it speakable; accepting it and failing later is not.
  for (const [name, text] of [
    ['a control character', 'Evacuate now\u0007'],
    ['a lone surrogate', 'Stay put \ud83d'],
    ['a NUL', 'Help is\u0000 coming'],
  ] as const) {
    it(`an admin message with ${name} is refused or reaches the caller`, async () => {
      await refreshPool()
      const entry = pool[0] as PoolCall
      if (aurora.app.calls.call(entry.callId)?.status === 'TAKEN_OVER') {
        await aurora.app.inject({ method: 'POST', url: `/api/conversation/${entry.convId}/release`, headers: { cookie } })
      }
      const res = await aurora.app.inject({ method: 'POST', url: `/api/conversation/${entry.convId}/messages`, headers: { cookie }, payload: { text } })
      if (res.statusCode !== 201) {
        expect(res.statusCode).toBe(400)
        return
      }
      const turn = await aurora.app.inject(signedPost('/process-speech', twilioParams(entry.caller.sid, { SpeechResult: 'okay', Confidence: '0.9' })))
      expect(turn.statusCode).toBe(200)
      expect(twimlProblems(turn, `${TEST_PUBLIC_URL}/process-speech`)).toEqual([])
    })
  }
})
