import type { FastifyServerOptions } from 'fastify'
import { maskPhone } from './phone.js'

// Phone numbers never reach a log unmasked. They travel in three shapes:
// - Twilio's fields (From, To, Caller, Called) and our mobile_no: redacted by path;
// - call and conversation ids, which carry the caller's digits by design
//   (call_<digits>_<YYYYMMDD>_<HHMMSS>_...): the digits are masked wherever an id appears
//   (request URLs, messages, fields);
// - any other long digit run in free text (an error message quoting a body, say).

const ID_DIGITS = /\b(call|conv)_(\d+)_(\d{8}_\d{6})/g
const LONG_DIGITS = /\+?\d{9,}/g

export function maskText(text: string): string {
  return text
    .replace(ID_DIGITS, (_, kind: string, digits: string, when: string) => `${kind}_${maskPhone(digits)}_${when}`)
    .replace(LONG_DIGITS, (run) => maskPhone(run))
}

function censor(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value)
  if (typeof value === 'number') return maskText(String(value))
  return '[Redacted]'
}

const PHONE_PATHS = ['From', 'To', 'Caller', 'Called', 'from', 'to', 'phone', 'mobile_no']
const ID_PATHS = ['callId', 'convId', 'call_id', 'conversation_id', 'url', 'path']

export function loggerOptions(level: string): Exclude<NonNullable<FastifyServerOptions['logger']>, boolean> {
  return {
    level,
    redact: {
      paths: [...PHONE_PATHS, ...ID_PATHS, ...PHONE_PATHS.map((p) => `*.${p}`), ...ID_PATHS.map((p) => `*.${p}`)],
      censor,
    },
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
