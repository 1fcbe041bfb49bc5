// Caller numbers: normalising to E.164 (how Twilio sends them and how the worker directory is
// matched), the digits that go into call ids, and masking for logs (a phone number never reaches
// a log in full).

/**
 * What Twilio puts in From when the caller withheld their number: "+266696687" spells ANONYMOUS
 * on a keypad (and is not a valid number in +266, Lesotho, whose numbers have 8 digits).
 */
const TWILIO_ANONYMOUS = '+266696687'
const WITHHELD_WORDS = new Set(['anonymous', 'restricted', 'unknown', 'unavailable', 'private', 'blocked'])

/**
 * The number in E.164 ('+15551234567'), or null when the input is not a phone number: a Twilio
 * Client or SIP identity ('client:alice', 'sip:...'), a withheld caller id, empty input or junk.
 * Accepts common punctuation ('+1 (555) 123-4567'), the international '00' prefix, and bare
 * 10-digit North American numbers (the directory's likely home format), assumed to be +1.
 */
export function normalizePhone(raw: string): string | null {
  if (typeof raw !== 'string') return null
  const trimmed = raw.trim()
  if (trimmed === '' || trimmed.length > 64 || WITHHELD_WORDS.has(trimmed.toLowerCase())) return null
  // Separators people and carriers put in numbers; anything else (letters, ':', '@') means "not a number".
  const compact = trimmed.replace(/[\s().\-/]/g, '')
  let e164: string | null = null
  if (/^\+[1-9]\d{6,14}$/.test(compact)) e164 = compact
  else if (/^00[1-9]\d{6,14}$/.test(compact)) e164 = `+${compact.slice(2)}`
  else if (/^[2-9]\d{9}$/.test(compact)) e164 = `+1${compact}`
  else if (/^1[2-9]\d{9}$/.test(compact)) e164 = `+${compact}`
  return e164 === TWILIO_ANONYMOUS ? null : e164
}

/** The caller's digits for ids ('15551234567'), or 'anon' when there are none (withheld, client:alice). */
export function phoneDigits(raw: string): string {
  const normalized = normalizePhone(raw)
  if (normalized) return normalized.slice(1)
  if (typeof raw !== 'string' || raw.trim() === TWILIO_ANONYMOUS) return 'anon'
  const digits = raw.replace(/\D/g, '')
  return digits === '' ? 'anon' : digits
}

/**
 * For logs: '+15551234567' -> '+1555***4567'. Shows at most a 4-digit leading prefix (country and
 * area code) and the last 4 digits, always hides at least 3 digits, and hides the length behind a
 * fixed '***'. Anything that is not a phone number, or too short to mask that way, is '***'.
 */
export function maskPhone(raw: string): string {
  const normalized = normalizePhone(raw)
  if (!normalized) return '***'
  const digits = normalized.slice(1)
  if (digits.length < 8) return '***'
  const prefix = Math.min(4, digits.length - 7)
  return `+${digits.slice(0, prefix)}***${digits.slice(-4)}`
}
