import type { FastifyServerOptions } from 'fastify'
import { maskPhone } from './phone.js'

// Phone numbers never reach a log unmasked. They travel in three shapes:
// - Twilio's fields (From, To, Caller, Called) and our mobile_no: redacted by path;
// - call and conversation ids, which carry the caller's digits by design
//   (call_<digits>_<YYYYMMDD>_<HHMMSS>_...): the digits are masked wherever an id appears
//   (request URLs, messages, fields);
// - any other number in free text (an error message quoting a body, a query string), however
//   it is written: '+15551234567', '+1 (555) 123-4567', '555.123.4567', '0 7 7 0 0 9 0 0 1 2 3',
//   percent-encoded ('%2B1%20555%20123%204567') or form-encoded ('%2B1+555+123+4567').

const ID_DIGITS = /\b(call|conv)_(\d+)_(\d{8}_\d{6})/g

// A number in free text: digit groups joined by runs of up to three separators (space, no-break
// space, '-', '.', '(', ')', '+', or their percent-encodings %20 %2D %28 %29 %2B), optionally led
// by '+' or '(' (or %2B, %28), that add up to 9 digits or more. Read as not phone numbers, and
// left as they are:
// - a date, 2026-11-30 or 2026-11-30 06:00:00.000 (an ISO timestamp with its 'T' never adds up
//   to 9 digits: 'T' and ':' are not separators), and a clock time: a number never runs on into a
//   date or into the hours of an hh:mm;
// - an IPv4 address (four dotted numbers from 0 to 255, without leading zeros);
// - a decimal number, 12345.6789 (a single '.' and nothing else, no group of 9 digits);
// - an unbroken run led by '000' (zero-padded counters: journal segment 000000000042.log), which
//   no dialled number starts with.
// A digit that belongs to a percent-encoding (the 2 of %20) is not part of a number, and two
// numbers written one after the other ('+1 555 123 4567 +1 555 987 6543') stay two.
// MAYBE_NUMBER spares most text (stack traces' line:column, ids, timestamps) the full scan, and
// the lookahead before the alternatives lets only runs of 9 digits or more reach the callback.
const SPACE = String.raw`(?:[ \u00a0]|%20)`
const PLUS = String.raw`(?:\+|%2[Bb])`
const SEP = String.raw`(?:[ \u00a0\-.()+]|%2[089BbDd])`
const LEAD = String.raw`(?:[+(]|%2[8Bb])`
const DATE = String.raw`(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)`
const TIME = String.raw`[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?`
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
const IPV4 = String.raw`(?:${OCTET}\.){3}${OCTET}(?!\d|\.\d)`
// Where a number may start: not inside a percent-encoding, not after a digit (except the last
// one of a %XX), not at the minutes or seconds of a clock time (14:30 +447700900123).
const START = String.raw`(?<!%[0-9A-Fa-f]?)(?<!(?<!%[0-9A-Fa-f])\d)(?!(?<=\d:)\d\d(?!\d))`
// How a number goes on: not into a date or an hh:mm, nor across ' +' (the next number's plus).
const NEXT = String.raw`(?!${SPACE}${PLUS})${SEP}{1,3}(?!${DATE}|\d{1,2}:\d)\d+`
const NUMBER = new RegExp(
  // {0,3}, as a match allows: an unbounded run would rescan a long run of "(" or "+" from each
  // of its characters (a request URL of 15,000 of them held the event loop 200 ms).
  String.raw`(?=[\d+(%])${START}(?=(?:${SEP}{0,3}\d){9})(?:(${DATE}(?:${TIME})?|${IPV4})|${LEAD}{0,3}\d+(?:${NEXT})*)`,
  'g',
)
// A cheap first pass, true for any text NUMBER can match: 9 digit characters with at most 3
// characters from separators (and their percent-encodings' non-digit characters) between any two.
const MAYBE_NUMBER = /\d(?:[ \u00a0\-.()+%BbDd]{0,3}\d){8}/
const PERCENT_OR_NON_DIGIT = /%[0-9A-Fa-f]{2}|\D/g
const PLUS_FIRST = /^(?:\+|%2[Bb])/
const DECIMAL = /^\d{1,8}\.\d{1,8}$/
const ZERO_PADDED = /^000\d*$/

function maskNumber(text: string, kept: string | undefined): string {
  if (kept !== undefined) return text
  const digits = text.replace(PERCENT_OR_NON_DIGIT, '')
  if (digits.length < 9 || DECIMAL.test(text) || ZERO_PADDED.test(text)) return text
  return maskPhone(PLUS_FIRST.test(text) ? `+${digits}` : digits)
}

export function maskText(text: string): string {
  const masked = text.replace(ID_DIGITS, (_, kind: string, digits: string, when: string) => `${kind}_${maskPhone(digits)}_${when}`)
  return MAYBE_NUMBER.test(masked) ? masked.replace(NUMBER, maskNumber) : masked
}

function censor(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value)
  if (typeof value === 'number') return maskText(String(value))
  return '[Redacted]'
}

const PHONE_PATHS = ['From', 'To', 'Caller', 'Called', 'from', 'to', 'phone', 'mobile_no']
const ID_PATHS = ['callId', 'convId', 'call_id', 'conversation_id', 'url', 'path']
const MASKED_KEYS: ReadonlySet<string> = new Set([...PHONE_PATHS, ...ID_PATHS])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** `fields` with each own value passed through `change`: copied once if any value changes, else `fields` itself. */
function withChanged(fields: Record<string, unknown>, change: (key: string, value: unknown) => unknown): Record<string, unknown> {
  let out = fields
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue
    const value = fields[key]
    const changed = change(key, value)
    if (changed === value) continue
    if (out === fields) out = { ...fields }
    out[key] = changed
  }
  return out
}

/**
 * The masked keys one level down ({ call: { From } }), as redact paths '*.From' would. Pino's
 * wildcard paths cost about a fifth of all the memory a webhook allocated (the redactor re-parsed
 * every path for every value of every line, strings and numbers included), so this walks the
 * entry once and copies only an object that has such a key. Top-level keys stay redact paths:
 * pino gives each its own censor, which costs nothing for other keys.
 */
function censorNested(entry: Record<string, unknown>): Record<string, unknown> {
  return withChanged(entry, censorObjectValue)
}
// Module-level, not per line: this runs on every log line of the webhook path.
const censorMaskedKey = (key: string, value: unknown): unknown => (MASKED_KEYS.has(key) && value !== undefined ? censor(value) : value)
const censorObjectValue = (_key: string, value: unknown): unknown => (isPlainObject(value) ? withChanged(value, censorMaskedKey) : value)

export function loggerOptions(level: string): Exclude<NonNullable<FastifyServerOptions['logger']>, boolean> {
  return {
    level,
    redact: { paths: [...MASKED_KEYS], censor },
    // Entries only: pino applies a bindings formatter to the root's bindings, not to a child's,
    // whose keys the redact paths above mask at the top level only.
    formatters: { log: censorNested },
    serializers: {
      req(request: { method: string; url: string; hostname?: string; ip?: string; socket?: { remotePort?: number } }) {
        return {
          method: request.method,
          url: maskText(request.url),
          hostname: request.hostname,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }
      },
      err(err: Error & { code?: string; statusCode?: number }) {
        return {
          type: err.name,
          code: err.code,
          statusCode: err.statusCode,
          message: maskText(String(err.message)),
          stack: maskText(err.stack ?? ''),
        }
      },
    },
  }
}
