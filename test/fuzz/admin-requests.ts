// Generated admin API calls: every route with right and wrong methods, sessions that are valid,
// missing, forged or issued to a fuzzed name, conversation ids that are real, unknown or hostile
// (illegal Firebase characters, unicode, huge, `__proto__`), and bodies that are valid, oddly
// typed, prototype-polluting, truncated or not JSON at all.

import fc from 'fast-check'
import { hostileName, hostileString, PROTO_NAMES } from './hostile-strings.js'
import { normalisedUrl } from './webhook-requests.js'

export const ACTIONS = ['takeover', 'release', 'messages', 'urgency', 'end'] as const
export type Action = (typeof ACTIONS)[number]

export type ConvChoice = { kind: 'pool'; index: number } | { kind: 'hostile'; id: string; encoded: boolean }

export type Target =
  | { kind: 'action'; action: Action; conv: ConvChoice }
  | { kind: 'conversation'; conv: ConvChoice }
  | { kind: 'stream'; conv: ConvChoice | null }
  | { kind: 'calls' }
  /** GET /api/history with this query string (without the '?'). */
  | { kind: 'history'; query: string }
  | { kind: 'session' }
  | { kind: 'login' }
  | { kind: 'logout' }
  | { kind: 'elsewhere'; path: string }

export type SessionChoice =
  | { kind: 'valid' }
  | { kind: 'none' }
  /** A login under this name first (the name is fuzzed too); no session if that login fails. */
  | { kind: 'named'; name: string }
  /** A cookie that is not ours: unsigned, tampered, or garbage. */
  | { kind: 'forged'; value: string }

export type BodyChoice =
  | { kind: 'none' }
  /** The body the target expects, with fuzzed contents: {text} for messages, {urgency}, {token, name} for login, none otherwise. */
  | { kind: 'fitting'; text: string; urgency: string; name: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }

export interface AdminCase {
  session: SessionChoice
  target: Target
  /** null: the route's own method. */
  method: string | null
  body: BodyChoice
  /** undefined: application/json when there is a body. null: no Content-Type header. */
  contentType: string | null | undefined
  /** undefined: no Origin header. */
  origin: string | undefined
}

export const POOL_SIZE = 4

const convArb: fc.Arbitrary<ConvChoice> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: POOL_SIZE - 1 }).map((index): ConvChoice => ({ kind: 'pool', index })) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('hostile' as const),
      id: fc.oneof(
        fc.constantFrom(...PROTO_NAMES, 'conv_15551230001_20250101_000000_t1', 'conv_x', '..', '.', '%', 'a'.repeat(100), 'a'.repeat(101), 'a'.repeat(129), 'conv_a.b', 'conv$', 'conv#1', 'conv[0]', 'c/d'),
        hostileString({ maxLength: 40 }),
        hostileName,
      ),
      encoded: fc.boolean(),
    }),
  },
)

const targetArb: fc.Arbitrary<Target> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('action' as const), action: fc.constantFrom(...ACTIONS), conv: convArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('conversation' as const), conv: convArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stream' as const), conv: fc.option(convArb, { nil: null }) }) },
  { weight: 1, arbitrary: fc.constantFrom<Target>({ kind: 'calls' }, { kind: 'session' }, { kind: 'login' }, { kind: 'logout' }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom('', 'limit=5', 'limit=0', 'limit=100', 'limit=101', 'limit=-1', 'limit=1e3', 'limit=', 'limit=5&limit=6', 'before=', 'before=2026-11-30T10:00:00.000Z%20call_1', 'before=2026-11-30T10:00:00.000Z', '__proto__=1', 'limit[]=1'),
        fc.tuple(fc.constantFrom('limit', 'before', 'x'), hostileString({ maxLength: 40, huge: false })).map(([key, value]) => `${key}=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?'))}`),
      )
      .map((query): Target => ({ kind: 'history', query })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom('/api', '/api/', '/api/conversation', '/api/conversation/', '/api/calls/x', '/api/conversation/a/b/c', '/api/conversation//takeover', '/api/__proto__', '/api/login/', '/.env'),
        hostileString({ maxLength: 30, huge: false }).map((s) => `/api/${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))}`),
      )
      .map((path): Target => ({ kind: 'elsewhere', path })),
  },
)

const sessionArb: fc.Arbitrary<SessionChoice> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<SessionChoice>({ kind: 'valid' }) },
  { weight: 2, arbitrary: fc.constant<SessionChoice>({ kind: 'none' }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom('dana', 'D', 'ops@site-4', 'a b.c', 'x'.repeat(40), 'x'.repeat(41), ' dana', 'dana\n', '__proto__'), hostileString({ maxLength: 42, huge: false }))
      .map((name): SessionChoice => ({ kind: 'named', name })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom('', 'x', 's:', 's:abc.def', 'eyJ2IjoxLCJhIjoiYWRtaW46eCIsImkiOjAsImUiOjk5OTk5OTk5OTk5OTl9', 'eyJ2IjoxLCJhIjoiYWRtaW46eCIsImkiOjAsImUiOjk5OTk5OTk5OTk5OTl9.AAAA'),
        fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.:=%'), maxLength: 80 }),
      )
      .map((value): SessionChoice => ({ kind: 'forged', value })),
  },
)

/** JSON that Fastify must refuse or that the schemas must catch: prototype keys, wrong types. */
const nastyJsonText = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"},"text":"hi"}',
  '{"constructor":{"prototype":{"polluted":"yes"}},"urgency":"HIGH"}',
  '{"text":"hi","__proto__":{"text":"x"}}',
  '{"text":"hi","text":"again"}',
  '{"urgency":"HIGH","urgency":"LOW"}',
  '{"text":"hi"',
  '{"text":"hi"}garbage',
  '\ufeff{"text":"hi"}',
  '[]',
  'null',
  '"text"',
  '1e999',
  '{}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"text":"${'x'.repeat(70_000)}"}`,
)

const jsonValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ text: hostileString({ maxLength: 60 }) }) },
  { weight: 2, arbitrary: fc.record({ text: fc.constantFrom('Stay where you are, help is coming', '  ', 'x'.repeat(600), 'x'.repeat(601), 'move to zone B') }) },
  { weight: 2, arbitrary: fc.record({ urgency: fc.oneof(fc.constantFrom('LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN', 'high', 'HIGH '), hostileString({ maxLength: 12, huge: false })) }) },
  { weight: 1, arbitrary: fc.record({ token: fc.oneof(fc.constant('test-admin-token-0123456789'), hostileString({ maxLength: 30 })), name: hostileString({ maxLength: 45, huge: false }) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom({}, { text: 5 }, { text: null }, { text: ['a'] }, { urgency: 3 }, { text: 'ok', extra: 1 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

const messageTextArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('Stay where you are, help is coming', 'Move to zone B now', '  ', 'x'.repeat(600), 'x'.repeat(601), '<Say>hi</Say> & more') },
  { weight: 3, arbitrary: hostileString({ maxLength: 60 }) },
)

const urgencyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('LOW', 'MEDIUM', 'HIGH', 'CRITICAL') },
  { weight: 1, arbitrary: fc.constantFrom('UNKNOWN', 'high', 'HIGH ', '') },
  { weight: 1, arbitrary: hostileString({ maxLength: 12, huge: false }) },
)

const bodyArb: fc.Arbitrary<BodyChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('fitting' as const), text: messageTextArb, urgency: urgencyArb, name: fc.oneof(fc.constant('dana'), hostileString({ maxLength: 42, huge: false })) }) },
  { weight: 2, arbitrary: fc.constant<BodyChoice>({ kind: 'none' }) },
  { weight: 3, arbitrary: jsonValueArb.map((value): BodyChoice => ({ kind: 'json', value })) },
  { weight: 2, arbitrary: fc.oneof(nastyJsonText, hostileString()).map((text): BodyChoice => ({ kind: 'text', text })) },
)

const hostileAdminCaseArb: fc.Arbitrary<AdminCase> = fc
  .record({
  session: sessionArb,
  target: targetArb,
  method: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') }),
  body: bodyArb,
  contentType: fc.oneof(
    { weight: 10, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<string | null>(null, 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json, text/plain', '') },
  ),
  origin: fc.oneof(
    { weight: 10, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('https://aurora-a.example.test', 'https://evil.example.test', 'null', 'not a url', 'https://aurora-a.example.test.evil.test') },
  ),
  })
  // A stream that opens stays open: with a session, only conversation streams that cannot exist.
  .filter((c) => !(c.target.kind === 'stream' && (c.target.conv === null || c.target.conv.kind === 'pool') && (c.session.kind === 'valid' || c.session.kind === 'named')))

/** The route's own method, for targets that have one route. */
export function routeMethod(target: Target): string {
  switch (target.kind) {
    case 'action':
    case 'login':
    case 'logout':
      return 'POST'
    default:
      return 'GET'
  }
}

/** The conversation id a case addresses (pool entries resolved by the caller), or null. */
export function convOf(target: Target): ConvChoice | null {
  return target.kind === 'action' || target.kind === 'conversation' ? target.conv : target.kind === 'stream' ? target.conv : null
}

/** The path segment for a conversation id: percent-encoded (lone surrogates as U+FFFD) or raw. */
export function convSegment(id: string, encoded: boolean): string {
  return encoded ? encodeURIComponent(id.replace(/[\ud800-\udfff]/g, '\ufffd')) : id
}

/** The JSON value a body choice sends to `target`, or undefined for no body. */
export function bodyValue(body: BodyChoice, target: Target): unknown {
  switch (body.kind) {
    case 'none':
    case 'text':
      return undefined
    case 'json':
      return body.value
    case 'fitting':
      if (target.kind === 'login') return { token: 'test-admin-token-0123456789', name: body.name }
      if (target.kind !== 'action') return undefined
      if (target.action === 'messages') return { text: body.text }
      if (target.action === 'urgency') return { urgency: body.urgency }
      return undefined
  }
}

export function pathOf(target: Target, convId: (conv: ConvChoice) => string): string {
  const conv = (c: ConvChoice) => (c.kind === 'pool' ? convId(c) : convSegment(c.id, c.encoded))
  switch (target.kind) {
    case 'action':
      return normalisedUrl(`/api/conversation/${conv(target.conv)}/${target.action}`)
    case 'conversation':
      return normalisedUrl(`/api/conversation/${conv(target.conv)}`)
    case 'stream':
      return normalisedUrl(target.conv === null ? '/api/stream' : `/api/conversation/${conv(target.conv)}/stream`)
    case 'calls':
      return '/api/calls'
    case 'history':
      return target.query === '' ? '/api/history' : `/api/history?${target.query}`
    case 'session':
      return '/api/session'
    case 'login':
      return '/api/login'
    case 'logout':
      return '/api/logout'
    case 'elsewhere':
      return normalisedUrl(target.path)
  }
}

/** What the dashboard sends: a session, a live call, the action's own body; only its contents fuzzed. */
const plausibleAdminCaseArb: fc.Arbitrary<AdminCase> = fc.record({
  session: fc.constant<SessionChoice>({ kind: 'valid' }),
  target: fc.record({ kind: fc.constant('action' as const), action: fc.constantFrom(...ACTIONS), conv: fc.integer({ min: 0, max: POOL_SIZE - 1 }).map((index): ConvChoice => ({ kind: 'pool', index })) }),
  method: fc.constant(null),
  body: fc.record({ kind: fc.constant('fitting' as const), text: messageTextArb, urgency: urgencyArb, name: fc.constant('dana') }),
  contentType: fc.constant(undefined),
  origin: fc.constantFrom(undefined, 'https://aurora-a.example.test'),
})

export const adminCaseArb: fc.Arbitrary<AdminCase> = fc.oneof(hostileAdminCaseArb, plausibleAdminCaseArb)
