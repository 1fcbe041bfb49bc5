// Generated Twilio voice webhooks: field sets with missing, duplicated and hostile fields, every
// body encoding a broken or hostile client could send, wrong content types, odd query strings,
// and every way of getting the signature wrong, next to correctly signed ones (the interesting
// case: a valid signature gets the request past the check and into the handler).

import fc from 'fast-check'
import type { InjectOptions } from 'fastify'
import twilio from 'twilio'
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/aurora.js'
import { hostileName, hostileString } from './hostile-strings.js'

export const VOICE_ROUTES = ['/incoming-call', '/process-speech', '/voice-fallback', '/call-status'] as const
export type VoiceRoute = (typeof VOICE_ROUTES)[number]

export const FORM = 'application/x-www-form-urlencoded'

/**
 * CallSids shared by many cases, so calls pile up turns, end, and get webhooks after they ended;
 * the rest are fresh or malformed. These are placeholders: buildWebhook swaps in the current
 * generation's prefix (see poolGeneration), so in a long soak no call grows to thousands of
 * turns, which no real call has.
 */
const POOL_PLACEHOLDER = 'f00d'.repeat(7)
export const POOL_SIDS = Array.from({ length: 6 }, (_, i) => `CA${POOL_PLACEHOLDER}${String(i).padStart(4, '0')}`)

export type BodyEncoding = 'form' | 'percent-all' | 'raw' | 'truncated' | 'bytes' | 'empty'
export type Signing = 'valid' | 'none' | 'wrong-token' | 'other-route' | 'other-host' | 'tampered' | 'garbage' | 'doubled' | 'empty'

export interface WebhookCase {
  method: string
  route: VoiceRoute
  /** Appended to the route: usually '', sometimes a near miss ('/', 'x', '%2F'). */
  routeSuffix: string
  /** '' or '?...' (normalised as the HTTP layer would before signing). */
  query: string
  fields: Array<[string, string]>
  encoding: BodyEncoding
  /** Where a 'truncated' body is cut, as a fraction of its length. */
  cut: number
  /** The body of a 'bytes' case: not necessarily UTF-8, not necessarily a form. */
  bytes: number[]
  /** null: no Content-Type header. */
  contentType: string | null
  signing: Signing
  garbageSignature: string
}

const TWILIO_STATUSES = ['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled'] as const

const hex32 = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 32, maxLength: 32 })

const sidArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...POOL_SIDS) },
  { weight: 3, arbitrary: hex32.map((h) => `CA${h}`) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      hex32.map((h) => `ca${h}`),
      hex32.map((h) => `CA${h.slice(1)}`),
      hex32.map((h) => `CA${h}0`),
      hex32.map((h) => `CA${h}\n`),
      hex32.map((h) => ` CA${h}`),
      hex32.map((h) => `CA${h.slice(0, 31)}g`),
      hex32.map((h) => `CA${h.slice(0, 31)}.`),
      hex32.map((h) => `CA${h.slice(0, 31)}/`),
      hostileString({ maxLength: 40 }),
    ),
  },
)

const phoneArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('+15551230001', '+15551230002', '+447700900123', '5551230001', 'anonymous', '+1 (555) 123-0001') },
  { weight: 2, arbitrary: hostileString({ maxLength: 70 }) },
)

const speechArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'There is a fire in zone A',
      'gas leak by the valve in bay 3',
      'Marco fell from the ladder and is not breathing',
      'chemical spill near tank 4',
      'electric shock',
      'all clear, false alarm',
      '',
      '   ',
      'help',
    ),
  },
  { weight: 3, arbitrary: hostileString() },
)

const confidenceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0.9', '0.12', '0', '1', '1.0', '0.000001') },
  { weight: 1, arbitrary: fc.constantFrom('7', '-0.1', '1.01', '.5', 'NaN', '0.9 ', '0x1', '1e-3') },
  { weight: 1, arbitrary: hostileString({ maxLength: 12, huge: false }) },
)

const statusArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TWILIO_STATUSES) },
  { weight: 1, arbitrary: fc.constantFrom('COMPLETED', 'completed ', 'done', '') },
  { weight: 1, arbitrary: hostileString({ maxLength: 40 }) },
)

const durationArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '12', '9999999') },
  { weight: 1, arbitrary: fc.constantFrom('99999999', '-1', '1.5', ' 3', '') },
  { weight: 1, arbitrary: hostileString({ maxLength: 12, huge: false }) },
)

const errorCodeArb = fc.oneof(fc.constantFrom('11200', '12100', '12300', '11205'), hostileString({ maxLength: 20 }))
const errorUrlArb = fc.oneof(fc.constantFrom(`${TEST_PUBLIC_URL}/process-speech?turn=2`, 'https://example.test/x'), hostileString())

const KNOWN_FIELDS = ['CallSid', 'From', 'To', 'CallStatus', 'SpeechResult', 'Confidence', 'CallDuration', 'ErrorCode', 'ErrorUrl'] as const
const anyValueArb = fc.oneof(sidArb, phoneArb, speechArb, statusArb, hostileString({ maxLength: 16, huge: false }))

/** Present most of the time; absent with probability 1/freq. */
const mostly = <T>(arb: fc.Arbitrary<T>, freq: number) => fc.option(arb, { freq, nil: undefined })

const fieldsArb: fc.Arbitrary<Array<[string, string]>> = fc
  .record({
    CallSid: mostly(sidArb, 14),
    From: mostly(phoneArb, 14),
    To: mostly(phoneArb, 3),
    CallStatus: mostly(statusArb, 6),
    SpeechResult: mostly(speechArb, 5),
    Confidence: mostly(confidenceArb, 2),
    CallDuration: mostly(durationArb, 2),
    ErrorCode: mostly(errorCodeArb, 2),
    ErrorUrl: mostly(errorUrlArb, 2),
    duplicates: fc.oneof(
      { weight: 6, arbitrary: fc.constant<Array<[string, string]>>([]) },
      { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom<string>(...KNOWN_FIELDS), anyValueArb), { minLength: 1, maxLength: 2 }) },
    ),
    extras: fc.oneof(
      { weight: 3, arbitrary: fc.constant<Array<[string, string]>>([]) },
      { weight: 2, arbitrary: fc.array(fc.tuple(hostileName, hostileString({ maxLength: 16, huge: false })), { minLength: 1, maxLength: 4 }) },
    ),
    reversed: fc.boolean(),
  })
  .map((r) => {
    const fields: Array<[string, string]> = [
      ['AccountSid', `AC${'0'.repeat(32)}`],
      ['ApiVersion', '2010-04-01'],
      ['Direction', 'inbound'],
    ]
    for (const name of KNOWN_FIELDS) {
      const value = r[name]
      if (value !== undefined) fields.push([name, value])
    }
    fields.push(...r.duplicates, ...r.extras)
    return r.reversed ? fields.reverse() : fields
  })

/** A query value as Twilio or a client could write it, already form-encoded where it must be. */
const turnArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('0', '-1', '100000', '100001', '1e3', '1.5', 'abc', '', '%20', '0x10', '9007199254740993', '1&turn=2') },
  { weight: 1, arbitrary: hostileString({ maxLength: 12, huge: false }).map(formEncode) },
)

const queryArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: turnArb.map((t) => `?turn=${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('?', '?%', '?%zz', '?&&&', '?a=%E0%A4%A', '?__proto__[polluted]=1', '?constructor[prototype][polluted]=1', '?reason=internal-error', '?turn=1&turn=2') },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(hostileName, hostileString({ maxLength: 12, huge: false })), { minLength: 1, maxLength: 3 })
      .map((pairs) => `?${formEncodePairs(pairs)}`),
  },
)

const contentTypeArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(FORM) },
  { weight: 2, arbitrary: fc.constantFrom(`${FORM}; charset=UTF-8`, 'Application/X-WWW-Form-Urlencoded', `${FORM} ;`, `${FORM}; charset=latin1`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string | null>(null, '', 'application/json', 'text/plain', 'text/xml', 'multipart/form-data; boundary=x', `${FORM}x`, 'application/x-www-form-urlencoded, application/json', ';;;'),
  },
)

const signingArb: fc.Arbitrary<Signing> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<Signing>('valid') },
  { weight: 3, arbitrary: fc.constantFrom<Signing>('none', 'wrong-token', 'other-route', 'other-host', 'tampered', 'garbage', 'doubled', 'empty') },
)

const encodingArb: fc.Arbitrary<BodyEncoding> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<BodyEncoding>('form') },
  { weight: 1, arbitrary: fc.constantFrom<BodyEncoding>('percent-all', 'raw', 'truncated', 'bytes', 'empty') },
)

const methodArb = fc.oneof(
  { weight: 20, arbitrary: fc.constant('POST') },
  { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
)

const hostileWebhookCaseArb: fc.Arbitrary<WebhookCase> = fc.record({
  method: methodArb,
  route: fc.constantFrom(...VOICE_ROUTES),
  routeSuffix: fc.oneof({ weight: 30, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('/', 'x', '%2F', '/..', '.json') }),
  query: queryArb,
  fields: fieldsArb,
  encoding: encodingArb,
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
  bytes: fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x3d, 0x26, 0x25, 0x2b)), { maxLength: 64 }),
  contentType: contentTypeArb,
  signing: signingArb,
  garbageSignature: fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789+/=. -_é'), maxLength: 40 }),
})

/** A webhook as Twilio sends it, signed and well-formed; only the caller-controlled values are fuzzed. */
const plausibleWebhookCaseArb: fc.Arbitrary<WebhookCase> = fc
  .record({
    route: fc.constantFrom(...VOICE_ROUTES),
    turn: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    sid: fc.oneof(fc.constantFrom(...POOL_SIDS), hex32.map((h) => `CA${h}`)),
    from: phoneArb.filter((p) => p.length <= 64),
    status: fc.constantFrom(...TWILIO_STATUSES),
    speech: speechArb.filter((s) => s.length <= 4000),
    confidence: fc.constantFrom('0.9', '0.12', '0', '1'),
  })
  .map(({ route, turn, sid, from, status, speech, confidence }): WebhookCase => {
    const fields: Array<[string, string]> = [
      ['AccountSid', `AC${'0'.repeat(32)}`],
      ['ApiVersion', '2010-04-01'],
      ['CallSid', sid],
      ['CallStatus', status],
      ['Direction', 'inbound'],
      ['From', from],
      ['To', '+15559990000'],
    ]
    if (route === '/process-speech') fields.push(['SpeechResult', speech], ['Confidence', confidence])
    if (route === '/call-status') fields.push(['CallDuration', '42'])
    if (route === '/voice-fallback') fields.push(['ErrorCode', '11200'], ['ErrorUrl', `${TEST_PUBLIC_URL}/process-speech`])
    return {
      method: 'POST',
      route,
      routeSuffix: '',
      query: route === '/process-speech' && turn !== undefined ? `?turn=${turn}` : '',
      fields,
      encoding: 'form',
      cut: 0,
      bytes: [],
      contentType: FORM,
      signing: 'valid',
      garbageSignature: '',
    }
  })

export const webhookCaseArb: fc.Arbitrary<WebhookCase> = fc.oneof({ weight: 2, arbitrary: hostileWebhookCaseArb }, { weight: 1, arbitrary: plausibleWebhookCaseArb })

/** application/x-www-form-urlencoded, as URLSearchParams writes it (lone surrogates become U+FFFD). */
export function formEncodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString()
}

function formEncode(value: string): string {
  return formEncodePairs([['', value]]).slice(1)
}

/** Every UTF-8 byte as %XX, letters included: legal, and it exercises every decoder path. */
function percentAll(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** The body bytes of a case, and whether a well-behaved form parser reads exactly `fields` back. */
export function bodyOf(c: WebhookCase): { payload: string | Buffer; clean: boolean } {
  const form = formEncodePairs(c.fields)
  switch (c.encoding) {
    case 'form':
      return { payload: form, clean: true }
    case 'percent-all':
      return { payload: c.fields.map(([k, v]) => `${percentAll(k)}=${percentAll(v)}`).join('&'), clean: true }
    case 'raw':
      return { payload: c.fields.map(([k, v]) => `${k}=${v}`).join('&'), clean: false }
    case 'truncated':
      return { payload: form.slice(0, Math.floor(form.length * c.cut)), clean: false }
    case 'bytes':
      return { payload: Buffer.from(c.bytes), clean: false }
    case 'empty':
      return { payload: '', clean: true }
  }
}

/**
 * The POST parameters a request carries, read with the WHATWG form parser: a repeated name
 * becomes an array, as Twilio's signature algorithm expects. A null-prototype object, so a field
 * named `__proto__` is an ordinary key here too.
 */
export function formParams(payload: string | Buffer): Record<string, string | string[]> {
  const text = typeof payload === 'string' ? payload : payload.toString('utf8')
  const params = Object.create(null) as Record<string, string | string[]>
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = params[key]
    if (existing === undefined) params[key] = value
    else if (Array.isArray(existing)) existing.push(value)
    else params[key] = [existing, value]
  }
  return params
}

/** Path and query as the HTTP layer hands them to the app (what Twilio signed: the URL it requested). */
export function normalisedUrl(path: string): string {
  const url = new URL(path, 'http://normalise.invalid')
  return url.pathname + url.search
}

export interface BuiltWebhook {
  request: InjectOptions
  url: string
  /** Carries the signature Twilio would compute for exactly these bytes and this URL. */
  validlySigned: boolean
  /** The body parses back to the generated fields (no truncation or raw bytes). */
  cleanBody: boolean
  /** Byte length of the body. */
  bodyBytes: number
  params: Record<string, string | string[]>
}

/** The pool's CallSids for one generation (a fresh set of calls every so many cases). */
function withPoolGeneration(fields: ReadonlyArray<readonly [string, string]>, generation: number): Array<[string, string]> {
  const prefix = `${generation.toString(16).padStart(8, '0')}${'f00d'.repeat(5)}`
  return fields.map(([k, v]) => [k, v.replaceAll(POOL_PLACEHOLDER, prefix)])
}

export function buildWebhook(generated: WebhookCase, poolGeneration = 0): BuiltWebhook {
  const c = { ...generated, fields: withPoolGeneration(generated.fields, poolGeneration) }
  const url = normalisedUrl(`${c.route}${c.routeSuffix}${c.query}`)
  const { payload, clean } = bodyOf(c)
  const params = formParams(payload)
  const sign = (token: string, fullUrl: string, signed: Record<string, string | string[]>) =>
    twilio.getExpectedTwilioSignature(token, fullUrl, signed)
  const valid = sign(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + url, params)
  let signature: string | string[] | null
  switch (c.signing) {
    case 'valid':
      signature = valid
      break
    case 'none':
      signature = null
      break
    case 'wrong-token':
      signature = sign('not-the-auth-token-000000', TEST_PUBLIC_URL + url, params)
      break
    case 'other-route': {
      const other = VOICE_ROUTES.find((r) => r !== c.route) ?? '/incoming-call'
      signature = sign(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + other + c.query, params)
      break
    }
    case 'other-host':
      signature = sign(TEST_AUTH_TOKEN, `https://aurora-b.example.test${url}`, params)
      break
    case 'tampered': {
      // Signed for the same fields plus one the attacker then removed (or one value changed).
      const altered = Object.assign(Object.create(null) as Record<string, string | string[]>, params, { SpeechResult: 'all clear (forged)' })
      if (params['SpeechResult'] === 'all clear (forged)') altered['SpeechResult'] = 'fire'
      signature = sign(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + url, altered)
      break
    }
    case 'garbage':
      signature = c.garbageSignature === valid ? `${valid}x` : c.garbageSignature
      break
    case 'doubled':
      signature = [valid, valid]
      break
    case 'empty':
      signature = ''
      break
  }
  const headers: Record<string, string | string[]> = {}
  if (c.contentType !== null) headers['content-type'] = c.contentType
  if (signature !== null) headers['x-twilio-signature'] = signature
  const bodyBytes = typeof payload === 'string' ? Buffer.byteLength(payload, 'utf8') : payload.length
  return {
    request: { method: c.method as InjectOptions['method'], url, headers, ...(c.method === 'GET' || c.method === 'HEAD' ? {} : { payload }) },
    url,
    validlySigned: c.signing === 'valid',
    cleanBody: clean,
    bodyBytes,
    params,
  }
}

/** The single value of a parameter, or null when it is absent or repeated. */
export function single(params: Record<string, string | string[]>, name: string): string | null {
  const value = params[name]
  return typeof value === 'string' ? value : null
}
