// Generated client input for the RTDB emulator: WebSocket frames (random envelopes, actions,
// bodies, paths, data, queries, credentials, count frames, oversized and binary frames) and REST
// requests (methods, paths, query parameters, headers and bodies). Nothing here targets the
// fault-control routes (/.emulator/*): they are the test harness's remote control, not client input.

import fc from 'fast-check'
import { exportJsonArb } from '../sim/rtdb/arbitraries.js'
import { hostileName, hostileString, PROTO_NAMES } from './hostile-strings.js'

/** The request number the fuzz harness uses to sync with the server; generated frames never use it. */
export const SYNC_R = 987_654_321

/** WebSocket message limit the fuzzed emulator runs with, so oversized frames stay cheap. */
export const WS_MAX_MESSAGE_CHARS = 64 * 1024

const KNOWN_ACTIONS = ['s', 'auth', 'gauth', 'unauth', 'appcheck', 'unappeck', 'p', 'm', 'q', 'n', 'g', 'o', 'om', 'oc'] as const

/** Data clients could send: valid export JSON, or something with illegal keys, bad server values or priorities. */
export const hostileDataArb: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'hostile-data' },
    { weight: 4, arbitrary: exportJsonArb },
    { weight: 2, arbitrary: hostileString({ maxLength: 20, huge: false }) },
    { weight: 1, arbitrary: fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, 0.1, true, null, [], {}, [null, null]) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        { '.sv': 'timestamp' },
        { '.sv': 'nope' },
        { '.sv': { increment: 'x' } },
        { '.sv': { increment: 1e308 } },
        { '.sv': null },
        { '.value': 1, child: 2 },
        { '.value': { a: 1 } },
        { '.priority': { a: 1 }, x: 1 },
        { '.priority': true, x: 1 },
        { a: { '.sv': 'timestamp', '.priority': { '.sv': 'timestamp' } } },
      ),
    },
    { weight: 2, arbitrary: fc.dictionary(hostileName, tie('node'), { maxKeys: 3 }) },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: 30, max: 40 }).map((depth) => nest(depth)) },
  ),
})).node

function nest(depth: number): unknown {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i++) value = { k: value }
  return value
}

/** Paths as a client writes them, and as a broken one does. */
export const pathStringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom('a', 'b', 'users', 'x y', 'é', '-', '0', '__proto__', 'constructor'), { maxLength: 4 }).map((keys) => `/${keys.join('/')}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', '/', '//', '/a//b/', '/a/.priority', '/.priority', '/a/.priority/b', '/a.b', '/a$b', '/a#b', '/a[0]', '/.info', '/.info/connected', '/.settings/rules', `/${'k/'.repeat(33)}`, `/${'x'.repeat(800)}`, '/\u0000', '/\ud800'),
  },
  { weight: 2, arbitrary: fc.array(hostileName, { minLength: 1, maxLength: 3 }).map((keys) => `/${keys.join('/')}`) },
)

const pathValueArb: fc.Arbitrary<unknown> = fc.oneof({ weight: 8, arbitrary: pathStringArb }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, ['a'], { p: '/a' }, true) })

const queryArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        i: fc.oneof(fc.constantFrom('.key', '.value', '.priority', 'a', 'a/b', '', '.sv', '__proto__'), hostileString({ maxLength: 8, huge: false })),
        sp: fc.jsonValue({ maxDepth: 1 }),
        sn: fc.oneof(fc.constantFrom('[MIN_NAME]', '[MAX_NAME]', 'a'), fc.jsonValue({ maxDepth: 1 })),
        sin: fc.jsonValue({ maxDepth: 0 }),
        ep: fc.jsonValue({ maxDepth: 1 }),
        en: fc.jsonValue({ maxDepth: 0 }),
        l: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(0.5, 1e21, '3', null)),
        vf: fc.oneof(fc.constantFrom('l', 'r', 'x'), fc.jsonValue({ maxDepth: 0 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, [], 'q', 5) },
)

const credArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('owner', '', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJ1aWQiOiJ4In0.', 'eyJhbGciOiJub25lIn0.e30.', 'x.y'),
  hostileString({ maxLength: 40, huge: false }),
  fc.constantFrom<unknown>(null, 5, { token: 'owner' }),
)

const bodyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ p: pathValueArb, d: hostileDataArb, h: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), q: fc.option(queryArb, { nil: undefined }), t: fc.option(fc.oneof(fc.integer(), fc.constantFrom<unknown>(1.5, 'x', null)), { nil: undefined }) }, { requiredKeys: ['p'] }) },
  { weight: 2, arbitrary: fc.record({ cred: credArb, authvar: fc.option(hostileDataArb, { nil: undefined }), noauth: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['cred'] }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('p', 'd', 'q', 't', 'h', 'cred', ...PROTO_NAMES), hostileName), hostileDataArb, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, [], 'b', 0) },
)

const requestNumberArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, 0, -1, 1.5, '7', null, 2 ** 53, 1e300) },
)

/** One WebSocket frame from the client, or an oversized message (kept small in counterexamples). */
export type WsFrame =
  | { kind: 'text'; text: string }
  | { kind: 'binary'; bytes: number[] }
  | { kind: 'oversized'; extra: number; pieces: number; r: number }

const envelopeArb: fc.Arbitrary<string> = fc
  .record({
    t: fc.oneof({ weight: 8, arbitrary: fc.constant<unknown>('d') }, { weight: 1, arbitrary: fc.constantFrom<unknown>('c', 'x', null, 1) }),
    r: requestNumberArb,
    a: fc.oneof({ weight: 8, arbitrary: fc.constantFrom<unknown>(...KNOWN_ACTIONS) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom<unknown>(...PROTO_NAMES, 'P', '', null, 5), hostileString({ maxLength: 8, huge: false })) }),
    b: bodyArb,
  })
  .map(({ t, r, a, b }) => JSON.stringify({ t, d: { r, a, b } }))

const controlArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{"t":"c","d":{"t":"p","d":{}}}', '{"t":"c","d":{"t":"n","d":{}}}', '{"t":"c","d":{"t":"s","d":"bye"}}', '{"t":"c","d":{"t":5}}', '{"t":"c","d":null}', '{"t":"c"}'),
  hostileString({ maxLength: 10, huge: false }).map((t) => JSON.stringify({ t: 'c', d: { t, d: {} } })),
)

const junkTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', 'null', '[]', '[1,2,3]', '{}', '{"t":"d"}', '{"t":"d","d":null}', '{"t":"d","d":{"r":1}}', '{"t":"d","d":{"r":2,"a":"p","b":[]}}', '{"t":"d","d":{"r":3,"a":"p"', '"x"', '1e999', '{"__proto__":{"polluted":1},"t":"d","d":{"r":4,"a":"s","b":{}}}'),
  hostileString({ maxLength: 40 }),
)

/** A count frame (§2): digits announce that many pieces; `0` is the keepalive. */
const countArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom('0', '1', '2', '3', '0001', '999999', '1000000', '-1', '1.0', ' 2'), fc.integer({ min: 1, max: 4 }).map(String))

/** A message at or over the size limit, whole or split into counted pieces (expanded by expandFrames). */
const oversizedArb: fc.Arbitrary<WsFrame> = fc.record({
  kind: fc.constant('oversized' as const),
  extra: fc.integer({ min: -200, max: 200 }),
  pieces: fc.integer({ min: 1, max: 6 }),
  r: fc.integer({ min: 1, max: 10_000 }),
})

/** The frames actually sent: an oversized entry becomes its message (plus a count frame when split). */
export function expandFrames(frames: readonly WsFrame[]): Array<{ kind: 'text'; text: string } | { kind: 'binary'; bytes: number[] }> {
  return frames.flatMap((frame) => {
    if (frame.kind !== 'oversized') return [frame]
    const head = JSON.stringify({ t: 'd', d: { r: frame.r, a: 'p', b: { p: '/big', d: '' } } })
    const message = head.replace('"d":""', `"d":"${'z'.repeat(Math.max(0, WS_MAX_MESSAGE_CHARS + frame.extra - head.length))}"`)
    if (frame.pieces === 1) return [{ kind: 'text' as const, text: message }]
    const size = Math.ceil(message.length / frame.pieces)
    const parts = Array.from({ length: Math.ceil(message.length / size) }, (_, i) => message.slice(i * size, (i + 1) * size))
    return [{ kind: 'text' as const, text: String(parts.length) }, ...parts.map((text) => ({ kind: 'text' as const, text }))]
  })
}

export const wsFramesArb: fc.Arbitrary<WsFrame[]> = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: envelopeArb.map((text): WsFrame => ({ kind: 'text', text })) },
      { weight: 2, arbitrary: controlArb.map((text): WsFrame => ({ kind: 'text', text })) },
      { weight: 2, arbitrary: junkTextArb.map((text): WsFrame => ({ kind: 'text', text })) },
      { weight: 1, arbitrary: countArb.map((text): WsFrame => ({ kind: 'text', text })) },
      { weight: 1, arbitrary: oversizedArb },
      { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }).map((bytes): WsFrame => ({ kind: 'binary', bytes })) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .filter((frames) => !frames.some((f) => f.kind === 'text' && f.text.includes(String(SYNC_R))))

/** The query string of a connection: namespace, version and `ls`, mostly right. */
export const wsQueryArb: fc.Arbitrary<{ v: string | null; ls: string | null }> = fc.record({
  v: fc.oneof({ weight: 6, arbitrary: fc.constant<string | null>('5') }, { weight: 1, arbitrary: fc.constantFrom<string | null>(null, '4', '6', 'x', '') }),
  ls: fc.oneof({ weight: 6, arbitrary: fc.constant<string | null>(null) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('', 'x', 'AAAAAAAAAAAAAAAA'), hostileString({ maxLength: 20, huge: false })) }),
})

/**
 * Pieces the server still expects after `frames` (§2: a frame of 1-6 digits starts a counted run
 * of that many pieces, except a bare `0`, the keepalive; inside a run every frame is a piece).
 */
export function piecesOutstanding(frames: readonly WsFrame[]): number {
  let expected = 0
  for (const frame of expandFrames(frames)) {
    if (frame.kind !== 'text') continue
    if (expected > 0) expected--
    else if (/^\d{1,6}$/.test(frame.text) && Number(frame.text) > 0) expected = Number(frame.text)
  }
  return expected
}

// REST (§11).

export interface RestCase {
  method: string
  /** Path below the host, before `.json` (possibly without it). */
  path: string
  json: boolean
  /** Query parameters besides ns; `ns` is the fuzzed namespace unless nsMode says otherwise. */
  params: Array<[string, string]>
  nsMode: 'own' | 'missing' | 'invalid' | 'doubled'
  invalidNs: string
  headers: Record<string, string>
  body: string | null
}

const restSegmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'users', 'x', '0', '-1', 'é', '__proto__', 'constructor', 'prototype').map(encodeURIComponent) },
  { weight: 2, arbitrary: hostileName.map((k) => encodeURIComponent(k.replace(/[\ud800-\udfff]/g, '\ufffd'))) },
  { weight: 1, arbitrary: fc.constantFrom('.priority', '.settings', '.info', '%', '%zz', '%E0%A4%A', '%2F', '%00', 'a.b', 'a$b', '[x]', '..', '.') },
)

const restPathArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(restSegmentArb, { maxLength: 4 }).map((segments) => `/${segments.join('/')}`) },
  { weight: 1, arbitrary: fc.constantFrom('/.settings/rules', '//', '/a//b', `/${'k/'.repeat(33)}k`, `/${'x'.repeat(800)}`, '/.ws', '/favicon.ico') },
)

const restParamArb: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.constantFrom('print', 'shallow', 'format', 'orderBy', 'startAt', 'startAfter', 'endAt', 'endBefore', 'equalTo', 'limitToFirst', 'limitToLast', 'auth', 'access_token', 'timeout', 'writeSizeLimit', 'callback', 'download'),
      fc.oneof(
        fc.constantFrom('silent', 'pretty', 'true', 'false', 'export', '"$key"', '"$value"', '"$priority"', '"a"', '"a/b"', 'unquoted', '1', '-1', '0', '1.5', 'null', '"x"', 'owner', '', '{}', '[', '1e999'),
        hostileString({ maxLength: 12, huge: false }),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(hostileName, hostileString({ maxLength: 12, huge: false })) },
)

const restBodyArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: hostileDataArb.map((value) => JSON.stringify(value) ?? 'null') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '{', '{"a":', '{"a.b":1}', '[1,2]', 'undefined', 'NaN', '\ufeff{}', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', `"${'y'.repeat(20_000)}"`, '{"rules":{".read":"auth.uid ==="}}', '{"rules":{".read":true,".write":"now > 0"}}') },
  { weight: 1, arbitrary: hostileString() },
)

const restHeadersArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    authorization: fc.oneof(fc.constantFrom('Bearer owner', 'Bearer ', 'Basic abc', 'Bearer a.b.c', 'bearer owner'), fc.string({ unit: fc.constantFrom(...'abcXYZ019 .-_='), maxLength: 30 })),
    'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''),
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'PATCH'),
    'x-firebase-etag': fc.constantFrom('true', 'false'),
    'if-match': fc.constantFrom('*', '"abc"', 'null_etag'),
    accept: fc.constantFrom('text/event-stream', 'application/json', '*/*'),
  },
  { requiredKeys: [] },
)

/** Anything: methods, paths, parameters, headers and bodies all fuzzed. */
const hostileRestCaseArb: fc.Arbitrary<RestCase> = fc.record({
  method: fc.oneof({ weight: 10, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'POST', 'DELETE') }, { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get') }),
  path: restPathArb,
  json: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  params: fc.array(restParamArb, { maxLength: 3 }),
  nsMode: fc.oneof({ weight: 10, arbitrary: fc.constant('own' as const) }, { weight: 1, arbitrary: fc.constantFrom('missing' as const, 'invalid' as const, 'doubled' as const) }),
  invalidNs: fc.oneof(fc.constantFrom('', '-x', 'a b', 'a/b', 'x'.repeat(129), '__proto__', '.'), hostileString({ maxLength: 10, huge: false })),
  headers: restHeadersArb,
  body: restBodyArb,
})

/** A request a real client could send, with fuzzed data: reaches the write and read paths. */
const plausibleRestCaseArb: fc.Arbitrary<RestCase> = fc.record({
  method: fc.constantFrom('GET', 'PUT', 'PATCH', 'POST', 'DELETE'),
  path: fc.array(fc.constantFrom('a', 'b', 'users', 'x%20y', '%C3%A9', '0', '-1'), { maxLength: 3 }).map((segments) => `/${segments.join('/')}`),
  json: fc.constant(true),
  params: fc.oneof(fc.constant<Array<[string, string]>>([]), fc.constantFrom<Array<[string, string]>>([['print', 'pretty']], [['print', 'silent']], [['shallow', 'true']], [['format', 'export']], [['orderBy', '"$key"'], ['limitToFirst', '2']])),
  nsMode: fc.constant('own' as const),
  invalidNs: fc.constant(''),
  headers: fc.constantFrom<Record<string, string>>({}, { authorization: 'Bearer owner' }, { 'content-type': 'application/json' }),
  body: fc.dictionary(fc.constantFrom('a', 'b/c', 'x y', 'users/alice', 'é', '0', '-1'), exportJsonArb, { minKeys: 1, maxKeys: 3 }).map((value) => JSON.stringify(value)),
})

export const restCaseArb: fc.Arbitrary<RestCase> = fc.oneof(hostileRestCaseArb, plausibleRestCaseArb)
